// Trace of one mount (ours or FullCalendar): time per renderer phase (script, style, layout, paint).
//   LIB=ours|fc N=1000 VIEW=month node bench/trace-mount.mjs
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { benchFeed, serveDir } from './lib.mjs';
const out = mkdtempSync(join(tmpdir(), 'kultur-trace-'));
const N = Number(process.env.N ?? 1000), VIEW = process.env.VIEW ?? 'month', LIB = process.env.LIB ?? 'ours';
await build({ entryPoints: [process.env.ENTRY ?? 'src/components/event-calendar/define.ts'], bundle: true, format: 'esm', outdir: out, entryNames: 'ours', logLevel: 'error', splitting: true, minify: true, tsconfig: 'tsconfig.json', banner: { js: process.env.BANNER ?? '' } });
writeFileSync(join(out, 'fc-entry.js'), `import { Calendar } from 'fullcalendar'; import dayGridPlugin from 'fullcalendar/daygrid'; import listPlugin from 'fullcalendar/list'; import classicThemePlugin from 'fullcalendar/themes/classic'; window.FullCalendar = { Calendar, plugins: [dayGridPlugin, listPlugin, classicThemePlugin] };`);
await build({ entryPoints: [join(out, 'fc-entry.js')], bundle: true, minify: true, format: 'esm', outfile: join(out, 'fc.js'), nodePaths: [join(process.cwd(), 'node_modules')], logLevel: 'error' });
writeFileSync(join(out, 'fc.css'), ['skeleton.css', 'themes/classic/theme.css', 'themes/classic/palette.css'].map((f) => readFileSync(`node_modules/fullcalendar/${f}`, 'utf8')).join('\n'));
writeFileSync(join(out, 'feed.js'), `window.FEED = ${JSON.stringify(benchFeed(N))};`);
const head = LIB === 'ours' ? '<script type="module" src="/ours.js"></script>' : '<link rel="stylesheet" href="/fc.css"><script type="module" src="/fc.js"></script>';
writeFileSync(join(out, 'page.html'), `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}</head><body>${process.env.PAGE_TEXT ?? ""}<div id="host" style="width:1000px"></div></body></html>`);
const server = await serveDir(out);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const ctx = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1200, height: 900 } });
const p = await ctx.newPage();
await p.goto(`${server.origin}/page.html`);
await p.addScriptTag({ url: '/feed.js' });
if (process.env.EXTRA_CSS) await p.evaluate((css) => (window.EXTRA_CSS = css), process.env.EXTRA_CSS);
await p.waitForFunction(() => window.FullCalendar || customElements.get('kultur-event-calendar'));
const cdp = await ctx.newCDPSession(p);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
await p.exposeFunction('startTrace', () => cdp.send('Tracing.start', { categories: process.env.CATS ?? 'devtools.timeline,v8.execute,blink', transferMode: 'ReportEvents' }));
const r = await p.evaluate(async ([lib, view]) => {
  const painted = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  await painted(); await window.startTrace(); await painted();
  const t0 = performance.now();
  if (lib === 'ours' && window.EXTRA_CSS) {
    const sheet = new CSSStyleSheet(); sheet.replaceSync(window.EXTRA_CSS);
    customElements.get('kultur-event-calendar').elementStyles.push(sheet);
  }
  if (lib === 'ours') {
    const el = document.createElement('kultur-event-calendar');
    el.setAttribute('month', '2026-12'); el.setAttribute('view', view);
    el.now = new Date('2026-12-01T12:00:00+01:00'); el.events = window.FEED;
    document.getElementById('host').append(el);
  } else {
    new window.FullCalendar.Calendar(document.getElementById('host'), { plugins: window.FullCalendar.plugins, initialView: view === 'month' ? 'dayGridMonth' : 'listMonth', initialDate: '2026-12-01', now: '2026-12-01T12:00:00', firstDay: 1, dayMaxEventRows: 3, events: window.FEED }).render();
  }
  await painted();
  return performance.now() - t0;
}, [LIB, VIEW]);
await cdp.send('Tracing.end'); await done;
const sum = new Map();
for (const e of events) if (e.ph === 'X' && e.dur && e.tid === events.find((x) => x.name === 'FunctionCall' || x.name === 'v8.run' || x.name === 'TimerFire')?.tid) sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000);
console.log(LIB, N, VIEW, 'mount', r.toFixed(1), 'ms');
if (process.env.TIMELINE) {
  // Top-level tasks of the renderer main thread with their biggest children.
  const main = events.find((x) => x.name === 'TimerFire')?.tid;
  const xs = events.filter((e) => e.ph === 'X' && e.tid === main && e.dur > 300).sort((a, b) => a.ts - b.ts);
  const t0 = xs[0]?.ts ?? 0;
  let end = -1;
  for (const e of xs) {
    const top = e.ts >= end;
    if (top) end = e.ts + e.dur;
    if (top || e.dur > 2000) console.log(`${top ? '' : '    '}${((e.ts - t0) / 1000).toFixed(1).padStart(7)} +${(e.dur / 1000).toFixed(1).padStart(6)} ${e.name} ${e.args?.data?.functionName ?? ''}`);
  }
}
if (process.env.FONTS) { const fe = events.filter((e) => e.ph === 'X' && /Font|Strike|Shape/.test(e.name)); const by = new Map(); for (const e of fe) { const k = e.name; const v = by.get(k) ?? [0, 0]; v[0]++; v[1] += (e.dur ?? 0) / 1000; by.set(k, v); } if (process.env.FONTS === '2') for (const e of fe) if (/PlatformData|ForStrike/.test(e.name)) console.log(e.name, JSON.stringify(e.args)); for (const [k, [n, ms]] of by) console.log(`${String(n).padStart(4)}× ${ms.toFixed(1).padStart(7)} ms  ${k}`); }
console.log([...sum].sort((a, b) => b[1] - a[1]).slice(0, 22).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
await browser.close(); server.close();
