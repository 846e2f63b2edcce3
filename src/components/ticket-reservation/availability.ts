import type { KulturOffer } from '../../data/types.js';
import type { FormMessageKey } from './messages.js';
import type { Availability, TicketLine } from './types.js';

/** Quantities per offer id. */
export type Quantities = Record<string, number>;

/** True when tickets can be reserved online now. */
export function isReservable(availability: Availability | undefined): boolean {
  return availability?.status === 'available' || availability?.status === 'few';
}

const STATE_KEYS: Record<string, FormMessageKey> = {
  available: 'stateAvailable',
  few: 'stateFew',
  online_soldout: 'stateOnlineSoldout',
  soldout: 'stateSoldout',
  closed: 'stateClosed',
  cancelled: 'stateCancelled',
};

/** The availability state in words (the message key; `{count}` is `remaining`). */
export function availabilityKey(availability: Availability): FormMessageKey {
  if (availability.status === 'few' && availability.remaining === 1) return 'stateFewOne';
  return STATE_KEYS[availability.status] ?? 'stateAvailable';
}

/** Tickets per reservation: the element's `max-tickets`, lowered by the backend's own limit. */
export function orderLimit(maxTickets: number, availability?: Availability): number {
  const backend = availability?.maxPerOrder;
  return Math.max(0, Math.min(maxTickets, backend && backend > 0 ? backend : Infinity));
}

function offerRemaining(availability: Availability | undefined, offerId: string): number {
  if (!isReservable(availability)) return 0;
  const own = availability!.offers?.find((offer) => offer.id === offerId)?.remaining;
  return Math.min(availability!.remaining, own ?? Infinity);
}

/** The most tickets of `offerId` the visitor may choose, given the other categories' quantities. */
export function offerMax(offerId: string, quantities: Quantities, availability: Availability | undefined, limit: number): number {
  let others = 0;
  for (const [id, quantity] of Object.entries(quantities)) if (id !== offerId) others += quantity;
  const seats = isReservable(availability) ? availability!.remaining : 0;
  return Math.max(0, Math.min(offerRemaining(availability, offerId), seats - others, limit - others));
}

export function ticketCount(quantities: Quantities): number {
  return Object.values(quantities).reduce((sum, quantity) => sum + quantity, 0);
}

export function orderTotal(offers: KulturOffer[], quantities: Quantities): number {
  // Cents avoid 0.1 + 0.2 drift in the total shown.
  return offers.reduce((sum, offer) => sum + Math.round(offer.price * 100) * (quantities[offer.id] ?? 0), 0) / 100;
}

/** The order as API ticket lines, without empty categories. */
export function ticketLines(quantities: Quantities): TicketLine[] {
  return Object.entries(quantities)
    .filter(([, quantity]) => quantity > 0)
    .map(([offerId, quantity]) => ({ offerId, quantity }));
}
