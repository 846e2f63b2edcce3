// Where the reservation tail latency comes from (`node server/bench/tail.mjs`): reservations at 50
// connections, several short runs against one server, and for each run what the server saw meanwhile
// (bench/diagnose.mjs): event-loop pauses, garbage collections, CPU per thread, the WAL file's size.
// Prints one line per run and the medians; writes nothing. BENCH_REPEAT, BENCH_DURATION (s) and
// BENCH_CONNECTIONS change the runs.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const RUNS = Number(process.env.BENCH_REPEAT ?? 5);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

const dir = mkdtempSync(join(tmpdir(), 'kultur-tail-'));
// BENCH_SERVER_ARGS: Node options for the server process, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
const serverArgs = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
const child = spawn(process.execPath, [...serverArgs, fileURLToPath(new URL('./bench-server.mjs', import.meta.url)), join(dir, 'bench.sqlite')], {
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  env: { ...process.env, BENCH_DIAGNOSE: '1' },
});
const { url } = await new Promise((resolve, reject) => {
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
    if (output.includes('\n')) resolve(JSON.parse(output.split('\n')[0]));
  });
  child.on('exit', (code) => reject(new Error(`bench-server exited with ${code}`)));
});

/** Asks the server for its figures since the last question. */
const ask = (message) => new Promise((resolve) => {
  child.once('message', resolve);
  child.send(message);
});

const body = JSON.stringify({ eventId: 'bench-reserve', tickets: [{ offerId: 'normal', quantity: 1 }], name: 'Lasttest Gast', email: 'last@example.org', website: '' });
const reserve = {
  requests: [{
    method: 'POST',
    path: '/api/reservations',
    setupRequest: (request) => ({ ...request, headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() }, body }),
  }],
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
try {
  await autocannon({ url, connections: 10, duration: 1, ...reserve }); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const load = loadavg()[0];
    await ask('diagnose-start');
    const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, ...reserve });
    const server = await ask('diagnose-stop');
    const row = { load, rps: Math.round(result.requests.average), p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, non2xx: result.non2xx, ...server };
    rows.push(row);
    console.log(
      `load ${load.toFixed(1)}  ${row.rps} req/s  server CPU ${Math.round((row.cpuMs * 1000) / result.requests.total)} µs/req` +
        `  p50 ${row.p50}  p90 ${row.p90}  p99 ${row.p99}  max ${row.max} ms  non-2xx ${row.non2xx}` +
        ` | loop delay p99 ${row.loopP99} max ${row.loopMax} ms, pauses >20 ms: ${row.pauses}` +
        ` | gc ${row.gcCount}× max ${row.gcMax} ms (${row.gcMaxKind}), total ${row.gcTotal} ms | WAL file ${row.walFileMB} MB` +
        ` | CPU ms per thread: ${row.threads}`,
    );
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
}
console.log(`median of ${RUNS}: ${median(rows.map((r) => r.rps))} req/s, p99 ${median(rows.map((r) => r.p99))} ms, max ${median(rows.map((r) => r.max))} ms, loop delay max ${median(rows.map((r) => r.loopMax))} ms`);
