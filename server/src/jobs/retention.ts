// The clean-up job: runs the retention rules (domain/retention.ts) against every centre's store.

import type { Store } from '../db/store.js';
import { retentionCutoffs } from '../domain/retention.js';

/** Runs both clean-ups now. */
export async function runRetention(store: Store, nowMs: number, retentionDays: number): Promise<{ anonymized: number; expiredKeys: number }> {
  const cutoffs = retentionCutoffs(nowMs, retentionDays);
  let anonymized = 0;
  let expiredKeys = 0;
  for (const { id } of await store.listCentres()) {
    const centre = store.forCentre(id);
    anonymized += await centre.anonymizeEndedBefore(cutoffs.personalDataMs, nowMs);
    expiredKeys += await centre.deleteIdempotencyBefore(cutoffs.idempotencyMs);
  }
  return { anonymized, expiredKeys };
}
