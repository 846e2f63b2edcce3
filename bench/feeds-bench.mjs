// Feeds benchmark (issue 3): normalizing + grouping a generated native feed must take well under
// 50 ms (median) at 10,000 events. Builds the data layer with esbuild, then measures in Node and,
// when the system Chromium is there, in headless Chromium (where the widgets really run).
// Run: npm run bench:feeds   (RUNS=9 for more runs). The CPU column is the process's (Node) or the page
// main thread's (Chromium, thread ticks) CPU time: on a busy machine it is the figure to trust.
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const SIZES = [1_000, 10_000, 50_000];
const RUNS = Math.max(5, Number(process.env.RUNS) || 7);
const dir = mkdtempSync(join(tmpdir(), 'kultur-feeds-bench-'));

/** The measured code: one function that runs in Node and in the browser alike. */
const benchSource = `
import { normalizeFeed } from '${process.cwd()}/src/data/load-feed.ts';
import { groupByLocalDay } from '${process.cwd()}/src/time/group.ts';

function feed(count) {
  const categories = ['Konzert', 'Theater', 'Lesung', 'Kino', 'Kinder', 'Party'];
  const events = [];
  const start = Date.UTC(2026, 0, 1, 18);
  for (let i = 0; i < count; i++) {
    const t = start + Math.floor(i / 4) * 86_400_000 + (i % 4) * 5_400_000;
    const allDay = i % 25 === 0;
    const offset = new Date(t).getUTCMonth() >= 3 && new Date(t).getUTCMonth() < 10 ? '+02:00' : '+01:00';
    const local = (ms) => new Date(ms + (offset === '+02:00' ? 7_200_000 : 3_600_000)).toISOString().slice(0, 19) + offset;
    events.push(allDay
      ? { id: 'e' + i, title: 'Flohmarkt ' + i, start: local(t).slice(0, 10), end: local(t + 2 * 86_400_000).slice(0, 10), category: 'Markt', offers: [] }
      : {
          id: 'e' + i,
          title: 'Veranstaltung Nummer ' + i,
          start: local(t),
          end: local(t + 2.5 * 3_600_000),
          doors: local(t - 3_600_000),
          category: categories[i % categories.length],
          description: 'Ein Abend mit Musik, Gesprächen und Getränken. Eintritt an der Abendkasse.',
          location: { name: 'IM-PULS, Saal', address: 'Musterstraße 1, 12345 Musterstadt' },
          image: 'https://im-puls.example/bilder/' + i + '.jpg',
          url: 'https://im-puls.example/programm/' + i,
          status: i % 50 === 7 ? 'cancelled' : 'scheduled',
          offers: [
            { id: 'normal', name: 'Normal', price: 15, currency: 'EUR' },
            { id: 'reduced', name: 'ermäßigt', price: 10, currency: 'EUR' },
          ],
          availability: { remaining: 40, capacity: 120 },
          reservable: true,
        });
  }
  return { events };
}

const feeds = new Map();

/** Builds the feed of \`size\` events once (not measured). */
const texts = new Map();

export function prepare(size) {
  texts.set(size, JSON.stringify(feed(size)));
  feeds.set(size, JSON.parse(texts.get(size)));
}

/** One measured run: normalize, then group by local day. */
export function once(size) {
  const t0 = performance.now();
  const { events } = normalizeFeed(feeds.get(size), { warn: false });
  const t1 = performance.now();
  const days = groupByLocalDay(events).size;
  const t2 = performance.now();
  // Reference on the same machine: parsing the response text itself (not part of the total).
  JSON.parse(texts.get(size));
  const t3 = performance.now();
  return { normalize: t1 - t0, group: t2 - t1, total: t2 - t0, days, parse: t3 - t2, mb: texts.get(size).length / 1e6 };
}
`;

