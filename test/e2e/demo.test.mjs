// The demo page through a real browser, on the real reference backend (real HTTP, a real SQLite
// file): what `npm start` shows a visitor, under the backend's strict CSP.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../server/dist/app.js';
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

  it('lets a visitor pick an event in the calendar, reserve tickets and see availability drop', async () => {
    const { context, page, record } = await openPage(browser, `${backend.url}/`, { contextOptions: { viewport: { width: 1280, height: 1000 } } });
    const feed = await (await fetch(`${backend.endpoint}/events`)).json();
    const events = Array.isArray(feed) ? feed : feed.events;
    const target = events
      .filter((e) => e.reservable && e.status === 'scheduled' && Date.parse(e.start) > Date.now() + 86_400_000)
      .find((e) => e.offers?.some((o) => o.id === 'normal'));
    assert.ok(target, 'a reservable event in the seed');
    const before = await (await fetch(`${backend.endpoint}/events/${encodeURIComponent(target.id)}/availability`)).json();

    // Navigate the programme calendar to the event's month, as a visitor would, and open it.
    const calendar = page.locator('kultur-event-calendar').first();
    await calendar.locator('[part~="event"]').first().waitFor();
    const month = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(new Date(target.start));
    for (let i = 0; i < 4 && !(await calendar.locator('[part~="title"]').innerText()).includes(month); i++) {
      await calendar.locator('[part~="next"]').click();
    }
    await calendar.locator(`[part~="event"][aria-label*="${target.title}"]`).first().click();
    await calendar.getByRole('button', { name: 'Tickets reservieren' }).click();

    // The form took the event over; one normal ticket, name and e-mail, submit.
    const form = page.locator('kultur-ticket-reservation');
    await form.getByRole('heading', { name: target.title }).waitFor();
    await form.locator('#offer-normal').fill('1');
    await form.locator('#name').fill('Erika Beispiel');
    await form.locator('#email').fill('erika@example.org');
    await form.getByRole('button', { name: 'Tickets reservieren' }).click();
    const code = await form.locator('.code').innerText();
    assert.match(code, /^[A-Z0-9-]{6,}$/);

    const after = await (await fetch(`${backend.endpoint}/events/${encodeURIComponent(target.id)}/availability`)).json();
    assert.equal(after.remaining, before.remaining - 1, 'one seat fewer online');
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});
