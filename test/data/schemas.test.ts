import { expect } from '@open-wc/testing';
import { newBackend } from '../helpers/backend.js';
import { validate } from './json-schema-lite.js';

const json = async (url: string) => (await fetch(url)).json();
const schema = (name: string) => json(`/schemas/${name}.schema.json`);

describe('JSON Schemas of the contracts (schemas/)', () => {
  it('are draft 2020-12 documents with an $id inside the package', async () => {
    for (const name of ['events-feed', 'availability', 'reservation-request', 'reservation']) {
      const s = await schema(name);
      expect(s.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect(s.$id).to.equal(`https://unpkg.com/kultur-widgets/schemas/${name}.schema.json`);
    }
  });

  it('accept the example feeds and name what is wrong in the broken ones', async () => {
    const feed = await schema('events-feed');
    expect(validate(feed, await json('/test/fixtures/feeds/native-basic.json'))).to.deep.equal([]);
    expect(validate(feed, await json('/test/fixtures/feeds/xss-native.json')).some((e) => e.includes('.url'))).to.equal(true);
    const odd = validate(feed, await json('/test/fixtures/feeds/native-odd.json'));
    expect(odd).to.include('$[0]: missing required "title"');
    expect(odd).to.include('$[2].start: matches none of anyOf');
    expect(validate(feed, { events: 'none' })).not.to.deep.equal([]);
  });

  it('describe what the reference backend really sends and accepts', async () => {
    const { endpoint } = await newBackend({ seed: 'demo' });
    const events = await json(`${endpoint}/events`);
    expect(validate(await schema('events-feed'), events)).to.deep.equal([]);

    const event = events.events.find((e: { reservable: boolean }) => e.reservable);
    const availability = await json(`${endpoint}/events/${encodeURIComponent(event.id)}/availability`);
    expect(validate(await schema('availability'), availability)).to.deep.equal([]);

    const request = {
      eventId: event.id,
      tickets: [{ offerId: event.offers[0].id, quantity: 2 }],
      name: 'Erika Beispiel',
      email: 'erika@example.org',
      newsletter: false,
      website: '',
    };
    expect(validate(await schema('reservation-request'), request)).to.deep.equal([]);
    const post = (body: unknown) =>
      fetch(`${endpoint}/reservations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify(body),
      });
    const created = await post(request);
    expect(created.status).to.equal(201);
    const reservationSchema = await schema('reservation');
    expect(validate(reservationSchema, await created.json())).to.deep.equal([]);

    const invalid = await post({ ...request, email: 'keine-adresse' });
    expect(invalid.status).to.equal(422);
    expect(validate(reservationSchema.$defs.error, await invalid.json(), reservationSchema)).to.deep.equal([]);
  });
});
