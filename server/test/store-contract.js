// The Store contract (server/src/db/store.ts) as a suite every engine runs: `describeStoreContract`
// takes the engine's name and a function opening a fresh, empty store.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

const DAY = 86_400_000;
const offers = [{ id: 'normal', name: 'Normal', priceCents: 1500, currency: 'EUR' }, { id: 'reduced', name: 'ermäßigt', priceCents: 1000, currency: 'EUR', capacity: 2 }];
const newEvent = (id, overrides = {}) => ({ id, startMs: Date.now() + 10 * DAY, feed: { title: id }, capacity: 10, onlineQuota: 8, offers, ...overrides });

let codes = 0;
const order = (eventId, overrides = {}) => ({
  eventId,
  lines: [{ offerId: 'normal', quantity: 2 }],
  person: { name: 'Erika Beispiel', email: 'erika@example.org', phone: null, message: 'Hallo', newsletter: true },
  tokenHash: Buffer.alloc(32, 7),
  newCode: () => `ZH-CNTR-${String(++codes).padStart(4, '2').slice(-4).replace(/[01]/g, '2')}`,
  nowMs: Date.now(),
  closeMinutes: 0,
  respond: (r) => ({ code: r.code }),
  ...overrides,
});

/**
 * @param {string} engine
 * @param {() => Promise<import('../src/db/store.js').Store>} open  a fresh, empty store
 */
