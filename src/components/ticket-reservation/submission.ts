import type { KulturEvent, KulturOffer } from '../../data/types.js';
import { fire } from '../../shared/events.js';
import { ReservationError, type HttpApiOptions, type ReservationTransport } from './api.js';
import { isReservable, offerMax, type Quantities } from './availability.js';
import type { FormMessages, Notice } from './messages.js';
import { HttpReservationApi } from './reserve-api.js';
import type { ReservationConfirmedDetail, ReservationFailedDetail } from './types.js';
import type { Availability, FailureReason, Reservation, ReservationRequest } from './types.js';
import { isFieldName, type FieldErrors } from './validation.js';

/** The element as a submission sees it: the reactive state it renders, and a few helpers. */
export interface SubmitHost extends HTMLElement {
  readonly selected?: KulturEvent;
  availability?: Availability;
  quantities: Quantities;
  errors: FieldErrors;
  summaryShown: boolean;
  sending: boolean;
  waiting: boolean;
  notice?: Notice;
  retryLabel: boolean;
  /** An attempt may be stored but has no answer yet (timeout, lost connection): the order is read-only. */
  locked: boolean;
  reservation?: Reservation;
  announcement: string;
  readonly transport?: ReservationTransport;
  readonly endpoint: string;
  readonly httpOptions: HttpApiOptions;
  /** Tickets per reservation. */
  readonly limit: number;
  readonly msg: FormMessages;
  focusSummary(): Promise<void>;
}

/** A fresh random key per reservation attempt; `getRandomValues` works on plain-http pages too. */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Lowers quantities that no longer fit (after a 409 or a fresh availability), category by category
 * in the order shown. Returns the corrected quantities and whether anything changed.
 */
export function fitQuantities(offers: KulturOffer[], quantities: Quantities, availability: Availability | undefined, limit: number): [Quantities, boolean] {
  const fitted: Quantities = {};
  let changed = false;
  for (const offer of offers) {
    const wanted = quantities[offer.id] ?? 0;
    const allowed = Math.min(wanted, offerMax(offer.id, fitted, availability, limit));
    fitted[offer.id] = allowed;
    if (allowed !== wanted) changed = true;
  }
  return [fitted, changed];
}

/**
 * Sends a reservation and handles whatever comes back: never double-books (one `Idempotency-Key`
 * per attempt, reused on every retry of it), and what the visitor typed survives every failure.
 * Part of the submit chunk (see submit-chunk.ts).
 */
export class Submission {
  /** The attempt in flight or to retry: its key, its body, and whether it may already be stored. */
  #attempt?: { key: string; body: string; sent: boolean };
  /** Cancels a pending automatic resend (429, offline, in progress). */
  #stopWaiting?: () => void;

  constructor(private readonly host: SubmitHost) {}

