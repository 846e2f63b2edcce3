// Screenshots of the embed configurator and the iframe pages for docs/embed/img/, at 1280 and 390 px,
// on the reference backend with its demo seed. Run after npm run build: node scripts/embed-screenshots.mjs
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../test/e2e/browser.mjs';
import { ROOT, importBackend } from '../test/e2e/embed-helpers.mjs';
import { startStaticServer } from '../test/e2e/static-server.mjs';

const OUT = 'docs/embed/img';
mkdirSync(OUT, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'kultur-shots-'));
const startServer = await importBackend();
const backend = await startServer({ port: 0, databasePath: join(dir, 'db.sqlite'), seed: 'demo', staticRoot: ROOT, log: false });
const files = await startStaticServer(); // the repository, for the malformed fixture feed
const browser = await launchBrowser();
const feed = await (await fetch(`${backend.endpoint}/events`)).json();
const reservable = (Array.isArray(feed) ? feed : feed.events).find((e) => e.reservable && e.status === 'scheduled' && Date.parse(e.start) > Date.now());

// [file name, path, full page at 1280 px, element to scroll to at 390 px]
const shots = [
  ['configurator', '/dist/embed/index.html?src=/api/events&view=list&color-accent=%23005f73', true],
  ['configurator-en', '/dist/embed/index.html?lang=en&widget=badge&src=/api/memberships&member=zollhaus', false],
  ['configurator-code', '/dist/embed/index.html?src=/api/events&view=upcoming&limit=3&color-accent=%23005f73', false, '#diagnostics-title'],
  ['configurator-fehler', `${files.url}/dist/embed/index.html?src=/test/fixtures/feeds/native-odd.json&view=list`, false, '#diagnostics-title'],
  ['iframe-kalender', '/dist/cdn/embed-calendar.html?src=/api/events&reservation-endpoint=/api&privacy-url=/datenschutz.html', false],
  ['iframe-reservierung', `/dist/cdn/embed-reservation.html?endpoint=/api&event-id=${encodeURIComponent(reservable.id)}&privacy-url=/datenschutz.html`, false],
  ['iframe-abzeichen', '/dist/cdn/embed-badge.html?src=/api/memberships/zollhaus', false],
];
for (const [name, path, fullPage, scrollTo] of shots) {
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: width > 400 ? 900 : 844 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    await page.goto(path.startsWith('http') ? path : backend.url + path);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(600);
    if (scrollTo) await page.locator(scrollTo).evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: fullPage && width > 400 });
    await page.close();
  }
}
await browser.close();
await backend.close();
await files.close();
rmSync(dir, { recursive: true, force: true });
console.log(`screenshots in ${OUT}`);
