// Every SQL statement of the SQLite store, prepared once per connection.

import type { Database, Statement } from 'better-sqlite3';
import { STOCK_COLUMNS, type EventRow, type IdempotencyRow, type OfferRow, type ReservationRow, type StockRow, type TicketRow } from './rows.js';

export function prepareStatements(db: Database) {
  /* eslint-disable @typescript-eslint/no-explicit-any -- better-sqlite3 binds named or positional parameters */
  const get = <Row>(source: string) => db.prepare(source) as Statement<any[], Row>;
  /* eslint-enable @typescript-eslint/no-explicit-any */
  return {
    countEvents: get<number>('SELECT (SELECT COUNT(*) FROM events) + (SELECT COUNT(*) FROM networks) AS n').pluck(),
    insertEvent: db.prepare(`INSERT INTO events (id, start_ms, end_ms, status, feed, capacity, online_quota, sold_box_office, max_per_order, closes_at_ms, reservable)
      VALUES (@id, @startMs, @endMs, @status, @feed, @capacity, @onlineQuota, @soldBoxOffice, @maxPerOrder, @closesAtMs, @reservable)`),
    insertOffer: db.prepare(`INSERT INTO offers (event_id, id, position, name, price_cents, currency, capacity)
      VALUES (@eventId, @id, @position, @name, @priceCents, @currency, @capacity)`),
    setStatus: db.prepare('UPDATE events SET status = ? WHERE id = ?'),
    allEvents: get<EventRow>(`SELECT ${STOCK_COLUMNS}, feed FROM events ORDER BY start_ms, id`),
    allOffers: get<OfferRow & { event_id: string }>('SELECT event_id, id, position, name, price_cents, currency, capacity, sold FROM offers ORDER BY event_id, position'),
    event: get<EventRow>(`SELECT ${STOCK_COLUMNS}, feed FROM events WHERE id = ?`),
    stock: get<StockRow>(`SELECT ${STOCK_COLUMNS} FROM events WHERE id = ?`),
    // No ORDER BY: sorting two or three rows in JavaScript is cheaper than SQLite's sorter per query.
    offers: get<OfferRow>('SELECT id, position, name, price_cents, currency, capacity, sold FROM offers WHERE event_id = ?'),
    insertReservation: db.prepare(`INSERT INTO reservations (code, event_id, token_hash, status, quantity, total_cents, currency, name, email, phone, message, newsletter, created_ms)
      VALUES (@code, @eventId, @tokenHash, 'confirmed', @quantity, @totalCents, @currency, @name, @email, @phone, @message, @newsletter, @createdMs)`),
    insertTicket: db.prepare(`INSERT INTO reservation_tickets (reservation_id, position, offer_id, name, price_cents, quantity) VALUES (?, ?, ?, ?, ?, ?)`),
    addSoldOnline: db.prepare('UPDATE events SET sold_online = sold_online + ? WHERE id = ?'),
    setSoldOnline: db.prepare('UPDATE events SET sold_online = ? WHERE id = ?'),
    setSoldOffer: db.prepare('UPDATE offers SET sold = ? WHERE event_id = ? AND id = ?'),
    addSoldOffer: db.prepare('UPDATE offers SET sold = sold + ? WHERE event_id = ? AND id = ?'),
    tokenHash: get<Buffer>('SELECT token_hash FROM reservations WHERE code = ?').pluck(),
    reservation: get<ReservationRow>('SELECT * FROM reservations WHERE code = ?'),
    tickets: get<TicketRow>('SELECT offer_id, name, price_cents, quantity FROM reservation_tickets WHERE reservation_id = ? ORDER BY position'),
    eventReservations: get<ReservationRow>('SELECT * FROM reservations WHERE event_id = ? ORDER BY created_ms, id'),
    eventTickets: get<TicketRow & { reservation_id: number }>(`SELECT t.reservation_id, t.offer_id, t.name, t.price_cents, t.quantity FROM reservation_tickets t
      JOIN reservations r ON r.id = t.reservation_id WHERE r.event_id = ? ORDER BY t.reservation_id, t.position`),
    cancel: db.prepare(`UPDATE reservations SET status = 'cancelled', cancelled_ms = ? WHERE code = ? AND status = 'confirmed'`),
    idempotency: get<IdempotencyRow>('SELECT key, request_hash, status, response, created_ms FROM idempotency_records WHERE key = ?'),
    insertIdempotency: db.prepare('INSERT OR REPLACE INTO idempotency_records (key, request_hash, status, response, created_ms) VALUES (?, ?, ?, ?, ?)'),
    deleteIdempotency: db.prepare('DELETE FROM idempotency_records WHERE created_ms < ?'),
    anonymize: db.prepare(`UPDATE reservations SET name = NULL, email = NULL, phone = NULL, message = NULL, newsletter = NULL, anonymized_ms = @nowMs
      WHERE anonymized_ms IS NULL AND event_id IN (SELECT id FROM events WHERE COALESCE(end_ms, start_ms) < @cutoffMs)`),
    insertNetwork: db.prepare('INSERT OR REPLACE INTO networks (id, data) VALUES (?, ?)'),
    deleteMembers: db.prepare('DELETE FROM members WHERE network_id = ?'),
    insertMember: db.prepare('INSERT INTO members (id, network_id, position, data) VALUES (?, ?, ?, ?)'),
    firstNetwork: get<{ id: string; data: string }>('SELECT id, data FROM networks ORDER BY rowid LIMIT 1'),
    network: get<string>('SELECT data FROM networks WHERE id = ?').pluck(),
    members: get<string>('SELECT data FROM members WHERE network_id = ? ORDER BY position').pluck(),
    member: get<{ network_id: string; data: string }>('SELECT network_id, data FROM members WHERE id = ?'),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
