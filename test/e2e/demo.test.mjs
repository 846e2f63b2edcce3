// The demo page through a real browser, on the real reference backend (real HTTP, a real SQLite
// file): what `npm start` shows a visitor, under the backend's strict CSP.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../server/src/app.js';
import { launchBrowser, openPage } from './browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Text content of an element's shadow root (and its light DOM), for plain assertions. */
const shadowText = (page, selector) => page.locator(selector).first().evaluate((el) => `${el.shadowRoot?.textContent ?? ''}`);

describe('demo page on the reference backend', () => {
  let browser;
  let backend;
  let tempDir;

  before(async () => {
    tempDir = mkdtempSync(join(tmpdir(), 'kultur-demo-'));
    backend = await startServer({ port: 0, databasePath: join(tempDir, 'demo.sqlite'), staticRoot: ROOT, seed: 'demo', log: false });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await backend?.close();
    rmSync(tempDir, { recursive: true, force: true });
  });

  it('shows the programme, the reservation form and a valid badge, with no errors', async () => {
    const { context, page, record } = await openPage(browser, `${backend.url}/`);
    const feed = await (await fetch(`${backend.endpoint}/events`)).json();
    const events = Array.isArray(feed) ? feed : feed.events;
    assert.ok(events.length >= 20, 'seeded programme');

    // The sidebar lists the next events by title; the badge links to the network's member page.
    await page.waitForFunction(() => document.querySelector('kultur-event-calendar[view="upcoming"]')?.shadowRoot?.querySelector('[part~="event"]'));
    const upcoming = await shadowText(page, 'kultur-event-calendar[view="upcoming"]');
    const next = events.filter((e) => Date.parse(e.end ?? e.start) > Date.now()).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    assert.ok(upcoming.includes(next[0].title), `upcoming shows "${next[0].title}"`);

    await page.waitForFunction(() => document.querySelector('kultur-membership-badge')?.shadowRoot?.querySelector('a[href]'));
    const badgeLink = await page.locator('kultur-membership-badge').evaluate((el) => el.shadowRoot.querySelector('a[href]').href);
    assert.match(badgeLink, /mitglieder/);

    await page.waitForLoadState('networkidle');
    assert.deepEqual(record.violations, [], 'no CSP violations');
    assert.deepEqual(record.errors, [], 'no console errors');
    const foreign = record.requests.filter((url) => !url.startsWith(backend.url) && !/^(data|blob):/.test(url));
    assert.deepEqual(foreign, [], 'no request leaves the origin');
    assert.deepEqual(await context.cookies(), []);
    await context.close();
  });
});
