// The price of an order: one rule for the stored reservation and for the honeypot's answer.

import type { EventStock, TicketLine } from './availability.js';

export interface PricedTicket {
  offerId: string;
  name: string;
  priceCents: number;
  quantity: number;
}

export interface PricedOrder {
  tickets: PricedTicket[];
  quantity: number;
  totalCents: number;
  currency: string;
}

/** Prices `lines` (offers known: checked by orderProblem) at the event's current offers. */
export function priceOrder(stock: EventStock, lines: TicketLine[]): PricedOrder {
  const tickets = lines.map((line) => {
    const offer = stock.offers.find((o) => o.id === line.offerId);
    if (!offer) throw new Error(`unknown offer ${line.offerId}`);
    return { offerId: offer.id, name: offer.name, priceCents: offer.priceCents, quantity: line.quantity };
  });
  return {
    tickets,
    quantity: tickets.reduce((sum, t) => sum + t.quantity, 0),
    totalCents: tickets.reduce((sum, t) => sum + t.priceCents * t.quantity, 0),
    currency: stock.offers[0]?.currency ?? 'EUR',
  };
}
