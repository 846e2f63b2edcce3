// A whole reservation with the shipped script-tag file (dist/cdn, minified, with its lazy chunks)
// under the strict CSP of the issue, Trusted Types required: form, validation, submit,
// confirmation, "In den Kalender" (Blob download), the lazily loaded confirmation view and
// English texts. The widget talks to the real reference backend, proxied under the page's origin
// so that `connect-src 'self'` allows it, as a centre serving widget and API from one site would.
//
// Run: npm run build && node --test test/e2e/reservation-csp.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage } from './browser.mjs';
import { startServer } from '../../server/dist/app.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

describe('<kultur-ticket-reservation> under a strict CSP with Trusted Types', () => {
  let dir;
  let backend;
  let site;
  let browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kultur-csp-'));
    backend = await startServer({ port: 0, databasePath: join(dir, 'db.sqlite'), testHooks: true, seed: 'none', log: false });
    const created = await fetch(`${backend.endpoint}/__test/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id: 'csp-konzert',
        title: 'Konzert unter CSP',
        start: '2099-03-06T20:00:00+01:00',
        capacity: 50,
        offers: [{ id: 'normal', name: 'Normal', price: 15, currency: 'EUR' }],
      }),
    });
    assert.equal(created.status, 201);
    assert.ok(existsSync('dist/cdn/kultur-ticket-reservation.js'), 'run npm run build first');
    const page = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
      <script type="module" src="/dist/cdn/kultur-ticket-reservation.js"></script></head><body>
      <kultur-ticket-reservation endpoint="/api" event-id="csp-konzert" privacy-url="/datenschutz.html"></kultur-ticket-reservation></body></html>`;
    site = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (path.startsWith('/api/')) {
        // Same-origin API: forward to the reference backend.
        const upstream = httpRequest(new URL(req.url, backend.url), { method: req.method, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode, answer.headers);
          answer.pipe(res);
        });
        req.pipe(upstream);
        return;
      }
      const headers = { 'Content-Security-Policy': STRICT_CSP };
      if (/^\/dist\/cdn\/(chunks\/)?[\w.-]+\.js$/.test(path) && existsSync(`.${path}`)) {
        return void res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(readFileSync(`.${path}`));
      }
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      if (path === '/' || path === '/en') return void res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(page(path === '/en' ? 'en' : 'de'));
      res.writeHead(404).end();
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => site.once('listening', resolve));
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    site?.close();
    await backend?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of ['de', 'en']) {
    it(`reserves, confirms and downloads the .ics without a single violation (${lang})`, async () => {
      const origin = `http://127.0.0.1:${site.address().port}`;
      const { context, page, record } = await openPage(browser, `${origin}/${lang === 'en' ? 'en' : ''}`, { contextOptions: { acceptDownloads: true } });
      const shadow = (selector) => page.locator(`kultur-ticket-reservation ${selector}`);
      await shadow('form').waitFor();
      // The minified build keeps the visible text intact (separators are not template whitespace).
      assert.equal((await shadow('label[for="name"]').textContent()).trim(), lang === 'en' ? 'Name *' : 'Name *');
      await shadow('button[type="submit"]').click(); // empty: error summary
      await shadow('.summary').waitFor();
      await shadow('[aria-controls="offer-normal"]:last-child').click();
      await shadow('#name').fill('Erika Mustermann');
      await shadow('#email').fill('erika@example.org');
      await shadow('button[type="submit"]').click();
      await shadow('.code').waitFor();
      const download = page.waitForEvent('download');
      await shadow('.actions button').first().click();
      assert.match((await download).suggestedFilename(), /\.ics$/);
      assert.equal(await shadow('h2').first().textContent(), lang === 'en' ? 'Your tickets are reserved' : 'Ihre Karten sind reserviert');
      // The page really enforces Trusted Types.
      const enforced = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return false;
        } catch {
          return true;
        }
      });
      assert.equal(enforced, true);
      // The widget caused no violation (the probe above may report its own).
      assert.deepEqual(record.violations.filter((v) => !v.startsWith('require-trusted-types-for')), []);
      assert.deepEqual(record.errors.filter((e) => !e.includes('TrustedHTML')), []);
      const foreign = record.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
      assert.deepEqual(foreign, []);
      await context.close();
    });
  }

  it('says so and offers the phone when its submit chunk cannot load, keeps the input and reserves on a retry', async () => {
    const origin = `http://127.0.0.1:${site.address().port}`;
    const { context, page } = await openPage(browser, origin);
    // The chunk starts loading on the first focus in the form: fail it from the start, as a lost connection would.
    const blocked = /\/dist\/cdn\/chunks\/submit-chunk-[\w-]+\.js$/;
    await page.route(blocked, (route) => route.abort('internetdisconnected'));
    const shadow = (selector) => page.locator(`kultur-ticket-reservation ${selector}`);
    await shadow('form').waitFor();
    await page.evaluate(() => {
      const form = document.querySelector('kultur-ticket-reservation');
      form.setAttribute('phone-fallback', '06421 123456');
      form.addEventListener('kultur-reservation-failed', (event) => (window.failed = event.detail));
    });
    await shadow('[aria-controls="offer-normal"]:last-child').click();
    await shadow('#name').fill('Erika Mustermann');
    await shadow('#email').fill('erika@example.org');
    await shadow('button[type="submit"]').click();
    await shadow('.notice').waitFor();
    assert.equal((await shadow('.notice').textContent()).trim(), 'Die Reservierung ist gerade nicht erreichbar.');
    assert.equal(await shadow('a[href^="tel:"]').getAttribute('href'), 'tel:06421123456');
    assert.deepEqual(await page.evaluate(() => window.failed), { eventId: 'csp-konzert', reason: 'network' });
    // Nothing the visitor entered is lost, and the button works again.
    assert.equal(await shadow('#name').inputValue(), 'Erika Mustermann');
    assert.equal(await shadow('#email').inputValue(), 'erika@example.org');
    assert.equal(await shadow('button[type="submit"]').isDisabled(), false);
    // The connection is back: the same submit now loads the chunk and reserves.
    await page.unroute(blocked);
    await shadow('button[type="submit"]').click();
    await shadow('.code').waitFor();
    await context.close();
  });
});
