// Reservation codes people read out at the box office, and the secret cancel tokens.

import { hash, randomFillSync, timingSafeEqual } from 'node:crypto';

// A pool refilled from the CSPRNG in blocks, so most codes cost no system call.
const pool = Buffer.allocUnsafe(4096);
let poolOffset = pool.length;

/** `n` fresh random bytes (a view into the pool: use them before asking for more). */
function randomSlice(n: number): Buffer {
  if (poolOffset + n > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const slice = pool.subarray(poolOffset, poolOffset + n);
  poolOffset += n;
  return slice;
}

// No 0/O, 1/I/L or U/V look-alikes: a code read over the phone or from a screen stays unambiguous.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';

/**
 * A new code like `ZH-7K4P-Q2M9`: 8 random characters from 29 (~39 bits). The code alone
 * unlocks nothing; reading or cancelling a reservation also needs its token.
 */
export function newReservationCode(prefix: string): string {
  let body = '';
  while (body.length < 8) {
    // Rejection sampling keeps every character equally likely: bytes ≥ 232 (8 × 29) are skipped.
    for (const byte of randomSlice(12)) {
      if (byte < 232 && body.length < 8) body += ALPHABET[byte % ALPHABET.length];
    }
  }
  return `${prefix}-${body.slice(0, 4)}-${body.slice(4)}`;
}

/** Shape check before any database lookup (also keeps odd input out of the logs). */
export function isReservationCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z0-9]{1,8}-[2-9A-Z]{4}-[2-9A-Z]{4}$/.test(value);
}

/** A new cancel token (192 random bits, URL-safe). */
export function newCancelToken(): string {
  return randomSlice(24).toString('base64url');
}

/** What is stored instead of the token. */
export function hashToken(token: string): Buffer {
  return hash('sha256', token, 'buffer');
}

// Compared against when the code is unknown, so that path costs what a wrong token costs.
const DUMMY_HASH = hashToken('kultur-widgets: no such reservation');

/**
 * Compares a presented token with the stored hash in constant time. Without a stored hash (unknown
 * code) it does the same work against a dummy and answers false.
 */
export function tokenMatches(token: string | null, storedHash: Buffer | undefined): boolean {
  const presented = hashToken(typeof token === 'string' && token.length <= 200 ? token : '');
  const expected = storedHash?.length === presented.length ? storedHash : DUMMY_HASH;
  const equal = timingSafeEqual(presented, expected);
  return equal && expected !== DUMMY_HASH && typeof token === 'string' && token.length > 0 && token.length <= 200;
}
