// JSON answers with the API's headers and their length (no chunked encoding).

import { createHash } from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';
import type { RequestContext } from './context.js';

const JSON_HEADERS: Record<string, string> = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  Vary: 'Origin',
};

// A flat [name, value, …] list: Node writes it without inspecting an object per answer.
const JSON_HEADER_LIST = Object.entries(JSON_HEADERS).flat();

/** Sends a JSON text (already serialized). */
export function sendJsonText(ctx: RequestContext, status: number, text: string, headers?: Record<string, string>): void {
  const { res } = ctx;
  const write = () => {
    if (res.destroyed) return;
    const list: (string | number)[] = headers ? Object.entries({ ...JSON_HEADERS, ...headers }).flat() : JSON_HEADER_LIST.slice();
    list.push('Content-Length', Buffer.byteLength(text));
    res.writeHead(status, list as unknown as OutgoingHttpHeaders);
    res.end(ctx.req.method === 'HEAD' ? undefined : text);
  };
  if (ctx.delayMs > 0) setTimeout(write, ctx.delayMs);
  else write();
}

export function sendJson(ctx: RequestContext, status: number, body: unknown, headers?: Record<string, string>): void {
  sendJsonText(ctx, status, JSON.stringify(body), headers);
}

/** A feed answer with an ETag of its text: 304 when the client's copy is the same (feed loaders revalidate). */
export function sendJsonRevalidated(ctx: RequestContext, text: string): void {
  const etag = `W/"${createHash('sha1').update(text).digest('base64url')}"`;
  const headers = { ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Origin' };
  if (ctx.req.headers['if-none-match'] === etag) ctx.res.writeHead(304, headers).end();
  else sendJsonText(ctx, 200, text, headers);
}
