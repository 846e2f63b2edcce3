// @ts-check
// Data retention: names, e-mails, phone numbers and messages of reservations are deleted a
// configurable number of days after their event (default 14); codes, tickets and counts stay.
// Stored idempotency answers expire after 24 hours.

import { IDEMPOTENCY_TTL_MS } from './idempotency.js';

/**
 * Runs both clean-ups now.
 * @param {import('./app.js').App} app
 * @returns {{ anonymized: number, expiredKeys: number }}
 */
export function runRetention(app) {
  const nowMs = app.now().getTime();
  const anonymized = app.store.anonymizeEndedBefore(nowMs - app.retentionDays * 86_400_000, nowMs);
  const expiredKeys = app.store.deleteIdempotencyBefore(nowMs - IDEMPOTENCY_TTL_MS);
  return { anonymized, expiredKeys };
}
