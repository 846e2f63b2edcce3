// The connection pool of the PostgreSQL store and its transactions: every unit of work runs in a
// transaction that names its centre (row-level security reads it) and bounds how long it waits for locks.

import pg from 'pg';
import { StoreUnavailableError } from '../store.js';

/** Default: a reservation waits this long for another one's lock before it is answered 503. */
export const LOCK_TIMEOUT_MS = 5000;

// BIGINT columns hold milliseconds, far below 2^53: numbers, not strings.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === 20 ? Number : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser,
};

export function createPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000, types });
  // An idle connection that breaks (server restart) is dropped from the pool; the next query opens a new one.
  pool.on('error', (error) => console.error('kultur-widgets backend: idle database connection lost:', error.message));
  return pool;
}

/** SQLSTATE classes and codes that mean "try again" rather than "bug". */
function isTransient(error: unknown): string | undefined {
  const code = (error as { code?: string }).code ?? '';
  if (code === '55P03') return 'lock timeout';
  if (code === '40001' || code === '40P01') return 'serialization failure';
  if (code.startsWith('08') || code.startsWith('57P') || code === '53300') return 'connection lost';
  if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND'].includes(code)) return 'connection lost';
  const message = (error as Error)?.message ?? '';
  if (/Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message)) return 'connection lost';
  return undefined;
}

/** Rethrows transient failures as StoreUnavailableError, anything else unchanged. */
export function translate(error: unknown): never {
  const reason = isTransient(error);
  throw reason ? new StoreUnavailableError(reason, { cause: error }) : error;
}

/** Thrown inside `transaction` to roll back and return a value. */
export class Rollback<T> {
  constructor(readonly value: T) {}
}

/** Where a transaction runs: the pool, the centre it is scoped to, its lock timeout. */
export interface Scope {
  pool: pg.Pool;
  centreId: string;
  lockTimeoutMs: number;
}

/** Runs `work` in one transaction of the scope's centre; a Rollback ends it without a change. */
export async function transaction<T>({ pool, centreId, lockTimeoutMs }: Scope, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    // No connection to be had (server down, database closed to connections, pool exhausted): retryable.
    throw new StoreUnavailableError(isTransient(error) ?? 'no connection', { cause: error });
  }
  let broken = false;
  // A connection lost mid-transaction also emits 'error' on the client; unheard, it would end the process.
  const onError = () => {
    broken = true;
  };
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    await client.query("SELECT set_config('app.centre_id', $1, true), set_config('lock_timeout', $2, true)", [centreId, `${lockTimeoutMs}ms`]);
    const value = await work(client);
    await client.query('COMMIT');
    return value;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch {
      broken = true;
    }
    if (error instanceof Rollback) return error.value as T;
    translate(error);
  } finally {
    client.removeListener('error', onError);
    client.release(broken);
  }
}
