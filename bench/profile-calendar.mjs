// Where the calendar's time goes: CPU profile (and with TRACE=1 the rendering phases) of one
// bench case on an unminified esbuild bundle, the same generated feed as calendar-bench.mjs.
//   N=10000 VIEW=month|list node bench/profile-calendar.mjs     mount + next month
//   NEXT_ONLY=1 TRACE=1 node bench/profile-calendar.mjs         next month only, with layout/paint
//   MOUNT_ONLY=1 node bench/profile-calendar.mjs                 mount only (until the first painted frame)
// INTERVAL sets the sampling interval in µs (default 200; smaller inflates the times more).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { benchFeed, serveDir } from './lib.mjs';
const out = mkdtempSync(join(tmpdir(), 'kultur-profile-'));
const N = Number(process.env.N ?? 10000), VIEW = process.env.VIEW ?? 'month';
await build({ entryPoints: ['src/components/event-calendar/define.ts'], bundle: true, format: 'esm', outdir: out, entryNames: 'ours', logLevel: 'error', splitting: true, minify: false, tsconfig: 'tsconfig.json' });
writeFileSync(join(out, 'feed.js'), `window.FEED = ${JSON.stringify(benchFeed(N))};`);
writeFileSync(join(out, 'ours.html'), `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/ours.js"></script></head><body><div id="host" style="width:1000px"></div></body></html>`);
const server = await serveDir(out);
const origin = server.origin;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const ctx = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1200, height: 900 } });
const p = await ctx.newPage();
p.on('console', (m) => console.log('page:', m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto(`${origin}/ours.html`);
await p.addScriptTag({ url: '/feed.js' });
await p.waitForFunction(() => customElements.get('kultur-event-calendar'));
const cdp = await p.context().newCDPSession(p);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.INTERVAL ?? 200) });
if (!process.env.NEXT_ONLY) await cdp.send('Profiler.start');
const traceEvents = [];
cdp.on('Tracing.dataCollected', (e) => traceEvents.push(...e.value));
const traced = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
await p.exposeFunction('startProfiler', async () => { await cdp.send('Profiler.start'); if (process.env.TRACE) await cdp.send('Tracing.start', { categories: process.env.CATS ?? 'devtools.timeline,blink', transferMode: 'ReportEvents' }); });
const r = await p.evaluate(async ([view, nextOnly, mountOnly]) => {
  const painted = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  await painted();
  let t0 = performance.now();
  const el = document.createElement('kultur-event-calendar');
  el.setAttribute('month', '2026-12'); el.setAttribute('view', view);
  el.now = new Date('2026-12-01T12:00:00+01:00'); el.events = window.FEED;
  document.getElementById('host').append(el);
  await painted();
  const mount = performance.now() - t0;
  if (mountOnly) return { mount };
  await new Promise((ok) => setTimeout(ok, 300)); await painted();
  if (nextOnly) await window.startProfiler();
  t0 = performance.now(); el.next(); await painted();
  return { mount, next: performance.now() - t0, nodes: el.shadowRoot.querySelectorAll('*').length };
}, [VIEW, !!process.env.NEXT_ONLY, !!process.env.MOUNT_ONLY]);
const { profile } = await cdp.send('Profiler.stop');
if (process.env.TRACE) {
  await cdp.send('Tracing.end'); await traced;
  const sum = new Map();
  if (process.env.STYLE_ARGS) for (const e of traceEvents) if (/UpdateLayoutTree|ScheduleStyleRecalculation|StyleRecalcInvalidationTracking|StyleInvalidatorInvalidationTracking/.test(e.name)) console.log(e.name, e.dur, JSON.stringify(e.args).slice(0, 300));
  for (const e of traceEvents) if (e.ph === 'X' && e.dur) sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000);
  console.log([...sum].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
}
console.log(r);
// self time per function
const self = new Map(); const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; 
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
// inclusive time
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
profile.samples.forEach((id, i) => { const seen = new Set(); for (let x = id; x !== undefined; x = parent.get(x)) { const n = byId.get(x); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`; if (seen.has(k)) continue; seen.add(k); incl.set(k, (incl.get(k) ?? 0) + (dt[i] ?? 0) / 1000); } });
console.log('--- inclusive'); console.log([...incl].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
await browser.close(); server.close();
rmSync(out, { recursive: true, force: true });
