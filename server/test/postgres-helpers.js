// @ts-check
// PostgreSQL for tests: the server named by TEST_DATABASE_URL (or DATABASE_URL), and a fresh
// database with a random name per test file, dropped at the end.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const postgresUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || '';

/** The URL of `database` on the test server. */
export function urlOf(database, user) {
  const url = new URL(postgresUrl);
  url.pathname = `/${database}`;
  if (user) {
    url.username = user;
    url.password = '';
  }
  return url.toString();
}

/** Runs SQL as the test server's user on its own database. */
export async function admin(sql) {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Registers `before`/`after` hooks creating and dropping a database; `.url` and `.name` are set in `before`.
 * @param {(fn: () => Promise<void>) => void} before
 * @param {(fn: () => Promise<void>) => void} after
 */
export function withFreshDatabase(before, after) {
  const database = { name: '', url: '' };
  before(async () => {
    database.name = `kultur_test_${randomBytes(6).toString('hex')}`;
    await admin(`CREATE DATABASE ${database.name}`);
    database.url = urlOf(database.name);
  });
  after(async () => {
    if (database.name) await admin(`DROP DATABASE IF EXISTS ${database.name} WITH (FORCE)`);
  });
  return database;
}
