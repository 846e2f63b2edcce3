// Seat arithmetic, shared by every store engine: what is left, which availability state an event is
// in, and whether a requested order fits. Pure functions over an event's stored counters.

export interface OfferStock {
  id: string;
  name: string;
  priceCents: number;
  currency: string;
  /** per-category limit, null for none */
  capacity: number | null;
  sold: number;
}

/** An event's counters, read in O(1) whatever the number of reservations. */
export interface EventStock {
  id: string;
  startMs: number;
  /** scheduled | cancelled | postponed */
  status: string;
  /** seats in the hall */
  capacity: number;
  /** seats offered online (the rest is sold at the box office) */
  onlineQuota: number;
  soldOnline: number;
  soldBoxOffice: number;
  maxPerOrder: number;
  /** explicit close time, null: start minus the configured lead time */
  closesAtMs: number | null;
  reservable: boolean;
  offers: OfferStock[];
}

export interface TicketLine {
  offerId: string;
  quantity: number;
}

export type AvailabilityStatus = 'available' | 'few' | 'online_soldout' | 'soldout' | 'closed' | 'cancelled';

export interface OfferRemaining {
  id: string;
  remaining: number;
}

export interface Availability {
  eventId: string;
  status: AvailabilityStatus;
  remaining: number;
  offers: OfferRemaining[];
  closesAt: string;
  maxPerOrder: number;
}

export interface Refusal {
  error: 'cancelled' | 'closed' | 'sold_out' | 'insufficient';
  remaining: number;
  offers: OfferRemaining[];
}

export interface OrderProblem {
  fields: Record<string, string>;
  maxPerOrder?: number;
}

/** When online reservations for the event end. */
export function closesAt(stock: EventStock, closeMinutes: number): number {
  return stock.closesAtMs ?? stock.startMs - closeMinutes * 60_000;
}

/** Seats left in the hall, online or at the box office. */
export function remainingInHall(stock: EventStock): number {
  return Math.max(0, stock.capacity - stock.soldOnline - stock.soldBoxOffice);
}

/** Seats that can still be reserved online. */
export function remainingOnline(stock: EventStock): number {
  return Math.max(0, Math.min(stock.onlineQuota - stock.soldOnline, remainingInHall(stock)));
}

/** Seats left in one ticket category, bounded by what is left for the event. */
export function remainingForOffer(offer: OfferStock, eventRemaining: number): number {
  return offer.capacity === null ? eventRemaining : Math.max(0, Math.min(offer.capacity - offer.sold, eventRemaining));
}

/** "Few left" starts at 10 % of the online quota, but never below 5 seats. */
export function fewThreshold(stock: EventStock): number {
  return Math.max(5, Math.ceil(stock.onlineQuota * 0.1));
}

/**
 * The availability state in words the widgets show. A sold-out hall says so even after closing;
 * otherwise closing wins over the online counters.
 */
export function availabilityStatus(stock: EventStock, nowMs: number, closeMinutes: number): AvailabilityStatus {
  if (stock.status === 'cancelled') return 'cancelled';
  if (stock.capacity > 0 && remainingInHall(stock) === 0) return 'soldout';
  if (!stock.reservable || stock.status !== 'scheduled' || nowMs >= closesAt(stock, closeMinutes)) return 'closed';
  const remaining = remainingOnline(stock);
  if (remaining === 0) return 'online_soldout';
  return remaining <= fewThreshold(stock) ? 'few' : 'available';
}

/** The availability contract (`GET /api/events/{id}/availability`). */
export function availabilityOf(stock: EventStock, nowMs: number, closeMinutes: number): Availability {
  const status = availabilityStatus(stock, nowMs, closeMinutes);
  const open = status === 'available' || status === 'few';
  const remaining = open ? remainingOnline(stock) : 0;
  return {
    eventId: stock.id,
    status,
    remaining,
    offers: stock.offers.map((offer) => ({ id: offer.id, remaining: remainingForOffer(offer, remaining) })),
    closesAt: new Date(closesAt(stock, closeMinutes)).toISOString(),
    maxPerOrder: stock.maxPerOrder,
  };
}

/**
 * What is wrong with an order for this event, as field codes (422), or null. Unlike a refusal this
 * does not change with time: unknown ticket categories, more tickets than one order may hold.
 */
export function orderProblem(stock: EventStock, lines: TicketLine[]): OrderProblem | null {
  let total = 0;
  for (const line of lines) {
    if (!stock.offers.some((offer) => offer.id === line.offerId)) return { fields: { tickets: 'unknown_offer' } };
    total += line.quantity;
  }
  return total > stock.maxPerOrder ? { fields: { tickets: 'too_many' }, maxPerOrder: stock.maxPerOrder } : null;
}

/**
 * Why an order cannot be served right now, or null when it fits. Called inside the write
 * transaction, on counters read in that transaction. `lines`: merged per offer, quantities > 0, offers known.
 */
export function refusalFor(stock: EventStock, lines: TicketLine[], nowMs: number, closeMinutes: number): Refusal | null {
  const { status, remaining, offers } = availabilityOf(stock, nowMs, closeMinutes);
  if (status === 'cancelled') return { error: 'cancelled', remaining: 0, offers };
  if (status === 'closed') return { error: 'closed', remaining: 0, offers };
  if (remaining === 0) return { error: 'sold_out', remaining: 0, offers };
  let total = 0;
  for (const line of lines) {
    total += line.quantity;
    const left = offers.find((offer) => offer.id === line.offerId)?.remaining ?? 0;
    if (line.quantity > left) return { error: 'insufficient', remaining, offers };
  }
  return total > remaining ? { error: 'insufficient', remaining, offers } : null;
}

/** Whether an order can be taken, and why not: the one decision of both engines and the honeypot. */
export type OrderVerdict = { kind: 'accepted'; stock: EventStock } | ({ kind: 'invalid' } & OrderProblem) | { kind: 'refused'; refusal: Refusal };

export function checkOrder(stock: EventStock | null | undefined, lines: TicketLine[], nowMs: number, closeMinutes: number): OrderVerdict {
  if (!stock) return { kind: 'invalid', fields: { eventId: 'unknown_event' } };
  const problem = orderProblem(stock, lines);
  if (problem) return { kind: 'invalid', ...problem };
  const refusal = refusalFor(stock, lines, nowMs, closeMinutes);
  return refusal ? { kind: 'refused', refusal } : { kind: 'accepted', stock };
}
