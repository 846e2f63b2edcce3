// The door list of an event as CSV for spreadsheet programs: semicolons and a BOM (as German
// spreadsheets expect), sorted by name, no cell a spreadsheet would run as a formula.

import type { EventStock } from './availability.js';
import type { ReservationRecord } from '../db/store.js';

// What a spreadsheet may skip before it reads a formula: spaces of any kind, line breaks, controls, BOM.
const FORMULA_PREFIX = /^[\s\p{Cc}\p{Cf}]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;

/** One CSV cell: quoted when needed; a text a spreadsheet would read as a formula starts with `'`. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_PREFIX.test(text) || /^[\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function doorListCsv(event: EventStock, reservations: ReservationRecord[]): string {
  const offers = event.offers;
  const header = ['Code', 'Name', 'E-Mail', 'Telefon', 'Karten', ...offers.map((o) => o.name), 'Betrag', 'Status', 'Reserviert am', 'Nachricht'];
  const rows = [...reservations]
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'de') || a.code.localeCompare(b.code))
    .map((r) => [
      r.code, r.name, r.email, r.phone, r.quantity,
      ...offers.map((o) => r.tickets.find((t) => t.offerId === o.id)?.quantity ?? 0),
      (r.totalCents / 100).toFixed(2).replace('.', ','),
      r.status === 'confirmed' ? 'bestätigt' : 'storniert',
      new Date(r.createdMs).toISOString(),
      r.message,
    ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
