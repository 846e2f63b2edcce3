// The events of the load benchmark, the same on every engine: one to read with 500 reservations
// behind it (reads must not depend on that number), one with a huge capacity to reserve.
import { hashToken, newCancelToken, newReservationCode } from '../dist/domain/codes.js';

export const READ_EVENT = 'bench-read';
export const RESERVE_EVENT = 'bench-reserve';

/** Inserts the benchmark's events into an empty store. */
export async function seedBench(store) {
  const startMs = Date.now() + 30 * 86_400_000;
  const offers = [
    { id: 'normal', name: 'Normal', priceCents: 1500, currency: 'EUR' },
    { id: 'reduced', name: 'ermäßigt', priceCents: 1000, currency: 'EUR' },
  ];
  const feed = (title) => ({ title, start: new Date(startMs).toISOString(), allDay: false, category: 'Konzert' });
  await store.insertEvent({ id: READ_EVENT, startMs, feed: feed('Lesetest'), capacity: 2000, onlineQuota: 1500, offers });
  // Sized so that no run sells it out: every reservation must be a 201.
  await store.insertEvent({ id: RESERVE_EVENT, startMs, feed: feed('Reservierungstest'), capacity: 50_000_000, onlineQuota: 50_000_000, maxPerOrder: 10, offers });
  for (let i = 0; i < 500; i++) {
    await store.reserve({
      eventId: READ_EVENT, lines: [{ offerId: i % 3 ? 'normal' : 'reduced', quantity: 2 }],
      person: { name: `Gast ${i}`, email: `gast${i}@example.org`, phone: null, message: null, newsletter: false },
      tokenHash: hashToken(newCancelToken()), newCode: () => newReservationCode('ZH'), nowMs: Date.now(), closeMinutes: 120, respond: () => null,
    });
  }
}
