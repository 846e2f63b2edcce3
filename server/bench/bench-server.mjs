// The server under load, in its own process so the load generator does not share its event loop.
// Empty temporary database; one event for availability reads with 500 reservations behind it (reads
// must not depend on that number), one event with a huge capacity for reservations.
import process from 'node:process';
import { hashToken, newCancelToken, newReservationCode } from '../dist/domain/codes.js';
import { startServer } from '../dist/app.js';

const server = await startServer({
  port: 0,
  databasePath: process.argv[2],
  seed: 'none',
  // Rate limiting stays on; the load client has its own, high limit.
  rateLimit: { windowMs: 60_000, max: 100_000_000 },
});
const { store } = server.app;
const startMs = Date.now() + 30 * 86_400_000;
const offers = [
  { id: 'normal', name: 'Normal', priceCents: 1500, currency: 'EUR' },
  { id: 'reduced', name: 'ermäßigt', priceCents: 1000, currency: 'EUR' },
];
const feed = (title) => ({ title, start: new Date(startMs).toISOString(), allDay: false, category: 'Konzert' });
await store.insertEvent({ id: 'bench-read', startMs, feed: feed('Lesetest'), capacity: 2000, onlineQuota: 1500, offers });
await store.insertEvent({ id: 'bench-reserve', startMs, feed: feed('Reservierungstest'), capacity: 50_000_000, onlineQuota: 50_000_000, maxPerOrder: 10, offers });
for (let i = 0; i < 500; i++) {
  await store.reserve({
    eventId: 'bench-read', lines: [{ offerId: i % 3 ? 'normal' : 'reduced', quantity: 2 }],
    person: { name: `Gast ${i}`, email: `gast${i}@example.org`, phone: null, message: null, newsletter: false },
    tokenHash: hashToken(newCancelToken()), newCode: () => newReservationCode('ZH'), nowMs: Date.now(), closeMinutes: 120, respond: () => null,
  });
}
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
