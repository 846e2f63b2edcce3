// PostgreSQL's column lists, cast so that the rows have the SQLite engine's shapes (0/1 flags) and
// share its row → record functions (db/sqlite/rows.ts).

import type pg from 'pg';
import { offerFromRow, stockFromRow, type OfferRow, type StockRow } from '../sqlite/rows.js';
import type { EventStock } from '../store.js';

export const STOCK_COLUMNS = 'id, start_ms, status, capacity, online_quota, sold_online, sold_box_office, max_per_order, closes_at_ms, reservable::int AS reservable';
export const RESERVATION_COLUMNS = `id, code, event_id, token_hash, status, quantity, total_cents, currency, name, email, phone, message,
  newsletter::int AS newsletter, created_ms, cancelled_ms, anonymized_ms`;
export const OFFER_COLUMNS = 'event_id, id, position, name, price_cents, currency, capacity, sold';

/** An event's counters and offers (`lock`: FOR UPDATE, inside a write transaction). */
export async function readStock(client: pg.PoolClient, centreId: string, id: string, lock = false): Promise<EventStock | undefined> {
  const { rows } = await client.query<StockRow>(`SELECT ${STOCK_COLUMNS} FROM events WHERE centre_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`, [centreId, id]);
  if (rows.length === 0) return undefined;
  const offers = await client.query<OfferRow>(`SELECT ${OFFER_COLUMNS} FROM offers WHERE centre_id = $1 AND event_id = $2 ORDER BY position`, [centreId, id]);
  return stockFromRow(rows[0], offers.rows.map(offerFromRow));
}
