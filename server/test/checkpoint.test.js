// The checkpoint worker copies the WAL into the database file off the event loop and keeps the WAL
// short: once it is long, writes wait (asynchronously) until the worker has copied everything, and the
// next write starts the WAL over. If the worker fails, writes never wait.
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { newReservationCode } from '../dist/domain/codes.js';
import { startCheckpointer } from '../dist/db/sqlite/checkpointer.js';
import { openSqliteStore } from '../dist/db/sqlite/sqlite-store.js';
import { tempDir } from './helpers.js';

describe('checkpoint worker', () => {
  const temp = tempDir();
  after(() => temp.remove());

  it('starts a long WAL over while transactions follow each other without a pause', async () => {
    const path = join(temp.dir, 'stream.sqlite');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('wal_autocheckpoint = 0'); // only the worker checkpoints
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    const write = db.transaction(() => {
      for (let i = 0; i < 10; i++) insert.run('x'.repeat(1000));
    });
    const checkpointer = startCheckpointer(path, (reason) => assert.fail(reason), { restartFrames: 100, minGapMs: 0 });
    try {
      await checkpointer.started;
      // 1000 transactions of 5 pages, each right after the one before. Without the waits the worker
      // never catches up and the WAL grows to 21 MB (measured). With them it stays near 100 pages:
      // the worker reports the length after each copy, and a worker lagging behind is waited for
      // after 200 commits at the latest, so it overshoots by at most ~1000 pages (4 MB).
      for (let i = 0; i < 1000; i++) {
        await new Promise((resolve) => {
          checkpointer.whenWalShort(() => {
            write();
            checkpointer.committed();
            resolve(undefined);
          });
        });
      }
      assert.equal(db.prepare('SELECT count(*) FROM t').pluck().get(), 10_000);
      const walBytes = statSync(`${path}-wal`).size; // the file keeps the largest size the WAL reached
      assert.ok(walBytes < 8_000_000, `the WAL grew to ${walBytes} bytes`);
    } finally {
      checkpointer.stop();
      db.close();
    }
  });

  it('lets writes go on at once when it cannot open the database, and creates no file', async () => {
    const path = join(temp.dir, 'missing.sqlite');
    /** @type {(reason: string) => void} */
    let reportFailure = () => {};
    const failure = new Promise((resolve) => {
      reportFailure = resolve;
    });
    const checkpointer = startCheckpointer(path, (reason) => reportFailure(reason), { restartFrames: 0 });
    assert.match(String(await failure), /CANTOPEN/);
    let wrote = false;
    checkpointer.committed();
    checkpointer.whenWalShort(() => {
      wrote = true;
    });
    assert.ok(wrote);
    checkpointer.stop();
    assert.equal(existsSync(path), false);
  });

  it('loses and doubles no order when every group commit waits for the worker', async () => {
    const path = join(temp.dir, 'store.sqlite');
    // restartFrames 0: each batch waits until the worker has copied the one before.
    const store = openSqliteStore(path, { checkpoint: { restartFrames: 0 } });
    try {
      await store.insertEvent({ id: 'e1', startMs: Date.now() + 86_400_000, feed: { title: 'x' }, capacity: 1000, onlineQuota: 1000, maxPerOrder: 10, offers: [{ id: 'normal', name: 'N', priceCents: 500, currency: 'EUR' }] });
      const request = (key) => ({
        eventId: 'e1', lines: [{ offerId: 'normal', quantity: 1 }],
        person: { name: 'A', email: 'a@example.org', phone: null, message: null, newsletter: false },
        tokenHash: Buffer.alloc(32), newCode: () => newReservationCode('ZH'), nowMs: Date.now(), closeMinutes: 0,
        respond: (r) => ({ code: r.code }), idempotency: { key, requestHash: 'same' },
      });
      // 1200 orders for 1000 seats in rounds of 20, each round sent when the one before is answered;
      // the last key of each round repeats the one before it.
      const keys = Array.from({ length: 1200 }, (_, i) => `key-${i % 20 === 19 ? i - 1 : i}`);
      const results = [];
      for (let i = 0; i < keys.length; i += 20) results.push(...(await Promise.all(keys.slice(i, i + 20).map((key) => store.reserve(request(key))))));
      const confirmed = new Map(results.flatMap((r, i) => (r.kind === 'confirmed' ? [[keys[i], r.body]] : [])));
      assert.equal(confirmed.size, 1000);
      assert.equal((await store.getStock('e1'))?.soldOnline, 1000);
      assert.equal((await store.listReservations('e1')).length, 1000);
      results.forEach((r, i) => {
        if (i % 20 !== 19) return;
        // A repeated key answers what its first order stored – or, if that one was refused, is refused too.
        if (confirmed.has(keys[i])) assert.equal(r.kind === 'replay' && r.record.response, confirmed.get(keys[i]));
        else assert.equal(r.kind, 'refused');
      });
    } finally {
      await store.close();
    }
  });
});
