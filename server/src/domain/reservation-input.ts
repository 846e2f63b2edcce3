// A reservation request after validation: the shape the write path works with.

import type { TicketLine } from './availability.js';
import type { Person } from '../db/store.js';

export interface ReservationInput {
  eventId: string;
  /** merged per offer, quantities > 0 */
  lines: TicketLine[];
  person: Person;
  /** the hidden `website` field was filled in (a bot) */
  honeypot: boolean;
}

/** Adds up lines for the same offer and drops quantity 0; [] when nothing is ordered. */
export function mergeLines(lines: readonly TicketLine[]): TicketLine[] {
  const quantities = new Map<string, number>();
  for (const line of lines) quantities.set(line.offerId, (quantities.get(line.offerId) ?? 0) + line.quantity);
  return [...quantities].filter(([, quantity]) => quantity > 0).map(([offerId, quantity]) => ({ offerId, quantity }));
}
