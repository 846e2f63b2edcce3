// Errors a handler throws to answer `{ error, message, …extra }` with a status.

import { errorMessages, requestLang } from './messages.js';
import { sendJson } from './respond.js';
import type { RequestContext } from './context.js';

export class HttpError extends Error {
  /**
   * @param code  the `error` field
   * @param extra  more fields of the body (e.g. `fields`)
   */
  constructor(
    readonly status: number,
    readonly code: string,
    readonly extra?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(code);
  }
}

/** Sends `{ error, message, …extra }`, the message in the request's language. */
export function sendError(ctx: RequestContext, error: HttpError): void {
  const lang = requestLang(ctx.req.headers['accept-language']);
  const message = errorMessages[error.code]?.[lang] ?? error.code;
  sendJson(ctx, error.status, { error: error.code, message, ...error.extra }, error.headers);
}
