// Data retention: personal data goes a number of days after its event; idempotency answers after 24 h.

import { IDEMPOTENCY_TTL_MS } from './idempotency.js';

const DAY_MS = 86_400_000;

/** Events that ended before `personalDataMs` lose their visitors' data; answers stored before `idempotencyMs` expire. */
export function retentionCutoffs(nowMs: number, retentionDays: number): { personalDataMs: number; idempotencyMs: number } {
  return { personalDataMs: nowMs - retentionDays * DAY_MS, idempotencyMs: nowMs - IDEMPOTENCY_TTL_MS };
}
