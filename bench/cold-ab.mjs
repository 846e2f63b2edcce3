// Cold A/B of the calendar's month mount: each mount in a fresh browser context (cold caches, cold
// code), the variants interleaved (this machine's load drifts), medians. Compares source trees: copy
// src/ to tmp/srcB, change it, then
//   ENTRIES=src/components/event-calendar/define.ts,tmp/srcB/components/event-calendar/define.ts node bench/cold-ab.mjs
// N (events, default 1000), ROUNDS (default 12), VIEW (month), DESC=1 (HTML descriptions on every event),
// VARIANTS (JSON array of extra CSS for each tree; an extra sheet has a cost of its own).
// Prints the wall clock to the painted frame and the renderer main thread's CPU time: under load the
// wall clock of two identical trees differed by up to 17 ms, their CPU time by about 5 ms.
import { calendarPages, exposeThreadTime, median } from './lib.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 12);
const variants = JSON.parse(process.env.VARIANTS ?? '[""]');
const entries = (process.env.ENTRIES ?? 'src/components/event-calendar/define.ts').split(',');
const pages = await calendarPages({ entries, n: Number(process.env.N ?? 1000), banner: '//# allFunctionsCalledOnLoad', descriptions: !!process.env.DESC });
const cases = entries.flatMap((_, e) => variants.map((css, v) => ({ e, css, name: `e${e} v${v}` })));
const times = new Map(cases.map((c) => [c.name, []]));
const cpu = new Map(cases.map((c) => [c.name, []]));
for (let r = 0; r < ROUNDS; r++) {
  for (const c of r % 2 ? [...cases].reverse() : cases) {
    const { context, page } = await pages.open(c.e);
    await exposeThreadTime(context, page);
    const t = await page.evaluate(
      async ([css, view]) => {
        const painted = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
        await painted();
        await painted();
        if (css) {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          customElements.get('kultur-event-calendar').elementStyles.push(sheet);
        }
        const c0 = await window.threadTime();
        const t0 = performance.now();
        window.mountCalendar(view);
        await painted();
        const wall = performance.now() - t0;
        return [wall, (await window.threadTime()) - c0];
      },
      [c.css, process.env.VIEW ?? 'month'],
    );
    times.get(c.name).push(t[0]);
    cpu.get(c.name).push(t[1]);
    await context.close();
  }
}
for (const c of cases) console.log(c.name.padEnd(8), median(times.get(c.name)).toFixed(1).padStart(7), 'ms wall', median(cpu.get(c.name)).toFixed(1).padStart(7), 'ms main-thread CPU  ', entries[c.e], c.css.slice(0, 60));
await pages.close();
