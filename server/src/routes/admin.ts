// Box-office API behind a bearer token (ADMIN_TOKEN). Without a configured token it does not exist (404).
//   GET /api/admin/events                       events with their seat counts
//   GET /api/admin/events/{id}/reservations     JSON, or CSV (`?format=csv` or `Accept: text/csv`) for the door list

import { createHash, timingSafeEqual } from 'node:crypto';
import type { ReservationRecord } from '../db/store.js';
import { remainingInHall, remainingOnline, type EventStock } from '../domain/availability.js';
import { doorListCsv } from '../domain/door-list.js';
import { queryParam, type RequestContext } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { sendJson } from '../http/respond.js';

/** Throws unless the request carries the configured token (compared in constant time). */
function requireAdmin(ctx: RequestContext): void {
  const expected = ctx.app.adminToken;
  if (!expected) throw new HttpError(404, 'not_found');
  const match = /^Bearer\s+(\S+)$/i.exec(ctx.req.headers.authorization ?? '');
  const digest = (value: string) => createHash('sha256').update(value).digest();
  if (!match || !timingSafeEqual(digest(match[1]), digest(expected))) {
    throw new HttpError(401, 'unauthorized', undefined, { 'WWW-Authenticate': 'Bearer realm="kultur-admin"' });
  }
}

/** Seat counts of one event. */
function counts(stock: EventStock) {
  return {
    capacity: stock.capacity,
    onlineQuota: stock.onlineQuota,
    reservedOnline: stock.soldOnline,
    soldBoxOffice: stock.soldBoxOffice,
    remainingOnline: remainingOnline(stock),
    remainingInHall: remainingInHall(stock),
  };
}

export async function listAdminEvents(ctx: RequestContext): Promise<void> {
  requireAdmin(ctx);
  const events = (await ctx.app.store.listEvents()).map((event) => ({
    id: event.id, title: event.feed.title, start: event.feed.start, status: event.status, ...counts(event),
  }));
  sendJson(ctx, 200, { events });
}

function reservationRow(r: ReservationRecord) {
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

export async function listEventReservations(ctx: RequestContext): Promise<void> {
  requireAdmin(ctx);
  const event = await ctx.app.store.getEvent(ctx.params[0]);
  if (!event) throw new HttpError(404, 'not_found');
  const reservations = await ctx.app.store.listReservations(event.id);
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
