/** The confirmation view; part of the submit chunk (see submit-chunk.ts). */
import { html, nothing, type TemplateResult } from 'lit';
import type { KulturEvent } from '../../data/types.js';
import { downloadIcs } from './ics-download.js';
import { eventTitle, fill, type ReservationMessages } from './messages.js';
import type { Reservation } from './types.js';

export interface ConfirmationInput {
  msg: ReservationMessages;
  event: KulturEvent;
  reservation: Reservation;
  /** `Sa, 06.03.2027, 20:00 Uhr` */
  dateLine: string;
  price: (amount: number, currency: string) => string;
  onAgain: () => void;
}

/** Code first (what the visitor needs at the box office), then the summary, then what to do next. */
export function confirmation({ msg, event, reservation: r, dateLine, price, onAgain }: ConfirmationInput): TemplateResult {
  const names = new Map(event.offers.map((offer) => [offer.id, offer.name]));
  const pickup = r.pickupNote || msg.pickup;
  return html`<section class="box confirmed" part="confirmation" aria-labelledby="confirmed-title">
    <h2 id="confirmed-title" tabindex="-1">${msg.confirmed}</h2>
    <p>${msg.code}: <strong class="code">${r.code}</strong></p>
    <p><strong>${eventTitle(event, msg)}</strong></p>
    <p class="meta">${dateLine}${event.location ? html`<br />${event.location.name}` : nothing}</p>
    <ul class="lines">
      ${r.tickets.map((t) => html`<li>${fill(msg.ticketLine, { quantity: t.quantity, name: t.name ?? names.get(t.offerId) ?? t.offerId })}</li>`)}
    </ul>
    <p class="total">${fill(msg.total, { total: price(r.total, r.currency) })}</p>
    <p>${pickup}</p>
    <div class="actions">
      <button type="button" class="secondary" @click=${() => downloadIcs({ ...event, title: eventTitle(event, msg) }, `${msg.code}: ${r.code}\n${pickup}`)}>${msg.addToCalendar}</button>
      ${r.cancelUrl ? html`<a href=${r.cancelUrl} rel="noopener">${msg.cancelLink}</a>` : nothing}
      <button type="button" class="secondary" @click=${onAgain}>${msg.again}</button>
    </div>
  </section>`;
}
