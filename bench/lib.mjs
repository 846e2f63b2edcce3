// Shared set-up of the calendar's measuring tools (cold-ab, cold-profile, trace-mount,
// profile-calendar): the benchmark's generated feed, builds of the calendar served from a temporary
// folder, and pages with the feed loaded. calendar-bench.mjs stays self-contained (it is the one
// `npm run bench` runs and documents).
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

/** The benchmark's feed of `count` events (the very `feed()` of calendar-bench.mjs). */
export function benchFeed(count) {
  const src = readFileSync(new URL('./calendar-bench.mjs', import.meta.url), 'utf8');
  return new Function(`${src.slice(src.indexOf('function feed('), src.indexOf('// --- pages'))}; return feed;`)()(count);
}

/** Serves the files of `dir`; resolves with its origin and a `close`. */
export async function serveDir(dir) {
  const types = { html: 'text/html', js: 'text/javascript', css: 'text/css' };
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    try {
      const body = readFileSync(join(dir, path));
      response.writeHead(200, { 'content-type': types[path.split('.').pop()] });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * In the page: `window.mountCalendar(view)` creates `<kultur-event-calendar>` as the benchmark
 * does (December 2026, `window.FEED` as `events`) and appends it to `#host`.
 */
function installMount() {
  window.mountCalendar = (view) => {
    const el = document.createElement('kultur-event-calendar');
    el.setAttribute('month', '2026-12');
    el.setAttribute('view', view);
    el.now = new Date('2026-12-01T12:00:00+01:00');
    el.events = window.FEED;
    document.getElementById('host').append(el);
    return el;
  };
}

/**
 * Builds each of `entries` (esbuild, code splitting; `minify`: true, false or 'names' for readable
 * function names), writes the feed of `n` events (`descriptions`: an HTML description on each),
 * serves it all and launches Chromium. `open(i)` gives a page of build `i` in a fresh context,
 * the feed loaded and `window.mountCalendar` ready.
 */
export async function calendarPages({ entries = ['src/components/event-calendar/define.ts'], n = 1000, minify = true, banner = '', descriptions = false, head = '' } = {}) {
  const out = mkdtempSync(join(tmpdir(), 'kultur-bench-'));
  const minifyOptions = minify === 'names' ? { minifyWhitespace: true, minifySyntax: true } : { minify };
  for (const [i, entry] of entries.entries()) {
    await build({ entryPoints: [entry], bundle: true, format: 'esm', outdir: join(out, `e${i}`), entryNames: 'ours', logLevel: 'error', splitting: true, tsconfig: 'tsconfig.json', banner: { js: banner }, ...minifyOptions });
    writeFileSync(join(out, `page${i}.html`), `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/e${i}/ours.js"></script>${head}</head><body><div id="host" style="width:1000px"></div></body></html>`);
  }
  const items = benchFeed(n);
  if (descriptions) for (const e of items) e.description = '<p>Ein <b>Abend</b> mit Musik und <a href="https://example.org">Gästen</a>.</p>';
  writeFileSync(join(out, 'feed.js'), `window.FEED = ${JSON.stringify(items)};`);
  const server = await serveDir(out);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  return {
    out,
    origin: server.origin,
    browser,
    async open(i = 0) {
      const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.origin}/page${i}.html`);
      await page.addScriptTag({ url: '/feed.js' });
      await page.waitForFunction(() => customElements.get('kultur-event-calendar'));
      await page.evaluate(installMount);
      return { context, page };
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Gives the page `window.threadTime()`: its renderer main thread's CPU time so far, in ms (DevTools
 * protocol, `Performance.getMetrics`). Unlike the wall clock it does not count the time the page
 * waited for a core, which on this shared machine moves from run to run.
 */
export async function exposeThreadTime(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.exposeFunction('threadTime', async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000);
}

export const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
