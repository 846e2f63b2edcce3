// GET /api/network/events: every centre's events in one feed, each with its centre; filters,
// pages and the ETag.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent, getJson, inDays, startTestServer } from './helpers.js';

describe('network feed', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  const ids = {};
  before(async () => {
    server = await startTestServer();
    for (const [id, name, region] of [['nord', 'Kulturhaus Nord', 'Nordhessen'], ['sued', 'Bahnhof Süd', 'Südhessen']]) {
      await fetch(`${server.endpoint}/__test/centres`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id, name, region, url: `https://${id}.example` }) });
    }
    ids.zollhaus = (await createEvent(server.endpoint, { title: 'Jazz im Zollhaus', start: inDays(3), category: 'Konzert' })).id;
    ids.nordTheater = (await createEvent(`${server.endpoint}/centres/nord`, { title: 'Komödie im Norden', start: inDays(1), category: 'Theater' })).id;
    ids.nordKonzert = (await createEvent(`${server.endpoint}/centres/nord`, { title: 'Blechbläser', start: inDays(20), category: 'Konzert' })).id;
    ids.sued = (await createEvent(`${server.endpoint}/centres/sued`, { title: 'Lesung am Gleis', start: inDays(5), category: 'Lesung', description: 'Geschichten vom Bahnhof' })).id;
  });
  after(() => server.close());

  const feed = async (query = '') => (await getJson(`${server.endpoint}/network/events${query}`)).body;
  const idsOf = (body) => body.events.map((e) => e.id);

  it('lists all centres\' events by start, in the native feed shape, each with its centre', async () => {
    const body = await feed();
    assert.deepEqual(idsOf(body), [ids.nordTheater, ids.zollhaus, ids.sued, ids.nordKonzert]);
    assert.equal(body.total, 4);
    assert.equal(body.next, null);
    const sued = body.events[2];
    assert.deepEqual(sued.centre, { id: 'sued', name: 'Bahnhof Süd', url: 'https://sued.example' });
    assert.equal(sued.title, 'Lesung am Gleis');
    assert.deepEqual(Object.keys(sued.availability), ['remaining', 'capacity']);
    assert.equal(body.events[1].centre.id, 'default');
  });

  it('filters by centre (one or more), region, category, from/to and text', async () => {
    assert.deepEqual(idsOf(await feed('?centre=nord')), [ids.nordTheater, ids.nordKonzert]);
    assert.deepEqual(idsOf(await feed('?centre=nord&centre=sued')), [ids.nordTheater, ids.sued, ids.nordKonzert]);
    assert.deepEqual(idsOf(await feed('?centre=default,sued')), [ids.zollhaus, ids.sued]);
    assert.deepEqual(idsOf(await feed('?region=S%C3%BCdhessen')), [ids.sued]);
    assert.deepEqual(idsOf(await feed('?category=konzert')), [ids.zollhaus, ids.nordKonzert]);
    assert.deepEqual(idsOf(await feed(`?from=${inDays(2).slice(0, 10)}&to=${inDays(10).slice(0, 10)}`)), [ids.zollhaus, ids.sued]);
    assert.deepEqual(idsOf(await feed('?q=bahnhof')), [ids.sued]);
    assert.deepEqual(idsOf(await feed('?centre=nirgendwo')), []);
  });

  it('pages with limit and offset and links the next page', async () => {
    const first = await feed('?limit=3');
    assert.deepEqual(idsOf(first), [ids.nordTheater, ids.zollhaus, ids.sued]);
    assert.equal(first.total, 4);
    assert.equal(first.next, '/api/network/events?limit=3&offset=3');
    const second = (await getJson(`${server.url}${first.next}`)).body;
    assert.deepEqual([idsOf(second), second.next], [[ids.nordKonzert], null]);
    const bad = await getJson(`${server.endpoint}/network/events?limit=1000&from=gestern`);
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.fields, { from: 'invalid_date', limit: 'invalid_number' });
  });

  it('answers 304 to If-None-Match until a seat is reserved', async () => {
    const first = await fetch(`${server.endpoint}/network/events`);
    const etag = first.headers.get('etag');
    await first.arrayBuffer();
    assert.equal((await fetch(`${server.endpoint}/network/events`, { headers: { 'If-None-Match': etag } })).status, 304);
    const reserved = await fetch(`${server.endpoint}/centres/sued/reservations`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'network-etag-1' },
      body: JSON.stringify({ eventId: ids.sued, tickets: [{ offerId: 'normal', quantity: 1 }], name: 'Erika Beispiel', email: 'erika@example.org', website: '' }),
    });
    assert.equal(reserved.status, 201);
    const after = await fetch(`${server.endpoint}/network/events`, { headers: { 'If-None-Match': etag } });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('etag'), etag);
  });
});
