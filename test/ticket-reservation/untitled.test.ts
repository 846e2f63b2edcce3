import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { normalizeFeed } from '../../src/data/load-feed.js';
import type { KulturTicketReservation } from '../../src/components/ticket-reservation/ticket-reservation.js';
import { backendWithEvent, part, text } from './helpers.js';

describe('kultur-ticket-reservation: an event its feed gave no title', () => {
  for (const [lang, title] of [
    ['de', 'Ohne Titel'],
    ['en', 'Untitled'],
  ]) {
    it(`is headed "${title}" in ${lang}, whatever neutral title the calendar handed over`, async () => {
      const { endpoint } = await backendWithEvent({ title: 'Tanzabend' });
      const [event] = normalizeFeed(await (await fetch(`${endpoint}/events`)).json()).events;
      const el = await fixture<KulturTicketReservation>(html`<kultur-ticket-reservation lang=${lang} endpoint=${endpoint} privacy-url="/datenschutz.html"></kultur-ticket-reservation>`);
      el.event = { ...event, title: lang === 'de' ? 'Untitled' : 'Ohne Titel', untitled: true };
      await waitUntil(() => part(el, 'h2'), 'no heading after setting event');
      expect(text(el, 'h2')).to.equal(title);
    });
  }
});
