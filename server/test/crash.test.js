// Durability: a server process killed with SIGKILL in the middle of load loses no reservation it confirmed.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { startServer } from '../dist/app.js';
import { createEvent, getJson, reservationBody, tempDir } from './helpers.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** Starts `npm run serve`'s entry point as a child process on an ephemeral port; resolves with its base URL. */
function spawnServer(databasePath) {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: databasePath, SEED: 'none', RATE_LIMIT_MAX: '1000000', LOG_REQUESTS: '0', ADMIN_TOKEN: 'crash-test-token' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
    });
    child.on('exit', (code) => reject(new Error(`server exited early with ${code}: ${output}`)));
  });
}

describe('crash safety', () => {
  const temp = tempDir();
  after(() => temp.remove());

  it('keeps every confirmed reservation after SIGKILL and restart', async () => {
    const databasePath = join(temp.dir, 'crash.sqlite');
    // Prepare the database with a large event through the test hook, then hand the file to the child.
    const setup = await startServer({ port: 0, databasePath, seed: 'none', testHooks: true });
    const event = await createEvent(setup.endpoint, { capacity: 100_000, onlineQuota: 100_000, maxPerOrder: 10 });
    await setup.close();

    const { child, url } = await spawnServer(databasePath);
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
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve)));
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
