// The write path of reservations on PostgreSQL, safe with any number of server processes: the
// Idempotency-Key row is inserted first (a second request with the key waits for the first one's
// commit, then replays it), then the event row is locked FOR UPDATE, so orders for one event run
// one after the other across processes and are checked by the same rules as on SQLite.

import type pg from 'pg';
import { checkOrder } from '../../domain/availability.js';
import { IDEMPOTENCY_TTL_MS } from '../../domain/idempotency.js';
import { priceOrder } from '../../domain/pricing.js';
import type { IdempotencyRecord, ReservationRecord, ReserveRequest, ReserveResult } from '../store.js';
import { StoreUnavailableError } from '../store.js';
import { Rollback, transaction, type Scope } from './pool.js';
import { readStock } from './rows.js';

interface IdempotencyRow {
  key: string;
  request_hash: string;
  status: number;
  response: string;
  created_ms: number;
}

const recordFromRow = (row: IdempotencyRow): IdempotencyRecord => ({
  key: row.key, requestHash: row.request_hash, status: row.status, response: row.response, createdMs: row.created_ms,
});

/** Claims the key for this transaction, or answers the stored record of an earlier request. */
async function claimKey(client: pg.PoolClient, centreId: string, request: ReserveRequest): Promise<IdempotencyRecord | undefined> {
  const { key, requestHash } = request.idempotency as { key: string; requestHash: string };
  // Waits while another transaction holds an uncommitted row with this key.
  const inserted = await client.query(`INSERT INTO idempotency_records (centre_id, key, request_hash, status, response, created_ms)
    VALUES ($1, $2, $3, 0, '', $4) ON CONFLICT (centre_id, key) DO NOTHING`, [centreId, key, requestHash, request.nowMs]);
  if (inserted.rowCount === 1) return undefined;
  const { rows } = await client.query<IdempotencyRow>('SELECT key, request_hash, status, response, created_ms FROM idempotency_records WHERE centre_id = $1 AND key = $2 FOR UPDATE', [centreId, key]);
  const row = rows[0];
  if (!row) throw new StoreUnavailableError('idempotency key deleted meanwhile');
  if (row.created_ms >= request.nowMs - IDEMPOTENCY_TTL_MS) return recordFromRow(row);
  // Expired: the key is free again and this request takes it over.
  await client.query('UPDATE idempotency_records SET request_hash = $3, status = 0, response = \'\', created_ms = $4 WHERE centre_id = $1 AND key = $2', [centreId, key, requestHash, request.nowMs]);
  return undefined;
}

export function reserveOn(scope: Scope, request: ReserveRequest): Promise<ReserveResult> {
  const { centreId } = scope;
  return transaction<ReserveResult>(scope, async (client) => {
    if (request.idempotency) {
      const record = await claimKey(client, centreId, request);
      if (record) throw new Rollback<ReserveResult>({ kind: 'replay', record });
    }
    const verdict = checkOrder(await readStock(client, centreId, request.eventId, true), request.lines, request.nowMs, request.closeMinutes);
    if (verdict.kind !== 'accepted') throw new Rollback<ReserveResult>(verdict);
    const { stock } = verdict;

    const { tickets, quantity, totalCents, currency } = priceOrder(stock, request.lines);
    const { person } = request;
    let code = '';
    let reservationId: number | undefined;
    // A code already taken (rare) draws a new one.
    while (reservationId === undefined) {
      code = request.newCode();
      const { rows } = await client.query<{ id: number }>(`INSERT INTO reservations (centre_id, code, event_id, token_hash, status, quantity, total_cents, currency,
          name, email, phone, message, newsletter, created_ms)
        VALUES ($1, $2, $3, $4, 'confirmed', $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (centre_id, code) DO NOTHING RETURNING id`,
      [centreId, code, stock.id, request.tokenHash, quantity, totalCents, currency, person.name, person.email, person.phone, person.message, person.newsletter, request.nowMs]);
      reservationId = rows[0]?.id;
    }
    for (const [position, t] of tickets.entries()) {
      await client.query('INSERT INTO reservation_tickets (reservation_id, centre_id, position, offer_id, name, price_cents, quantity) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [reservationId, centreId, position, t.offerId, t.name, t.priceCents, t.quantity]);
      await client.query('UPDATE offers SET sold = sold + $4 WHERE centre_id = $1 AND event_id = $2 AND id = $3', [centreId, stock.id, t.offerId, t.quantity]);
    }
    await client.query('UPDATE events SET sold_online = sold_online + $3 WHERE centre_id = $1 AND id = $2', [centreId, stock.id, quantity]);
    const reservation: ReservationRecord = {
      code, eventId: stock.id, status: 'confirmed', quantity, totalCents, currency, ...person,
      createdMs: request.nowMs, cancelledMs: null, anonymizedMs: null, tokenHash: request.tokenHash, tickets,
    };
    const body = JSON.stringify(request.respond(reservation));
    if (request.idempotency) {
      await client.query('UPDATE idempotency_records SET status = 201, response = $3 WHERE centre_id = $1 AND key = $2', [centreId, request.idempotency.key, body]);
    }
    return { kind: 'confirmed', reservation, body };
  });
}
