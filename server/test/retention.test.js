// Retention: personal data goes a configured number of days after the event, counts stay;
// idempotency keys expire after 24 hours.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startServer } from '../dist/app.js';
import { createEvent, getJson, inDays, reservationBody, reserve, tempDir } from './helpers.js';

describe('retention', () => {
  const temp = tempDir();
  after(() => temp.remove());
  const auth = { Authorization: 'Bearer retention-token' };

  it('deletes names and e-mails N days after the event and keeps the counts', async () => {
    const databasePath = join(temp.dir, 'retention.sqlite');
    const options = { port: 0, databasePath, seed: /** @type {const} */ ('none'), testHooks: true, adminToken: 'retention-token', retentionDays: 14 };
    const first = await startServer(options);
    const past = await createEvent(first.endpoint, { start: inDays(2), end: inDays(2.1) });
    const upcoming = await createEvent(first.endpoint, { start: inDays(30) });
    const a = await reserve(first.endpoint, reservationBody(past.id, { tickets: [{ offerId: 'normal', quantity: 3 }], phone: '0123 456', message: 'Hallo' }));
    const b = await reserve(first.endpoint, reservationBody(past.id, { name: 'Zweite Person', email: 'zwei@example.org' }));
    await fetch(b.body.cancelUrl, { method: 'DELETE' });
    await reserve(first.endpoint, reservationBody(upcoming.id));
    const key = randomUUID();
    assert.equal((await reserve(first.endpoint, reservationBody(upcoming.id), { key })).status, 201);
    await first.close();

    // 13 days after the event: nothing deleted yet.
    const early = await startServer({ ...options, now: () => new Date(Date.now() + 15 * 86_400_000) });
    const stillThere = await getJson(`${early.endpoint}/admin/events/${past.id}/reservations`, auth);
    assert.ok(stillThere.body.reservations.every((r) => r.name !== null && r.email !== null));
    await early.close();

    // 15 days after the event: the start-up clean-up removes the personal data.
    const later = await startServer({ ...options, now: () => new Date(Date.now() + 17 * 86_400_000) });
    try {
      const { body } = await getJson(`${later.endpoint}/admin/events/${past.id}/reservations`, auth);
      assert.equal(body.reservations.length, 2);
      for (const r of body.reservations) {
        assert.deepEqual([r.name, r.email, r.phone, r.message, r.newsletter, r.anonymized], [null, null, null, null, null, true]);
      }
      const kept = body.reservations.find((r) => r.code === a.body.code);
      assert.deepEqual([kept.status, kept.quantity, kept.total, kept.tickets[0].quantity], ['confirmed', 3, 45, 3]);
      assert.equal(body.event.reservedOnline, 3);
      const own = await getJson(a.body.cancelUrl.replace(/^http:\/\/[^/]+/, later.url));
      assert.deepEqual([own.status, own.body.name, own.body.email, own.body.total], [200, null, null, 45]);

      // The upcoming event keeps its data.
      const upcomingRows = (await getJson(`${later.endpoint}/admin/events/${upcoming.id}/reservations`, auth)).body.reservations;
      assert.ok(upcomingRows.every((r) => r.name === 'Erika Beispiel'));
      // The idempotency key is older than 24 hours: it is free again.
      const reused = await reserve(later.endpoint, reservationBody(upcoming.id, { tickets: [{ offerId: 'normal', quantity: 2 }] }), { key });
      assert.equal(reused.status, 201);
    } finally {
      await later.close();
    }
  });
});
