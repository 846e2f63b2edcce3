// What every route handler receives: the request, the response and the running app.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../db/store.js';
import type { HoneypotAnswers, RunningKeys } from '../domain/idempotency.js';

/** What every handler can reach. */
export interface App {
  store: Store;
  now: () => Date;
  closeMinutes: number;
  retentionDays: number;
  bodyLimit: number;
  codePrefix: string;
  publicUrl: string | undefined;
  adminToken: string | undefined;
  runningKeys: RunningKeys;
  honeypotAnswers: HoneypotAnswers;
}

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  /** the URL path, percent-decoding left to the handler */
  path: string;
  /** the raw query string without `?` */
  search: string;
  /** path parameters captured by the route */
  params: string[];
  /** the API base the request came through: `/api` or `/api/centres/{id}` (links in answers use it) */
  apiBase: string;
  /** test hook: answer this much later */
  delayMs: number;
  app: App;
}

export type Handler = (ctx: RequestContext) => void | Promise<void>;

/** The value of one query parameter. */
export function queryParam(ctx: RequestContext, name: string): string | null {
  return ctx.search ? new URLSearchParams(ctx.search).get(name) : null;
}
