// @ts-check
// Request context, body reading and JSON answers shared by every handler.

import { errorMessages, requestLang } from './messages.js';

/**
 * @typedef {object} RequestContext
 * @property {import('node:http').IncomingMessage} req
 * @property {import('node:http').ServerResponse} res
 * @property {string} path  the URL path, percent-decoding left to the handler
 * @property {string} search  the raw query string without `?`
 * @property {string[]} params  path parameters captured by the route
 * @property {number} delayMs  test hook: answer this much later
 * @property {import('./app.js').App} app
 */

export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} code  the `error` field
   * @param {Record<string, unknown>} [extra]  more fields of the body (e.g. `fields`)
   * @param {Record<string, string>} [headers]
   */
  constructor(status, code, extra, headers) {
    super(code);
    this.status = status;
    this.code = code;
    this.extra = extra;
    this.headers = headers;
  }
}

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  Vary: 'Origin',
};

// As a flat [name, value, …] list: Node writes such a list without inspecting an object per answer.
const JSON_HEADER_LIST = Object.entries(JSON_HEADERS).flat();

/**
 * Sends a JSON text (already serialized) with the API's headers and its length (no chunked encoding).
 * @param {RequestContext} ctx
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} [headers]
 */
export function sendJsonText(ctx, status, text, headers) {
  const { res } = ctx;
  const write = () => {
    if (res.destroyed) return;
    /** @type {(string | number)[]} */
    const list = headers ? Object.entries({ ...JSON_HEADERS, ...headers }).flat() : JSON_HEADER_LIST.slice();
    list.push('Content-Length', Buffer.byteLength(text));
    res.writeHead(status, /** @type {any} */ (list));
    res.end(ctx.req.method === 'HEAD' ? undefined : text);
  };
  if (ctx.delayMs > 0) setTimeout(write, ctx.delayMs);
  else write();
}

/**
 * @param {RequestContext} ctx
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(ctx, status, body, headers) {
  sendJsonText(ctx, status, JSON.stringify(body), headers);
}

/**
 * Sends `{ error, message, …extra }`, the message in the request's language.
 * @param {RequestContext} ctx
 * @param {HttpError} error
 */
export function sendError(ctx, error) {
  const lang = requestLang(ctx.req.headers['accept-language']);
  const message = errorMessages[error.code]?.[lang] ?? error.code;
  sendJson(ctx, error.status, { error: error.code, message, ...error.extra }, error.headers);
}

/** True when the request declares a JSON body (`application/json`, any parameters). */
export function isJsonRequest(req) {
  const type = req.headers['content-type'];
  return typeof type === 'string' && /^application\/json\s*(;|$)/i.test(type);
}

/**
 * Reads the whole body as UTF-8, refusing more than `limit` bytes (413) before buffering it.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<string>}
 */
export function readBody(req, limit) {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.reject(new HttpError(413, 'payload_too_large', { limit }, { Connection: 'close' }));
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume(); // discard the rest; the answer closes the connection
        reject(new HttpError(413, 'payload_too_large', { limit }, { Connection: 'close' }));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Reads and parses a JSON body after checking its Content-Type (415) and size (413).
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 */
export async function readJson(req, limit) {
  if (!isJsonRequest(req)) throw new HttpError(415, 'unsupported_media_type');
  const text = await readBody(req, limit);
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_json');
  }
}

/** The value of one query parameter. */
export function queryParam(ctx, name) {
  return ctx.search ? new URLSearchParams(ctx.search).get(name) : null;
}
