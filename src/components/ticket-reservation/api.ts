import type { Availability, FailureReason, Reservation, ReservationRequest, TransientReason } from './types.js';

/**
 * What the element needs from a reservation backend. The default is `HttpReservationApi`
 * (reserve-api.ts); Storybook injects an in-memory implementation, so every state works without a server.
 */
export interface ReservationTransport {
  /** The raw events feed of the backend (`GET {endpoint}/events`), normalized by the caller. */
  events(signal?: AbortSignal): Promise<unknown>;
  availability(eventId: string, signal?: AbortSignal): Promise<Availability>;
  /** Sends one attempt. Retries of the same attempt pass the same `idempotencyKey`. */
  reserve(request: ReservationRequest, idempotencyKey: string, signal?: AbortSignal): Promise<Reservation>;
}

/** The part of a transport the form uses before a submit. */
export type ReservationReader = Pick<ReservationTransport, 'events' | 'availability'>;

/** A failed request, classified (see `FailureReason`). */
export class ReservationError extends Error {
  override name = 'ReservationError';
  constructor(
    readonly reason: FailureReason | TransientReason,
    message: string,
    readonly details: {
      status?: number;
      /** 409: seats left; 422: field → code. */
      remaining?: number;
      fields?: Record<string, string>;
      /** 429: seconds to wait. */
      retryAfter?: number;
    } = {},
  ) {
    super(message);
  }
}

export interface HttpApiOptions {
  /** Give up after this many milliseconds. */
  timeoutMs?: number;
  /** Extra headers on the reservation POST. For tests only (the backend's `X-Test-Delay-Ms` switch). */
  headers?: Record<string, string>;
  /** Language of texts the backend writes (the pickup note): `Accept-Language`, a CORS-safelisted header. */
  lang?: string;
}

/** The browser's own view; `navigator.onLine` is only reliable when it says offline. */
const isOffline = () => globalThis.navigator?.onLine === false;

function parseBody(text: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads the reservation API over `fetch`: no cookies, no referrer, a timeout on every request.
 * `HttpReservationApi` (reserve-api.ts) adds sending: it travels in the submit chunk.
 */
export class HttpReadApi implements ReservationReader {
  constructor(
    readonly endpoint: string,
    readonly options: HttpApiOptions = {},
  ) {}

  events(signal?: AbortSignal): Promise<unknown> {
    return this.getJson(this.url('/events'), signal);
  }

  availability(eventId: string, signal?: AbortSignal): Promise<Availability> {
    return this.getJson(this.url(`/events/${encodeURIComponent(eventId)}/availability`), signal);
  }

  /** Fetches any JSON URL (also the `src` feed) with the same timeout and privacy settings. */
  async getJson<T>(url: string, signal?: AbortSignal, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<T> {
    const request = `${init.method ?? 'GET'} ${url}`;
    if (isOffline()) throw new ReservationError('offline', `offline: ${request} not sent`);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs ?? 15_000);
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let response: Response;
    let data: Record<string, unknown> | undefined;
    try {
      response = await fetch(url, {
        ...init,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        headers: { Accept: 'application/json', ...(this.options.lang ? { 'Accept-Language': this.options.lang } : {}), ...init.headers },
      });
      data = parseBody(await response.text());
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut) throw new ReservationError('timeout', `no answer to ${request} in time`);
      throw new ReservationError(isOffline() ? 'offline' : 'network', `${request} failed: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    if (response.ok && data) return data as T;
    throw this.failure(response, data, `${request} answered HTTP ${response.status}`);
  }

  /** The error for any other answer; reading knows only `not_found` and `server`. */
  protected failure(response: Response, _data: Record<string, unknown> | undefined, message: string): ReservationError {
    return new ReservationError(response.status === 404 ? 'not_found' : 'server', message, { status: response.status });
  }

  protected url(path: string): string {
    return this.endpoint.replace(/\/+$/, '') + path;
  }
}
