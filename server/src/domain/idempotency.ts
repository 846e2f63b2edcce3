// Idempotency-Key rules for POST /api/reservations: which keys are valid, when two requests are the
// same, and which keys are being worked on right now in this process. The store keeps the answers.

import { hash } from 'node:crypto';
import type { IdempotencyRecord } from '../db/store.js';
import type { ReservationInput } from './reservation-input.js';

/** A stored answer is replayed for 24 hours; then the key is free. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** 8–255 visible ASCII characters (a UUID fits; `1` does not). */
export function isValidIdempotencyKey(key: unknown): key is string {
  return typeof key === 'string' && /^[\x21-\x7e]{8,255}$/.test(key);
}

/**
 * A fingerprint of a validated reservation request: event, tickets (per offer, sorted) and contact
 * details. Key order, whitespace and unknown fields do not make a request different.
 */
export function requestHash(input: ReservationInput): string {
  const lines = input.lines.map((line) => [line.offerId, line.quantity] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const { name, email, phone, message, newsletter } = input.person;
  return hash('sha256', JSON.stringify([input.eventId, lines, name, email, phone, message, newsletter, input.honeypot]), 'base64url');
}

/**
 * Keys whose first request is still running (body arriving or being processed): a second request
 * with such a key is answered 409 instead of racing the first. Across processes the store
 * decides: SQLite checks the key under its write lock, PostgreSQL inserts the key row first.
 */
export class RunningKeys {
  #keys = new Set<string>();

  /** Marks `key` as running; false when it already is. */
  begin(key: string): boolean {
    if (this.#keys.has(key)) return false;
    this.#keys.add(key);
    return true;
  }

  end(key: string): void {
    this.#keys.delete(key);
  }

  has(key: string): boolean {
    return this.#keys.has(key);
  }
}

/**
 * The made-up answers given to the honeypot, by Idempotency-Key, so that a bot repeating a key is
 * answered the same again, as a person would be. Bounded: the oldest are forgotten first.
 */
export class HoneypotAnswers {
  #answers = new Map<string, IdempotencyRecord>();

  constructor(readonly max = 10_000) {}

  get(key: string, nowMs: number): IdempotencyRecord | undefined {
    const record = this.#answers.get(key);
    return record && record.createdMs >= nowMs - IDEMPOTENCY_TTL_MS ? record : undefined;
  }

  set(record: IdempotencyRecord): void {
    if (this.#answers.size >= this.max) this.#answers.delete(this.#answers.keys().next().value as string);
    this.#answers.set(record.key, record);
  }
}
