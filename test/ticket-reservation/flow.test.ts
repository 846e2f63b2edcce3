import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../helpers/a11y.js';
import { newBackend } from '../helpers/backend.js';
import { normalizeFeed } from '../../src/data/load-feed.js';
import type { KulturTicketReservation } from '../../src/components/ticket-reservation/ticket-reservation.js';
import { availabilityOf, backendWithEvent, confirmed, createEvent, fillValidOrder, mountForm, nextEvent, part, parts, submitButton, text } from './helpers.js';

describe('<kultur-ticket-reservation>: states, hand-off, confirmation, privacy', () => {
  it('states in words when nothing can be reserved online, with the phone fallback', async () => {
    const { endpoint } = await newBackend();
    const closed = await createEvent(endpoint, { closesAt: '2026-01-01T00:00:00+01:00' });
    const cancelled = await createEvent(endpoint, { status: 'cancelled' });
    const soldOut = await createEvent(endpoint, { capacity: 2, onlineQuota: 2, soldBoxOffice: 2 });
    const expected: [string, string][] = [
      [closed.id, 'Die Online-Reservierung ist geschlossen.'],
      [cancelled.id, 'Die Veranstaltung fällt aus.'],
      [soldOut.id, 'Ausverkauft'],
    ];
    for (const [id, words] of expected) {
      const el = await mountForm(endpoint, id);
      expect(text(el, '.state')).to.equal(words);
      expect(part(el, 'form')).to.equal(null);
      expect(text(el, '[part="form"]')).to.contain('Telefonisch reservieren: 030 1234567');
      await expectAccessible(el);
    }
  });

  it('without event-id offers a labelled choice of upcoming reservable events', async () => {
    const { endpoint } = await newBackend();
    await createEvent(endpoint, { title: 'Lesung', start: '2027-04-01T19:30:00+02:00' });
    await createEvent(endpoint, { title: 'Jazz im Keller', start: '2027-03-06T20:00:00+01:00' });
    await createEvent(endpoint, { title: 'Vorbei', start: '2025-01-01T20:00:00+01:00' });
    const el = await fixture<KulturTicketReservation>(html`<kultur-ticket-reservation endpoint=${endpoint} privacy-url="/datenschutz.html"></kultur-ticket-reservation>`);
    await waitUntil(() => part(el, 'select'), 'no event choice');
    expect(text(el, 'label[for="event"]')).to.equal('Veranstaltung');
    expect(parts(el, 'option').map((o) => o.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Bitte wählen',
      'Jazz im Keller – Sa, 06.03.2027, 20:00 Uhr',
      'Lesung – Do, 01.04.2027, 19:30 Uhr',
    ]);
    await expectAccessible(el);
    const select = part<HTMLSelectElement>(el, 'select')!;
    select.selectedIndex = 2;
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => part(el, 'form'), 'no form after choosing');
    expect(text(el, 'h2')).to.equal('Lesung');
  });

  it('moved in the DOM while loading, it loads again', async () => {
    const { endpoint, eventId } = await backendWithEvent();
    const el = await fixture<KulturTicketReservation>(html`<kultur-ticket-reservation endpoint=${endpoint} event-id=${eventId} privacy-url="/datenschutz.html"></kultur-ticket-reservation>`);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el); // disconnect + connect, as CMS layout scripts do
    await waitUntil(() => part(el, 'form'), 'the form after the move');
    elsewhere.remove();
  });

  it("takes the calendar's hand-off (kultur-reserve) and moves focus to the event heading", async () => {
    const { endpoint, eventId } = await backendWithEvent({ title: 'Tanzabend' });
    const [event] = normalizeFeed(await (await fetch(`${endpoint}/events`)).json()).events;
    const root = await fixture<HTMLElement>(html`<div>
      <div id="calendar" reservation="#tickets"></div>
      <kultur-ticket-reservation id="tickets" endpoint=${endpoint} privacy-url="/datenschutz.html"></kultur-ticket-reservation>
    </div>`);
    const el = root.querySelector<KulturTicketReservation>('#tickets')!;
    expect(event.id).to.equal(eventId);
    root.querySelector('#calendar')!.dispatchEvent(new CustomEvent('kultur-reserve', { detail: { event }, bubbles: true, composed: true }));
    await waitUntil(() => part(el, 'form'), 'no form after the hand-off');
    expect(text(el, 'h2')).to.equal('Tanzabend');
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'h2'), 'heading focused');

    // What the calendar itself does after the event: set `event` and focus at once.
    const other = await fixture<KulturTicketReservation>(html`<kultur-ticket-reservation endpoint=${endpoint} privacy-url="/datenschutz.html"></kultur-ticket-reservation>`);
    other.event = event;
    other.focus({ preventScroll: true });
    await waitUntil(() => other.shadowRoot!.activeElement === part(other, 'h2'), 'heading focused after .event + focus()');
    await waitUntil(() => part(other, 'form'), 'no form after setting event');
  });

  it('a listener can stop the hand-off with preventDefault()', async () => {
    const { endpoint } = await backendWithEvent({ title: 'Tanzabend' });
    await createEvent(endpoint, { title: 'Lesung' }); // two events: nothing is preselected
    const [event] = normalizeFeed(await (await fetch(`${endpoint}/events`)).json()).events;
    const root = await fixture<HTMLElement>(html`<div>
      <div id="calendar" reservation="#tickets"></div>
      <kultur-ticket-reservation id="tickets" endpoint=${endpoint} privacy-url="/datenschutz.html"></kultur-ticket-reservation>
    </div>`);
    const el = root.querySelector<KulturTicketReservation>('#tickets')!;
    const stop = (e: Event) => e.preventDefault();
    document.addEventListener('kultur-reserve', stop);
    try {
      root.querySelector('#calendar')!.dispatchEvent(new CustomEvent('kultur-reserve', { detail: { event }, bubbles: true, composed: true, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      document.removeEventListener('kultur-reserve', stop);
    }
    expect(el.event).to.equal(undefined);
    expect(part(el, 'h2')).to.equal(null);
  });

  it('confirmation: .ics with the code, a working cancellation link, and a fresh start', async () => {
    const { endpoint, eventId } = await backendWithEvent();
    const el = await mountForm(endpoint, eventId);
    await fillValidOrder(el);
    submitButton(el).click();
    await confirmed(el);
    const code = text(el, '.code');

    // "In den Kalender": a Blob download (works under CSP), with the reservation code.
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      parts<HTMLButtonElement>(el, '.actions button')[0].click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(created).to.have.length(1);
    const ics = await created[0].text();
    expect(ics).to.contain('BEGIN:VEVENT').and.contain('SUMMARY:Jazz im Keller').and.contain(code).and.contain('DTSTART:20270306T190000Z');

    // The cancellation link is the backend's self-service URL.
    const cancel = part<HTMLAnchorElement>(el, '[part="confirmation"] a')!;
    expect(cancel.textContent!.trim()).to.equal('Reservierung stornieren');
    expect(cancel.href.startsWith(endpoint)).to.equal(true);
    // For people the link opens the backend's cancel page; programs (and this test) may DELETE it.
    const page = await fetch(cancel.href, { headers: { Accept: 'text/html' } });
    expect(page.headers.get('content-type')).to.contain('text/html');
    expect((await availabilityOf(endpoint, eventId)).remaining).to.equal(77);
    const response = await fetch(cancel.href, { method: 'DELETE' });
    expect(response.status).to.equal(200);
    expect((await availabilityOf(endpoint, eventId)).remaining).to.equal(80);

    // "Weitere Tickets reservieren": a fresh, empty form with focus on its heading.
    parts<HTMLButtonElement>(el, '.actions button')[1].click();
    await waitUntil(() => part(el, 'form'), 'no fresh form');
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'h2'), 'heading focused');
    expect(part<HTMLInputElement>(el, '#name')!.value).to.equal('');
    expect(part<HTMLInputElement>(el, '#offer-normal')!.value).to.equal('0');
  });

  it('a listener can cancel the submit; no contact data in any event detail', async () => {
    const { endpoint, eventId } = await backendWithEvent();
    const el = await mountForm(endpoint, eventId, { fields: 'phone message', newsletter: true });
    const details: unknown[] = [];
    for (const type of ['kultur-reservation-submit', 'kultur-reservation-confirmed', 'kultur-reservation-failed', 'kultur-load']) {
      el.addEventListener(type, (e) => details.push((e as CustomEvent).detail));
    }
    await fillValidOrder(el);
    const stop = (e: Event) => e.preventDefault();
    el.addEventListener('kultur-reservation-submit', stop, { once: true });
    submitButton(el).click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await availabilityOf(endpoint, eventId)).remaining, 'cancelled submit sends nothing').to.equal(80);
    expect(details.at(-1)).to.deep.equal({ eventId, tickets: [{ offerId: 'normal', quantity: 2 }, { offerId: 'reduced', quantity: 1 }], total: 40 });
    submitButton(el).click();
    await confirmed(el);
    const all = JSON.stringify(details);
    expect(all).not.to.contain('Erika').and.not.to.contain('example.org');
  });

  it('talks to no origin but the endpoint, and writes no cookie or storage', async () => {
    const { endpoint, eventId } = await backendWithEvent();
    const writes: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(key);
      return setItem.call(this, key, value);
    };
    const cookies = document.cookie;
    performance.clearResourceTimings();
    try {
      const el = await mountForm(endpoint, eventId, { newsletter: true, fields: 'phone' });
      await fillValidOrder(el);
      const done = nextEvent(el, 'kultur-reservation-confirmed');
      submitButton(el).click();
      await done;
    } finally {
      Storage.prototype.setItem = setItem;
    }
    // Data goes to the endpoint only; the one other kind of request allowed is the widget's own
    // lazily loaded code (confirmation view, English texts), from where the widget's script came.
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const data = entries.filter((entry) => entry.initiatorType === 'fetch' || entry.initiatorType === 'xmlhttprequest');
    expect(data.length).to.be.greaterThan(2);
    expect([...new Set(data.map((entry) => new URL(entry.name).origin))]).to.deep.equal([new URL(endpoint).origin]);
    const widgetCode = new URL('../../src/components/ticket-reservation/', import.meta.url).href;
    const other = entries.filter((entry) => !data.includes(entry) && !entry.name.startsWith(widgetCode));
    expect(other.map((entry) => entry.name)).to.deep.equal([]);
    expect(writes).to.deep.equal([]);
    expect(document.cookie).to.equal(cookies);
  });

  it('fields carry autocomplete tokens and belong to one form; the honeypot is hidden from everyone', async () => {
    const { endpoint, eventId } = await backendWithEvent();
    const el = await mountForm(endpoint, eventId, { fields: 'phone message' });
    const form = part<HTMLFormElement>(el, 'form')!;
    const tokens = Object.fromEntries(['name', 'email', 'phone', 'message', 'website'].map((n) => [n, part<HTMLInputElement>(el, `[name="${n}"]`)!.autocomplete]));
    expect(tokens).to.deep.equal({ name: 'name', email: 'email', phone: 'tel', message: 'off', website: 'off' });
    for (const name of ['name', 'email', 'phone']) expect(part<HTMLInputElement>(el, `#${name}`)!.form, name).to.equal(form);
    expect(part<HTMLInputElement>(el, '#email')!.type).to.equal('email');
    expect(part<HTMLInputElement>(el, '#phone')!.type).to.equal('tel');
    const honeypot = part<HTMLInputElement>(el, '#website')!;
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(honeypot.getBoundingClientRect().right, 'off-screen').to.be.at.most(0);
    expect(text(el, 'p.note')).to.contain('Wir verwenden Ihre Angaben nur, um Ihre Reservierung zu bearbeiten.');
    expect(part<HTMLAnchorElement>(el, 'p.note a')!.getAttribute('href')).to.equal('/datenschutz.html');
    expect(text(el, 'button[type="submit"]')).to.equal('Tickets reservieren');
  });
});
