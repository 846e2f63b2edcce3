// Reservations over real HTTP: the confirmed shape, every validation and refusal, owner access,
// cancellation releasing seats, strings stored verbatim.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createEvent, getJson, inDays, reservationBody, reserve, startTestServer } from './helpers.js';

describe('reservations', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  const clock = { offsetMs: 0 };
  before(async () => {
    server = await startTestServer({ adminToken: 'test-admin-token', now: () => new Date(Date.now() + clock.offsetMs) });
  });
  after(() => server.close());

  const availability = async (id) => (await getJson(`${server.endpoint}/events/${id}/availability`)).body;

  it('confirms a reservation with code, tickets, total, pickup note and cancel link', async () => {
    const event = await createEvent(server.endpoint);
    const { status, body } = await reserve(server.endpoint, reservationBody(event.id, {
      tickets: [{ offerId: 'normal', quantity: 2 }, { offerId: 'reduced', quantity: 1 }],
    }));
    assert.equal(status, 201);
    assert.match(body.code, /^ZH-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/);
    assert.equal(body.eventId, event.id);
    assert.deepEqual(body.tickets, [
      { offerId: 'normal', name: 'Normal', quantity: 2, price: 15 },
      { offerId: 'reduced', name: 'ermäßigt', quantity: 1, price: 10 },
    ]);
    assert.equal(body.total, 40);
    assert.equal(body.currency, 'EUR');
    assert.equal(body.status, 'confirmed');
    assert.equal(body.pickupNote, 'Bitte holen Sie Ihre Karten bis 30 Minuten vor Beginn an der Abendkasse ab.');
    const cancelUrl = new URL(body.cancelUrl);
    assert.equal(cancelUrl.origin, server.url);
    assert.equal(cancelUrl.pathname, `/api/reservations/${body.code}`);
    assert.ok(cancelUrl.searchParams.get('token').length >= 32);
    assert.equal((await availability(event.id)).remaining, 97);
  });

  it('answers in English when asked', async () => {
    const event = await createEvent(server.endpoint);
    const ok = await reserve(server.endpoint, reservationBody(event.id), { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    assert.match(ok.body.pickupNote, /^Please collect/);
    const bad = await reserve(server.endpoint, { ...reservationBody(event.id), email: 'x' }, { headers: { 'Accept-Language': 'en' } });
    assert.equal(bad.body.message, 'Please check the marked fields.');
  });

  it('validates every field with a code', async () => {
    const event = await createEvent(server.endpoint);
    const check = async (overrides, expected) => {
      const { status, body } = await reserve(server.endpoint, reservationBody(event.id, overrides));
      assert.equal(status, 422, JSON.stringify(overrides));
      assert.equal(body.error, 'invalid');
      assert.deepEqual(body.fields, expected, JSON.stringify(overrides));
    };
    await check({ name: '', email: '' }, { name: 'required', email: 'required' });
    await check({ name: '   ' }, { name: 'required' });
    await check({ name: 42 }, { name: 'invalid_type' });
    await check({ name: 'x'.repeat(101) }, { name: 'too_long' });
    for (const email of ['erika', 'erika@', '@example.org', 'erika@example', 'er ika@example.org', 'erika@@example.org']) {
      await check({ email }, { email: 'invalid_email' });
    }
    await check({ email: `${'e'.repeat(250)}@example.org` }, { email: 'too_long' });
    await check({ phone: 'call me' }, { phone: 'invalid_phone' });
    await check({ message: 'x'.repeat(1001) }, { message: 'too_long' });
    await check({ newsletter: 'yes' }, { newsletter: 'invalid_type' });
    await check({ eventId: undefined }, { eventId: 'required' });
    await check({ eventId: 'no-such-event' }, { eventId: 'unknown_event' });
    await check({ tickets: undefined }, { tickets: 'required' });
    await check({ tickets: [] }, { tickets: 'required' });
    await check({ tickets: [{ offerId: 'normal', quantity: 0 }] }, { tickets: 'required' });
    await check({ tickets: 'two' }, { tickets: 'invalid_type' });
    await check({ tickets: [{ offerId: 'normal', quantity: -1 }] }, { tickets: 'invalid_quantity' });
    await check({ tickets: [{ offerId: 'normal', quantity: 1.5 }] }, { tickets: 'invalid_quantity' });
    await check({ tickets: [{ offerId: 'normal', quantity: '2' }] }, { tickets: 'invalid_quantity' });
    await check({ tickets: [{ offerId: 'vip', quantity: 1 }] }, { tickets: 'unknown_offer' });
    const tooMany = await reserve(server.endpoint, reservationBody(event.id, { tickets: [{ offerId: 'normal', quantity: 11 }] }));
    assert.deepEqual([tooMany.status, tooMany.body.fields, tooMany.body.maxPerOrder], [422, { tickets: 'too_many' }, 10]);
    const notObject = await reserve(server.endpoint, [1, 2]);
    assert.deepEqual([notObject.status, notObject.body.fields], [422, { body: 'invalid_type' }]);
    assert.equal((await availability(event.id)).remaining, 100);
  });

  it('accepts quantity-0 lines next to others, optional fields and merged duplicate lines', async () => {
    const event = await createEvent(server.endpoint);
    const { status, body } = await reserve(server.endpoint, reservationBody(event.id, {
      tickets: [{ offerId: 'normal', quantity: 1 }, { offerId: 'reduced', quantity: 0 }, { offerId: 'normal', quantity: 2 }],
      phone: '+49 (0)6421 / 123-45', message: 'Rollstuhlplatz, bitte', newsletter: true,
    }));
    assert.equal(status, 201);
    assert.deepEqual(body.tickets, [{ offerId: 'normal', name: 'Normal', quantity: 3, price: 15 }]);
  });

  it('refuses malformed JSON (400), other content types (415) and oversized bodies (413)', async () => {
    const event = await createEvent(server.endpoint);
    const malformed = await reserve(server.endpoint, '{"eventId": "x", ');
    assert.deepEqual([malformed.status, malformed.body.error], [400, 'invalid_json']);
    const text = await reserve(server.endpoint, JSON.stringify(reservationBody(event.id)), { headers: { 'Content-Type': 'text/plain' } });
    assert.deepEqual([text.status, text.body.error], [415, 'unsupported_media_type']);
    const form = await reserve(server.endpoint, 'eventId=x', { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(form.status, 415);
    const huge = await reserve(server.endpoint, reservationBody(event.id, { message: 'x'.repeat(200_000) }));
    assert.deepEqual([huge.status, huge.body.error], [413, 'payload_too_large']);
    assert.equal((await availability(event.id)).remaining, 100);
  });

  it('answers deeply nested JSON with field codes, and ignores unknown fields however deep', async () => {
    const event = await createEvent(server.endpoint);
    const deepArray = await reserve(server.endpoint, `${'['.repeat(5000)}${']'.repeat(5000)}`);
    assert.deepEqual([deepArray.status, deepArray.body.fields], [422, { body: 'invalid_type' }]);
    const deepObject = await reserve(server.endpoint, `${'{"a":'.repeat(2500)}1${'}'.repeat(2500)}`);
    assert.equal(deepObject.status, 422);
    const valid = JSON.stringify(reservationBody(event.id));
    const withExtra = await reserve(server.endpoint, `${valid.slice(0, -1)},"extra":${'['.repeat(4000)}${']'.repeat(4000)}}`);
    assert.equal(withExtra.status, 201);
  });

  it('refuses an oversized chunked body without a Content-Length', async () => {
    const status = await new Promise((resolve, reject) => {
      const url = new URL(`${server.endpoint}/reservations`);
      const req = request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'chunked-oversized-1', 'Transfer-Encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      for (let i = 0; i < 20; i++) req.write('x'.repeat(1024));
      req.end();
    });
    assert.equal(status, 413);
  });

  it('stores SQL injection and script strings verbatim, without invisible characters', async () => {
    const event = await createEvent(server.endpoint);
    const name = `Robert'); DROP TABLE reservations;-- <script>alert("x")</script>`;
    const message = `' OR '1'='1 <img src=x onerror=alert(1)> \u0000 \u202e ünïcödé 🎫`;
    const created = await reserve(server.endpoint, reservationBody(event.id, { name, message, email: "o'brien+tickets@example.org" }));
    assert.equal(created.status, 201);
    const own = await getJson(created.body.cancelUrl);
    assert.equal(own.status, 200);
    assert.equal(own.body.name, name);
    assert.equal(own.body.email, "o'brien+tickets@example.org");
    const admin = await getJson(`${server.endpoint}/admin/events/${event.id}/reservations`, { Authorization: 'Bearer test-admin-token' });
    assert.equal(admin.body.reservations[0].name, name);
    // NUL and the right-to-left override are removed (domain/text.ts); everything visible stays.
    assert.equal(admin.body.reservations[0].message, message.replace('\u0000', '').replace('\u202e', ''));
    assert.equal((await availability(event.id)).remaining, 99); // the table is still there
  });

  it('lets the owner read the reservation with the token, nobody else', async () => {
    const event = await createEvent(server.endpoint);
    const { body } = await reserve(server.endpoint, reservationBody(event.id));
    const own = await getJson(body.cancelUrl);
    assert.equal(own.status, 200);
    assert.equal(own.body.code, body.code);
    assert.equal(own.body.status, 'confirmed');
    assert.equal(own.body.event.title, event.title);
    assert.equal(own.body.cancelUrl, body.cancelUrl);
    const base = `${server.endpoint}/reservations/${body.code}`;
    assert.equal((await getJson(base)).status, 404);
    assert.equal((await getJson(`${base}?token=wrong`)).status, 404);
    assert.equal((await getJson(`${server.endpoint}/reservations/ZH-2222-2222?token=x`)).status, 404);
    assert.equal((await getJson(`${server.endpoint}/reservations/%E0%A4%A?token=x`)).status, 404);
    const wrongDelete = await fetch(`${base}?token=wrong`, { method: 'DELETE' });
    assert.equal(wrongDelete.status, 404);
    assert.equal((await availability(event.id)).remaining, 99);
  });

  it('cancels through the cancel link and releases the seats, also per category', async () => {
    const event = await createEvent(server.endpoint, {
      capacity: 10, onlineQuota: 10,
      offers: [{ id: 'normal', name: 'Normal', price: 15, currency: 'EUR' }, { id: 'reduced', name: 'ermäßigt', price: 10, currency: 'EUR', capacity: 4 }],
    });
    const { body } = await reserve(server.endpoint, reservationBody(event.id, { tickets: [{ offerId: 'normal', quantity: 6 }, { offerId: 'reduced', quantity: 4 }] }));
    assert.equal((await availability(event.id)).status, 'soldout');
    assert.equal((await reserve(server.endpoint, reservationBody(event.id))).body.error, 'sold_out');
    const cancelled = await fetch(body.cancelUrl, { method: 'DELETE' });
    assert.equal(cancelled.status, 200);
    assert.equal((await cancelled.json()).status, 'cancelled');
    const after = await availability(event.id);
    assert.equal(after.remaining, 10);
    assert.deepEqual(after.offers, [{ id: 'normal', remaining: 10 }, { id: 'reduced', remaining: 4 }]);
    // Cancelling again changes nothing.
    const again = await fetch(body.cancelUrl, { method: 'DELETE' });
    assert.equal(again.status, 200);
    assert.equal((await availability(event.id)).remaining, 10);
    assert.equal((await getJson(body.cancelUrl)).body.status, 'cancelled');
    assert.equal((await reserve(server.endpoint, reservationBody(event.id, { tickets: [{ offerId: 'reduced', quantity: 4 }] }))).status, 201);
  });

  it('refuses cancellation once the event has started', async () => {
    const event = await createEvent(server.endpoint, { start: inDays(1) });
    const { body } = await reserve(server.endpoint, reservationBody(event.id));
    clock.offsetMs = 2 * 86_400_000;
    try {
      const response = await fetch(body.cancelUrl, { method: 'DELETE' });
      assert.equal(response.status, 409);
      assert.equal((await response.json()).error, 'cancellation_closed');
    } finally {
      clock.offsetMs = 0;
    }
  });

  it('reports closed once the close time passes, and open again when the clock is set back', async () => {
    const event = await createEvent(server.endpoint, { start: inDays(3), closesAt: inDays(1) });
    assert.equal((await availability(event.id)).status, 'available');
    clock.offsetMs = 2 * 86_400_000;
    try {
      assert.equal((await availability(event.id)).status, 'closed');
      assert.equal((await reserve(server.endpoint, reservationBody(event.id))).body.error, 'closed');
    } finally {
      clock.offsetMs = 0;
    }
    assert.equal((await availability(event.id)).status, 'available');
  });

  it('refuses with 409 when sold out, insufficient, closed or cancelled', async () => {
    const small = await createEvent(server.endpoint, { capacity: 50, onlineQuota: 3 });
    const insufficient = await reserve(server.endpoint, reservationBody(small.id, { tickets: [{ offerId: 'normal', quantity: 4 }] }));
    assert.deepEqual([insufficient.status, insufficient.body.error, insufficient.body.remaining], [409, 'insufficient', 3]);
    assert.equal((await reserve(server.endpoint, reservationBody(small.id, { tickets: [{ offerId: 'normal', quantity: 3 }] }))).status, 201);
    const soldOut = await reserve(server.endpoint, reservationBody(small.id));
    assert.deepEqual([soldOut.status, soldOut.body.error, soldOut.body.remaining], [409, 'sold_out', 0]);
    assert.equal((await availability(small.id)).status, 'online_soldout');

    const closed = await createEvent(server.endpoint, { start: inDays(1), closesAt: inDays(-1) });
    const closedAnswer = await reserve(server.endpoint, reservationBody(closed.id));
    assert.deepEqual([closedAnswer.status, closedAnswer.body.error], [409, 'closed']);

    const soon = await createEvent(server.endpoint, { start: new Date(Date.now() + 60 * 60_000).toISOString() });
    assert.equal((await reserve(server.endpoint, reservationBody(soon.id))).body.error, 'closed', 'closes 120 minutes before the start');

    const cancelled = await createEvent(server.endpoint, { status: 'cancelled' });
    const cancelledAnswer = await reserve(server.endpoint, reservationBody(cancelled.id));
    assert.deepEqual([cancelledAnswer.status, cancelledAnswer.body.error], [409, 'cancelled']);
  });

  it('answers a filled honeypot like a success but stores nothing', async () => {
    const event = await createEvent(server.endpoint);
    const { status, body } = await reserve(server.endpoint, reservationBody(event.id, { website: 'https://spam.example' }));
    assert.equal(status, 201);
    assert.equal(body.status, 'confirmed');
    assert.match(body.code, /^ZH-/);
    assert.equal((await availability(event.id)).remaining, 100);
    assert.equal((await getJson(body.cancelUrl)).status, 404);
  });
});
