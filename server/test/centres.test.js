// Centres on both engines: SQLite always, PostgreSQL when TEST_DATABASE_URL or DATABASE_URL is set.
import { after, before, describe, it } from 'node:test';
import { describeCentres } from './centres.js';
import { startTestServer } from './helpers.js';
import { postgresUrl, withFreshDatabase } from './postgres-helpers.js';

describeCentres('sqlite', () => startTestServer());

if (postgresUrl) {
  const database = withFreshDatabase(before, after);
  describeCentres('postgres', () => startTestServer({ databaseUrl: database.url }));
} else {
  describe('centres: postgres', () => {
    it('is skipped: set TEST_DATABASE_URL (eval "$(scripts/pg-cluster.sh start)")', { skip: 'no TEST_DATABASE_URL or DATABASE_URL' }, () => {});
  });
}
