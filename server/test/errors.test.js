// Error answers not covered elsewhere: the cancel form's content type, the test hook's validation,
// and a failure inside the server (500 with the usual error body, no details leaked).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEvent, getJson, reservationBody, reserve, startTestServer } from './helpers.js';

describe('error answers', () => {
  it('415 for a cancel form that is not form-encoded', async () => {
    const server = await startTestServer();
    try {
      const event = await createEvent(server.endpoint);
      const { body } = await reserve(server.endpoint, reservationBody(event.id));
      const response = await fetch(`${server.endpoint}/reservations/${body.code}/cancel`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}',
      });
      assert.equal(response.status, 415);
      assert.equal((await response.json()).error, 'unsupported_media_type');
    } finally {
      await server.close();
    }
  });

  it('422 with field codes for an unusable test event, and for a duplicate id', async () => {
    const server = await startTestServer();
    try {
      const post = (body) => fetch(`${server.endpoint}/__test/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const bad = await post({ id: '', start: 'tomorrow', capacity: -1, offers: [{ id: 1 }] });
      assert.equal(bad.status, 422);
      assert.deepEqual((await bad.json()).fields, { id: 'required', title: 'required', start: 'required', capacity: 'invalid_quantity', onlineQuota: 'invalid_quantity', offers: 'invalid_type' });
      const event = await createEvent(server.endpoint);
      const duplicate = await post({ id: event.id, title: 'x', start: event.start });
      assert.equal(duplicate.status, 422);
      assert.deepEqual((await duplicate.json()).fields, { id: 'duplicate' });
    } finally {
      await server.close();
    }
  });

  it('500 internal_error when the database fails, without details', async () => {
    const server = await startTestServer();
    const originalError = console.error;
    const logged = [];
    console.error = (...args) => logged.push(args.join(' '));
    try {
      server.app.store.close();
      const { status, body } = await getJson(`${server.endpoint}/events`);
      assert.equal(status, 500);
      assert.equal(body.error, 'internal_error');
      assert.doesNotMatch(JSON.stringify(body), /database|sqlite/i);
      assert.equal(logged.length, 1, 'logged once for the operator');
    } finally {
      console.error = originalError;
      await server.close();
    }
  });
});
