import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../helpers/a11y.js';
import { ReservationError, type ReservationTransport } from '../../src/components/ticket-reservation/api.js';
import { HttpReservationApi } from '../../src/components/ticket-reservation/reserve-api.js';
import type { ReservationFailedDetail } from '../../src/components/ticket-reservation/ticket-reservation.js';
import { addTickets, availabilityOf, backendWithEvent, confirmed, fillValidOrder, mountForm, nextEvent, part, submitButton, text, typeInto } from './helpers.js';

/** Another visitor reserving through the same real backend. */
async function reserveElsewhere(endpoint: string, eventId: string, quantity: number): Promise<void> {
  const response = await fetch(`${endpoint}/reservations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `other-visitor-${Math.random().toString(36).slice(2)}` },
    body: JSON.stringify({ eventId, tickets: [{ offerId: 'normal', quantity }], name: 'Max', email: 'max@example.org', website: '' }),
  });
  if (response.status !== 201) throw new Error(`competing reservation failed: ${response.status}`);
}

describe('<kultur-ticket-reservation>: never double-books, never loses the form', () => {
  it('a double click sends one reservation', async () => {
    const { endpoint, eventId } = await backendWithEvent();
    const el = await mountForm(endpoint, eventId);
    el.requestHeaders = { 'X-Test-Delay-Ms': '1500' }; // a slow answer: the busy state stays long enough to inspect
    await fillValidOrder(el);
    let confirmations = 0;
    let submits = 0;
    el.addEventListener('kultur-reservation-confirmed', () => confirmations++);
    el.addEventListener('kultur-reservation-submit', () => submits++);
    submitButton(el).focus();
    submitButton(el).click();
    await el.updateComplete;
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(submitButton(el).textContent).to.contain('Reservierung wird gesendet');
    expect(text(el, '[role="status"]')).to.equal('Reservierung wird gesendet …');
    await expectAccessible(el);
    expect(el.shadowRoot!.activeElement, 'focus stays on the busy button').to.equal(submitButton(el));
    submitButton(el).click();
    submitButton(el).click();
    await confirmed(el);
    await aTimeout(300);
    expect(submits).to.equal(1);
    expect(confirmations).to.equal(1);
    expect((await availabilityOf(endpoint, eventId)).remaining).to.equal(77);
  });

  it('after a timeout the form stays filled, and "Erneut versuchen" (same key) reserves once', async () => {
    const { endpoint, eventId } = await backendWithEvent();
    const el = await mountForm(endpoint, eventId);
    el.requestTimeout = 1000;
    el.requestHeaders = { 'X-Test-Delay-Ms': '2500' };
    await fillValidOrder(el);
    const failed = nextEvent<ReservationFailedDetail>(el, 'kultur-reservation-failed');
    submitButton(el).click();
    expect((await failed).detail).to.deep.equal({ eventId, reason: 'timeout' });
    await el.updateComplete;
    expect(text(el, '.notice[role="alert"]')).to.contain('nicht rechtzeitig geantwortet');
    expect(submitButton(el).textContent!.trim()).to.equal('Erneut versuchen');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
    expect(part<HTMLInputElement>(el, '#name')!.value).to.equal('Erika Mustermann');
    expect(part<HTMLInputElement>(el, '#email')!.value).to.equal('erika@example.org');
    expect(part<HTMLInputElement>(el, '#offer-normal')!.value).to.equal('2');
    // The attempt may be stored: its content stays fixed until it is resolved (no second booking by an edit).
    expect(part<HTMLInputElement>(el, '#name')!.readOnly).to.equal(true);
    expect(part<HTMLInputElement>(el, '#offer-normal')!.readOnly).to.equal(true);
    expect(part(el, '[aria-controls="offer-normal"]:last-child')!.getAttribute('aria-disabled')).to.equal('true');
    await expectAccessible(el);

    // The backend stored the first attempt; the retry carries the same key and gets the same reservation.
    el.requestHeaders = undefined;
    el.requestTimeout = 8000;
    const confirmedEvent = nextEvent<{ code: string }>(el, 'kultur-reservation-confirmed');
    submitButton(el).click();
    await confirmed(el);
    const { code } = (await confirmedEvent).detail;
    await aTimeout(2000); // let the delayed first answer finish
    expect((await availabilityOf(endpoint, eventId)).remaining, 'stored exactly once').to.equal(77);
    expect(text(el, '.code')).to.equal(code);
  });

  it('corrects the steppers when fewer seats are left right before sending', async () => {
    const { endpoint, eventId } = await backendWithEvent({ capacity: 5, onlineQuota: 5 });
    const el = await mountForm(endpoint, eventId);
    expect(text(el, '.state')).to.equal('Nur noch 5 Plätze');
    await addTickets(el, 'normal', 4);
    await typeInto(el, 'name', 'Erika Mustermann');
    await typeInto(el, 'email', 'erika@example.org');
    await reserveElsewhere(endpoint, eventId, 3);
    const failed = nextEvent<ReservationFailedDetail>(el, 'kultur-reservation-failed');
    submitButton(el).click();
    expect((await failed).detail.reason).to.equal('conflict');
    await el.updateComplete;
    expect(part<HTMLInputElement>(el, '#offer-normal')!.value).to.equal('2');
    expect(text(el, '.state')).to.equal('Nur noch 2 Plätze');
    expect(part<HTMLInputElement>(el, '#offer-normal')!.readOnly, 'nothing was stored: editable again').to.equal(false);
    expect(text(el, '.notice[role="alert"]')).to.contain('Wir haben Ihre Auswahl angepasst');
    expect(part<HTMLInputElement>(el, '#name')!.value).to.equal('Erika Mustermann');
    await expectAccessible(el);
    submitButton(el).click();
    await confirmed(el);
    expect((await availabilityOf(endpoint, eventId)).remaining).to.equal(0);
  });

  it('a 409 from the backend refreshes availability and corrects the steppers', async () => {
    const { endpoint, eventId } = await backendWithEvent({ capacity: 6, onlineQuota: 6 });
    const el = await mountForm(endpoint, eventId);
    // The other visitor is faster by a hair: between the availability check and the POST.
    const http = new HttpReservationApi(endpoint);
    const racing: ReservationTransport = {
      events: (signal) => http.events(signal),
      availability: (id, signal) => http.availability(id, signal),
      reserve: async (request, key, signal) => {
        await reserveElsewhere(endpoint, eventId, 5);
        return http.reserve(request, key, signal);
      },
    };
    el.transport = racing;
    await addTickets(el, 'normal', 3);
    await typeInto(el, 'name', 'Erika Mustermann');
    await typeInto(el, 'email', 'erika@example.org');
    const failed = nextEvent<ReservationFailedDetail>(el, 'kultur-reservation-failed');
    submitButton(el).click();
    expect((await failed).detail.reason).to.equal('conflict');

    await waitUntil(() => part<HTMLInputElement>(el, '#offer-normal')?.value === '1', 'stepper corrected to 1');
    expect(text(el, '.state')).to.equal('Nur noch 1 Platz');
    expect(text(el, '.notice')).to.contain('Wir haben Ihre Auswahl angepasst');
  });

  it('says why and offers the phone number when nothing is left online', async () => {
    const { endpoint, eventId } = await backendWithEvent({ capacity: 10, onlineQuota: 2 });
    await reserveElsewhere(endpoint, eventId, 2);
    const el = await mountForm(endpoint, eventId);
    expect(text(el, '.state')).to.equal('Online ausgebucht – Restkarten an der Abendkasse');
    expect(part(el, 'form')).to.equal(null);
    expect(part<HTMLAnchorElement>(el, 'a[href^="tel:"]')!.href).to.equal('tel:0301234567');
    await expectAccessible(el);
  });

  it('429: waits for Retry-After instead of hammering the backend', async () => {
    const { endpoint, eventId } = await backendWithEvent({}, { rateLimit: 1 });
    await reserveElsewhere(endpoint, eventId, 1); // the one write this client may make in the window
    const el = await mountForm(endpoint, eventId);
    await fillValidOrder(el);
    const failed = nextEvent<ReservationFailedDetail>(el, 'kultur-reservation-failed');
    submitButton(el).click();
    expect((await failed).detail.reason).to.equal('rate_limited');
    await el.updateComplete;
    expect(text(el, '.notice[role="alert"]')).to.match(/in \d+ Sekunden automatisch/);
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    let sent = 0;
    el.addEventListener('kultur-reservation-failed', () => sent++);
    el.addEventListener('kultur-reservation-confirmed', () => sent++);
    submitButton(el).click();
    await aTimeout(1500);
    expect(sent, 'no request before Retry-After').to.equal(0);
    expect(part<HTMLInputElement>(el, '#name')!.value).to.equal('Erika Mustermann');
    await expectAccessible(el);
  });

  it('429: sends the same attempt again by itself once Retry-After has passed', async () => {
    // The test backend's rate-limit window is 60 s (web-test-runner.config.mjs), too long to wait
    // for here; so the first answer is the backend's real 429 translated with Retry-After: 1, and
    // the resend goes to the real backend.
    const { endpoint, eventId } = await backendWithEvent();
    const el = await mountForm(endpoint, eventId);
    const http = new HttpReservationApi(endpoint);
    const keys: string[] = [];
    el.transport = {
      events: (signal) => http.events(signal),
      availability: (id, signal) => http.availability(id, signal),
      reserve: async (request, key, signal) => {
        keys.push(key);
        if (keys.length === 1) throw new ReservationError('rate_limited', '429 (Retry-After: 1)', { status: 429, retryAfter: 1 });
        return http.reserve(request, key, signal);
      },
    };
    await el.updateComplete;
    await fillValidOrder(el);
    submitButton(el).click();
    await waitUntil(() => text(el, '.notice').includes('in 1 Sekunden'), 'rate-limit notice');

    await confirmed(el);
    expect(keys).to.have.length(2);
    expect(keys[1], 'the same Idempotency-Key').to.equal(keys[0]);
    expect((await availabilityOf(endpoint, eventId)).remaining).to.equal(77);
  });

  it('offline: waits for the connection, then sends the same attempt', async () => {
    const { endpoint, eventId } = await backendWithEvent();
    const el = await mountForm(endpoint, eventId);
    await fillValidOrder(el);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const failed = nextEvent<ReservationFailedDetail>(el, 'kultur-reservation-failed');
      submitButton(el).click();
      expect((await failed).detail.reason).to.equal('offline');
      await el.updateComplete;
      expect(text(el, '.notice[role="alert"]')).to.contain('Sie sind offline');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      await expectAccessible(el);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
    window.dispatchEvent(new Event('online'));
    await confirmed(el);
    expect((await availabilityOf(endpoint, eventId)).remaining).to.equal(77);
  });
});
