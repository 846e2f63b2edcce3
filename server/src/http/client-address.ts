// The address a client is rate-limited by.

import type { IncomingMessage } from 'node:http';

/** The socket's peer, or behind a trusted proxy the address the proxy appended last to X-Forwarded-For. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers['x-forwarded-for'] : undefined;
  if (typeof forwarded === 'string' && forwarded) return forwarded.split(',').at(-1)?.trim() ?? '';
  return req.socket.remoteAddress ?? '';
}
