// Where the script time before the first frame goes: CPU profiles of ROUNDS cold month mounts (a
// fresh browser context each), cut at the first animation frame, averaged per mount. Self time by
// function (TOP rows, 0 for none), then inclusive time. Names stay readable (whitespace and syntax
// minified only, with the compile hint the CDN files carry).
//   N=1000 ROUNDS=10 node bench/cold-profile.mjs      ENTRY=tmp/srcB/components/event-calendar/define.ts for another tree
import { calendarPages, median } from './lib.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 8);
const pages = await calendarPages({ entries: [process.env.ENTRY ?? 'src/components/event-calendar/define.ts'], n: Number(process.env.N ?? 1000), minify: 'names', banner: '//# allFunctionsCalledOnLoad' });
const self = new Map();
const inclusive = new Map();
let total = 0;
const mounts = [];
for (let r = 0; r < ROUNDS; r++) {
  const { context, page } = await pages.open();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.exposeFunction('startProfiler', () => cdp.send('Profiler.start'));
  mounts.push(
    await page.evaluate(async () => {
      const painted = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      await painted();
      await window.startProfiler();
      await painted();
      const t0 = performance.now();
      window.mountCalendar('month');
      await new Promise((ok) => requestAnimationFrame(ok));
      const t = performance.now() - t0;
      // Marks the cut in the profile.
      (function PAINT_MARKER() {
        const end = performance.now() + 3;
        while (performance.now() < end);
      })();
      return t;
    }),
  );
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const cut = profile.samples.findIndex((id) => byId.get(id).callFrame.functionName === 'PAINT_MARKER');
  for (let i = 0; i < cut; i++) {
    const frame = byId.get(profile.samples[i]).callFrame;
    if (frame.functionName === '(idle)') continue;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const key = `${frame.functionName || '(anon)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
    const seen = new Set();
    for (let id = profile.samples[i]; id; id = parent.get(id)) {
      const name = byId.get(id).callFrame.functionName;
      if (name && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
      }
    }
  }
  await context.close();
}
console.log(`mount to the first animation frame: median ${median(mounts).toFixed(1)} ms; profiled, not idle: ${(total / ROUNDS).toFixed(1)} ms per mount`);
const top = (map, rows) => [...map].sort((a, b) => b[1] - a[1]).slice(0, rows).map(([k, v]) => `${(v / ROUNDS).toFixed(2).padStart(7)} ms  ${k}`).join('\n');
console.log(top(self, Number(process.env.TOP ?? 30)));
console.log('--- inclusive');
console.log(top(inclusive, 40));
await pages.close();
