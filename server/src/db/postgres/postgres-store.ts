// The Store on PostgreSQL (`pg` Pool). Every call is one transaction scoped to the store's centre;
// reservations lock their event row (reserve.ts), so any number of processes can share the database.

import type pg from 'pg';
import { offerFromRow, reservationFromRow, stockFromRow, ticketFromRow, type OfferRow, type ReservationRow, type StockRow, type TicketRow } from '../sqlite/rows.js';
import { DEFAULT_CENTRE, type Centre, type ReservationRecord, type ReservedTicket, type Store } from '../store.js';
import { migrate } from './migrations.js';
import { createPool, LOCK_TIMEOUT_MS, transaction, type Scope } from './pool.js';
import { reserveOn } from './reserve.js';
import { OFFER_COLUMNS, readStock, RESERVATION_COLUMNS, STOCK_COLUMNS } from './rows.js';

export interface PostgresOptions {
  centreId?: string;
  /** a role that owns the tables, for the migrations (default: the same URL) */
  migrationUrl?: string;
  /** how long a transaction waits for a lock before it is answered 503 */
  lockTimeoutMs?: number;
}

/** Opens a pool, checks the connection and applies the missing migrations. */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const pool = createPool(url);
  try {
    if (options.migrationUrl && options.migrationUrl !== url) {
      const owner = createPool(options.migrationUrl);
      try {
        await migrate(owner);
      } finally {
        await owner.end();
      }
    } else {
      await migrate(pool);
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return postgresStore({ pool, centreId: options.centreId ?? DEFAULT_CENTRE, lockTimeoutMs: options.lockTimeoutMs ?? LOCK_TIMEOUT_MS });
}

function postgresStore(scope: Scope): Store {
  const { pool, centreId } = scope;
  const run = <T>(work: (client: pg.PoolClient) => Promise<T>) => transaction(scope, work);
  const query = <R>(client: pg.PoolClient, text: string, values: unknown[] = []) => client.query(text, [centreId, ...values]).then((result) => result.rows as R[]);

  async function reservation(client: pg.PoolClient, code: string, lock = false): Promise<ReservationRecord | undefined> {
    const [row] = await query<ReservationRow>(client, `SELECT ${RESERVATION_COLUMNS} FROM reservations WHERE centre_id = $1 AND code = $2${lock ? ' FOR UPDATE' : ''}`, [code]);
    if (!row) return undefined;
    const tickets = await query<TicketRow>(client, 'SELECT offer_id, name, price_cents, quantity FROM reservation_tickets WHERE centre_id = $1 AND reservation_id = $2 ORDER BY position', [row.id]);
    return reservationFromRow(row, tickets.map(ticketFromRow));
  }

  const CENTRE_COLUMNS = 'id, name, town, region, url, logo';
  return {
    centreId,
    forCentre: (id) => postgresStore({ ...scope, centreId: id }),
    listCentres: () => run(async (c) => (await c.query<Centre>(`SELECT ${CENTRE_COLUMNS} FROM centres ORDER BY id <> 'default', name, id`)).rows),
    getCentre: (id) => run(async (c) => (await c.query<Centre>(`SELECT ${CENTRE_COLUMNS} FROM centres WHERE id = $1`, [id])).rows[0]),
    putCentre: (centre) => run(async (c) => {
      await c.query(`INSERT INTO centres (${CENTRE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, town = EXCLUDED.town, region = EXCLUDED.region, url = EXCLUDED.url, logo = EXCLUDED.logo`,
      [centre.id, centre.name, centre.town, centre.region, centre.url, centre.logo]);
    }),
    isEmpty: () => run(async (c) => {
      const [row] = await query<{ n: number }>(c, 'SELECT (SELECT count(*) FROM events WHERE centre_id = $1)::int + (SELECT count(*) FROM networks)::int AS n');
      return row.n === 0;
    }),
    insertEvent: (event) => run(async (c) => {
      await query(c, `INSERT INTO events (centre_id, id, start_ms, end_ms, status, feed, capacity, online_quota, sold_box_office, max_per_order, closes_at_ms, reservable)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`, [event.id, event.startMs, event.endMs ?? null, event.status ?? 'scheduled', JSON.stringify(event.feed),
        event.capacity, event.onlineQuota, event.soldBoxOffice ?? 0, event.maxPerOrder ?? 10, event.closesAtMs ?? null, event.reservable !== false]);
      for (const [position, offer] of event.offers.entries()) {
        await query(c, 'INSERT INTO offers (centre_id, event_id, id, position, name, price_cents, currency, capacity) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [event.id, offer.id, position, offer.name, offer.priceCents, offer.currency, offer.capacity ?? null]);
      }
    }),
    setEventStatus: (id, status) => run(async (c) => (await c.query('UPDATE events SET status = $3 WHERE centre_id = $1 AND id = $2', [centreId, id, status])).rowCount === 1),
    listEvents: () => run(async (c) => {
      const offers = new Map<string, ReturnType<typeof offerFromRow>[]>();
      for (const row of await query<OfferRow>(c, `SELECT ${OFFER_COLUMNS} FROM offers WHERE centre_id = $1 ORDER BY event_id, position`)) {
        let list = offers.get(row.event_id as string);
        if (!list) offers.set(row.event_id as string, (list = []));
        list.push(offerFromRow(row));
      }
      const events = await query<StockRow & { feed: string }>(c, `SELECT ${STOCK_COLUMNS}, feed FROM events WHERE centre_id = $1 ORDER BY start_ms, id`);
      return events.map((row) => ({ ...stockFromRow(row, offers.get(row.id) ?? []), feed: JSON.parse(row.feed) }));
    }),
    getEvent: (id) => run(async (c) => {
      const stock = await readStock(c, centreId, id);
      if (!stock) return undefined;
      const [row] = await query<{ feed: string }>(c, 'SELECT feed FROM events WHERE centre_id = $1 AND id = $2', [id]);
      return { ...stock, feed: JSON.parse(row.feed) };
    }),
    getStock: (id) => run((c) => readStock(c, centreId, id)),
    reserve: (request) => reserveOn(scope, request),
    getTokenHash: (code) => run(async (c) => (await query<{ token_hash: Buffer }>(c, 'SELECT token_hash FROM reservations WHERE centre_id = $1 AND code = $2', [code]))[0]?.token_hash),
    getReservation: (code) => run((c) => reservation(c, code)),
    cancelReservation: (code, nowMs) => run(async (c) => {
      const found = await reservation(c, code, true);
      if (!found || found.status !== 'confirmed') return found;
      // The event row first, as reservations take it: counters change under one lock.
      await query(c, 'SELECT 1 FROM events WHERE centre_id = $1 AND id = $2 FOR UPDATE', [found.eventId]);
      await query(c, "UPDATE reservations SET status = 'cancelled', cancelled_ms = $3 WHERE centre_id = $1 AND code = $2", [code, nowMs]);
      for (const t of found.tickets) await query(c, 'UPDATE offers SET sold = sold - $4 WHERE centre_id = $1 AND event_id = $2 AND id = $3', [found.eventId, t.offerId, t.quantity]);
      await query(c, 'UPDATE events SET sold_online = sold_online - $3 WHERE centre_id = $1 AND id = $2', [found.eventId, found.quantity]);
      return { ...found, status: 'cancelled' as const, cancelledMs: nowMs };
    }),
    listReservations: (eventId) => run(async (c) => {
      const tickets = new Map<number, ReservedTicket[]>();
      for (const row of await query<TicketRow & { reservation_id: number }>(c, `SELECT t.reservation_id, t.offer_id, t.name, t.price_cents, t.quantity FROM reservation_tickets t
          JOIN reservations r ON r.id = t.reservation_id WHERE r.centre_id = $1 AND r.event_id = $2 ORDER BY t.reservation_id, t.position`, [eventId])) {
        let list = tickets.get(row.reservation_id);
        if (!list) tickets.set(row.reservation_id, (list = []));
        list.push(ticketFromRow(row));
      }
      const rows = await query<ReservationRow>(c, `SELECT ${RESERVATION_COLUMNS} FROM reservations WHERE centre_id = $1 AND event_id = $2 ORDER BY created_ms, id`, [eventId]);
      return rows.map((row) => reservationFromRow(row, tickets.get(row.id) ?? []));
    }),
    findIdempotency: (key, notBeforeMs) => run(async (c) => {
      const [row] = await query<{ key: string; request_hash: string; status: number; response: string; created_ms: number }>(c,
        'SELECT key, request_hash, status, response, created_ms FROM idempotency_records WHERE centre_id = $1 AND key = $2 AND status <> 0 AND created_ms >= $3', [key, notBeforeMs]);
      return row && { key: row.key, requestHash: row.request_hash, status: row.status, response: row.response, createdMs: row.created_ms };
    }),
    deleteIdempotencyBefore: (beforeMs) => run(async (c) => (await c.query('DELETE FROM idempotency_records WHERE centre_id = $1 AND created_ms < $2', [centreId, beforeMs])).rowCount ?? 0),
    anonymizeEndedBefore: (cutoffMs, nowMs) => run(async (c) => (await c.query(`UPDATE reservations SET name = NULL, email = NULL, phone = NULL, message = NULL, newsletter = NULL, anonymized_ms = $3
      WHERE centre_id = $1 AND anonymized_ms IS NULL AND event_id IN (SELECT id FROM events WHERE centre_id = $1 AND COALESCE(end_ms, start_ms) < $2)`, [centreId, cutoffMs, nowMs])).rowCount ?? 0),
    putDirectory: (network, members) => run(async (c) => {
      await c.query('INSERT INTO networks (id, data) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data', [network.id, JSON.stringify(network)]);
      await c.query('DELETE FROM members WHERE network_id = $1', [network.id]);
      for (const [position, member] of members.entries()) {
        await c.query('INSERT INTO members (id, network_id, position, data) VALUES ($1, $2, $3, $4)', [member.id, network.id, position, JSON.stringify(member)]);
      }
    }),
    getDirectory: () => run(async (c) => {
      const [network] = (await c.query<{ id: string; data: string }>('SELECT id, data FROM networks ORDER BY seq LIMIT 1')).rows;
      if (!network) return undefined;
      const members = (await c.query<{ data: string }>('SELECT data FROM members WHERE network_id = $1 ORDER BY position', [network.id])).rows;
      return { network: JSON.parse(network.data), members: members.map((m) => JSON.parse(m.data)) };
    }),
    getMembership: (memberId) => run(async (c) => {
      const [row] = (await c.query<{ member: string; network: string }>('SELECT m.data AS member, n.data AS network FROM members m JOIN networks n ON n.id = m.network_id WHERE m.id = $1', [memberId])).rows;
      return row && { network: JSON.parse(row.network), member: JSON.parse(row.member) };
    }),
    reset: () => run(async (c) => {
      for (const table of ['idempotency_records', 'reservation_tickets', 'reservations', 'offers', 'events']) await c.query(`DELETE FROM ${table} WHERE centre_id = $1`, [centreId]);
      await c.query('DELETE FROM members');
      await c.query('DELETE FROM networks');
      await c.query("DELETE FROM centres WHERE id <> 'default'");
    }),
    close: () => pool.end(),
  };
}
