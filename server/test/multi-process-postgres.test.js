// Four server processes started at once on one fresh PostgreSQL database: they migrate it once,
// sell no seat twice, and make one reservation per Idempotency-Key, whichever process answers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { openStore } from '../dist/db/open-store.js';
import { migrations } from '../dist/db/postgres/migrations.js';
import { describeMultiProcess } from './multi-process.js';
import { postgresUrl, withFreshDatabase } from './postgres-helpers.js';

if (!postgresUrl) {
  describe('4 server processes on one PostgreSQL database', () => {
    it('is skipped: set TEST_DATABASE_URL (eval "$(scripts/pg-cluster.sh start)")', { skip: 'no TEST_DATABASE_URL or DATABASE_URL' }, () => {});
  });
} else {
  const database = withFreshDatabase(before, after);
  describeMultiProcess('PostgreSQL', 4, () => ({ env: { DATABASE_URL: database.url }, openStore: () => openStore(database.url) }));

  it('recorded each migration once although the processes started at once', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version').finally(() => client.end());
    assert.deepEqual(rows.map((r) => r.version), migrations.map((_, i) => i + 1));
  });
}
