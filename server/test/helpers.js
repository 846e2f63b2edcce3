// @ts-check
// Shared helpers of the server tests: a real server on an ephemeral port with a temporary database file.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startServer } from '../dist/app.js';

/** A temporary folder, removed by the returned function. */
export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'kultur-server-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Starts a backend for one test file: empty database, test hooks on, a generous rate limit
 * (tests that check the limit set their own).
 * @param {import('../dist/config.js').ServerOptions} [options]
 */
export async function startTestServer(options = {}) {
  const temp = tempDir();
  const server = await startServer({
    port: 0,
    databasePath: join(temp.dir, 'kultur.sqlite'),
    seed: 'none',
    testHooks: true,
    rateLimit: { windowMs: 60_000, max: 100_000 },
    ...options,
  });
  return {
    ...server,
    databasePath: join(temp.dir, 'kultur.sqlite'),
    async close() {
      await server.close();
      temp.remove();
    },
  };
}

/** An ISO time `days` from now (whole hours, UTC). */
export function inDays(days, from = Date.now()) {
  const ms = from + days * 86_400_000;
  return new Date(ms - (ms % 3_600_000)).toISOString();
}

let eventNumber = 0;

/**
 * Creates an event through the test hook. Defaults: in 10 days, 100 seats, all online, two offers.
 * @param {string} endpoint
 * @param {Record<string, unknown>} [overrides]
 */
export async function createEvent(endpoint, overrides = {}) {
  eventNumber++;
  const body = {
    id: `test-event-${eventNumber}-${randomUUID().slice(0, 8)}`,
    title: `Testkonzert ${eventNumber}`,
    start: inDays(10),
    category: 'Konzert',
    location: { name: 'Zollhaus, Saal', address: 'Am Alten Zoll 3, 35999 Lahnfeld' },
    capacity: 100,
    onlineQuota: 100,
    offers: [
      { id: 'normal', name: 'Normal', price: 15, currency: 'EUR' },
      { id: 'reduced', name: 'ermäßigt', price: 10, currency: 'EUR' },
    ],
    ...overrides,
  };
  const response = await fetch(`${endpoint}/__test/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status !== 201) throw new Error(`creating the test event failed: ${response.status} ${await response.text()}`);
  return /** @type {any} */ (await response.json());
}

/** A valid reservation body for `eventId`. */
export function reservationBody(eventId, overrides = {}) {
  return {
    eventId,
    tickets: [{ offerId: 'normal', quantity: 1 }],
    name: 'Erika Beispiel',
    email: 'erika@example.org',
    website: '',
    ...overrides,
  };
}

/**
 * POSTs a reservation. `key` defaults to a fresh UUID.
 * @param {string} endpoint
 * @param {unknown} body
 * @param {{ key?: string | null, headers?: Record<string, string> }} [options]
 */
export async function reserve(endpoint, body, { key = randomUUID(), headers = {} } = {}) {
  const response = await fetch(`${endpoint}/reservations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key === null ? {} : { 'Idempotency-Key': key }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** GETs JSON. */
export async function getJson(url, headers = {}) {
  const response = await fetch(url, { headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}
