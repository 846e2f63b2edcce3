// The table of `npm run bench:server`: one line per scenario on the console, the markdown of
// server/BENCHMARKS.md.
import { cpus } from 'node:os';
import process from 'node:process';

export const TARGETS = {
  sqlite: { reads: 10_000, reservations: 2_000, p99: 50, processes: 1 },
  postgres: { reads: 8_000, reservations: 1_000, p99: 100, processes: 4 },
};

// Static text after the table; how the write paths work is in docs/backend.md, not here.
export const NOTES = `How the two write paths work, and why: docs/backend.md ("The write path"), docs/decisions/.
What the figures rest on:

- availability reads use the seat counters stored on the event and offer rows; SQLite keeps the last
  read per event in memory until this process changes the event (1 s lifetime for edits from
  outside), PostgreSQL reads the two rows in a transaction of the centre on every request;
- SQLite: reservations arriving in the same turn of the event loop share one write transaction
  (group commit), counters read once per batch and written back once; reservations and their
  idempotency records are stored in row-id order and the small keyed tables are WITHOUT ROWID (about
  3 WAL pages per reservation); checkpoints run in a worker thread, never on the event loop;
- PostgreSQL: one transaction per reservation, about ten round trips to the database, the event row
  locked from its read to the commit: reservations for one event (the benchmark reserves for one)
  run one after the other across all processes.
`;

/** Whether a row meets its target, or '' when none applies to it. */
export function verdict(row) {
  const target = TARGETS[row.engine];
  if (!target || row.processes !== target.processes) return '';
  const rps = row.scenario === 'availability' ? target.reads : target.reservations;
  const p99 = row.connections === 50 ? `, ${row.p99 <= target.p99 ? '✓' : '✗'} p99 ≤ ${target.p99} ms` : '';
  return `${row.rps >= rps ? '✓' : '✗'} ≥ ${rps.toLocaleString('en')} req/s${p99}`;
}

/** One console line. */
export function line(row) {
  return `${row.scenario.padEnd(14)} ${row.engine.padEnd(9)} ${String(row.processes).padStart(2)} proc ${String(row.connections).padStart(3)} conn  ${String(row.rps).padStart(6)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  CPU ${row.cpuUs} µs/req  load ${row.load}  (runs ${row.runs.join(', ')}; p99 ${row.p99s.join(', ')} ms)  ${row.check}`;
}

/** The whole server/BENCHMARKS.md. */
export function markdown({ rows, duration, repeat, postgres, skipped, loadBefore, loadAfter }) {
  const cpu = cpus();
  const n = (x) => x.toLocaleString('en');
  return `# Reference backend: load benchmark

Measured with \`npm run bench:server\` (server/bench/load.mjs): autocannon 8 on loopback against
\`node server/dist/main.js\` processes, SQLite (temporary file, WAL, \`synchronous=NORMAL\`, 1 process)
and PostgreSQL (1 and 4 processes on one database) in the same run, ${duration} s per run after a 1 s
warm-up, ${repeat} runs per scenario: the table shows the best run (its latencies and CPU) and lists
the throughput and p99 of all runs. Each engine starts on a fresh database with the events of
server/bench/seed.mjs. All validation, idempotency (a fresh \`Idempotency-Key\` per reservation) and
rate limiting are on; the load client has a high limit. With 4 processes autocannon is given the 4
ports and opens its connections round-robin over them (what a reverse proxy with keep-alive
upstream connections does); no proxy process shares the 2 cores.

PostgreSQL: ${skipped ?? postgres}.
Correctness is checked after every run against the database: every 201 is a reservation row, the
seat counters equal the rows' sum, no event beyond its quota, no answer other than 2xx (the events
are sized not to sell out). "check" says ✓ or what was wrong.

Machine: ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
Shared with other work: 1-minute load average ${loadBefore} before the run and ${loadAfter} after it;
"load" is the load average when the scenario started. The load generator and, for PostgreSQL,
the database server run on the same 2 cores as the backend. "server CPU" is the CPU time of the
backend processes (not the database's) per request.

| scenario | engine | processes | connections | req/s | p50 | p99 | requests | server CPU / request | load | all runs, req/s | all runs, p99 | check | target |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|
${rows.map((r) => `| ${r.scenario} | ${r.engine} | ${r.processes} | ${r.connections} | ${n(r.rps)} | ${r.p50} ms | ${r.p99} ms | ${n(r.total)} | ${r.cpuUs} µs | ${r.load} | ${r.runs.map(n).join(' · ')} | ${r.p99s.map((x) => `${x} ms`).join(' · ')} | ${r.check} | ${verdict(r)} |`).join('\n')}

Targets (issue 5, issue 14): SQLite (1 process) availability reads ≥ 10,000 req/s, reservations
≥ 2,000 req/s, p99 ≤ 50 ms at 50 connections; PostgreSQL with 4 processes reads ≥ 8,000 req/s,
reservations ≥ 1,000 req/s, p99 ≤ 100 ms at 50 connections.

${NOTES}`;
}
