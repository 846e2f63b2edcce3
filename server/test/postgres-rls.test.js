// Row-level security by centre on PostgreSQL: the server runs as a role that does not own the
// tables (the migrations run as the owner), and a query that names no centre sees no rows.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { createEvent, reservationBody, reserve, startTestServer } from './helpers.js';
import { admin, postgresUrl, urlOf } from './postgres-helpers.js';

/** Runs `work` with a client connected to `url`. */
async function as(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

if (!postgresUrl) {
  describe('row-level security', () => {
    it('is skipped: set TEST_DATABASE_URL (eval "$(scripts/pg-cluster.sh start)")', { skip: 'no TEST_DATABASE_URL or DATABASE_URL' }, () => {});
  });
} else {
  describe('row-level security', () => {
    const suffix = randomBytes(4).toString('hex');
    const [owner, app, database] = [`kultur_owner_${suffix}`, `kultur_app_${suffix}`, `kultur_rls_${suffix}`];
    let server;
    before(async () => {
      // What docs/backend.md tells an operator to do, with throwaway names.
      await admin(`CREATE ROLE ${owner} LOGIN`);
      await admin(`CREATE ROLE ${app} LOGIN`);
      await admin(`CREATE DATABASE ${database} OWNER ${owner}`);
      await as(urlOf(database, owner), async (client) => {
        await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`);
        await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`);
      });
      server = await startTestServer({ databaseUrl: urlOf(database, app), databaseMigrationUrl: urlOf(database, owner) });
    });
    after(async () => {
      await server?.close();
      await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin(`DROP ROLE IF EXISTS ${app}`);
      await admin(`DROP ROLE IF EXISTS ${owner}`);
    });

    it('serves two centres as the app role, and a query without the centre setting sees no rows', async () => {
      await fetch(`${server.endpoint}/__test/centres`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id: 'nord', name: 'Nord' }) });
      const own = await createEvent(server.endpoint);
      const nord = await createEvent(`${server.endpoint}/centres/nord`);
      assert.equal((await reserve(server.endpoint, reservationBody(own.id))).status, 201);
      assert.equal((await reserve(`${server.endpoint}/centres/nord`, reservationBody(nord.id))).status, 201);

      for (const role of [app, owner]) {
        await as(urlOf(database, role), async (client) => {
          for (const table of ['events', 'offers', 'reservations', 'reservation_tickets', 'idempotency_records']) {
            assert.equal((await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n, 0, `${role} sees ${table}`);
          }
          await client.query('BEGIN');
          await client.query("SELECT set_config('app.centre_id', 'nord', true)");
          assert.deepEqual((await client.query('SELECT id FROM events')).rows.map((r) => r.id), [nord.id]);
          assert.equal((await client.query('SELECT count(*)::int AS n FROM reservations')).rows[0].n, 1);
          // Writing another centre's row under this setting is refused by the policy.
          await assert.rejects(client.query("UPDATE events SET centre_id = 'default'"), /row-level security/);
          await client.query('ROLLBACK');
        });
      }
      const { rows } = await as(urlOf(database, app), (client) => client.query("SELECT tableowner FROM pg_tables WHERE tablename = 'events'"));
      assert.equal(rows[0].tableowner, owner);
    });
  });
}
