// Correctness of the runs: what the database holds for an event, read beside the servers.
import Database from 'better-sqlite3';
import pg from 'pg';

const COUNTS = [
  'SELECT sold_online AS sold, online_quota AS quota, capacity, sold_box_office AS box FROM events WHERE id = $1',
  "SELECT count(*) AS rows, coalesce(sum(quantity), 0) AS seats FROM reservations WHERE event_id = $1 AND status = 'confirmed'",
  'SELECT coalesce(sum(sold), 0) AS offers FROM offers WHERE event_id = $1',
];

/** A reader of one database: `counts(eventId)` resolves with its counters and reservation rows. */
export async function openChecker(location) {
  if (/^postgres(ql)?:/i.test(location)) {
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    // Row-level security: read as the default centre, whatever the role.
    await client.query("SELECT set_config('app.centre_id', 'default', false)");
    return {
      async counts(eventId) {
        const parts = [];
        for (const sql of COUNTS) parts.push((await client.query(sql, [eventId])).rows[0]);
        return numbers(Object.assign({}, ...parts));
      },
      close: () => client.end(),
    };
  }
  const db = new Database(location, { readonly: true });
  const statements = COUNTS.map((sql) => db.prepare(sql.replace('$1', '?')));
  return {
    async counts(eventId) {
      return numbers(Object.assign({}, ...statements.map((s) => s.get(eventId))));
    },
    async close() {
      db.close();
    },
  };
}

/** Counts once they stop changing: requests cut off at the end of a run may still be committing. */
export async function settledCounts(checker, eventId) {
  let last = await checker.counts(eventId);
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await checker.counts(eventId);
    if (now.rows === last.rows && now.sold === last.sold) return now;
    last = now;
  }
  return last;
}

const numbers = (row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));

/**
 * Problems of one run (empty when it was correct): every 201 is a row, the counters are the rows'
 * sum, no seat beyond the quota, no answer but 2xx. A request cut off by the end of the run may be
 * a row without its 201 counted: at most one per connection.
 */
export function problems(before, after, result, connections) {
  const found = [];
  const created = result.statusCodeStats?.['201']?.count ?? 0;
  const rows = after.rows - before.rows;
  if (rows < created) found.push(`${created} × 201 but ${rows} new rows`);
  if (rows - created > connections) found.push(`${rows - created} rows more than 201s (> ${connections} connections)`);
  if (after.sold !== after.seats || after.offers !== after.seats) found.push(`counters ${after.sold}/${after.offers} ≠ ${after.seats} seats in rows`);
  if (after.sold > after.quota || after.sold + after.box > after.capacity) found.push('overbooked');
  if (result.non2xx) found.push(`${result.non2xx} non-2xx (${Object.keys(result.statusCodeStats ?? {}).join(', ')})`);
  if (result.errors || result.timeouts) found.push(`${result.errors} errors, ${result.timeouts} timeouts`);
  return found;
}
