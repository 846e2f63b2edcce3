// PostgreSQL under faults, with real server processes: a SIGKILL under load loses no confirmed
// reservation, a held lock and a lost database answer 503 with Retry-After, the pool reconnects,
// and an unreachable server at start ends the process with one clear line.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { openStore } from '../dist/db/open-store.js';
import { getJson } from './helpers.js';
import { ADMIN_TOKEN, seatsOf } from './multi-process.js';
import { admin, postgresUrl, withFreshDatabase } from './postgres-helpers.js';
import { exited, postReservation, spawnServer, stopServer, storeEvent } from './processes.js';

if (!postgresUrl) {
  describe('PostgreSQL faults', () => {
    it('is skipped: set TEST_DATABASE_URL (eval "$(scripts/pg-cluster.sh start)")', { skip: 'no TEST_DATABASE_URL or DATABASE_URL' }, () => {});
  });
} else {
  const database = withFreshDatabase(before, after);
  const insertEvent = async (event) => {
    const store = await openStore(database.url);
    await store.insertEvent(event).finally(() => store.close());
  };

  describe('PostgreSQL faults', () => {
    it('keeps every reservation answered 201 after a SIGKILL under load and a restart', async () => {
      const id = `crash-${randomUUID().slice(0, 8)}`;
      await insertEvent(storeEvent(id, 100_000));
      const { child, url } = await spawnServer({ DATABASE_URL: database.url, ADMIN_TOKEN });
      const confirmed = [];
      let stop = false;
      const worker = async () => {
        while (!stop) {
          try {
            const answer = await postReservation(url, id, { quantity: 2 });
            if (answer.status === 201) confirmed.push(JSON.parse(answer.text));
          } catch {
            return; // the server is gone
          }
        }
      };
      const workers = Array.from({ length: 16 }, worker);
      while (confirmed.length < 150) await new Promise((resolve) => setTimeout(resolve, 10));
      child.kill('SIGKILL');
      stop = true;
      await Promise.all(workers);
      await exited(child);
      assert.equal(child.signalCode, 'SIGKILL');

      const restarted = await spawnServer({ DATABASE_URL: database.url, ADMIN_TOKEN });
      try {
        for (const { code, cancelUrl } of confirmed) {
          const link = new URL(cancelUrl);
          const own = await getJson(`${restarted.url}${link.pathname}${link.search}`);
          assert.equal(own.status, 200, `reservation ${code} lost`);
          assert.equal(own.body.status, 'confirmed');
        }
        const { rows, seats, counter } = await seatsOf(restarted.url, id);
        assert.equal(counter, seats);
        assert.ok(rows >= confirmed.length && rows <= confirmed.length + 16, `${rows} rows, ${confirmed.length} confirmed`);
      } finally {
        await stopServer(restarted.child);
      }
    });

    it('answers 503 with Retry-After while another transaction holds the event past the lock timeout', async () => {
      const id = `locked-${randomUUID().slice(0, 8)}`;
      await insertEvent(storeEvent(id, 10));
      const server = await spawnServer({ DATABASE_URL: database.url, DATABASE_LOCK_TIMEOUT_MS: '200' });
      const holder = new pg.Client({ connectionString: database.url });
      await holder.connect();
      try {
        await holder.query('BEGIN');
        await holder.query('SELECT 1 FROM events WHERE id = $1 FOR UPDATE', [id]);
        const blocked = await postReservation(server.url, id);
        assert.equal(blocked.status, 503);
        assert.equal(blocked.headers.get('retry-after'), '1');
        assert.equal(JSON.parse(blocked.text).error, 'unavailable');
        await holder.query('ROLLBACK');
        assert.equal((await postReservation(server.url, id)).status, 201);
      } finally {
        await holder.end();
        await stopServer(server.child);
      }
    });

    it('answers 503 while the database is gone, and serves again once it is back', async () => {
      const id = `lost-${randomUUID().slice(0, 8)}`;
      await insertEvent(storeEvent(id, 10));
      const server = await spawnServer({ DATABASE_URL: database.url });
      try {
        assert.equal((await postReservation(server.url, id)).status, 201);
        // A connection cut while its transaction waits for a lock: 503, and the process lives on.
        const holder = new pg.Client({ connectionString: database.url });
        await holder.connect();
        await holder.query('BEGIN');
        await holder.query('SELECT 1 FROM events WHERE id = $1 FOR UPDATE', [id]);
        const waiting = postReservation(server.url, id);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database.name}' AND pid <> ${holder.processID}`);
        assert.equal((await waiting).status, 503);
        await holder.end();
        assert.equal(server.child.exitCode, null);
        assert.equal((await postReservation(server.url, id)).status, 201);

        await admin(`ALTER DATABASE ${database.name} ALLOW_CONNECTIONS false`);
        await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database.name}'`);
        for (const answer of [await postReservation(server.url, id), await postReservation(server.url, id)]) {
          assert.equal(answer.status, 503);
          assert.equal(answer.headers.get('retry-after'), '1');
        }
        assert.equal((await getJson(`${server.url}/api/events/${id}/availability`)).status, 503);
        await admin(`ALTER DATABASE ${database.name} ALLOW_CONNECTIONS true`);
        assert.equal((await postReservation(server.url, id)).status, 201);
      } finally {
        await admin(`ALTER DATABASE ${database.name} ALLOW_CONNECTIONS true`);
        await stopServer(server.child);
      }
    });

    it('exits with one clear line when the database is unreachable at start', async () => {
      const unreachable = new URL(postgresUrl);
      unreachable.port = '1';
      await assert.rejects(spawnServer({ DATABASE_URL: unreachable.toString() }), (error) => {
        assert.match(error.message, /exited early with 1/);
        assert.match(error.message, /kultur-widgets backend: cannot open the database postgres:\/\/.*check DATABASE_URL/);
        return true;
      });
    });
  });
}