writeFileSync(join(dir, 'bench.ts'), benchSource);
await build({ entryPoints: [join(dir, 'bench.ts')], bundle: true, format: 'esm', target: 'es2022', outfile: join(dir, 'bench.js'), logLevel: 'warning' });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs every size RUNS times after one warm-up; \`measure\` returns the wall times and the CPU time of one run. */
async function measureAll(measure) {
  const rows = [];
  for (const size of SIZES) {
    const runs = [];
    for (let r = 0; r <= RUNS; r++) {
      const result = await measure(size);
      if (r > 0) runs.push(result); // the first run warms up the JIT and the zone-offset cache
    }
    const pick = (key) => median(runs.map((x) => x[key]));
    rows.push({
      size,
      days: runs[0].days,
      normalize: pick('normalize'),
      group: pick('group'),
      total: pick('total'),
      cpu: pick('cpu'),
      best: Math.min(...runs.map((x) => x.total)),
      parse: pick('parse'),
      mb: runs[0].mb,
    });
  }
  return rows;
}

function print(where, rows) {
  const load = loadavg()[0].toFixed(1);
  console.log(`\n${where}: median of ${RUNS} runs after one warm-up run (1-min load average ${load} on ${cpus().length} cores)\n`);
  console.log('| events | days | normalize ms | group ms | total ms (median) | fastest run ms | CPU ms (median) | for scale: JSON.parse of the feed |');
  console.log('|-------:|-----:|-------------:|---------:|------------------:|---------------:|----------------:|----------------------------------:|');
  for (const r of rows) {
    const cells = [r.size.toLocaleString('en'), r.days, r.normalize.toFixed(1), r.group.toFixed(1), r.total.toFixed(1), r.best.toFixed(1), r.cpu.toFixed(1), `${r.parse.toFixed(1)} ms (${r.mb.toFixed(1)} MB)`];
    console.log(`| ${cells.join(' | ')} |`);
  }
}

try {
  const { prepare, once } = await import(pathToFileURL(join(dir, 'bench.js')).href);
  for (const size of SIZES) prepare(size);
  const nodeRows = await measureAll((size) => {
    const before = process.cpuUsage();
    const result = once(size);
    const used = process.cpuUsage(before);
    // CPU of the measured part only: the JSON.parse reference runs after it.
    return { ...result, cpu: ((used.user + used.system) / 1000) * (result.total / (result.total + result.parse)) };
  });
  print(`Node ${process.version}`, nodeRows);

  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  let chromium;
  try {
    readFileSync(chromiumPath);
    ({ chromium } = await import('playwright-core'));
  } catch {
    console.log(`\n(no Chromium at ${chromiumPath}: browser run skipped)`);
  }
  if (chromium) {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'America/New_York' });
      const page = await context.newPage();
      await page.setContent('<!doctype html><title>feeds bench</title>');
      const code = readFileSync(join(dir, 'bench.js'), 'utf8').replace(/export\s*\{[^}]*\};?/, 'window.__bench = { prepare, once };');
      await page.addScriptTag({ content: code });
      await page.evaluate((sizes) => sizes.forEach((size) => window.__bench.prepare(size)), SIZES);
      // CPU time of the page's main thread (thread ticks), so a busy machine does not inflate it.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const taskTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
      const rows = await measureAll(async (size) => {
        const before = await taskTime();
        const result = await page.evaluate((n) => window.__bench.once(n), size);
        // CPU of the measured part only: the JSON.parse reference runs after it in the same task.
        return { ...result, cpu: (((await taskTime()) - before) * 1000 * result.total) / (result.total + result.parse) };
      });
      print(`Headless Chromium ${browser.version()} (viewer zone America/New_York)`, rows);
    } finally {
      await browser.close();
    }
  }
  console.log('\nTarget: 10,000 events normalized and grouped in well under 50 ms (median).');
  if (loadavg()[0] > cpus().length) console.log('Note: the machine is busy (load above the core count); medians are inflated, the fastest run is closer to the real cost.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
