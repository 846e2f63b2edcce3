import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { KulturTicketReservation } from '../../src/components/ticket-reservation/ticket-reservation.js';
import { FeedError } from '../../src/data/fetch-json.js';
import { normalizeFeed } from '../../src/data/load-feed.js';
import { backendWithEvent, part, parts, text } from './helpers.js';

/** Uncaught errors and unhandled rejections while `run` runs (what a host page would log). */
async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => seen.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

const form = (endpoint: string) =>
  fixture<KulturTicketReservation>(html`<kultur-ticket-reservation endpoint=${endpoint} privacy-url="/datenschutz.html"></kultur-ticket-reservation>`);

describe('<kultur-ticket-reservation> reads events as the data layer does (venue zone, diagnostics)', () => {
  it('reads times without offset from src in the venue zone, not in the viewer’s, and skips a bad item', async () => {
    const { endpoint } = await backendWithEvent();
    const el = await fixture<KulturTicketReservation>(html`<kultur-ticket-reservation
      endpoint=${endpoint}
      src="/test/fixtures/feeds/floating-times.json"
      privacy-url="/datenschutz.html"
    ></kultur-ticket-reservation>`);
    await waitUntil(() => part(el, 'select'), 'no picker', { timeout: 5000 });
    const options = parts(el, 'option').map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
    expect(options).to.deep.equal(['Bitte wählen', 'Jazz ohne Offset – Sa, 09.03.2030, 20:00 Uhr', 'Sommerfest ohne Offset – Sa, 06.07.2030, 23:30 Uhr']);
  });

  it('reads a raw event property in the venue zone and shows it', async () => {
    const { endpoint, eventId } = await backendWithEvent();
    const el = await form(endpoint);
    const errors = await uncaught(async () => {
      el.event = { id: eventId, title: 'Jazz ohne Offset', start: '2030-03-09T20:00:00', offers: [{ id: 'normal', name: 'Normal', price: 15, currency: 'EUR' }] };
      await waitUntil(() => part(el, 'form'), 'no form for a raw event', { timeout: 5000 });
    });
    expect(errors).to.deep.equal([]);
    expect(text(el, 'h2')).to.equal('Jazz ohne Offset');
    expect(text(el, '.meta')).to.equal('Sa, 09.03.2030, 20:00 Uhr');
  });

  it('a raw event without offers never throws: it is shown, and the backend’s availability loads', async () => {
    const { endpoint, eventId } = await backendWithEvent();
    const el = await form(endpoint);
    const errors = await uncaught(async () => {
      const loaded = oneEvent(el, 'kultur-load');
      el.event = { id: eventId, title: 'Tanzabend', start: '2030-03-09T20:00:00+01:00' };
      expect(((await loaded) as CustomEvent).detail.eventId).to.equal(eventId);
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(text(el, 'h2')).to.equal('Tanzabend');
  });

  it('an event property that is no event shows the load error and fires kultur-error with the problems', async () => {
    const { endpoint } = await backendWithEvent();
    const el = await form(endpoint);
    let detail: { error: unknown } | undefined;
    const errors = await uncaught(async () => {
      const failed = oneEvent(el, 'kultur-error');
      el.event = { id: 'x', title: 'Ohne Beginn', start: 'bald' };
      detail = ((await failed) as CustomEvent<{ error: unknown }>).detail;
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(detail!.error).to.be.instanceOf(FeedError);
    expect((detail!.error as FeedError).problems?.map((p) => p.path)).to.deep.equal(['events[0].start']);
    expect(text(el, '.notice')).to.equal('Die Reservierung ist gerade nicht erreichbar.');
    expect(part(el, 'form')).to.equal(null);
  });

  it('keeps a normalized event (the calendar’s hand-off) as it is, in its own zone', async () => {
    const { endpoint, eventId } = await backendWithEvent();
    const [event] = normalizeFeed([{ id: eventId, title: 'Lesung', start: '2030-03-09T20:00:00' }], { timeZone: 'Europe/London' }).events;
    const el = await form(endpoint);
    el.event = event;
    await el.updateComplete;
    expect(text(el, 'h2'), 'shown in the same update').to.equal('Lesung');
    expect(text(el, '.meta')).to.equal('Sa, 09.03.2030, 20:00 Uhr');
  });
});
