// Split of the mount time: script (until Lit's first update is done) vs. style/layout/paint.
//   N=1000 VIEW=month LIB=ours|fc node bench/phases.mjs
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
const out = mkdtempSync(join(tmpdir(), 'kultur-phases-'));
const N = Number(process.env.N ?? 1000), VIEW = process.env.VIEW ?? 'month', RUNS = Number(process.env.RUNS ?? 5);
await build({ entryPoints: ['src/components/event-calendar/define.ts'], bundle: true, format: 'esm', outdir: out, entryNames: 'ours', logLevel: 'error', splitting: true, minify: true, tsconfig: 'tsconfig.json' });
const src = readFileSync('bench/calendar-bench.mjs', 'utf8');
const feed = new Function(src.slice(src.indexOf('function feed('), src.indexOf('// --- pages')) + '; return feed;')();
writeFileSync(join(out, 'feed.js'), `window.FEED = ${JSON.stringify(feed(N))};`);
writeFileSync(join(out, 'ours.html'), `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/ours.js"></script></head><body><div id="host" style="width:1000px"></div></body></html>`);
const server = createServer((q, r) => { try { const b = readFileSync(join(out, new URL(q.url, 'http://x').pathname)); r.writeHead(200, { 'content-type': q.url.endsWith('.html') ? 'text/html' : 'text/javascript' }); r.end(b); } catch { r.writeHead(404).end(); } });
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const rows = [];
for (let i = 0; i < RUNS; i++) {
  const ctx = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1200, height: 900 } });
  const p = await ctx.newPage();
  p.on('pageerror', (e) => console.log('pageerror', e.message));
  await p.goto(`${origin}/ours.html`);
  await p.addScriptTag({ url: '/feed.js' });
  await p.waitForFunction(() => customElements.get('kultur-event-calendar'));
  rows.push(await p.evaluate(async ([view]) => {
    const painted = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    await painted();
    const t0 = performance.now();
    const el = document.createElement('kultur-event-calendar');
    el.setAttribute('month', '2026-12'); el.setAttribute('view', view);
    el.now = new Date('2026-12-01T12:00:00+01:00'); el.events = window.FEED;
    document.getElementById('host').append(el);
    const tAppend = performance.now() - t0;
    await new Promise((ok) => queueMicrotask(ok)); await null; await null;
    let tUpdate;
    el.updateComplete; // noop
    await new Promise((ok) => setTimeout(ok, 0)); // after microtasks (Lit update), before frame? not guaranteed
    tUpdate = performance.now() - t0;
    await painted();
    const total = performance.now() - t0;
    return { append: +tAppend.toFixed(1), script: +tUpdate.toFixed(1), total: +total.toFixed(1) };
  }, [VIEW]));
  await ctx.close();
}
console.log(rows);
await browser.close(); server.close();
