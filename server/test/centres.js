// @ts-check
// Centres over HTTP, as a suite each engine runs: the list, a centre's API base, 404 for an unknown
// centre, and isolation: one centre's codes and cancel tokens never open another's reservation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent, getJson, reservationBody, reserve } from './helpers.js';

const centre = (id, name, town, region) => ({ id, name, town, region, url: `https://${id}.example`, logo: `/images/${id}.svg` });

/**
 * @param {string} engine
 * @param {() => Promise<{ url: string, endpoint: string, close: () => Promise<void> }>} start  a server with test hooks on an empty database
 */
export function describeCentres(engine, start) {
  describe(`centres: ${engine}`, () => {
    /** @type {Awaited<ReturnType<typeof start>>} */
    let server;
    const api = (id) => `${server.endpoint}/centres/${id}`;
    before(async () => {
      server = await start();
      for (const c of [centre('nord', 'Kulturhaus Nord', 'Nordheim', 'Nordhessen'), centre('sued', 'Bahnhof Süd', 'Südstadt', 'Südhessen')]) {
        const answer = await fetch(`${server.endpoint}/__test/centres`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(c) });
        assert.equal(answer.status, 201);
      }
    });
    after(() => server.close());

    it('lists the centres, the default first, with id, name, town, region, url and logo', async () => {
      const { status, body } = await getJson(`${server.endpoint}/centres`);
      assert.equal(status, 200);
      assert.deepEqual(body.centres.map((c) => c.id), ['default', 'sued', 'nord']); // by name: Bahnhof Süd, Kulturhaus Nord
      const nord = body.centres.find((c) => c.id === 'nord');
      assert.deepEqual(Object.keys(nord).sort(), ['id', 'logo', 'name', 'region', 'town', 'url']);
      assert.equal(nord.logo, `${server.url}/images/nord.svg`);
      assert.equal((await getJson(api('nord'))).body.name, 'Kulturhaus Nord');
    });

    it('answers 404 in the usual shape for an unknown centre, on every route', async () => {
      for (const path of ['', '/events', '/events/x/availability', '/reservations/ZH-AAAA-AAAA?token=x']) {
        const { status, body } = await getJson(`${api('nirgendwo')}${path}`);
        assert.equal(status, 404, path);
        assert.equal(body.error, 'not_found');
        assert.equal(typeof body.message, 'string');
      }
      assert.equal((await reserve(api('nirgendwo'), reservationBody('x'))).status, 404);
    });

    it('serves the default centre at /api and at /api/centres/default', async () => {
      const event = await createEvent(server.endpoint);
      const [plain, scoped] = [await getJson(`${server.endpoint}/events`), await getJson(`${api('default')}/events`)];
      assert.deepEqual(scoped.body, plain.body);
      assert.ok(plain.body.events.some((e) => e.id === event.id));
      assert.equal((await getJson(`${api('nord')}/events`)).body.events.length, 0);
    });

    it('keeps a reservation inside its centre: code and token open it nowhere else', async () => {
      const event = await createEvent(api('nord'));
      const made = await reserve(api('nord'), reservationBody(event.id, { tickets: [{ offerId: 'normal', quantity: 2 }] }));
      assert.equal(made.status, 201);
      const cancelUrl = new URL(made.body.cancelUrl);
      assert.equal(cancelUrl.pathname, `/api/centres/nord/reservations/${made.body.code}`);
      const token = cancelUrl.searchParams.get('token');
      const code = encodeURIComponent(made.body.code);

      for (const other of [server.endpoint, api('sued')]) {
        assert.equal((await getJson(`${other}/events/${event.id}`)).status, 404, `event at ${other}`);
        assert.equal((await getJson(`${other}/events/${event.id}/availability`)).status, 404, `availability at ${other}`);
        assert.deepEqual((await reserve(other, reservationBody(event.id))).body.fields, { eventId: 'unknown_event' });
        assert.equal((await getJson(`${other}/reservations/${code}?token=${token}`)).status, 404, `GET at ${other}`);
        assert.equal((await fetch(`${other}/reservations/${code}?token=${token}`, { method: 'DELETE' })).status, 404, `DELETE at ${other}`);
        const form = await fetch(`${other}/reservations/${code}/cancel`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `token=${token}`, redirect: 'manual' });
        assert.equal(form.status, 404, `cancel form at ${other}`);
      }
      const own = await getJson(made.body.cancelUrl);
      assert.deepEqual([own.status, own.body.status], [200, 'confirmed']);
      assert.equal((await getJson(`${api('nord')}/events/${event.id}/availability`)).body.remaining, 98);

      const form = await fetch(`${api('nord')}/reservations/${code}/cancel`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `token=${token}`, redirect: 'manual' });
      assert.equal(form.status, 303);
      assert.equal(form.headers.get('location'), `/api/centres/nord/reservations/${code}?token=${token}`);
      assert.equal((await getJson(`${api('nord')}/events/${event.id}/availability`)).body.remaining, 100);
    });
  });
}
