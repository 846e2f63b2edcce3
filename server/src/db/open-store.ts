// Picks the storage engine for a configuration: SQLite for a file path (the only engine so far).

import type { Store } from './store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

/** Opens the store at `databasePath`, creating and migrating the schema. */
export async function openStore(databasePath: string): Promise<Store> {
  return openSqliteStore(databasePath);
}
