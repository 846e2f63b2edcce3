// @ts-check
// Idempotency-Key handling for POST /api/reservations. Confirmed answers are stored by the store
// in the same transaction as the reservation (kept 24 h); this module knows which keys are being
// worked on right now in this process, and how to compare request bodies.

import { hash } from 'node:crypto';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** 8–255 visible ASCII characters (a UUID fits; `1` does not). */
export function isValidIdempotencyKey(key) {
  return typeof key === 'string' && /^[\x21-\x7e]{8,255}$/.test(key);
}

/**
 * A fingerprint of a validated reservation request: event, tickets (per offer, sorted) and contact
 * details. Key order, whitespace and unknown fields do not make a request different.
 * @param {import('./validation.js').ReservationInput} input
 */
export function requestHash(input) {
  const lines = input.lines.map((line) => [line.offerId, line.quantity]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const { name, email, phone, message, newsletter } = input.person;
  return hash('sha256', JSON.stringify([input.eventId, lines, name, email, phone, message, newsletter, input.honeypot]), 'base64url');
}

/**
 * Keys whose first request is still running (body arriving or being processed). A second request
 * with such a key is answered 409 with Retry-After instead of racing the first.
 * One process holds them in memory; a multi-process deployment would keep a pending row in its store.
 */
export class RunningKeys {
  /** @type {Set<string>} */
  #keys = new Set();

  /** Marks `key` as running; false when it already is. */
  begin(key) {
    if (this.#keys.has(key)) return false;
    this.#keys.add(key);
    return true;
  }

  end(key) {
    this.#keys.delete(key);
  }

  has(key) {
    return this.#keys.has(key);
  }
}
