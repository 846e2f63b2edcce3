import type { Availability, FailureReason, Reservation, ReservationRequest, TransientReason } from './types.js';

/**
 * What the element needs from a reservation backend. The default is `HttpReservationApi`;
 * Storybook injects an in-memory implementation, so every state works without a server.
 */
export interface ReservationTransport {
  /** The raw events feed of the backend (`GET {endpoint}/events`), normalized by the caller. */
  events(signal?: AbortSignal): Promise<unknown>;
  availability(eventId: string, signal?: AbortSignal): Promise<Availability>;
  /** Sends one attempt. Retries of the same attempt pass the same `idempotencyKey`. */
  reserve(request: ReservationRequest, idempotencyKey: string, signal?: AbortSignal): Promise<Reservation>;
}

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

/** A fresh random key per reservation attempt; `getRandomValues` works on plain-http pages too. */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Seconds from a `Retry-After` header (seconds or an HTTP date); 5 when missing or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (!header) return 5;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? 5 : Math.max(0, Math.ceil((at - now) / 1000));
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

/** The reservation API over `fetch`: no cookies, no referrer, a timeout on every request. */
export class HttpReservationApi implements ReservationTransport {
  constructor(
    readonly endpoint: string,
    readonly options: HttpApiOptions = {},
  ) {}

  events(signal?: AbortSignal): Promise<unknown> {
    return this.#request('GET', '/events', undefined, {}, signal);
  }

  /** GETs any JSON URL (the `src` feed) with the same timeout and privacy settings. */
  getJson(url: string, signal?: AbortSignal): Promise<unknown> {
    return this.#request('GET', '', undefined, {}, signal, url);
  }

  availability(eventId: string, signal?: AbortSignal): Promise<Availability> {
    return this.#request('GET', `/events/${encodeURIComponent(eventId)}/availability`, undefined, {}, signal);
  }

  reserve(request: ReservationRequest, idempotencyKey: string, signal?: AbortSignal): Promise<Reservation> {
    return this.#request('POST', '/reservations', request, { ...this.options.headers, 'Idempotency-Key': idempotencyKey }, signal);
  }

  async #request<T>(method: string, path: string, body: unknown, headers: Record<string, string>, signal?: AbortSignal, absolute?: string): Promise<T> {
    const url = absolute ?? this.endpoint.replace(/\/+$/, '') + path;
    if (isOffline()) throw new ReservationError('offline', `offline: ${method} ${url} not sent`);
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
        method,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        headers: {
          Accept: 'application/json',
          ...(this.options.lang ? { 'Accept-Language': this.options.lang } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
        body: body ? JSON.stringify(body) : undefined,
      });
      data = parseBody(await response.text());
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut) throw new ReservationError('timeout', `no answer from ${url} in time`);
      throw new ReservationError(isOffline() ? 'offline' : 'network', `${method} ${url} failed: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    if (response.ok && data) return data as T;
    const status = response.status;
    const message = `${method} ${url} answered HTTP ${status}`;
    if (status === 409 && data?.error === 'in_progress') {
      throw new ReservationError('in_progress', message, { status, retryAfter: retryAfterSeconds(response.headers.get('Retry-After')) });
    }
    if (status === 409) throw new ReservationError('conflict', message, { status, remaining: Number(data?.remaining ?? 0) });
    if (status === 422) throw new ReservationError('invalid', message, { status, fields: (data?.fields as Record<string, string>) ?? {} });
    if (status === 429) throw new ReservationError('rate_limited', message, { status, retryAfter: retryAfterSeconds(response.headers.get('Retry-After')) });
    throw new ReservationError(status === 404 ? 'not_found' : 'server', message, { status });
  }
}
