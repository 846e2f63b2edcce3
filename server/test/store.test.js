// The SQLite store directly: group commit keeps orders independent, counters match the rows.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openStore } from '../dist/db/open-store.js';
import { tempDir } from './helpers.js';

describe('sqlite store', () => {
  const temp = tempDir();
  after(() => temp.remove());
  let codes = 0;

  const order = (overrides = {}) => ({
    eventId: 'e1',
    lines: [{ offerId: 'normal', quantity: 1 }],
    person: { name: 'A', email: 'a@example.org', phone: null, message: null, newsletter: false },
    tokenHash: Buffer.alloc(32),
    newCode: () => `ZH-TEST-${String(++codes).padStart(4, '2').slice(-4).replace(/[01]/g, '2')}`,
    nowMs: Date.now(),
    closeMinutes: 0,
    respond: (r) => ({ code: r.code }),
    ...overrides,
  });

  it('lets one failing order in a batch fail alone', async () => {
    const store = await openStore(join(temp.dir, 'batch.sqlite'));
    try {
      await store.insertEvent({ id: 'e1', startMs: Date.now() + 86_400_000, feed: { title: 'x' }, capacity: 10, onlineQuota: 10, offers: [{ id: 'normal', name: 'N', priceCents: 500, currency: 'EUR' }] });
      const results = await Promise.allSettled([
        store.reserve(order()),
        store.reserve(order({ respond: () => { throw new Error('boom'); } })),
        store.reserve(order({ lines: [{ offerId: 'normal', quantity: 2 }] })),
        store.reserve(order({ lines: [{ offerId: 'normal', quantity: 8 }] })),
      ]);
      assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      assert.equal(/** @type {any} */ (results[0]).value.kind, 'confirmed');
      assert.equal(/** @type {any} */ (results[2]).value.kind, 'confirmed');
      assert.equal(/** @type {any} */ (results[3]).value.kind, 'refused');
      const stock = await store.getStock('e1');
      assert.equal(stock?.soldOnline, 3);
      assert.equal(stock?.offers[0].sold, 3);
      assert.equal((await store.listReservations('e1')).reduce((sum, r) => sum + r.quantity, 0), 3);
    } finally {
      await store.close();
    }
  });

  it('keeps its data across reopening, and refuses a newer schema', async () => {
    const path = join(temp.dir, 'reopen.sqlite');
    let store = await openStore(path);
    await store.insertEvent({ id: 'e1', startMs: Date.now() + 86_400_000, feed: { title: 'x' }, capacity: 10, onlineQuota: 10, offers: [{ id: 'normal', name: 'N', priceCents: 500, currency: 'EUR' }] });
    const result = await store.reserve(order());
    await store.close();
    store = await openStore(path);
    assert.equal((await store.getReservation(/** @type {any} */ (result).reservation.code))?.quantity, 1);
    await store.close();
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    await assert.rejects(() => openStore(path), /schema version 99/);
  });

  it('keeps the stored idempotency answers when it migrates a version-1 database', async () => {
    const path = join(temp.dir, 'version1.sqlite');
    const { default: Database } = await import('better-sqlite3');
    const { migrations } = await import('../dist/db/sqlite/schema.js');
    const db = new Database(path);
    db.exec(migrations[0]);
    db.pragma('user_version = 1');
    const createdMs = Date.now();
    db.prepare('INSERT INTO idempotency_keys (key, request_hash, status, response, created_ms) VALUES (?, ?, ?, ?, ?)')
      .run('key-from-version-1', 'hash', 201, '{"code":"ZH-AAAA-AAAA"}', createdMs);
    db.close();
    const store = await openStore(path);
    try {
      assert.deepEqual(await store.findIdempotency('key-from-version-1', 0), { key: 'key-from-version-1', requestHash: 'hash', status: 201, response: '{"code":"ZH-AAAA-AAAA"}', createdMs });
      await store.insertEvent({ id: 'e1', startMs: Date.now() + 86_400_000, feed: { title: 'x' }, capacity: 10, onlineQuota: 10, offers: [{ id: 'normal', name: 'N', priceCents: 500, currency: 'EUR' }] });
      // The migrated key still binds: the same key answers the stored reservation instead of a new one.
      const replay = await store.reserve(order({ idempotency: { key: 'key-from-version-1', requestHash: 'hash' } }));
      assert.equal(replay.kind, 'replay');
      assert.equal((await store.getStock('e1'))?.soldOnline, 0);
      assert.equal(await store.deleteIdempotencyBefore(createdMs + 1), 1);
      assert.equal(await store.findIdempotency('key-from-version-1', 0), undefined);
    } finally {
      await store.close();
    }
  });
});

