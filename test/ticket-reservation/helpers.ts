/** Shared steps of the reservation tests: real backend, real events, real form. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/ticket-reservation/define.js';
import type { KulturTicketReservation } from '../../src/components/ticket-reservation/ticket-reservation.js';
import type { Availability } from '../../src/components/ticket-reservation/types.js';
import { newBackend, type BackendOptions } from '../helpers/backend.js';

export interface TestEventBody {
  id?: string;
  title?: string;
  start?: string;
  capacity?: number;
  onlineQuota?: number;
  soldBoxOffice?: number;
  maxPerOrder?: number;
  closesAt?: string;
  status?: string;
  offers?: { id: string; name: string; price: number; currency?: string; capacity?: number }[];
  [key: string]: unknown;
}

let serial = 0;

/** Creates an event through the backend's test hook; a concert next year with two categories. */
export async function createEvent(endpoint: string, body: TestEventBody = {}): Promise<{ id: string }> {
  const event = {
    id: `konzert-${Date.now()}-${serial++}`,
    title: 'Jazz im Keller',
    start: '2027-03-06T20:00:00+01:00',
    end: '2027-03-06T22:30:00+01:00',
    location: { name: 'IM-PULS, Saal', address: 'Musterstraße 1, 12345 Musterstadt' },
    capacity: 100,
    onlineQuota: 80,
    offers: [
      { id: 'normal', name: 'Normal', price: 15, currency: 'EUR' },
      { id: 'reduced', name: 'ermäßigt', price: 10, currency: 'EUR' },
    ],
    ...body,
  };
  const response = await fetch(`${endpoint}/__test/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(event) });
  if (response.status !== 201) throw new Error(`could not create the test event: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A fresh backend with one event in it. */
export async function backendWithEvent(body: TestEventBody = {}, options: BackendOptions = {}) {
  const backend = await newBackend(options);
  const event = await createEvent(backend.endpoint, body);
  return { ...backend, eventId: event.id };
}

export async function availabilityOf(endpoint: string, eventId: string): Promise<Availability> {
  return (await fetch(`${endpoint}/events/${eventId}/availability`)).json();
}

/** The element with attributes only, as a webmaster embeds it; resolves once the form is shown. */
export async function mountForm(endpoint: string, eventId: string, extra: { fields?: string; lang?: string; newsletter?: boolean } = {}) {
  const el = await fixture<KulturTicketReservation>(html`<kultur-ticket-reservation
    endpoint=${endpoint}
    event-id=${eventId}
    privacy-url="/datenschutz.html"
    phone-fallback="030 1234567"
    fields=${extra.fields ?? ''}
    lang=${extra.lang ?? 'de'}
    ?newsletter=${extra.newsletter ?? false}
  ></kultur-ticket-reservation>`);
  await waitUntil(() => part(el, 'form') || part(el, '.state'), 'the form did not appear', { timeout: 5000 });
  return el;
}

export const part = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const parts = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (el: HTMLElement, selector: string) => part(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Types like a person: input events while typing, change when leaving the field. */
export async function typeInto(el: KulturTicketReservation, name: string, value: string): Promise<void> {
  const input = part<HTMLInputElement>(el, `[name="${name}"]`)!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Presses the + button of a category `times` times. */
export async function addTickets(el: KulturTicketReservation, offerId: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    part(el, `[aria-controls="offer-${offerId}"]:last-child`)!.click();
    await el.updateComplete;
  }
}

export function submitButton(el: HTMLElement): HTMLButtonElement {
  return part<HTMLButtonElement>(el, 'button[type="submit"]')!;
}

/** Fills a valid order: 2 × Normal, 1 × ermäßigt, name and e-mail. */
export async function fillValidOrder(el: KulturTicketReservation): Promise<void> {
  await addTickets(el, 'normal', 2);
  await addTickets(el, 'reduced', 1);
  await typeInto(el, 'name', 'Erika Mustermann');
  await typeInto(el, 'email', 'erika@example.org');
}

/** Resolves with the next `type` event of `el`. */
export function nextEvent<T = unknown>(el: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => el.addEventListener(type, (e) => resolve(e as CustomEvent<T>), { once: true }));
}

export async function confirmed(el: KulturTicketReservation): Promise<void> {
  await waitUntil(() => part(el, '[part="confirmation"]'), 'no confirmation', { timeout: 8000 });
}
