// The embed configurator (dist/embed/index.html) in Chromium: options change the live widget and the
// snippet, copying works, diagnostics explain a malformed, an unreachable and a CORS-blocked feed in
// plain words, and the page is axe clean at 1280 and 390 px.
//
// Run: npm run build && node --test test/e2e/embed-configurator.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { launchBrowser, openPage } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';
import { axeViolations, closedPortUrl, shadowText } from './embed-helpers.mjs';

const FEEDS = '/test/fixtures/feeds';

describe('embed configurator', () => {
  let site;
  let other;
  let browser;
  let page;
  let context;
  let record;

  before(async () => {
    assert.ok(existsSync('dist/embed/index.html'), 'run npm run build first');
    site = await startStaticServer();
    other = await startStaticServer(); // another origin, no CORS headers
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await other?.close();
  });

  const open = async (query = '', viewport = { width: 1280, height: 1000 }) => {
    await context?.close();
    ({ context, page, record } = await openPage(browser, `${site.url}/dist/embed/index.html${query}`, {
      contextOptions: { viewport, bypassCSP: false },
    }));
    await page.locator('#f-src').waitFor();
  };
  const diagnostics = () => page.locator('#diagnostics');
  const waitForDiagnosis = (pattern) =>
    page.waitForFunction((source) => new RegExp(source).test(document.getElementById('diagnostics').textContent), pattern.source);

  it('updates the live widget and the snippet as options change', async () => {
    await open();
    await page.locator('#f-src').fill(`${FEEDS}/native-basic.json`);
    await waitForDiagnosis(/Feed geladen: \d+ Veranstaltungen/);
    await page.locator('#f-view').selectOption('list');
    await page.locator('#f-category').fill('Konzert & Jazz');
    await page.locator('#f-color-accent').fill('#006400');
    const calendar = page.locator('#preview kultur-event-calendar');
    await page.waitForFunction(() => document.querySelector('#preview kultur-event-calendar')?.getAttribute('view') === 'list');
    await page.waitForFunction(() => document.querySelector('#preview kultur-event-calendar')?.getAttribute('category') === 'Konzert & Jazz');
    assert.equal(await page.locator('#preview').evaluate((el) => el.style.getPropertyValue('--kultur-color-accent')), '#006400');
    assert.equal(await calendar.evaluate((el) => getComputedStyle(el).getPropertyValue('--kultur-color-accent').trim()), '#006400');

    const code = await page.locator('#snippet').inputValue();
    assert.match(code, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/dist\/cdn\/kultur-event-calendar\.js"><\/script>/);
    assert.match(code, /<kultur-event-calendar src="\/test\/fixtures\/feeds\/native-basic\.json" view="list" category="Konzert &amp; Jazz" style="--kultur-color-accent: #006400">/);
    assert.doesNotMatch(code, /category="Konzert & Jazz"/, 'attribute values are escaped');

    // The iframe variant: options in the page's query, relative URLs made absolute, the resize script.
    await page.locator('#mode-iframe').check();
    const frame = await page.locator('#snippet').inputValue();
    const src = /<iframe src="([^"]+)"/.exec(frame)?.[1].replaceAll('&amp;', '&');
    assert.ok(src, frame);
    const url = new URL(src);
    assert.equal(url.pathname, '/dist/cdn/embed-calendar.html');
    assert.equal(url.searchParams.get('src'), `${site.url}${FEEDS}/native-basic.json`);
    assert.equal(url.searchParams.get('category'), 'Konzert & Jazz');
    assert.equal(url.searchParams.get('color-accent'), '#006400');
    assert.match(frame, /title="Veranstaltungskalender" width="100%" height="600"/);
    assert.equal(await page.locator('#frame-url').inputValue(), src, 'the bare address, for builders that take only a URL');
    assert.ok(await page.getByLabel('Nur die Adresse der iframe-Seite').isVisible());
    assert.match(frame, /<script src="http:\/\/127\.0\.0\.1:\d+\/dist\/cdn\/kultur-embed-resize\.js" defer><\/script>/);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(record.violations, []);
  });

  it('writes the hand-off form into the snippet as the preview shows it, reading the API\'s events', async () => {
    await open();
    await page.locator('#f-reservation-endpoint').fill('/api');
    await page.locator('#f-privacy-url').fill('/datenschutz');
    await page.waitForFunction(() => document.querySelector('#preview kultur-ticket-reservation')?.getAttribute('endpoint') === '/api');
    assert.equal(await page.locator('#preview kultur-event-calendar').getAttribute('src'), '/api/events');
    const code = await page.locator('#snippet').inputValue();
    assert.match(code, /<script type="module" src="[^"]+\/kultur-widgets\.js"><\/script>/, 'one file with both elements');
    assert.match(code, /<kultur-event-calendar reservation="#tickets" src="\/api\/events">/);
    assert.match(code, /<kultur-ticket-reservation id="tickets" endpoint="\/api" privacy-url="\/datenschutz"><\/kultur-ticket-reservation>/);
  });

  it('copies the snippet and says so in a live region', async () => {
    await open(`?src=${FEEDS}/native-basic.json&view=upcoming&limit=3`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    assert.equal(await page.locator('#copy-status').getAttribute('role'), 'status');
    await page.getByRole('button', { name: 'Code kopieren' }).click();
    await page.locator('#copy-status').filter({ hasText: 'Kopiert' }).waitFor();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(clipboard, await page.locator('#snippet').inputValue());
    assert.match(clipboard, /view="upcoming" limit="3"/);
    assert.equal(await page.locator('#snippet').getAttribute('readonly'), '');
  });

  it('explains a malformed feed item by item and field by field', async () => {
    await open();
    await page.locator('#f-src').fill(`${FEEDS}/native-odd.json`);
    await waitForDiagnosis(/Hinweise zum Feed/);
    const text = await diagnostics().innerText();
    assert.match(text, /Eintrag Nr\. 3 „Kaputtes Datum“, Feld „start“ \(Beginn\): "2026-13-01" is not a date\. Dieser Eintrag wird nicht angezeigt\./);
    assert.match(text, /Feld „url“ \(Link\): "javascript:alert\(1\)" is not an http\(s\) URL; ignored\. Nur dieses Feld wird ignoriert/);
    assert.equal(await diagnostics().getAttribute('data-tone'), 'warning');

    await page.locator('#f-src').fill(`${FEEDS}/truncated.json`);
    await waitForDiagnosis(/kein lesbarer Feed/);
    assert.match(await diagnostics().innerText(), /truncated\.json liegt kein lesbarer Feed: Die Datei ist kein gültiges JSON/);

    await page.locator('#f-src').fill(`${FEEDS}/native-all-invalid.json`);
    await waitForDiagnosis(/keine einzige gültige Veranstaltung/);
    assert.match(await diagnostics().innerText(), /Eintrag Nr\. 1/);

    await page.locator('#f-src').fill('/gibt-es-nicht.json');
    await waitForDiagnosis(/Fehler 404/);
    assert.equal(await diagnostics().getAttribute('data-tone'), 'error');
  });

  it('tells an unreachable server from one that blocks by CORS, and names the header', async () => {
    await open();
    await page.locator('#f-src').fill(await closedPortUrl());
    await waitForDiagnosis(/antwortet nicht/);
    assert.doesNotMatch(await diagnostics().innerText(), /Access-Control-Allow-Origin/);

    await page.locator('#f-src').fill(`${other.url}${FEEDS}/native-basic.json`);
    await waitForDiagnosis(/antwortet, aber/);
    const text = await diagnostics().innerText();
    assert.match(text, /antwortet, aber der Browser gibt den Feed nicht frei \(CORS\)/);
    assert.ok(text.includes(`Access-Control-Allow-Origin: ${site.url}`), text);

    // The same diagnosis in English, on switching the page language.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.match(await diagnostics().innerText(), /answers, but the browser does not release the feed \(CORS\).*"Access-Control-Allow-Origin: http/s);
    assert.equal(await page.locator('label[for="f-src"]').innerText(), 'Feed address (URL)');
    assert.equal(await page.getByRole('button', { name: 'Copy code' }).count(), 1);
  });

  it("says so when the page's own CSP forbids the feed's server (a configurator behind the backend's headers)", async () => {
    const strict = await startStaticServer({ headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'" } });
    try {
      await context?.close();
      ({ context, page, record } = await openPage(browser, `${strict.url}/dist/embed/index.html`));
      await page.locator('#f-src').fill(`${other.url}${FEEDS}/native-basic.json`);
      await waitForDiagnosis(/Sicherheitsrichtlinie/);
      assert.match(await diagnostics().innerText(), new RegExp(`Content-Security-Policy\\) dieser Seite verbietet Verbindungen zu ${other.url}`));
      await page.locator('#f-src').fill(`${FEEDS}/native-basic.json`);
      await waitForDiagnosis(/Feed geladen/);
      assert.deepEqual(record.errors.filter((e) => !/Content Security Policy|connect because it violates/.test(e)), [], 'no other errors under Trusted Types');
    } finally {
      await strict.close();
    }
  });

  it('ties a rejected value to its field and keeps it out of widget and snippet', async () => {
    await open(`?src=${FEEDS}/native-basic.json`);
    const src = page.locator('#f-src');
    await src.fill('javascript:alert(1)');
    await src.blur();
    assert.equal(await src.getAttribute('aria-invalid'), 'true');
    const described = (await src.getAttribute('aria-describedby')).split(' ');
    assert.ok(described.includes('e-src'), described.join(' '));
    assert.match(await page.locator('#e-src').innerText(), /https:\/\//);
    await page.waitForTimeout(600);
    assert.equal(await page.locator('#preview kultur-event-calendar').getAttribute('src'), null);
    assert.doesNotMatch(await page.locator('#snippet').inputValue(), /javascript:/);

    await page.locator('#f-color-accent').fill('red;background:url(https://evil.example/x)');
    await page.locator('#f-color-accent').blur();
    assert.equal(await page.locator('#f-color-accent').getAttribute('aria-invalid'), 'true');
    assert.doesNotMatch(await page.locator('#snippet').inputValue(), /evil/);

    await src.fill(`${FEEDS}/native-basic.json`);
    assert.equal(await src.getAttribute('aria-invalid'), null);
    assert.ok(!(await src.getAttribute('aria-describedby')).includes('e-src'));
  });

  it('switches widget: a badge from a membership directory, its snippet with the fallback link', async () => {
    await open();
    await page.getByLabel('Mitgliedsabzeichen').check();
    await page.locator('#f-src').fill('/test/fixtures/membership/directory.json');
    await page.locator('#f-member').fill('im-puls');
    await page.locator('#f-variant').selectOption('compact');
    await page.waitForFunction(() => document.querySelector('#preview kultur-membership-badge')?.getAttribute('member') === 'im-puls');
    await page.waitForFunction(() => /Mitgliedschaft/.test(document.getElementById('diagnostics').textContent));
    const code = await page.locator('#snippet').inputValue();
    assert.match(code, /kultur-membership-badge\.js/);
    assert.match(code, /<kultur-membership-badge src="\/test\/fixtures\/membership\/directory\.json" member="im-puls" variant="compact">\n {2}Mitglied im Verband\n<\/kultur-membership-badge>/);
  });

  for (const viewport of [{ width: 1280, height: 1000 }, { width: 390, height: 844 }]) {
    it(`is axe clean and fits at ${viewport.width} px, with diagnostics showing`, async () => {
      await context?.close();
      ({ context, page, record } = await openPage(browser, `${site.url}/dist/embed/index.html?src=${FEEDS}/native-odd.json&view=list`, {
        contextOptions: { viewport, bypassCSP: true },
      }));
      await waitForDiagnosis(/Hinweise zum Feed/);
      await shadowText(page.locator('#preview kultur-event-calendar'));
      assert.deepEqual(await axeViolations(page), []);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok((await overflow()) <= 0, `no horizontal scrolling (${await overflow()}px too wide)`);
      // A long address in an error message wraps too.
      await page.locator('#f-src').fill('/ein/sehr/langer/pfad/zum/programm/der/nicht/existiert/programm-des-kulturzentrums.json');
      await waitForDiagnosis(/Fehler 404/);
      assert.ok((await overflow()) <= 0, `no horizontal scrolling with an error (${await overflow()}px too wide)`);
      assert.deepEqual(await axeViolations(page), []);
      // Every form control has a visible label.
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll('#options input, #options select')].filter((el) => !el.labels?.length && !el.getAttribute('aria-label')).map((el) => el.id),
      );
      assert.deepEqual(unlabelled, []);
    });
  }
});
