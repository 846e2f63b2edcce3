// The clean-up job: runs the retention rules (domain/retention.ts) against the store.

import type { Store } from '../db/store.js';
import { retentionCutoffs } from '../domain/retention.js';

/** Runs both clean-ups now. */
export async function runRetention(store: Store, nowMs: number, retentionDays: number): Promise<{ anonymized: number; expiredKeys: number }> {
  const cutoffs = retentionCutoffs(nowMs, retentionDays);
  const anonymized = await store.anonymizeEndedBefore(cutoffs.personalDataMs, nowMs);
  const expiredKeys = await store.deleteIdempotencyBefore(cutoffs.idempotencyMs);
  return { anonymized, expiredKeys };
}
