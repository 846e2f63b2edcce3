// Platform guarantees every widget keeps (issue 2): strict CSP with Trusted Types, a bundle loaded
// twice (same or other version) throws nothing, and no cookies, storage or foreign requests.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { launchBrowser, openPage } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
const TAGS = ['kultur-event-calendar', 'kultur-ticket-reservation', 'kultur-membership-badge'];

/** Waits until every widget on the page is defined and has rendered into its shadow root. */
async function widgetsRendered(page, tags = TAGS) {
  await page.waitForFunction(
    (names) => names.every((tag) => [...document.querySelectorAll(tag)].every((el) => customElements.get(tag) && el.shadowRoot?.childNodes.length)),
    tags,
  );
  await page.waitForLoadState('networkidle');
}

describe('platform guarantees (dist/cdn in headless Chromium)', () => {
  let browser;
  let server;

  before(async () => {
    assert.ok(existsSync('dist/cdn/kultur-widgets.js'), 'run npm run build first');
    browser = await launchBrowser();
    server = await startStaticServer({
      headers: { 'Content-Security-Policy': STRICT_CSP },
      // Serves an "older version" of the bundle when asked, to test two versions on one page.
      rewrite: (url, body) => {
        const version = url.searchParams.get('version');
        return version ? Buffer.from(body.toString('utf8').replaceAll('"0.1.0"', JSON.stringify(version))) : undefined;
      },
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('works under a strict CSP with Trusted Types required', async () => {
    const { context, page, record } = await openPage(browser, `${server.url}/test/e2e/pages/all-widgets.html`);
    await widgetsRendered(page);
    // Everything that writes to the page under Trusted Types ran: the events, the JSON-LD for
    // search engines (a script element's text), the lazily loaded details dialog, the badge.
    const calendar = page.locator('kultur-event-calendar');
    await calendar.locator('[part~="event"]', { hasText: 'Jazz im Keller' }).first().click();
    await calendar.locator('dialog[open]').waitFor();
    assert.match(await calendar.locator('dialog[open]').innerText(), /Sa, 05\.12\.2026, 20:00 Uhr/);
    const jsonLd = await page.locator('kultur-event-calendar > script[type="application/ld+json"]').textContent();
    assert.match(jsonLd, /"Jazz im Keller: Trio Nachtfalter"/);
    await page.locator('kultur-membership-badge').locator('a[href$="/laks/mitglieder/zollhaus"]').waitFor();
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    // Proof that the page really enforces Trusted Types (this probe itself is a logged violation).
    const trustedTypesEnforced = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(trustedTypesEnforced, true, 'the page really enforces Trusted Types');
    await context.close();
  });

  it('sets no cookies or web storage and requests nothing but the page’s own origin', async () => {
    const { context, page, record } = await openPage(browser, `${server.url}/test/e2e/pages/all-widgets.html`);
    await widgetsRendered(page);
    const storage = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
    assert.deepEqual(storage, { cookie: '', local: 0, session: 0 });
    assert.deepEqual(await context.cookies(), []);
    const foreign = record.requests.filter((url) => new URL(url).origin !== server.url && !url.startsWith('data:') && !url.startsWith('blob:'));
    assert.deepEqual(foreign, []);
    await context.close();
  });

  it('throws nothing when the bundle and single-widget files are loaded twice', async () => {
    const { context, page, record } = await openPage(browser, `${server.url}/test/e2e/pages/two-copies.html`);
    await widgetsRendered(page, ['kultur-event-calendar', 'kultur-membership-badge']);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(record.warnings.filter((text) => text.includes('already defined')), []);
    await context.close();
  });

  it('keeps the first version and warns once, naming both, when two versions meet', async () => {
    const { context, page, record } = await openPage(browser, `${server.url}/test/e2e/pages/two-versions.html`);
    await widgetsRendered(page, ['kultur-event-calendar']);
    assert.deepEqual(record.errors, []);
    const versionWarnings = record.warnings.filter((text) => text.includes('already defined'));
    assert.equal(versionWarnings.length, 3, `one warning per tag: ${versionWarnings.join(' | ')}`);
    for (const text of versionWarnings) assert.match(text, /0\.0\.9-old.*0\.1\.0/);
    await context.close();
  });
});