  get #api(): ReservationTransport {
    return this.host.transport ?? new HttpReservationApi(this.host.endpoint, this.host.httpOptions);
  }

  async send(event: KulturEvent, request: ReservationRequest): Promise<void> {
    const host = this.host;
    const body = JSON.stringify(request);
    // Same content → same attempt → same key; a changed order is a new attempt.
    if (this.#attempt?.body !== body) this.#attempt = { key: newIdempotencyKey(), body, sent: false };
    const attempt = this.#attempt;
    host.sending = true;
    host.waiting = false;
    host.notice = undefined;
    host.announcement = host.msg.submitting;
    let reservation: Reservation;
    try {
      // Check availability right before sending, unless this attempt may already be stored.
      if (!attempt.sent && (await this.#corrected(event))) {
        host.sending = false;
        return this.#failed(event, 'conflict');
      }
      attempt.sent = true;
      // From now on this attempt may be stored: its content stays fixed until the backend has answered.
      host.locked = true;
      reservation = await this.#api.reserve(request, attempt.key);
    } catch (error) {
      host.sending = false;
      return this.#handleFailure(event, request, error);
    }
    host.sending = false;
    this.settle();
    host.reservation = reservation;
    host.announcement = '';
    fire<ReservationConfirmedDetail>(host, 'kultur-reservation-confirmed', {
      eventId: event.id,
      code: reservation.code,
      tickets: reservation.tickets.map(({ offerId, quantity }) => ({ offerId, quantity })),
      total: reservation.total,
      currency: reservation.currency,
    });
    host.focus();
  }

  /** The attempt has a definite outcome (stored, refused, or replaced by another event). */
  settle(): void {
    this.#attempt = undefined;
    this.host.locked = false;
  }

  /** Stops waiting for an automatic resend (the element left the page). */
  stop(): void {
    this.#stopWaiting?.();
  }

  /** Refreshes availability and fits the steppers to it; true when the order had to change. */
  async #corrected(event: KulturEvent): Promise<boolean> {
    const host = this.host;
    const availability = (host.availability = await this.#api.availability(event.id));
    const [fitted, changed] = fitQuantities(event.offers, host.quantities, availability, host.limit);
    if (!isReservable(availability)) {
      host.notice = { key: 'failUnavailable' };
      return true;
    }
    if (changed) {
      host.quantities = fitted;
      host.notice = { key: 'failConflict' };
    }
    return changed;
  }

  async #handleFailure(event: KulturEvent, request: ReservationRequest, error: unknown): Promise<void> {
    const host = this.host;
    if (!(error instanceof ReservationError)) {
      console.error(error);
      host.notice = { key: 'failServer' };
      host.retryLabel = true;
      return this.#failed(event, 'server');
    }
    const reason = error.reason;
    if (reason === 'in_progress') {
      // The first send of this attempt is still being stored: ask again with the same key.
      return this.#resendIn(error.details.retryAfter ?? 1, event, request);
    }
    switch (reason) {
      case 'conflict':
        try {
          if (!(await this.#corrected(event))) host.notice = { key: 'failConflict' };
        } catch {
          host.notice = { key: 'failConflict' };
        }
        this.settle();
        break;
      case 'invalid': {
        const errors: FieldErrors = {};
        for (const [name, code] of Object.entries(error.details.fields ?? {})) if (isFieldName(name)) errors[name] = code;
        if (Object.keys(errors).length) {
          host.errors = errors;
          host.summaryShown = true;
          this.settle();
          this.#failed(event, reason);
          return host.focusSummary();
        }
        host.notice = { key: 'failServer' };
        break;
      }
      case 'rate_limited': {
        const seconds = error.details.retryAfter ?? 5;
        host.notice = { key: 'failRateLimited', values: { seconds } };
        this.#resendIn(seconds, event, request);
        break;
      }
      case 'offline': {
        host.notice = { key: 'failOffline' };
        const online = () => this.#resume(event, request);
        window.addEventListener('online', online, { once: true });
        this.#waitFor(() => window.removeEventListener('online', online));
        break;
      }
      case 'timeout':
        host.notice = { key: 'failTimeout' };
        host.retryLabel = true;
        break;
      default:
        host.notice = { key: reason === 'network' ? 'failNetwork' : 'failServer' };
        host.retryLabel = true;
    }
    this.#failed(event, reason);
  }

  #failed(event: KulturEvent, reason: FailureReason): void {
    this.host.announcement = '';
    fire<ReservationFailedDetail>(this.host, 'kultur-reservation-failed', { eventId: event.id, reason });
  }

  #resendIn(seconds: number, event: KulturEvent, request: ReservationRequest): void {
    const timer = setTimeout(() => this.#resume(event, request), seconds * 1000);
    this.#waitFor(() => clearTimeout(timer));
  }

  #waitFor(stop: () => void): void {
    this.host.waiting = true;
    this.#stopWaiting = () => {
      stop();
      this.#stopWaiting = undefined;
      this.host.waiting = false;
    };
  }

  #resume(event: KulturEvent, request: ReservationRequest): void {
    this.stop();
    // Compared by id: the calendar may hand over a fresh object for the same event meanwhile.
    const current = this.host.selected;
    if (current?.id === event.id && !this.host.reservation) void this.send(current, request);
  }
}
