/**
 * The one place that talks to the network: `fetch` with a timeout, caller abort, no cookies,
 * no referrer, and failures classified for people. Tiny on purpose: the membership badge
 * (8 KB budget) imports only this file.
 */
import type { FeedProblem } from './types.js';

/**
 * Why a feed could not be used:
 * - `network`: not reachable (offline, DNS, refused) on the page's own origin;
 * - `cors`: another origin that is blocked by the browser (CORS) or unreachable: browsers hide which;
 * - `timeout`: no complete answer within the time limit;
 * - `http`: the server answered with an error status (`status` holds it);
 * - `format`: the answer is not the expected format (not JSON, not iCalendar, …);
 * - `empty`: the feed parsed, but none of its items was a valid event.
 */
export type FeedErrorKind = 'network' | 'cors' | 'timeout' | 'http' | 'format' | 'empty';

/** A classified load failure. `message` is for developers (English); widgets localize by `kind`. */
export class FeedError extends Error {
  override name = 'FeedError';
  readonly kind: FeedErrorKind;
  readonly url: string;
  /** HTTP status, for `kind: 'http'`. */
  readonly status?: number;
  /** For `kind: 'empty'`: why each item was skipped. */
  readonly problems?: readonly FeedProblem[];

  constructor(
    kind: FeedErrorKind,
    url: string,
    message: string,
    options: { status?: number; cause?: unknown; problems?: readonly FeedProblem[] } = {},
  ) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.url = url;
    this.status = options.status;
    this.problems = options.problems;
  }
}

export interface FetchOptions {
  /** Give up after this many milliseconds (connecting and reading the body). Default 10 000. */
  timeoutMs?: number;
  /** Aborting it rejects with the signal's reason (an `AbortError`), not with a `FeedError`. */
  signal?: AbortSignal;
  /** `Accept` header (a CORS-safelisted header: never causes a preflight). */
  accept?: string;
}

/** The body and the validators of a successful answer. */
export interface FetchedText {
  text: string;
  /** The final URL after redirects (base for relative links in the feed). */
  url: string;
  contentType: string;
  etag?: string;
  lastModified?: string;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** True for the rejection of an aborted request (caller's signal), which callers usually ignore. */
export function isAbortError(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'AbortError';
}

function isCrossOrigin(url: string): boolean {
  const here = globalThis.location?.origin;
  if (!here) return false;
  try {
    return new URL(url, globalThis.location.href).origin !== here;
  } catch {
    return false;
  }
}

/**
 * GETs `url` and returns its text. `cache: 'no-cache'` lets the browser revalidate its cached
 * copy with `If-None-Match` / `If-Modified-Since` itself (a 304 arrives here as the cached 200),
 * which works cross-origin without the preflight that hand-set conditional headers would cause.
 *
 * @throws {FeedError} `network` | `cors` | `timeout` | `http`; or the caller's abort reason.
 */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<FetchedText> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, signal, accept } = options;
  signal?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  const fail = (error: unknown): never => {
    if (error instanceof FeedError) throw error;
    if (signal?.aborted) throw signal.reason;
    if (timedOut) {
      throw new FeedError('timeout', url, `No answer from ${url} within ${timeoutMs / 1000} s.`, { cause: error });
    }
    if (globalThis.navigator?.onLine !== false && isCrossOrigin(url)) {
      throw new FeedError(
        'cors',
        url,
        `Could not load ${url}: blocked by the browser (the server does not allow this page's origin ` +
          `${globalThis.location?.origin} via CORS: Access-Control-Allow-Origin) or unreachable. Browsers hide which of the two.`,
        { cause: error },
      );
    }
    throw new FeedError('network', url, `Could not reach ${url} (${(error as Error)?.message ?? error}).`, { cause: error });
  };

  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-cache',
      referrerPolicy: 'no-referrer',
      headers: accept ? { Accept: accept } : undefined,
    });
    if (!response.ok) {
      throw new FeedError('http', url, `${url} answered HTTP ${response.status} ${response.statusText}`.trim() + '.', {
        status: response.status,
      });
    }
    const text = await response.text();
    const headers = response.headers;
    return {
      text,
      url: response.url || url,
      contentType: headers.get('content-type') ?? '',
      etag: headers.get('etag') ?? undefined,
      lastModified: headers.get('last-modified') ?? undefined,
    };
  } catch (error) {
    return fail(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * GETs `url` and parses it as JSON.
 *
 * @throws {FeedError} as {@link fetchText}, and `format` when the body is not JSON.
 */
export async function fetchJson<T = unknown>(url: string, options: FetchOptions = {}): Promise<T> {
  const { text } = await fetchText(url, { accept: 'application/json', ...options });
  return parseJson<T>(text, url);
}

/** `JSON.parse` that reports a `format` error naming the URL and where the JSON broke. */
export function parseJson<T = unknown>(text: string, url: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    const start = text.trimStart().slice(0, 40).replace(/\s+/g, ' ');
    throw new FeedError('format', url, `${url} is not valid JSON (${(error as Error).message}); it starts with "${start}".`, {
      cause: error,
    });
  }
}
