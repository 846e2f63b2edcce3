// Idempotency-Key on POST /api/reservations: required, replayed, bound to its body, 409 while running.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createEvent, getJson, reservationBody, reserve, startTestServer } from './helpers.js';

describe('idempotency', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  before(async () => {
    server = await startTestServer({ adminToken: 'test-admin-token' });
  });
  after(() => server.close());

  const reservations = async (eventId) =>
    (await getJson(`${server.endpoint}/admin/events/${eventId}/reservations`, { Authorization: 'Bearer test-admin-token' })).body.reservations;

  it('requires a well-formed key', async () => {
    const event = await createEvent(server.endpoint);
    const missing = await reserve(server.endpoint, reservationBody(event.id), { key: null });
    assert.deepEqual([missing.status, missing.body.error], [400, 'idempotency_key_required']);
    const short = await reserve(server.endpoint, reservationBody(event.id), { key: 'abc' });
    assert.deepEqual([short.status, short.body.error], [400, 'invalid_idempotency_key']);
    assert.equal((await reservations(event.id)).length, 0);
  });

  it('replays the stored answer for the same key and body, sequentially', async () => {
    const event = await createEvent(server.endpoint);
    const key = randomUUID();
    const body = reservationBody(event.id, { tickets: [{ offerId: 'normal', quantity: 2 }] });
    const first = await reserve(server.endpoint, body, { key });
    assert.equal(first.status, 201);
    // The same request with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    for (const again of [body, reordered, body]) {
      const replay = await reserve(server.endpoint, again, { key });
      assert.equal(replay.status, 201);
      assert.deepEqual(replay.body, first.body);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    }
    assert.equal((await reservations(event.id)).length, 1);
    assert.equal((await getJson(`${server.endpoint}/events/${event.id}/availability`)).body.remaining, 98);
  });

  it('answers 422 for the same key with another body', async () => {
    const event = await createEvent(server.endpoint);
    const key = randomUUID();
    assert.equal((await reserve(server.endpoint, reservationBody(event.id), { key })).status, 201);
    const other = await reserve(server.endpoint, reservationBody(event.id, { tickets: [{ offerId: 'normal', quantity: 3 }] }), { key });
    assert.deepEqual([other.status, other.body.error], [422, 'idempotency_mismatch']);
    assert.equal((await reservations(event.id)).length, 1);
  });

  it('leaves the key usable after a refused attempt (the form corrects and retries with it)', async () => {
    const event = await createEvent(server.endpoint, { capacity: 3, onlineQuota: 3 });
    const key = randomUUID();
    const tooMany = await reserve(server.endpoint, reservationBody(event.id, { tickets: [{ offerId: 'normal', quantity: 4 }] }), { key });
    assert.equal(tooMany.status, 409);
    const invalid = await reserve(server.endpoint, reservationBody(event.id, { email: 'nope' }), { key });
    assert.equal(invalid.status, 422);
    const corrected = await reserve(server.endpoint, reservationBody(event.id, { tickets: [{ offerId: 'normal', quantity: 3 }] }), { key });
    assert.equal(corrected.status, 201);
  });

  it('creates one reservation for concurrent replays of one key', async () => {
    const event = await createEvent(server.endpoint);
    const key = randomUUID();
    const body = reservationBody(event.id, { tickets: [{ offerId: 'normal', quantity: 2 }] });
    let answers = await Promise.all(Array.from({ length: 20 }, () => reserve(server.endpoint, body, { key })));
    for (const answer of answers) {
      assert.ok(answer.status === 201 || (answer.status === 409 && answer.body.error === 'in_progress'), `${answer.status} ${JSON.stringify(answer.body)}`);
      if (answer.status === 409) assert.equal(answer.headers.get('retry-after'), '1');
    }
    // Retrying the 409s (as a client honouring Retry-After would) gives the same reservation.
    answers = await Promise.all(answers.map((a) => (a.status === 409 ? reserve(server.endpoint, body, { key }) : a)));
    const codes = new Set(answers.map((a) => a.body.code));
    assert.equal(codes.size, 1);
    assert.ok(answers.every((a) => a.status === 201));
    assert.equal((await reservations(event.id)).length, 1);
    assert.equal((await getJson(`${server.endpoint}/events/${event.id}/availability`)).body.remaining, 98);
  });

  it('answers 409 with Retry-After while the first request with the key is still arriving', async () => {
    const event = await createEvent(server.endpoint);
    const key = randomUUID();
    const text = JSON.stringify(reservationBody(event.id));
    let resolveFirst;
    const firstDone = new Promise((resolve) => (resolveFirst = resolve));
    const slow = request(new URL(`${server.endpoint}/reservations`), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, 'Content-Length': Buffer.byteLength(text) },
    }, (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolveFirst({ status: res.statusCode, body: JSON.parse(data) }));
    });
    slow.write(text.slice(0, 10));
    // Wait until the server has the first request's headers (its key is running).
    while (!server.app.runningKeys.has(key)) await new Promise((resolve) => setTimeout(resolve, 10));
    const second = await reserve(server.endpoint, reservationBody(event.id), { key });
    assert.deepEqual([second.status, second.body.error, second.headers.get('retry-after')], [409, 'in_progress', '1']);
    slow.end(text.slice(10));
    const first = await firstDone;
    assert.equal(first.status, 201);
    const third = await reserve(server.endpoint, reservationBody(event.id), { key });
    assert.deepEqual(third.body, first.body);
    assert.equal((await reservations(event.id)).length, 1);
  });

  it('frees the key when the client gives up while sending the body', async () => {
    const event = await createEvent(server.endpoint);
    const key = randomUUID();
    const text = JSON.stringify(reservationBody(event.id));
    const aborted = request(new URL(`${server.endpoint}/reservations`), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, 'Content-Length': Buffer.byteLength(text) },
    });
    aborted.on('error', () => {});
    aborted.write(text.slice(0, 10));
    while (!server.app.runningKeys.has(key)) await new Promise((resolve) => setTimeout(resolve, 10));
    aborted.destroy();
    while (server.app.runningKeys.has(key)) await new Promise((resolve) => setTimeout(resolve, 10));
    const retry = await reserve(server.endpoint, reservationBody(event.id), { key });
    assert.equal(retry.status, 201);
    assert.equal((await reservations(event.id)).length, 1);
  });

  it('stores the reservation before a delayed answer, so a retry gets the same one (X-Test-Delay-Ms)', async () => {
    const event = await createEvent(server.endpoint);
    const key = randomUUID();
    const body = reservationBody(event.id);
    let slowAnswered = false;
    const slow = reserve(server.endpoint, body, { key, headers: { 'X-Test-Delay-Ms': '3000' } }).then((answer) => {
      slowAnswered = true;
      return answer;
    });
    while ((await getJson(`${server.endpoint}/events/${event.id}/availability`)).body.remaining === 100) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // The client gave up waiting and retries with the same key: the stored answer comes at once.
    const retry = await reserve(server.endpoint, body, { key });
    assert.equal(slowAnswered, false, 'the retry is answered while the first answer is still delayed');
    assert.equal(retry.status, 201);
    const first = await slow;
    assert.equal(first.status, 201);
    assert.equal(first.body.code, retry.body.code);
    assert.equal((await reservations(event.id)).length, 1);
  });
});
