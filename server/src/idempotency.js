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

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` count as the same request. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A fingerprint of the parsed request body. */
export function requestHash(body) {
  return hash('sha256', canonical(body), 'base64url');
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
