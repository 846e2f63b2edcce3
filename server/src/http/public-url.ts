// Absolute URLs in answers (images, logos, cancel links) start at the backend's public address:
// PUBLIC_URL when configured (behind a proxy or TLS), else the Host the request was sent to.

import type { RequestContext } from './context.js';

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** e.g. `http://localhost:8080` (no trailing slash). */
export function publicBase(ctx: RequestContext): string {
  if (ctx.app.publicUrl) return ctx.app.publicUrl;
  const host = ctx.req.headers.host;
  return `http://${typeof host === 'string' && HOST.test(host) ? host : 'localhost'}`;
}

/** Makes a root-relative path (`/images/x.svg`) absolute; other values pass unchanged. */
export function absoluteUrl(base: string, value: unknown): unknown {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? base + value : value;
}
