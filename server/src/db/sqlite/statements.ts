// Every SQL statement of the SQLite store for one centre, prepared once per connection and centre.

import type { Database, Statement } from 'better-sqlite3';
import { isCentreId, type Centre } from '../store.js';
import { STOCK_COLUMNS, type EventRow, type IdempotencyRow, type OfferRow, type ReservationRow, type StockRow, type TicketRow } from './rows.js';

export function prepareStatements(db: Database, centreId: string) {
  // The centre is a literal of each statement, so the statements keep their parameters.
  if (!isCentreId(centreId)) throw new Error(`invalid centre id "${centreId}"`);
  const C = `'${centreId}'`;
  /* eslint-disable @typescript-eslint/no-explicit-any -- better-sqlite3 binds named or positional parameters */
  const get = <Row>(source: string) => db.prepare(source) as Statement<any[], Row>;
  /* eslint-enable @typescript-eslint/no-explicit-any */
  return {
    countEvents: get<number>(`SELECT (SELECT COUNT(*) FROM events WHERE centre_id = ${C}) + (SELECT COUNT(*) FROM networks) AS n`).pluck(),
    insertEvent: db.prepare(`INSERT INTO events (centre_id, id, start_ms, end_ms, status, feed, capacity, online_quota, sold_box_office, max_per_order, closes_at_ms, reservable)
      VALUES (${C}, @id, @startMs, @endMs, @status, @feed, @capacity, @onlineQuota, @soldBoxOffice, @maxPerOrder, @closesAtMs, @reservable)`),
    insertOffer: db.prepare(`INSERT INTO offers (centre_id, event_id, id, position, name, price_cents, currency, capacity)
      VALUES (${C}, @eventId, @id, @position, @name, @priceCents, @currency, @capacity)`),
    setStatus: db.prepare(`UPDATE events SET status = ? WHERE id = ? AND centre_id = ${C}`),
    allEvents: get<EventRow>(`SELECT ${STOCK_COLUMNS}, feed FROM events WHERE centre_id = ${C} ORDER BY start_ms, id`),
    allOffers: get<OfferRow & { event_id: string }>(`SELECT event_id, id, position, name, price_cents, currency, capacity, sold FROM offers WHERE centre_id = ${C} ORDER BY event_id, position`),
    event: get<EventRow>(`SELECT ${STOCK_COLUMNS}, feed FROM events WHERE id = ? AND centre_id = ${C}`),
    stock: get<StockRow>(`SELECT ${STOCK_COLUMNS} FROM events WHERE id = ? AND centre_id = ${C}`),
    // No ORDER BY: sorting two or three rows in JavaScript is cheaper than SQLite's sorter per query.
    offers: get<OfferRow>(`SELECT id, position, name, price_cents, currency, capacity, sold FROM offers WHERE event_id = ? AND centre_id = ${C}`),
    insertReservation: db.prepare(`INSERT INTO reservations (centre_id, code, event_id, token_hash, status, quantity, total_cents, currency, name, email, phone, message, newsletter, created_ms)
      VALUES (${C}, @code, @eventId, @tokenHash, 'confirmed', @quantity, @totalCents, @currency, @name, @email, @phone, @message, @newsletter, @createdMs)`),
    insertTicket: db.prepare(`INSERT INTO reservation_tickets (centre_id, reservation_id, position, offer_id, name, price_cents, quantity) VALUES (${C}, ?, ?, ?, ?, ?, ?)`),
    addSoldOnline: db.prepare(`UPDATE events SET sold_online = sold_online + ? WHERE id = ? AND centre_id = ${C}`),
    setSoldOnline: db.prepare(`UPDATE events SET sold_online = ? WHERE id = ? AND centre_id = ${C}`),
    setSoldOffer: db.prepare(`UPDATE offers SET sold = ? WHERE event_id = ? AND id = ? AND centre_id = ${C}`),
    addSoldOffer: db.prepare(`UPDATE offers SET sold = sold + ? WHERE event_id = ? AND id = ? AND centre_id = ${C}`),
    tokenHash: get<Buffer>(`SELECT token_hash FROM reservations WHERE code = ? AND centre_id = ${C}`).pluck(),
    reservation: get<ReservationRow>(`SELECT * FROM reservations WHERE code = ? AND centre_id = ${C}`),
    tickets: get<TicketRow>('SELECT offer_id, name, price_cents, quantity FROM reservation_tickets WHERE reservation_id = ? ORDER BY position'),
    eventReservations: get<ReservationRow>(`SELECT * FROM reservations WHERE event_id = ? AND centre_id = ${C} ORDER BY created_ms, id`),
    eventTickets: get<TicketRow & { reservation_id: number }>(`SELECT t.reservation_id, t.offer_id, t.name, t.price_cents, t.quantity FROM reservation_tickets t
      JOIN reservations r ON r.id = t.reservation_id WHERE r.event_id = ? AND r.centre_id = ${C} ORDER BY t.reservation_id, t.position`),
    cancel: db.prepare(`UPDATE reservations SET status = 'cancelled', cancelled_ms = ? WHERE code = ? AND status = 'confirmed' AND centre_id = ${C}`),
    idempotency: get<IdempotencyRow>(`SELECT key, request_hash, status, response, created_ms FROM idempotency_records WHERE key = ? AND centre_id = ${C}`),
    insertIdempotency: db.prepare(`INSERT OR REPLACE INTO idempotency_records (centre_id, key, request_hash, status, response, created_ms) VALUES (${C}, ?, ?, ?, ?, ?)`),
    deleteIdempotency: db.prepare(`DELETE FROM idempotency_records WHERE created_ms < ? AND centre_id = ${C}`),
    anonymize: db.prepare(`UPDATE reservations SET name = NULL, email = NULL, phone = NULL, message = NULL, newsletter = NULL, anonymized_ms = @nowMs
      WHERE anonymized_ms IS NULL AND centre_id = ${C} AND event_id IN (SELECT id FROM events WHERE COALESCE(end_ms, start_ms) < @cutoffMs AND centre_id = ${C})`),
    insertNetwork: db.prepare('INSERT OR REPLACE INTO networks (id, data) VALUES (?, ?)'),
    deleteMembers: db.prepare('DELETE FROM members WHERE network_id = ?'),
    insertMember: db.prepare('INSERT INTO members (id, network_id, position, data) VALUES (?, ?, ?, ?)'),
    firstNetwork: get<{ id: string; data: string }>('SELECT id, data FROM networks ORDER BY rowid LIMIT 1'),
    network: get<string>('SELECT data FROM networks WHERE id = ?').pluck(),
    members: get<string>('SELECT data FROM members WHERE network_id = ? ORDER BY position').pluck(),
    member: get<{ network_id: string; data: string }>('SELECT network_id, data FROM members WHERE id = ?'),
    centres: get<Centre>(`SELECT id, name, town, region, url, logo FROM centres ORDER BY id <> 'default', name, id`),
    centre: get<Centre>('SELECT id, name, town, region, url, logo FROM centres WHERE id = ?'),
    putCentre: db.prepare(`INSERT INTO centres (id, name, town, region, url, logo) VALUES (@id, @name, @town, @region, @url, @logo)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, town = excluded.town, region = excluded.region, url = excluded.url, logo = excluded.logo`),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
