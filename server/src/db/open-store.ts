// Picks the storage engine for a configuration: PostgreSQL for a postgres:// URL, else SQLite for a file path.

import type { Store } from './store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

/** True for a `postgres://` or `postgresql://` connection URL. */
export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//i.test(location);

export interface OpenOptions {
  /** PostgreSQL: a role owning the tables, used for the migrations only */
  migrationUrl?: string;
  /** PostgreSQL: lock wait before a 503 */
  lockTimeoutMs?: number;
}

/** Opens the store at `location` (file path or URL), creating and migrating the schema. */
export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    // Loaded only when asked for: a SQLite install never loads `pg`.
    const { openPostgresStore } = await import('./postgres/postgres-store.js');
    return openPostgresStore(location, options);
  }
  return openSqliteStore(location);
}

/** The URL without its password, for logs and messages. */
export function redactUrl(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}
