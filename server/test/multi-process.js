// @ts-check
// What must hold with several server processes on one database, as a suite each engine runs:
// no overbooking, one reservation per Idempotency-Key whichever process answers.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { getJson } from './helpers.js';
import { postReservation, spawnServer, stopServer, storeEvent } from './processes.js';

export const ADMIN_TOKEN = 'multi-process-token';

/** Confirmed seats in the rows and the stored counter of an event, through the admin API. */
export async function seatsOf(url, eventId) {
  const admin = await getJson(`${url}/api/admin/events/${eventId}/reservations`, { Authorization: `Bearer ${ADMIN_TOKEN}` });
  assert.equal(admin.status, 200);
  const confirmed = admin.body.reservations.filter((r) => r.status === 'confirmed');
  return { rows: confirmed.length, seats: confirmed.reduce((sum, r) => sum + r.quantity, 0), counter: admin.body.event.reservedOnline };
}

/**
 * @param {string} engine
 * @param {number} count  server processes
 * @param {() => { env: Record<string, string>, openStore: () => Promise<import('../src/db/store.js').Store> }} database  called in `before`
 */
export function describeMultiProcess(engine, count, database) {
  describe(`${count} server processes on one ${engine} database`, () => {
    /** @type {{ child: import('node:child_process').ChildProcess, url: string }[]} */
    let servers = [];
    /** @type {ReturnType<typeof database>} */
    let db;
    before(async () => {
      db = database();
      // All at once on an empty database: they migrate it one after the other.
      const started = await Promise.allSettled(Array.from({ length: count }, () => spawnServer({ ...db.env, ADMIN_TOKEN })));
      // Keep those that started, so that `after` stops them even when one failed (else the run hangs).
      servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      const failed = started.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
    });
    after(async () => {
      await Promise.all(servers.map(({ child }) => stopServer(child)));
    });

    const insertEvent = async (event) => {
      const store = await db.openStore();
      try {
        await store.insertEvent(event);
      } finally {
        await store.close();
      }
    };

    it('sells exactly the last 25 seats to 200 concurrent requests spread over the processes', async () => {
      const id = `last-seats-${randomUUID().slice(0, 8)}`;
      await insertEvent(storeEvent(id, 100));
      for (let i = 0; i < 15; i++) assert.equal((await postReservation(servers[i % count].url, id, { quantity: 5 })).status, 201);

      const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => postReservation(servers[i % count].url, id, { name: `Gast ${i}` })));
      const confirmed = answers.filter((a) => a.status === 201);
      assert.equal(confirmed.length, 25, `statuses: ${[...new Set(answers.map((a) => a.status))]}`);
      for (const answer of answers.filter((a) => a.status !== 201)) {
        assert.equal(answer.status, 409);
        assert.equal(JSON.parse(answer.text).error, 'sold_out');
      }
      assert.equal(new Set(confirmed.map((a) => JSON.parse(a.text).code)).size, 25);
      // The counter agrees with the rows, seen from every process.
      for (const { url } of servers) assert.deepEqual(await seatsOf(url, id), { rows: 40, seats: 100, counter: 100 });
    });

    it('makes one reservation of one Idempotency-Key sent to two processes at once; both answers are the same', async () => {
      const id = `same-key-${randomUUID().slice(0, 8)}`;
      await insertEvent(storeEvent(id, 100));
      for (let round = 0; round < 10; round++) {
        const key = randomUUID();
        const [a, b] = await Promise.all([postReservation(servers[0].url, id, { key }), postReservation(servers[1].url, id, { key })]);
        assert.deepEqual([a.status, b.status], [201, 201]);
        assert.equal(a.text, b.text);
        assert.equal([a, b].filter((answer) => answer.headers.get('idempotent-replayed') === 'true').length, 1);
      }
      assert.deepEqual(await seatsOf(servers[count - 1].url, id), { rows: 10, seats: 10, counter: 10 });
    });
  });
}
