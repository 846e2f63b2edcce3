// `npm run bench`: <kultur-event-calendar> beside FullCalendar 7 on the same generated feeds
// (100 / 1,000 / 10,000 events) in headless Chromium: mount-to-painted month view, next-month
// navigation, mount-to-painted list view. Medians of RUNS fresh pages each; writes BENCHMARKS.md.
// Beside the wall clock, the renderer main thread's CPU time of the month view and of next():
// this machine is shared, and its load moves wall-clock ratios more than CPU-time ones.
//
// Both libraries get the same plain event objects in memory (no network in the timed part) and
// show the same month (December 2026, Berlin) in a 1000 px wide container; FullCalendar is
// configured like our grid (at most 3 lines per day, then "+N more").
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { chromium } from 'playwright-core';
import { exposeThreadTime, median } from './lib.mjs';

// SIZES=1000 (comma-separated) measures only those feeds and prints without writing BENCHMARKS.md.
const SIZES = process.env.SIZES ? process.env.SIZES.split(',').map(Number) : [100, 1_000, 10_000];
const RUNS = Number(process.env.RUNS ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const out = mkdtempSync(join(tmpdir(), 'kultur-bench-'));
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

// --- bundles: ours with the rollup configuration of dist/cdn, FullCalendar with esbuild

async function buildOurs() {
  // The very configuration of dist/cdn/kultur-event-calendar.js, written to a temporary folder.
  const { default: configs } = await import(new URL('../rollup.config.mjs', import.meta.url));
  const config = configs.find((c) => c.input === 'src/components/event-calendar/define.ts' && c.output.dir === 'dist/cdn');
  const bundle = await rollup({ ...config, onwarn: () => {} });
  await bundle.write({ ...config.output, dir: join(out, 'ours'), entryFileNames: 'calendar.js' });
  await bundle.close();
  return readFileSync(join(out, 'ours', 'calendar.js'));
}

async function buildFullCalendar() {
  writeFileSync(
    join(out, 'fc-entry.js'),
    `import { Calendar } from 'fullcalendar';
     import dayGridPlugin from 'fullcalendar/daygrid';
     import listPlugin from 'fullcalendar/list';
     import classicThemePlugin from 'fullcalendar/themes/classic';
     window.FullCalendar = { Calendar, plugins: [dayGridPlugin, listPlugin, classicThemePlugin] };`,
  );
  await build({ entryPoints: [join(out, 'fc-entry.js')], bundle: true, minify: true, format: 'esm', outfile: join(out, 'fc.js'), nodePaths: [join(process.cwd(), 'node_modules')], logLevel: 'error' });
  const css = ['skeleton.css', 'themes/classic/theme.css', 'themes/classic/palette.css'].map((f) => readFileSync(`node_modules/fullcalendar/${f}`, 'utf8')).join('\n');
  writeFileSync(join(out, 'fc.css'), css);
  return { js: readFileSync(join(out, 'fc.js')), css: Buffer.from(css) };
}

// --- feeds: deterministic, spread over 12 months from December 2026, Berlin evenings

function feed(count) {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const categories = ['Konzert', 'Theater', 'Lesung', 'Kino', 'Workshop', 'Party'];
  const titles = ['Jazz im Keller', 'Poetry Slam', 'Improvisationstheater', 'Kinderkino', 'Siebdruck-Werkstatt', 'Ü30-Party', 'Lesung', 'Folk-Abend'];
  const start = Date.UTC(2026, 11, 1);
  const span = 365 * 86_400_000;
  const events = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor((random() * span) / 86_400_000);
    const base = start + day * 86_400_000;
    const allDay = random() < 0.05;
    const category = categories[i % categories.length];
    const event = { id: `e${i}`, title: `${titles[i % titles.length]} #${i}`, category, location: { name: 'IM-PULS, Saal', address: 'Musterstraße 1, 12345 Musterstadt' }, offers: [{ id: 'normal', name: 'Normal', price: 12, currency: 'EUR' }], reservable: true };
    if (allDay) {
      const d = new Date(base);
      const iso = (t) => new Date(t).toISOString().slice(0, 10);
      Object.assign(event, { allDay: true, start: iso(d), end: iso(base + (1 + Math.floor(random() * 2)) * 86_400_000) });
    } else {
      const hour = 9 + Math.floor(random() * 13); // UTC 09–21 = Berlin 10–22/11–23
      const t = base + hour * 3_600_000;
      Object.assign(event, { start: new Date(t).toISOString(), end: new Date(t + 2 * 3_600_000).toISOString() });
    }
    events.push(event);
  }
  return events;
}

