// The iframe embed pages (dist/cdn/embed-*.html) in Chromium: options from query and hash, every bad
// value rejected with a warning naming the option, the resize handshake across two origins, and the
// calendar → reservation hand-off inside one iframe on the reference backend.
//
// Run: npm run build && node --test test/e2e/embed-frames.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';
import { ROOT, importBackend, shadowText } from './embed-helpers.mjs';

const FEED = '/test/fixtures/feeds/native-basic.json';
const DIRECTORY = '/test/fixtures/membership/directory.json';

/** Fills the host page's placeholders from its own query (test/e2e/pages/embed-host.html). */
const hostRewrite = (url, body) => {
  if (!url.pathname.endsWith('/embed-host.html')) return undefined;
  const escape = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return body.toString().replace(/\{\{(\w+)\}\}/g, (_, name) => escape(url.searchParams.get(name) ?? 'about:blank'));
};

/** Forwards /api/ and the seed's /images/ to the backend, the rest to the static server: one origin for both. */
function startProxy(apiBase, staticBase) {
  const server = createServer((req, res) => {
    const target = new URL(req.url, /^\/(api|images)\//.test(req.url) ? apiBase : staticBase);
    const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) })));
}

describe('iframe embed pages', () => {
  let host;
  let frames;
  let browser;
  let dir;
  let backend;
  let site; // the embed pages and the backend's API on one origin
  let target; // a reservable event of the seed
  const contexts = [];

  before(async () => {
    assert.ok(existsSync('dist/cdn/embed-calendar.html'), 'run npm run build first');
    host = await startStaticServer({ rewrite: hostRewrite });
    frames = await startStaticServer();
    dir = mkdtempSync(join(tmpdir(), 'kultur-embed-'));
    const startServer = await importBackend();
    backend = await startServer({ port: 0, databasePath: join(dir, 'db.sqlite'), seed: 'demo', staticRoot: ROOT, log: false });
    site = await startProxy(backend.url, frames.url);
    const feed = await (await fetch(`${backend.endpoint}/events`)).json();
    target = (Array.isArray(feed) ? feed : feed.events)
      .filter((e) => e.reservable && e.status === 'scheduled' && Date.parse(e.start) > Date.now() + 86_400_000)
      .find((e) => e.offers?.some((o) => o.id === 'normal'));
    assert.ok(target, 'a reservable event in the seed');
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await host?.close();
    await frames?.close();
    await site?.close();
    await backend?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const open = async (url, contextOptions = {}) => {
    const opened = await openPage(browser, url, { contextOptions });
    contexts.push(opened.context);
    return opened;
  };

  for (const where of ['query', 'hash']) {
    const q = (params) => (where === 'query' ? '?' : '#') + new URLSearchParams(params);

    it(`renders the calendar from the ${where}`, async () => {
      const { page, record } = await open(`${frames.url}/dist/cdn/embed-calendar.html${q({ src: FEED, view: 'list', month: '2026-12', lang: 'en', 'color-accent': '#006400', radius: '2px' })}`);
      const calendar = page.locator('main > kultur-event-calendar');
      await page.waitForFunction(() => /Jazz im Keller/.test(document.querySelector('kultur-event-calendar')?.shadowRoot?.textContent ?? ''));
      assert.equal(await calendar.getAttribute('view'), 'list');
      assert.equal(await calendar.getAttribute('lang'), 'en');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.equal(await page.title(), 'Event calendar');
      assert.equal(await calendar.evaluate((el) => getComputedStyle(el).getPropertyValue('--kultur-color-accent').trim()), '#006400');
      assert.match(await shadowText(calendar), /December 2026/);
      assert.deepEqual(record.warnings.filter((w) => w.startsWith('kultur-embed')), []);
      assert.deepEqual(record.errors, []);
      assert.deepEqual(record.violations, [], 'the page runs under its own strict CSP');
      assert.deepEqual(record.requests.filter((url) => !url.startsWith(frames.url)), [], 'no third-party requests');
    });

    it(`renders the reservation form from the ${where}`, async () => {
      const { page, record } = await open(`${site.url}/dist/cdn/embed-reservation.html${q({ endpoint: '/api', 'event-id': target.id, 'privacy-url': '/datenschutz.html', 'max-tickets': '4', fields: 'phone', lang: 'en' })}`);
      const form = page.locator('main > kultur-ticket-reservation');
      await form.getByRole('heading', { name: target.title }).waitFor();
      assert.equal(await form.getAttribute('max-tickets'), '4');
      assert.equal(await form.locator('#phone').count(), 1, 'the optional phone field');
      assert.equal(await form.locator('a[href="/datenschutz.html"]').count(), 1, 'the privacy link');
      assert.equal(await page.title(), 'Ticket reservation');
      assert.deepEqual(record.errors, []);
      assert.deepEqual(record.violations, []);
    });

    it(`renders the badge from the ${where}`, async () => {
      const { page, record } = await open(`${frames.url}/dist/cdn/embed-badge.html${q({ src: DIRECTORY, member: 'im-puls', variant: 'compact', logo: 'none' })}`);
      const badge = page.locator('main > kultur-membership-badge');
      await page.waitForFunction(() => document.querySelector('kultur-membership-badge')?.shadowRoot?.querySelector('[part~="badge"], [part~="fallback"]'));
      assert.equal(await badge.getAttribute('member'), 'im-puls');
      assert.equal(await badge.getAttribute('variant'), 'compact');
      assert.equal(await page.title(), 'Mitgliedschaft');
      assert.deepEqual(record.errors, []);
      assert.deepEqual(record.violations, []);
    });
  }

  it('rejects every bad value with a warning naming the option, and injects nothing', async () => {
    const attempts = {
      calendar: {
        src: 'javascript:alert(1)',
        view: '<img src=x onerror=alert(1)>',
        limit: '1e9',
        month: '2026-12"><script>alert(1)</script>',
        'color-accent': 'red;background:url(https://evil.example/x)',
        'font-family': 'x</style><script>alert(1)</script>',
        radius: 'calc(100vw)',
        'reservation-endpoint': 'data:text/html,<script>alert(1)</script>',
        'privacy-url': '//evil.example/datenschutz',
        reservation: '#evil',
        onload: 'alert(1)',
        '--kultur-color-accent': 'red',
      },
      reservation: { endpoint: 'vbscript:msgbox(1)', 'privacy-url': 'javascript:alert(document.domain)', 'max-tickets': '-1', fields: 'phone email', 'phone-fallback': '<b>0</b>' },
      badge: { src: ' java\tscript:alert(1)', logo: 'data:image/svg+xml,<svg onload=alert(1)>', variant: '"><script>alert(1)</script>', member: 'a<b' },
    };
    for (const [widget, options] of Object.entries(attempts)) {
      const url = `${frames.url}/dist/cdn/embed-${widget}.html?${new URLSearchParams(options)}`;
      const { page, record } = await open(url);
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await page.locator('main > *').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      for (const name of Object.keys(options)) {
        assert.ok(record.warnings.some((w) => w.startsWith('kultur-embed:') && w.includes(`option "${name}"`)), `${widget}: a warning names "${name}": ${record.warnings.join(' | ')}`);
      }
      const element = page.locator('main > *').first();
      const attributes = await element.evaluate((el) => el.getAttributeNames());
      for (const name of Object.keys(options)) assert.ok(!attributes.includes(name), `${widget}: ${name} not set (${attributes})`);
      assert.equal(await page.locator('main > *').count(), 1, 'no hand-off form from a rejected endpoint');
      assert.equal(await page.locator('main').evaluate((el) => el.getAttribute('style')), null, 'no token reached the page');
      assert.equal(await page.locator('script').count(), 1, 'only the boot script');
      assert.equal(dialogs, 0);
      assert.deepEqual(record.requests.filter((r) => r !== url && /evil|javascript|data:|vbscript/.test(r)), []);
      assert.deepEqual(record.violations, []);
    }
  });

  it('sends reservations only to its own server: a crafted link cannot point the form elsewhere', async () => {
    for (const [widget, options] of [
      ['reservation', { endpoint: 'https://evil.example/api', 'event-id': 'x' }],
      ['calendar', { src: FEED, 'reservation-endpoint': 'https://evil.example/api' }],
    ]) {
      const url = `${frames.url}/dist/cdn/embed-${widget}.html?${new URLSearchParams(options)}`;
      const { page, record } = await open(url);
      await page.locator('main > *').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      const name = widget === 'reservation' ? 'endpoint' : 'reservation-endpoint';
      assert.ok(record.warnings.some((w) => w.includes(`option "${name}" is ignored`) && w.includes('https://evil.example')), `${widget}: ${record.warnings.join(' | ')}`);
      assert.equal(await page.locator('kultur-ticket-reservation[endpoint]').count(), 0, `${widget}: no form posts to another server`);
      assert.deepEqual(record.requests.filter((r) => r !== url && r.includes('evil.example')), []);
    }
  });

  it('resizes its iframe across two origins, only after the handshake and only for its own frame', async () => {
    const sized = `${frames.url}/dist/cdn/embed-calendar.html?src=${FEED}&view=list&month=2026-12`;
    const params = new URLSearchParams({ sized, plain: sized, liar: `${frames.url}/test/e2e/pages/embed-liar.html`, resize: `${frames.url}/dist/cdn/kultur-embed-resize.js` });
    const { page, record } = await open(`${host.url}/test/e2e/pages/embed-host.html?${params}`, { viewport: { width: 1000, height: 800 } });
    await page.evaluate(() => {
      window.__heights = [];
      addEventListener('message', (event) => {
        const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
        if (event.data?.type === 'kultur-embed:height') window.__heights.push({ from: frame?.id, origin: event.origin, height: event.data.height });
      });
    });
    const frame = page.frameLocator('#sized');
    await frame.locator('kultur-event-calendar').evaluate((el) => new Promise((resolve) => (el.shadowRoot?.textContent.includes('Jazz') ? resolve() : el.addEventListener('kultur-load', resolve, { once: true }))));
    const contentHeight = () => frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    const frameHeight = (id) => page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().height);
    await page.waitForFunction(() => Math.abs(document.getElementById('sized').getBoundingClientRect().height - 600) > 1);
    let content = await contentHeight();
    assert.ok(Math.abs((await frameHeight('sized')) - content) <= 1, `iframe ${await frameHeight('sized')} px = content ${content} px`);

    // The content grows (month grid): the iframe follows.
    await frame.locator('kultur-event-calendar').evaluate((el) => el.setAttribute('view', 'month'));
    await page.waitForFunction((before) => document.getElementById('sized').getBoundingClientRect().height > before + 50, content);
    content = await contentHeight();
    assert.ok(Math.abs((await frameHeight('sized')) - content) <= 1, `after growing: iframe ${await frameHeight('sized')} px = content ${content} px`);

    await page.waitForTimeout(500); // the liar keeps posting every 100 ms
    assert.equal(await frameHeight('plain'), 600, 'a frame without data-kultur-resize keeps its fixed height');
    assert.equal(await frameHeight('liar'), 100);
    const heights = await page.evaluate(() => window.__heights);
    assert.ok(heights.some((h) => h.from === 'sized' && h.origin === frames.url), `heights come from the sized frame: ${JSON.stringify(heights)}`);
    assert.deepEqual(heights.filter((h) => h.from === 'plain'), [], 'the frame nobody greeted (its parent) posts nothing, even when a sibling says hello');

    // A frame added after the page loaded (a consent manager, a site builder) is sized too.
    await page.evaluate((src) => {
      const late = Object.assign(document.createElement('iframe'), { id: 'late', title: 'Später', src });
      late.setAttribute('data-kultur-resize', '');
      late.style.cssText = 'border:0;width:100%;height:600px';
      document.body.append(late);
    }, sized);
    await page.waitForFunction(() => Math.abs(document.getElementById('late').getBoundingClientRect().height - 600) > 1, undefined, { timeout: 10_000 });
    assert.deepEqual(record.errors, []);
  });

  it('hands an event from the calendar to the reservation form inside one iframe (reference backend)', async () => {
    const month = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', timeZone: 'Europe/Berlin' }).format(new Date(target.start));
    const embed = `${site.url}/dist/cdn/embed-calendar.html?${new URLSearchParams({ 'reservation-endpoint': '/api', 'privacy-url': '/datenschutz.html', view: 'list', month })}`;
    const params = new URLSearchParams({ sized: embed, resize: `${site.url}/dist/cdn/kultur-embed-resize.js` });
    const { page, record } = await open(`${host.url}/test/e2e/pages/embed-host.html?${params}`, { viewport: { width: 1000, height: 900 } });
    const frame = page.frameLocator('#sized');
    const calendar = frame.locator('kultur-event-calendar');
    assert.equal(await calendar.getAttribute('src'), '/api/events', 'the feed defaults to the endpoint\'s events');
    assert.equal(await calendar.getAttribute('reservation'), '#kultur-reservation');
    await calendar.locator(`[part~="event"][aria-label*="${target.title}"]`).first().click();
    // The dialog opens where the visitor clicked, not in the middle of the tall iframe.
    await calendar.locator('dialog[open]').getByText('Tickets reservieren').waitFor({ state: 'attached' });
    const [dialogTop, eventTop] = await calendar.evaluate((el, title) => [
      el.shadowRoot.querySelector('dialog').getBoundingClientRect().top,
      el.shadowRoot.querySelector(`[part~="event"][aria-label*="${title}"]`).getBoundingClientRect().top,
    ], target.title);
    assert.ok(Math.abs(dialogTop - eventTop) < 200, `dialog at ${dialogTop} px, event at ${eventTop} px`);
    // Keyboard, as many visitors do (and Playwright's mouse misses fixed elements inside a frame).
    await calendar.getByRole('button', { name: 'Tickets reservieren' }).focus();
    await page.keyboard.press('Enter');

    const form = frame.locator('kultur-ticket-reservation');
    await form.getByRole('heading', { name: target.title }).waitFor();
    await form.locator('#offer-normal').fill('1');
    await form.locator('#name').fill('Erika Beispiel');
    await form.locator('#email').fill('erika@example.org');
    await form.getByRole('button', { name: 'Tickets reservieren' }).click();
    assert.match(await form.locator('.code').innerText(), /^[A-Z0-9-]{6,}$/);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(record.violations, []);
  });
});
