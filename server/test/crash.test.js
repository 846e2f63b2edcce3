// Durability: a server process killed with SIGKILL in the middle of load loses no reservation it confirmed.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startServer } from '../dist/app.js';
import { createEvent, getJson, reservationBody, tempDir } from './helpers.js';
import { exited, spawnServer } from './processes.js';

/** `npm run serve`'s entry point as a child process on an ephemeral port. */
const spawnOn = (databasePath) => spawnServer({ DATABASE_PATH: databasePath, ADMIN_TOKEN: 'crash-test-token' });

describe('crash safety', () => {
  const temp = tempDir();
  after(() => temp.remove());

  it('keeps every confirmed reservation after SIGKILL and restart', async () => {
    const databasePath = join(temp.dir, 'crash.sqlite');
    // Prepare the database with a large event through the test hook, then hand the file to the child.
    const setup = await startServer({ port: 0, databasePath, seed: 'none', testHooks: true });
    const event = await createEvent(setup.endpoint, { capacity: 100_000, onlineQuota: 100_000, maxPerOrder: 10 });
    await setup.close();

    const { child, url } = await spawnOn(databasePath);
    /** @type {{ code: string, cancelUrl: string, quantity: number }[]} */
    const confirmed = [];
    let stop = false;
    const worker = async () => {
      while (!stop) {
        try {
          const response = await fetch(`${url}/api/reservations`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
            body: JSON.stringify(reservationBody(event.id, { tickets: [{ offerId: 'normal', quantity: 2 }] })),
          });
          if (response.status === 201) {
            const body = await response.json();
            confirmed.push({ code: body.code, cancelUrl: body.cancelUrl, quantity: 2 });
          } else {
            await response.arrayBuffer();
          }
        } catch {
          return; // the server is gone
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    // Kill while requests are in flight, after a good number have been confirmed.
    while (confirmed.length < 200) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    await exited(child);
    assert.equal(child.signalCode, 'SIGKILL');

    const restarted = await startServer({ port: 0, databasePath, seed: 'none', adminToken: 'crash-test-token' });
    try {
      for (const { code, cancelUrl } of confirmed) {
        const own = await getJson(`${restarted.url}${new URL(cancelUrl).pathname}${new URL(cancelUrl).search}`);
        assert.equal(own.status, 200, `reservation ${code} lost`);
        assert.equal(own.body.status, 'confirmed');
      }
      // Counters and rows agree; at most the requests in flight at the kill were stored without an answer.
      const admin = await getJson(`${restarted.endpoint}/admin/events/${event.id}/reservations`, { Authorization: 'Bearer crash-test-token' });
      const rows = admin.body.reservations;
      assert.equal(admin.body.event.reservedOnline, rows.reduce((sum, r) => sum + r.quantity, 0));
      assert.ok(rows.length >= confirmed.length && rows.length <= confirmed.length + 16, `${rows.length} rows, ${confirmed.length} confirmed`);
    } finally {
      await restarted.close();
    }
  });
});