// --- pages

const page = (body) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,">${body}</head><body><div id="host" style="width:1000px"></div></body></html>`;
writeFileSync(join(out, 'ours.html'), page('<script type="module" src="/ours/calendar.js"></script>'));
writeFileSync(join(out, 'fc.html'), page('<link rel="stylesheet" href="/fc.css"><script type="module" src="/fc.js"></script>'));
for (const n of SIZES) writeFileSync(join(out, `feed-${n}.js`), `window.FEED = ${JSON.stringify(feed(n))};`);

const types = { html: 'text/html', js: 'text/javascript', css: 'text/css' };
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  try {
    const body = readFileSync(join(out, path));
    response.writeHead(200, { 'content-type': types[path.split('.').pop()] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

/**
 * In the page: mount (month or list) and time until the frame after the content was painted;
 * then, for the month, time `next()` the same way.
 */
async function measure({ lib, view }) {
  const painted = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  const host = document.getElementById('host');
  await painted();
  // Main-thread CPU time (see `run`): the wall clock also counts waiting for a core on a loaded machine.
  const cpu = window.threadTime;
  let c0 = await cpu();
  let t0 = performance.now();
  let el;
  let calendar;
  if (lib === 'ours') {
    el = document.createElement('kultur-event-calendar');
    el.setAttribute('month', '2026-12');
    el.setAttribute('view', view);
    el.now = new Date('2026-12-01T12:00:00+01:00');
    el.events = window.FEED;
    host.append(el); // Lit renders in a microtask, before the next frame
  } else {
    calendar = new window.FullCalendar.Calendar(host, {
      plugins: window.FullCalendar.plugins,
      initialView: view === 'month' ? 'dayGridMonth' : 'listMonth',
      initialDate: '2026-12-01',
      now: '2026-12-01T12:00:00',
      firstDay: 1,
      dayMaxEventRows: 3,
      events: window.FEED,
    });
    calendar.render();
  }
  await painted();
  const mount = performance.now() - t0;
  const mountCpu = (await cpu()) - c0;
  // Events on screen: every generated title ends in "#<number>".
  const shown = ((lib === 'ours' ? el.shadowRoot : host).textContent.match(/#\d+/g) ?? []).length;
  // Ours paints a big feed's shown month from a preview and reads the rest after that frame:
  // also time until the whole feed is read and the view painted again (FullCalendar: = mount).
  let whole = mount;
  if (lib === 'ours') {
    // (`updateComplete` would also wait for the JSON-LD, written when idle.)
    while (el._phase !== 'ready') await painted();
    await painted();
    whole = performance.now() - t0;
  }
  if (view !== 'month') return { mount, mountCpu, shown, whole };
  // Let both settle (late work after the first paint, e.g. our JSON-LD) before timing navigation.
  await new Promise((ok) => setTimeout(ok, 300));
  await painted();
  c0 = await cpu();
  t0 = performance.now();
  if (lib === 'ours') el.next();
  else calendar.next();
  await painted();
  const next = performance.now() - t0;
  return { mount, mountCpu, next, nextCpu: (await cpu()) - c0, shown, whole };
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const browserVersion = browser.version();
/** Quartile of sorted values (linear interpolation). */
const quantile = (sorted, q) => {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
};
/**
 * How much the ratio moves from run to run: the middle half (quartiles) of the ratios of the runs
 * measured in the same round (FullCalendar ÷ ours, round by round).
 */
const spread = (ours, fc) => {
  const ratios = ours.map((o, i) => fc[i] / o).sort((a, b) => a - b);
  return [quantile(ratios, 0.25), quantile(ratios, 0.75)];
};

async function run(lib, n, view) {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1200, height: 900 } });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (error) => errors.push(error.message));
  p.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await exposeThreadTime(context, p);
  await p.goto(`${origin}/${lib}.html`);
  await p.addScriptTag({ url: `/feed-${n}.js` });
  await p.waitForFunction((l) => (l === 'ours' ? customElements.get('kultur-event-calendar') : window.FullCalendar), lib);
  const result = await p.evaluate(measure, { lib, view });
  await context.close();
  if (errors.length) throw new Error(`${lib} ${n} ${view}: ${errors.join('; ')}`);
  if (!result.shown) throw new Error(`${lib} ${n} ${view}: nothing rendered`);
  if (process.env.DEBUG) console.log(lib, n, view, result);
  return result;
}

const loadBefore = loadavg()[0];
const ours = await buildOurs();
const fc = await buildFullCalendar();
const rows = [];
// One untimed round first: the browser's own start-up work (its font cache, the first renderer
// processes) would otherwise land on the first size measured.
for (const lib of ['ours', 'fc']) await run(lib, SIZES[0], 'month');
for (const n of SIZES) {
  const metrics = () => ({ month: [], next: [], list: [], whole: [], monthCpu: [], nextCpu: [] });
  const samples = { ours: metrics(), fc: metrics() };
  for (let i = 0; i < RUNS; i++) {
    for (const lib of ['ours', 'fc']) {
      const month = await run(lib, n, 'month');
      samples[lib].month.push(month.mount);
      samples[lib].next.push(month.next);
      samples[lib].whole.push(month.whole);
      samples[lib].monthCpu.push(month.mountCpu);
      samples[lib].nextCpu.push(month.nextCpu);
      samples[lib].list.push((await run(lib, n, 'list')).mount);
    }
  }
  const row = { n };
  for (const metric of ['month', 'next', 'list', 'whole', 'monthCpu', 'nextCpu']) {
    row[metric] = { ours: median(samples.ours[metric]), fc: median(samples.fc[metric]), spread: spread(samples.ours[metric], samples.fc[metric]) };
  }
  rows.push(row);
  console.log(`${n} events:`, JSON.stringify(row, (k, v) => (typeof v === 'number' && k !== 'n' ? +v.toFixed(1) : v)));
}
await browser.close();
server.close();
rmSync(out, { recursive: true, force: true });

// --- report

const ms = (v) => `${v.toFixed(1)} ms`;
const ratio = (r) => `${(r.fc / r.ours).toFixed(1)}×`;
const range = (r) => `${r.spread[0].toFixed(1)}–${r.spread[1].toFixed(1)}×`;
const version = browserVersion;
const lines = [
  '# Benchmarks',
  '',
  'Reproduce with `npm run bench` (`bench/calendar-bench.mjs`; `RUNS=n` changes the number of runs).',
  `Headless Chromium (${CHROMIUM}${version ? `, ${version}` : ''}), ${RUNS} runs per cell, each in a fresh page; medians. Measured on ${new Date().toISOString().slice(0, 10)}`,
  `on ${cpus().length} cores with a 1-minute load average of ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after the run`,
  '(absolute times grow with the load; both libraries are measured interleaved, so the ratios are comparable).',
  '',
  '`<kultur-event-calendar>` beside FullCalendar 7.1.0 (`dayGrid` + `list` + classic theme) on the same generated',
  'feeds: plain event objects in memory, spread over the 12 months from December 2026, December 2026 shown',
  'in a 1000 px container, FullCalendar limited to 3 lines per day like our grid. "Mount" is from creating',
  'the element / `new Calendar()` to the frame after the first paint (`requestAnimationFrame` + `setTimeout`);',
  'it includes normalizing and grouping the feed. From 200 events on, ours first reads only the items that may',
  'touch the shown grid (a cheap look at their date strings), paints them, and reads the whole feed after that',
  'frame; "whole feed" is the time until that read is done and painted too (FullCalendar reads everything before',
  'its first paint). "Next month" is `next()` to the next painted frame; ours renders the next month ahead,',
  'hidden, once the browser is idle after the first paint (the benchmark waits 300 ms before `next()`): on a layer of',
  'its own, transparent and behind the shown grid, so `next()` swaps two classes and repaints nothing. Its roles, parts',
  'and focusability follow one frame later (when the keyboard turns the month, at once); FullCalendar renders the new',
  'month with its semantics in the measured frame. Ours is the `dist/cdn` file as built, which starts with V8\'s compile',
  'hint `//# allFunctionsCalledOnLoad` (its functions are compiled while the script streams in, before the timed part).',
  'In the list view our agenda paints the first whole days of the month (at least 40 events, more than a screen holds)',
  'in the first frame and the rest of the month in the next one; FullCalendar paints the whole month at once.',
  'Ratio = FullCalendar time ÷ ours (higher is better for us). "Runs" is the middle half of the ratios of single',
  'runs (in each round ours and FullCalendar run back to back; ratio of the round): how far one run may stray from the median.',
  '',
  '| events | month view: ours | FullCalendar | ratio | runs | whole feed: ours | ratio | next month: ours | FullCalendar | ratio | runs | list view: ours | FullCalendar | ratio |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.n.toLocaleString('en')} | ${ms(r.month.ours)} | ${ms(r.month.fc)} | ${ratio(r.month)} | ${range(r.month)} | ${ms(r.whole.ours)} | ${(r.month.fc / r.whole.ours).toFixed(1)}× | ${ms(r.next.ours)} | ${ms(r.next.fc)} | ${ratio(r.next)} | ${range(r.next)} | ${ms(r.list.ours)} | ${ms(r.list.fc)} | ${ratio(r.list)} |`,
  ),
  '',
  'Targets (issue 4): month view ≥ 4× faster at 1,000 and 10,000 events; next month ≥ 10× faster at 10,000.',
  '',
  '### Main-thread CPU time of the same runs',
  '',
  'The renderer main thread\'s CPU time over the same two intervals (DevTools protocol, `Performance.getMetrics`,',
  '`ThreadTime`). On a shared, loaded machine the wall clock also counts the time the page waited for a core, and',
  'the frame\'s wait for the display; CPU time counts only the work, so its ratios move less from run to run. Work on',
  'other threads (raster, compositor) is not in it.',
  '',
  '| events | month view: ours | FullCalendar | ratio | runs | next month: ours | FullCalendar | ratio | runs |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.n.toLocaleString('en')} | ${ms(r.monthCpu.ours)} | ${ms(r.monthCpu.fc)} | ${ratio(r.monthCpu)} | ${range(r.monthCpu)} | ${ms(r.nextCpu.ours)} | ${ms(r.nextCpu.fc)} | ${ratio(r.nextCpu)} | ${range(r.nextCpu)} |`,
  ),
  '',
  '## Bundle sizes (gzip, level 9)',
  '',
  '| bundle | raw (minified) | gzip |',
  '|---|---:|---:|',
  `| \`kultur-event-calendar.js\` (Lit, data layer and widget; what \`dist/cdn\` ships) | ${kb(ours.length)} | ${kb(gz(ours))} |`,
  `| FullCalendar 7.1.0 JS (core + dayGrid + list + classic theme, esbuild minified) | ${kb(fc.js.length)} | ${kb(gz(fc.js))} |`,
  `| FullCalendar 7.1.0 CSS (skeleton + classic theme + palette) | ${kb(fc.css.length)} | ${kb(gz(fc.css))} |`,
  '',
];
if (!process.env.SIZES) writeFileSync('BENCHMARKS.md', lines.join('\n'));
console.log(lines.slice(12).join('\n'));