export function describeStoreContract(engine, open) {
  describe(`store contract: ${engine}`, () => {
    /** @type {import('../src/db/store.js').Store[]} */
    const opened = [];
    const fresh = async () => {
      const store = await open();
      opened.push(store);
      return store;
    };
    after(async () => {
      for (const store of opened) await store.close();
    });

    it('answers every method with a promise, failures as rejections', async () => {
      const store = await fresh();
      assert.equal(typeof store.centreId, 'string');
      assert.ok(store.isEmpty() instanceof Promise);
      assert.equal(await store.isEmpty(), true);
      await store.insertEvent(newEvent('e1'));
      const duplicate = store.insertEvent(newEvent('e1'));
      assert.ok(duplicate instanceof Promise);
      await assert.rejects(duplicate);
      assert.equal(await store.isEmpty(), false);
    });

    it('confirms an order: counters, reservation, token hash and list agree', async () => {
      const store = await fresh();
      await store.insertEvent(newEvent('e1'));
      const result = await store.reserve(order('e1', { lines: [{ offerId: 'normal', quantity: 2 }, { offerId: 'reduced', quantity: 1 }] }));
      assert.equal(result.kind, 'confirmed');
      const { code } = result.reservation;
      assert.deepEqual([result.reservation.quantity, result.reservation.totalCents, result.reservation.currency], [3, 4000, 'EUR']);
      const stock = await store.getStock('e1');
      assert.deepEqual([stock.soldOnline, stock.offers.map((o) => o.sold)], [3, [2, 1]]);
      assert.deepEqual(await store.getTokenHash(code), Buffer.alloc(32, 7));
      assert.equal(await store.getTokenHash('ZH-NONE-NONE'), undefined);
      assert.deepEqual((await store.getReservation(code)).tickets.map((t) => [t.offerId, t.quantity, t.priceCents]), [['normal', 2, 1500], ['reduced', 1, 1000]]);
      assert.deepEqual((await store.listReservations('e1')).map((r) => r.code), [code]);
      assert.equal((await store.listEvents())[0].feed.title, 'e1');
    });

    it('refuses what does not fit and names what is unknown', async () => {
      const store = await fresh();
      await store.insertEvent(newEvent('e1'));
      assert.equal((await store.reserve(order('e1', { lines: [{ offerId: 'normal', quantity: 9 }] }))).kind, 'refused');
      assert.equal((await store.reserve(order('e1', { lines: [{ offerId: 'reduced', quantity: 3 }] }))).kind, 'refused');
      assert.deepEqual(await store.reserve(order('nope')), { kind: 'invalid', fields: { eventId: 'unknown_event' } });
      assert.deepEqual((await store.reserve(order('e1', { lines: [{ offerId: 'vip', quantity: 1 }] }))).fields, { tickets: 'unknown_offer' });
      assert.equal((await store.getStock('e1')).soldOnline, 0);
    });

    it('replays an idempotency key and cancels once, releasing the seats', async () => {
      const store = await fresh();
      await store.insertEvent(newEvent('e1'));
      const idempotency = { key: 'contract-key-1', requestHash: 'h' };
      const first = await store.reserve(order('e1', { idempotency }));
      const again = await store.reserve(order('e1', { idempotency }));
      assert.equal(again.kind, 'replay');
      assert.equal(again.record.response, first.body);
      assert.equal((await store.findIdempotency('contract-key-1', 0)).requestHash, 'h');
      const cancelled = await store.cancelReservation(first.reservation.code, Date.now());
      assert.equal(cancelled.status, 'cancelled');
      assert.equal((await store.cancelReservation(first.reservation.code, Date.now())).status, 'cancelled');
      assert.equal((await store.getStock('e1')).soldOnline, 0);
    });

    it('keeps centres apart: another centre sees none of this one\'s events, reservations or keys', async () => {
      const store = await fresh();
      assert.equal(store.centreId, 'default');
      await store.putCentre({ id: 'other', name: 'Anderes Zentrum', town: 'Anderswo', region: null, url: null, logo: null });
      assert.deepEqual((await store.listCentres()).map((c) => c.id), ['default', 'other']);
      assert.equal((await store.getCentre('other')).town, 'Anderswo');
      await store.insertEvent(newEvent('e1'));
      const { reservation } = await store.reserve(order('e1', { idempotency: { key: 'centre-key-1', requestHash: 'h' } }));
      const other = store.forCentre('other');
      assert.equal(other.centreId, 'other');
      assert.equal(await other.isEmpty(), true);
      assert.deepEqual([await other.getEvent('e1'), await other.getStock('e1'), await other.listEvents()], [undefined, undefined, []]);
      assert.equal(await other.getTokenHash(reservation.code), undefined);
      assert.equal(await other.getReservation(reservation.code), undefined);
      assert.equal(await other.cancelReservation(reservation.code, Date.now()), undefined);
      assert.deepEqual(await other.listReservations('e1'), []);
      assert.equal(await other.findIdempotency('centre-key-1', 0), undefined);
      assert.deepEqual(await other.reserve(order('e1')), { kind: 'invalid', fields: { eventId: 'unknown_event' } });
      assert.equal((await store.getReservation(reservation.code)).status, 'confirmed');
      assert.equal((await store.getStock('e1')).soldOnline, 2);
    });

    it('removes personal data after the event, keeps the counts; keeps the directory; resets', async () => {
      const store = await fresh();
      await store.insertEvent(newEvent('past', { startMs: Date.now() - 30 * DAY }));
      const { reservation } = await store.reserve(order('past', { nowMs: Date.now() - 40 * DAY }));
      assert.equal(await store.anonymizeEndedBefore(Date.now() - 14 * DAY, Date.now()), 1);
      const kept = await store.getReservation(reservation.code);
      assert.deepEqual([kept.name, kept.email, kept.message, kept.quantity], [null, null, null, 2]);
      await store.putDirectory({ id: 'net', name: 'Netz' }, [{ id: 'm1', name: 'Eins' }, { id: 'm2', name: 'Zwei' }]);
      assert.deepEqual((await store.getDirectory()).members.map((m) => m.id), ['m1', 'm2']);
      assert.deepEqual(await store.getMembership('m2'), { network: { id: 'net', name: 'Netz' }, member: { id: 'm2', name: 'Zwei' } });
      assert.equal(await store.getMembership('m3'), undefined);
      await store.reset();
      assert.equal(await store.isEmpty(), true);
    });
  });
}