describe('sqlite centres migration', () => {
  const temp = tempDir();
  after(() => temp.remove());

  it('gives the rows of a version-2 database to the default centre', async () => {
    const path = join(temp.dir, 'version2.sqlite');
    const { default: Database } = await import('better-sqlite3');
    const { migrations } = await import('../dist/db/sqlite/schema.js');
    const db = new Database(path);
    db.exec(migrations[0]);
    db.exec(migrations[1]);
    db.pragma('user_version = 2');
    db.prepare(`INSERT INTO events (id, start_ms, feed, capacity, online_quota, sold_online) VALUES ('old', ?, '{"title":"Alt"}', 10, 10, 2)`).run(Date.now() + 86_400_000);
    db.prepare(`INSERT INTO reservations (code, event_id, token_hash, status, quantity, total_cents, currency, created_ms) VALUES ('ZH-OLDD-OLDD', 'old', ?, 'confirmed', 2, 0, 'EUR', 0)`).run(Buffer.alloc(32));
    db.close();
    const store = await openStore(path);
    try {
      assert.deepEqual((await store.listCentres()).map((c) => c.id), ['default']);
      assert.equal((await store.getEvent('old'))?.feed.title, 'Alt');
      assert.equal((await store.getReservation('ZH-OLDD-OLDD'))?.quantity, 2);
      assert.equal(await store.forCentre('other').getEvent('old'), undefined);
      assert.equal(await store.forCentre('other').getReservation('ZH-OLDD-OLDD'), undefined);
    } finally {
      await store.close();
    }
  });
});

describe('sqlite store codes', () => {
  const temp = tempDir();
  after(() => temp.remove());

  it('draws a new code when a code is already taken', async () => {
    const store = await openStore(join(temp.dir, 'codes.sqlite'));
    try {
      await store.insertEvent({ id: 'e1', startMs: Date.now() + 86_400_000, feed: { title: 'x' }, capacity: 10, onlineQuota: 10, offers: [{ id: 'normal', name: 'N', priceCents: 500, currency: 'EUR' }] });
      const drawn = ['ZH-AAAA-AAAA', 'ZH-AAAA-AAAA', 'ZH-BBBB-BBBB'];
      const request = (newCode) => ({
        eventId: 'e1', lines: [{ offerId: 'normal', quantity: 1 }],
        person: { name: 'A', email: 'a@example.org', phone: null, message: null, newsletter: false },
        tokenHash: Buffer.alloc(32), newCode, nowMs: Date.now(), closeMinutes: 0, respond: (r) => ({ code: r.code }),
      });
      const first = await store.reserve(request(() => drawn.shift()));
      const [second, third] = await Promise.all([store.reserve(request(() => drawn.shift())), store.reserve(request(() => 'ZH-CCCC-CCCC'))]);
      assert.deepEqual([first, second, third].map((r) => /** @type {any} */ (r).reservation.code), ['ZH-AAAA-AAAA', 'ZH-BBBB-BBBB', 'ZH-CCCC-CCCC']);
      assert.equal((await store.getStock('e1'))?.soldOnline, 3);
    } finally {
      await store.close();
    }
  });
});
