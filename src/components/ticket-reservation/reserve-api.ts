import { HttpReadApi, ReservationError, type ReservationTransport } from './api.js';
import type { Reservation, ReservationRequest } from './types.js';

/** Seconds from a `Retry-After` header (seconds or an HTTP date); 5 when missing or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (!header) return 5;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? 5 : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * The reservation API over `fetch`: reading (`HttpReadApi`) plus sending a reservation, with the
 * answers only a reservation gets classified (409, 422, 429). Part of the submit chunk.
 */
export class HttpReservationApi extends HttpReadApi implements ReservationTransport {
  reserve(request: ReservationRequest, idempotencyKey: string, signal?: AbortSignal): Promise<Reservation> {
    const headers = { 'Content-Type': 'application/json', ...this.options.headers, 'Idempotency-Key': idempotencyKey };
    return this.getJson(this.url('/reservations'), signal, { method: 'POST', headers, body: JSON.stringify(request) });
  }

  protected override failure(response: Response, data: Record<string, unknown> | undefined, message: string): ReservationError {
    const status = response.status;
    const retryAfter = () => retryAfterSeconds(response.headers.get('Retry-After'));
    if (status === 409 && data?.error === 'in_progress') return new ReservationError('in_progress', message, { status, retryAfter: retryAfter() });
    if (status === 409) return new ReservationError('conflict', message, { status, remaining: Number(data?.remaining ?? 0) });
    if (status === 422) return new ReservationError('invalid', message, { status, fields: (data?.fields as Record<string, string>) ?? {} });
    if (status === 429) return new ReservationError('rate_limited', message, { status, retryAfter: retryAfter() });
    return super.failure(response, data, message);
  }
}
