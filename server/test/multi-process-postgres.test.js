// Four server processes on one PostgreSQL database: no overbooking, one reservation per
// Idempotency-Key, whichever process answers.
import { after, before, describe, it } from 'node:test';
import { openStore } from '../dist/db/open-store.js';
import { describeMultiProcess } from './multi-process.js';
import { postgresUrl, withFreshDatabase } from './postgres-helpers.js';

if (!postgresUrl) {
  describe('4 server processes on one PostgreSQL database', () => {
    it('is skipped: set TEST_DATABASE_URL (eval "$(scripts/pg-cluster.sh start)")', { skip: 'no TEST_DATABASE_URL or DATABASE_URL' }, () => {});
  });
} else {
  const database = withFreshDatabase(before, after);
  describeMultiProcess('PostgreSQL', 4, () => ({ env: { DATABASE_URL: database.url }, openStore: () => openStore(database.url) }));
}
