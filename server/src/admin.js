// @ts-check
// Box-office API behind a bearer token (ADMIN_TOKEN). Without a configured token it does not exist (404).
//   GET /api/admin/events                       events with their seat counts
//   GET /api/admin/events/{id}/reservations     JSON, or CSV (`?format=csv` or `Accept: text/csv`) for the door list

import { timingSafeEqual, createHash } from 'node:crypto';
import { remainingInHall, remainingOnline } from './availability.js';
import { HttpError, queryParam, sendJson } from './http-util.js';

/**
 * Throws unless the request carries the configured token (compared in constant time).
 * @param {import('./http-util.js').RequestContext} ctx
 */
function requireAdmin(ctx) {
  const expected = ctx.app.adminToken;
  if (!expected) throw new HttpError(404, 'not_found');
  const match = /^Bearer\s+(\S+)$/i.exec(ctx.req.headers.authorization ?? '');
  const digest = (/** @type {string} */ value) => createHash('sha256').update(value).digest();
  if (!match || !timingSafeEqual(digest(match[1]), digest(expected))) {
    throw new HttpError(401, 'unauthorized', undefined, { 'WWW-Authenticate': 'Bearer realm="kultur-admin"' });
  }
}

/** Seat counts of one event. */
function counts(stock) {
  return {
    capacity: stock.capacity,
    onlineQuota: stock.onlineQuota,
    reservedOnline: stock.soldOnline,
    soldBoxOffice: stock.soldBoxOffice,
    remainingOnline: remainingOnline(stock),
    remainingInHall: remainingInHall(stock),
  };
}

/** @param {import('./http-util.js').RequestContext} ctx */
export function listAdminEvents(ctx) {
  requireAdmin(ctx);
  const events = ctx.app.store.listEvents().map((event) => ({
    id: event.id, title: event.feed.title, start: event.feed.start, status: event.status, ...counts(event),
  }));
  sendJson(ctx, 200, { events });
}

/** @param {import('./db/store.js').ReservationRecord} r */
function reservationRow(r) {
  return {
    code: r.code,
    status: r.status,
    name: r.name,
    email: r.email,
    phone: r.phone,
    message: r.message,
    newsletter: r.newsletter,
    quantity: r.quantity,
    tickets: r.tickets.map((t) => ({ offerId: t.offerId, name: t.name, quantity: t.quantity, price: t.priceCents / 100 })),
    total: r.totalCents / 100,
    currency: r.currency,
    createdAt: new Date(r.createdMs).toISOString(),
    cancelledAt: r.cancelledMs === null ? null : new Date(r.cancelledMs).toISOString(),
    anonymized: r.anonymizedMs !== null,
  };
}

/**
 * One CSV cell: quoted when needed, and a leading =, +, -, @ neutralized so a spreadsheet never
 * runs a visitor's name as a formula.
 */
function csvCell(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The door list: semicolon-separated with a BOM, as German spreadsheet programs expect. */
function doorListCsv(event, reservations) {
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

/** @param {import('./http-util.js').RequestContext} ctx */
export function listEventReservations(ctx) {
  requireAdmin(ctx);
  const event = ctx.app.store.getEvent(ctx.params[0]);
  if (!event) throw new HttpError(404, 'not_found');
  const reservations = ctx.app.store.listReservations(event.id);
  const wantsCsv = queryParam(ctx, 'format') === 'csv' || /^text\/csv/i.test(ctx.req.headers.accept ?? '');
  if (wantsCsv) {
    ctx.res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="reservierungen-${event.id.replace(/[^A-Za-z0-9._-]/g, '_')}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept, Origin',
    });
    ctx.res.end(doorListCsv(event, reservations));
    return;
  }
  sendJson(ctx, 200, {
    event: { id: event.id, title: event.feed.title, start: event.feed.start, status: event.status, ...counts(event) },
    reservations: reservations.map(reservationRow),
  });
}
