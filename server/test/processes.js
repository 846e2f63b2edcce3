// @ts-check
// Server processes for tests: `node server/dist/main.js` on a free port (PORT=0), configured by
// environment variables, and a way to wait for its end.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { reservationBody } from './helpers.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/**
 * Starts the entry point as a child process; resolves with it and its base URL once it listens.
 * @param {Record<string, string>} env  DATABASE_PATH or DATABASE_URL and whatever else the test needs
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, url: string }>}
 */
export function spawnServer(env) {
  // The developer's own database settings never leak into a test's server.
  const { DATABASE_URL: _url, DATABASE_PATH: _path, DATABASE_MIGRATION_URL: _migration, ...inherited } = process.env;
  const child = spawn(process.execPath, [MAIN], {
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', SEED: 'none', RATE_LIMIT_MAX: '1000000', LOG_REQUESTS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
    });
    child.on('exit', (code) => reject(new Error(`server exited early with ${code}: ${output}`)));
  });
}

/** Resolves when the child has ended (at once if it already has). */
export function exited(child) {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve)));
}

/** Ends a child with SIGTERM and waits for it. */
export async function stopServer(child) {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await exited(child);
}

/** POSTs a reservation to `url` (a server base); resolves with status, headers and body text. */
export async function postReservation(url, eventId, { key = randomUUID(), quantity = 1, name = 'Erika Beispiel' } = {}) {
  const response = await fetch(`${url}/api/reservations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(reservationBody(eventId, { tickets: [{ offerId: 'normal', quantity }], name })),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** An event for the stores' insertEvent: in 10 days, `seats` seats, all online. */
export function storeEvent(id, seats, overrides = {}) {
  return {
    id, startMs: Date.now() + 10 * 86_400_000, feed: { title: id, start: new Date(Date.now() + 10 * 86_400_000).toISOString() },
    capacity: seats, onlineQuota: seats, maxPerOrder: 10,
    offers: [{ id: 'normal', name: 'Normal', priceCents: 1500, currency: 'EUR' }],
    ...overrides,
  };
}
