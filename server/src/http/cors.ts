// CORS allow-list. Without configuration only the same origin may call the API (no CORS headers
// at all). Widgets on other sites need their origin listed in CORS_ORIGINS.

import type { IncomingMessage, ServerResponse } from 'node:http';

const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

/**
 * @param origins  exact origins, or `'localhost'`: any http://localhost:* and http://127.0.0.1:*
 * @param testHooks  also allow the X-Test-Delay-Ms request header
 */
export function createCors(origins: string[] | 'localhost' | undefined, testHooks: boolean) {
  const allowed = origins === 'localhost'
    ? (origin: string) => LOCAL_ORIGIN.test(origin)
    : (origin: string) => (origins ?? []).includes(origin);
  const allowHeaders = `Content-Type, Idempotency-Key, Accept-Language, Authorization${testHooks ? ', X-Test-Delay-Ms' : ''}`;

  /** Adds CORS headers for an allowed origin. Answers a preflight itself and returns true then. */
  return function applyCors(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    const ok = typeof origin === 'string' && allowed(origin);
    // `Vary: Origin` is part of every API answer's fixed headers (respond.ts); setting nothing
    // here for same-origin requests keeps Node on its fast path for writing headers.
    if (ok) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Idempotent-Replayed');
    }
    if (req.method !== 'OPTIONS') return false;
    res.setHeader('Vary', 'Origin');
    if (ok) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', allowHeaders);
      res.setHeader('Access-Control-Max-Age', '600');
    }
    res.writeHead(204).end();
    return true;
  };
}
