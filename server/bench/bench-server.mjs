// The server under load for bench/tail.mjs, in its own process so the load generator does not share
// its event loop: an empty temporary SQLite database with the events of seed.mjs.
import process from 'node:process';
import { startServer } from '../dist/app.js';
import { seedBench } from './seed.mjs';

const server = await startServer({
  port: 0,
  databasePath: process.argv[2],
  seed: 'none',
  // Rate limiting stays on; the load client has its own, high limit.
  rateLimit: { windowMs: 60_000, max: 100_000_000 },
});
await seedBench(server.app.store);
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
// The load script asks for this process's CPU time around each scenario (server CPU per request).
process.on('message', (message) => {
  if (message === 'cpu') process.send?.(process.cpuUsage());
});
// bench/tail.mjs asks what the server saw during each of its runs.
if (process.env.BENCH_DIAGNOSE) {
  const { diagnose } = await import('./diagnose.mjs');
  diagnose(process.argv[2]);
}
