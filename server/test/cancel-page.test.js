// The cancel link opened in a browser: an HTML page with a no-JavaScript cancel form.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent, getJson, reservationBody, reserve, startTestServer } from './helpers.js';

describe('cancel page', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('shows the reservation as HTML to a browser, escaped, under its own strict CSP', async () => {
    const event = await createEvent(server.endpoint, { title: 'Jazz <script>alert(1)</script> & "Freunde"', start: '2030-12-05T20:00:00+01:00' });
    const { body } = await reserve(server.endpoint, reservationBody(event.id, { tickets: [{ offerId: 'normal', quantity: 2 }] }));
    const page = await fetch(body.cancelUrl, { headers: { Accept: 'text/html,application/xhtml+xml' } });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type'), /^text\/html/);
    const csp = page.headers.get('content-security-policy');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /style-src 'sha256-/);
    assert.doesNotMatch(csp, /unsafe/);
    const html = await page.text();
    assert.ok(html.includes(`Ihre Reservierung ${body.code}`));
    assert.ok(html.includes('Jazz &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;Freunde&#34;'));
    assert.ok(!html.includes('<script'));
    assert.ok(html.includes('Do., 05.12.2030, 20:00 Uhr'));
    assert.ok(html.includes('2 × Normal'));
    assert.ok(html.includes('30,00'));
    assert.ok(html.includes('<form method="post" action="/api/reservations/'));
    // fetch() without an HTML Accept header still gets JSON.
    assert.equal((await getJson(body.cancelUrl)).body.code, body.code);
  });

  it('cancels through the form and shows the result', async () => {
    const event = await createEvent(server.endpoint);
    const { body } = await reserve(server.endpoint, reservationBody(event.id, { tickets: [{ offerId: 'normal', quantity: 3 }] }));
    const token = new URL(body.cancelUrl).searchParams.get('token');
    const wrong = await fetch(`${server.endpoint}/reservations/${body.code}/cancel`, {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'token=wrong', redirect: 'manual',
    });
    assert.equal(wrong.status, 404);
    const posted = await fetch(`${server.endpoint}/reservations/${body.code}/cancel`, {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token }).toString(), redirect: 'manual',
    });
    assert.equal(posted.status, 303);
    assert.equal(new URL(posted.headers.get('location'), server.url).href, body.cancelUrl);
    const html = await (await fetch(body.cancelUrl, { headers: { Accept: 'text/html' } })).text();
    assert.ok(html.includes('storniert'));
    assert.ok(!html.includes('<form'));
    assert.equal((await getJson(`${server.endpoint}/events/${event.id}/availability`)).body.remaining, 100);
  });
});
