// No overbooking under concurrent load: capacity check and insert happen in one write transaction.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent, getJson, reservationBody, reserve, startTestServer } from './helpers.js';

describe('concurrent reservations', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  before(async () => {
    server = await startTestServer({ adminToken: 'test-admin-token' });
  });
  after(() => server.close());

  it('sells exactly the last 10 seats to 50 concurrent requests; every other answer is 409', async () => {
    const event = await createEvent(server.endpoint, { capacity: 200, onlineQuota: 110 });
    // Fill the hall up to the last 10 online seats.
    for (let i = 0; i < 10; i++) {
      assert.equal((await reserve(server.endpoint, reservationBody(event.id, { tickets: [{ offerId: 'normal', quantity: 10 }] }))).status, 201);
    }
    assert.equal((await getJson(`${server.endpoint}/events/${event.id}/availability`)).body.remaining, 10);

    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => reserve(server.endpoint, reservationBody(event.id, { name: `Gast ${i}` }))));
    const confirmed = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status !== 201);
    assert.equal(confirmed.length, 10);
    assert.equal(refused.length, 40);
    for (const answer of refused) {
      assert.equal(answer.status, 409);
      assert.equal(answer.body.error, 'sold_out');
    }
    assert.equal(new Set(confirmed.map((a) => a.body.code)).size, 10);

    const availability = (await getJson(`${server.endpoint}/events/${event.id}/availability`)).body;
    assert.deepEqual([availability.status, availability.remaining], ['online_soldout', 0]);
    // The stored counter agrees with the reservation rows.
    const admin = await getJson(`${server.endpoint}/admin/events/${event.id}/reservations`, { Authorization: 'Bearer test-admin-token' });
    const seats = admin.body.reservations.filter((r) => r.status === 'confirmed').reduce((sum, r) => sum + r.quantity, 0);
    assert.equal(seats, 110);
    assert.equal(admin.body.event.reservedOnline, 110);
  });

  it('never oversells with mixed order sizes racing for the last seats', async () => {
    const event = await createEvent(server.endpoint, { capacity: 25, onlineQuota: 25 });
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => reserve(server.endpoint, reservationBody(event.id, {
      tickets: [{ offerId: i % 2 ? 'normal' : 'reduced', quantity: 1 + (i % 4) }],
    }))));
    const sold = answers.filter((a) => a.status === 201).reduce((sum, a) => sum + a.body.tickets[0].quantity, 0);
    assert.ok(sold <= 25 && sold >= 22, `sold ${sold}`);
    for (const answer of answers.filter((a) => a.status !== 201)) {
      assert.equal(answer.status, 409);
      assert.ok(['sold_out', 'insufficient'].includes(answer.body.error));
    }
    assert.equal((await getJson(`${server.endpoint}/events/${event.id}/availability`)).body.remaining, 25 - sold);
  });
});
