// What the server process saw during a run of bench/tail.mjs: event-loop pauses, garbage
// collections, CPU per thread and the size of the WAL file. Answers 'diagnose-start' and
// 'diagnose-stop' on the IPC channel.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import process from 'node:process';

const GC_KINDS = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weak callbacks' };
const PAUSE_MS = 20;

/** CPU milliseconds per thread (Linux /proc; clock ticks of 10 ms): the event loop apart from the workers. */
function threadCpu() {
  /** @type {Record<string, number>} */
  const byName = {};
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = tid === String(process.pid) ? 'event loop' : stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      byName[name] = (byName[name] ?? 0) + (Number(fields[11]) + Number(fields[12])) * 10;
    }
  } catch {
    // Not Linux: no per-thread figures.
  }
  return byName;
}

/** @param {string} databasePath */
export function diagnose(databasePath) {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  /** @type {{ kind: string, duration: number }[]} */
  let gcs = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcs.push({ kind: GC_KINDS[/** @type {any} */ (entry).detail?.kind] ?? 'other', duration: entry.duration });
  }).observe({ entryTypes: ['gc'] });
  // Pauses: a 5 ms timer that fires more than PAUSE_MS late.
  let pauses = 0;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last - 5 > PAUSE_MS) pauses++;
    last = now;
  }, 5).unref();
  let cpuStart = process.cpuUsage();
  let threadsStart = threadCpu();

  process.on('message', (message) => {
    if (message === 'diagnose-start') {
      loop.reset();
      loop.enable();
      gcs = [];
      pauses = 0;
      cpuStart = process.cpuUsage();
      threadsStart = threadCpu();
      process.send?.('ok');
    } else if (message === 'diagnose-stop') {
      loop.disable();
      const cpu = process.cpuUsage(cpuStart);
      const worstGc = gcs.reduce((a, b) => (b.duration > a.duration ? b : a), { kind: '-', duration: 0 });
      let walBytes = 0;
      try {
        walBytes = statSync(`${databasePath}-wal`).size; // the file keeps the largest size the WAL reached
      } catch {
        // no WAL file (yet)
      }
      process.send?.({
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
        loopP99: Math.round(loop.percentile(99) / 1e6),
        loopMax: Math.round(loop.max / 1e6),
        pauses,
        gcCount: gcs.length,
        gcMax: Math.round(worstGc.duration),
        gcMaxKind: worstGc.kind,
        gcTotal: Math.round(gcs.reduce((sum, gc) => sum + gc.duration, 0)),
        walFileMB: (walBytes / 1048576).toFixed(1),
        threads: Object.entries(threadCpu())
          .map(([name, ms]) => [name, ms - (threadsStart[name] ?? 0)])
          .filter(([, ms]) => Number(ms) > 0)
          .map(([name, ms]) => `${name} ${ms}`)
          .join(', '),
      });
    }
  });
}
