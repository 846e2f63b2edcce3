// The PostgreSQL engine passes the store contract, on a fresh database of its own (created and
// dropped here) on the server named by TEST_DATABASE_URL or DATABASE_URL.
import { after, before, describe, it } from 'node:test';
import { openStore } from '../dist/db/open-store.js';
import { describeStoreContract } from './store-contract.js';
import { postgresUrl, withFreshDatabase } from './postgres-helpers.js';

if (!postgresUrl) {
  describe('store contract: postgres', () => {
    it('is skipped: set TEST_DATABASE_URL (eval "$(scripts/pg-cluster.sh start)")', { skip: 'no TEST_DATABASE_URL or DATABASE_URL' }, () => {});
  });
} else {
  const database = withFreshDatabase(before, after);
  describeStoreContract('postgres', async () => {
    const store = await openStore(database.url);
    await store.reset();
    return store;
  });
}
