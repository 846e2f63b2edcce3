// Events feed, single event and availability states over real HTTP.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent, getJson, inDays, reservationBody, reserve, startTestServer } from './helpers.js';

describe('events and availability', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('serves the native feed with offers, availability and absolute image URLs', async () => {
    const created = await createEvent(server.endpoint, { image: '/images/konzert.svg' });
    const { status, headers, body } = await getJson(`${server.endpoint}/events`);
    assert.equal(status, 200);
    assert.match(headers.get('content-type'), /^application\/json/);
    const event = body.events.find((e) => e.id === created.id);
    assert.equal(event.title, created.title);
    assert.equal(event.status, 'scheduled');
    assert.equal(event.allDay, false);
    assert.deepEqual(event.offers, [
      { id: 'normal', name: 'Normal', price: 15, currency: 'EUR' },
      { id: 'reduced', name: 'ermäßigt', price: 10, currency: 'EUR' },
    ]);
    assert.deepEqual(event.availability, { remaining: 100, capacity: 100 });
    assert.equal(event.reservable, true);
    assert.equal(event.image, `${server.url}/images/konzert.svg`);
  });

  it('answers If-None-Match with 304 until a seat is reserved', async () => {
    const event = await createEvent(server.endpoint);
    const first = await fetch(`${server.endpoint}/events`);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(`${server.endpoint}/events`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal((await reserve(server.endpoint, reservationBody(event.id))).status, 201);
    const changed = await fetch(`${server.endpoint}/events`, { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
  });

  it('serves one event and 404 for an unknown one', async () => {
    const event = await createEvent(server.endpoint);
    assert.equal((await getJson(`${server.endpoint}/events/${event.id}`)).body.id, event.id);
    const missing = await getJson(`${server.endpoint}/events/nope`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error, 'not_found');
    assert.equal(typeof missing.body.message, 'string');
    assert.equal((await getJson(`${server.endpoint}/events/nope/availability`)).status, 404);
  });

  it('reports every availability state', async () => {
    const state = async (overrides, seats = 0) => {
      const event = await createEvent(server.endpoint, { maxPerOrder: 100, ...overrides });
      if (seats > 0) assert.equal((await reserve(server.endpoint, reservationBody(event.id, { tickets: [{ offerId: 'normal', quantity: seats }] }))).status, 201);
      return (await getJson(`${server.endpoint}/events/${event.id}/availability`)).body;
    };
    const available = await state({});
    assert.equal(available.status, 'available');
    assert.equal(available.remaining, 100);
    assert.deepEqual(available.offers, [{ id: 'normal', remaining: 100 }, { id: 'reduced', remaining: 100 }]);
    assert.equal(typeof available.closesAt, 'string');
    assert.equal((await state({}, 95)).status, 'few');
    const online = await state({ capacity: 50, onlineQuota: 20 }, 20);
    assert.equal(online.status, 'online_soldout');
    assert.equal(online.remaining, 0);
    assert.equal((await state({ capacity: 30, onlineQuota: 20, soldBoxOffice: 10 }, 20)).status, 'soldout');
    assert.equal((await state({ closesAt: inDays(-1) })).status, 'closed');
    assert.equal((await state({ start: inDays(-1) })).status, 'closed');
    assert.equal((await state({ status: 'cancelled' })).status, 'cancelled');
    assert.equal((await state({ status: 'soldout' })).status, 'soldout', 'test hook: a hall sold at the box office');
  });

  it('limits a category by its own capacity and the event remaining', async () => {
    const event = await createEvent(server.endpoint, {
      capacity: 30,
      onlineQuota: 30,
      offers: [
        { id: 'normal', name: 'Normal', price: 15, currency: 'EUR' },
        { id: 'reduced', name: 'ermäßigt', price: 10, currency: 'EUR', capacity: 5 },
      ],
    });
    const { body } = await getJson(`${server.endpoint}/events/${event.id}/availability`);
    assert.deepEqual(body.offers, [{ id: 'normal', remaining: 30 }, { id: 'reduced', remaining: 5 }]);
    const tooMany = await reserve(server.endpoint, reservationBody(event.id, { tickets: [{ offerId: 'reduced', quantity: 6 }] }));
    assert.equal(tooMany.status, 409);
    assert.equal(tooMany.body.error, 'insufficient');
    assert.deepEqual(tooMany.body.offers, [{ id: 'normal', remaining: 30 }, { id: 'reduced', remaining: 5 }]);
  });

  it('marks a sold-out hall as soldout in the feed', async () => {
    const event = await createEvent(server.endpoint, { capacity: 10, onlineQuota: 10 });
    await reserve(server.endpoint, reservationBody(event.id, { tickets: [{ offerId: 'normal', quantity: 10 }] }));
    const { body } = await getJson(`${server.endpoint}/events/${event.id}`);
    assert.equal(body.status, 'soldout');
    assert.equal(body.reservable, false);
  });

  it('answers 405 with Allow for a wrong method and 404 for unknown API paths', async () => {
    const response = await fetch(`${server.endpoint}/events`, { method: 'DELETE' });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'GET');
    assert.equal((await response.json()).error, 'method_not_allowed');
    assert.equal((await getJson(`${server.endpoint}/nothing-here`)).status, 404);
  });
});

describe('demo seed', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  before(async () => {
    server = await startTestServer({ seed: 'demo' });
  });
  after(() => server.close());

  it('has three months of programme with every kind of event and state', async () => {
    const { body } = await getJson(`${server.endpoint}/events`);
    const events = body.events;
    assert.ok(events.length >= 25, `${events.length} events`);
    const categories = new Set(events.map((e) => e.category));
    for (const category of ['Konzert', 'Theater', 'Lesung', 'Kino', 'Kinder']) assert.ok(categories.has(category), category);
    const lastStart = Date.parse(events.at(-1).start);
    assert.ok(lastStart - Date.now() > 80 * 86_400_000 && lastStart - Date.now() < 100 * 86_400_000);
    assert.ok(events.some((e) => e.status === 'cancelled'));
    assert.ok(events.some((e) => e.free === true || e.offers.some((o) => o.price === 0)));
    assert.ok(events.some((e) => e.allDay === true));
    assert.ok(events.every((e) => !e.image || e.image.startsWith(server.url)));
    const states = await Promise.all(events.map(async (e) => (await getJson(`${server.endpoint}/events/${e.id}/availability`)).body.status));
    for (const expected of ['available', 'few', 'online_soldout', 'soldout', 'closed', 'cancelled']) assert.ok(states.includes(expected), expected);
    assert.ok(events.every((e) => e.offers.every((o) => o.currency === 'EUR')));
    assert.ok(events.some((e) => e.offers.length === 2 && e.offers[1].price < e.offers[0].price));
  });

  it('has a membership directory with active, suspended, ended and website-bound members', async () => {
    const { body } = await getJson(`${server.endpoint}/memberships`);
    assert.equal(body.network.name, 'LAKS Hessen e.V.');
    assert.equal(body.network.logo, `${server.url}/images/laks-hessen.svg`);
    const statuses = body.members.map((m) => m.status);
    for (const status of ['active', 'suspended', 'ended']) assert.ok(statuses.includes(status), status);
    assert.ok(body.members.some((m) => Array.isArray(m.websites)));
    const zollhaus = await getJson(`${server.endpoint}/memberships/zollhaus`);
    assert.equal(zollhaus.status, 200);
    assert.equal(zollhaus.body.member.name, 'Kulturzentrum Zollhaus');
    assert.equal(zollhaus.body.network.id, 'laks-hessen');
    assert.equal((await getJson(`${server.endpoint}/memberships/unknown`)).status, 404);
  });

  it('has a network of four centres: the Zollhaus as the default, three more with their own programme', async () => {
    const { body } = await getJson(`${server.endpoint}/centres`);
    assert.equal(body.centres.length, 4);
    assert.deepEqual([body.centres[0].id, body.centres[0].name], ['default', 'Kulturzentrum Zollhaus']);
    const zollhaus = (await getJson(`${server.endpoint}/events`)).body.events;
    for (const centre of body.centres.slice(1)) {
      assert.ok(centre.name && centre.town && centre.region && centre.url, centre.id);
      const { events } = (await getJson(`${server.endpoint}/centres/${centre.id}/events`)).body;
      assert.ok(events.length >= 2, centre.id);
      assert.ok(events.every((e) => e.location.name === centre.name && !zollhaus.some((z) => z.id === e.id)), centre.id);
    }
  });
});
