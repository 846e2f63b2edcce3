// Box-office API: off without a token, bearer-protected, JSON and CSV door list.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent, getJson, reservationBody, reserve, startTestServer } from './helpers.js';

describe('admin API', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  const auth = { Authorization: 'Bearer s3cret-box-office-token' };
  before(async () => {
    server = await startTestServer({ adminToken: 's3cret-box-office-token' });
  });
  after(() => server.close());

  it('is off (404) when no token is configured', async () => {
    const plain = await startTestServer();
    try {
      const event = await createEvent(plain.endpoint);
      const answer = await getJson(`${plain.endpoint}/admin/events/${event.id}/reservations`, { Authorization: 'Bearer anything' });
      assert.equal(answer.status, 404);
      assert.equal((await getJson(`${plain.endpoint}/admin/events`)).status, 404);
    } finally {
      await plain.close();
    }
  });

  it('answers 401 without the right bearer token', async () => {
    const event = await createEvent(server.endpoint);
    for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: 's3cret-box-office-token' }, { Authorization: 'Basic czNjcmV0' }]) {
      const answer = await getJson(`${server.endpoint}/admin/events/${event.id}/reservations`, headers);
      assert.equal(answer.status, 401, JSON.stringify(headers));
      assert.equal(answer.body.error, 'unauthorized');
      assert.match(answer.headers.get('www-authenticate'), /^Bearer/);
    }
  });

  it('lists events with seat counts and an event’s reservations as JSON', async () => {
    const event = await createEvent(server.endpoint, { capacity: 120, onlineQuota: 80, soldBoxOffice: 5 });
    const made = await reserve(server.endpoint, reservationBody(event.id, { tickets: [{ offerId: 'normal', quantity: 2 }, { offerId: 'reduced', quantity: 1 }], phone: '06421 12345' }));
    const list = await getJson(`${server.endpoint}/admin/events`, auth);
    const row = list.body.events.find((e) => e.id === event.id);
    assert.deepEqual(
      { capacity: row.capacity, onlineQuota: row.onlineQuota, reservedOnline: row.reservedOnline, soldBoxOffice: row.soldBoxOffice, remainingOnline: row.remainingOnline, remainingInHall: row.remainingInHall },
      { capacity: 120, onlineQuota: 80, reservedOnline: 3, soldBoxOffice: 5, remainingOnline: 77, remainingInHall: 112 },
    );
    const { status, body } = await getJson(`${server.endpoint}/admin/events/${event.id}/reservations`, auth);
    assert.equal(status, 200);
    assert.equal(body.event.title, event.title);
    assert.equal(body.reservations.length, 1);
    const [reservation] = body.reservations;
    assert.equal(reservation.code, made.body.code);
    assert.equal(reservation.name, 'Erika Beispiel');
    assert.equal(reservation.email, 'erika@example.org');
    assert.equal(reservation.phone, '06421 12345');
    assert.equal(reservation.quantity, 3);
    assert.equal(reservation.total, 40);
    assert.equal(reservation.status, 'confirmed');
    assert.equal((await getJson(`${server.endpoint}/admin/events/nope/reservations`, auth)).status, 404);
  });

  it('prints the door list as CSV, sorted by name, formulas neutralized', async () => {
    const event = await createEvent(server.endpoint);
    await reserve(server.endpoint, reservationBody(event.id, { name: 'Zora Zett', tickets: [{ offerId: 'reduced', quantity: 2 }] }));
    await reserve(server.endpoint, reservationBody(event.id, { name: '=HYPERLINK("http://evil.example")', email: 'a@example.org' }));
    await reserve(server.endpoint, reservationBody(event.id, { name: 'Anna "Anni" Alt; Jr.', message: 'Zeile 1\nZeile 2' }));
    for (const url of [`${server.endpoint}/admin/events/${event.id}/reservations?format=csv`, `${server.endpoint}/admin/events/${event.id}/reservations`]) {
      const response = await fetch(url, { headers: { ...auth, Accept: 'text/csv' } });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type'), /^text\/csv; charset=utf-8/);
      assert.match(response.headers.get('content-disposition'), /attachment; filename="reservierungen-/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for spreadsheet programs');
      const text = new TextDecoder().decode(bytes);
      assert.ok(text.startsWith('Code;Name;E-Mail;Telefon;Karten;Normal;ermäßigt;Betrag;Status;Reserviert am;Nachricht\r\n'));
      const lines = text.trimEnd().split('\r\n');
      assert.equal(lines.length, 4, 'header and three reservations (the message keeps its line break inside quotes)');
      assert.match(lines[1], /^ZH-[^;]+;"'=HYPERLINK\(""http:\/\/evil\.example""\)";a@example\.org;/);
      assert.match(lines[2], /^ZH-[^;]+;"Anna ""Anni"" Alt; Jr\.";erika@example\.org;;1;1;0;15,00;bestätigt;[^;]+;"Zeile 1\nZeile 2"$/);
      assert.match(lines[3], /^ZH-[^;]+;Zora Zett;erika@example\.org;;2;0;2;20,00;bestätigt;/);
    }
  });
});
