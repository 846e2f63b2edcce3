/** Shapes of the reservation API (see DESIGN.md, "Reservation API"), as the widget reads them. */

/** What the backend says about an event right now. */
export type AvailabilityStatus = 'available' | 'few' | 'online_soldout' | 'soldout' | 'closed' | 'cancelled';

export interface Availability {
  eventId: string;
  status: AvailabilityStatus;
  /** Seats still reservable online. */
  remaining: number;
  /** Seats left per ticket category, when categories have their own capacity. */
  offers?: { id: string; remaining: number }[];
  /** ISO 8601: online reservations close at this moment. */
  closesAt?: string;
  /** The backend's limit of tickets per reservation. */
  maxPerOrder?: number;
}

/** One line of an order: how many tickets of one category. */
export interface TicketLine {
  offerId: string;
  quantity: number;
}

/** Body of `POST {endpoint}/reservations`. `website` is the honeypot and stays empty for people. */
export interface ReservationRequest {
  eventId: string;
  tickets: TicketLine[];
  name: string;
  email: string;
  phone?: string;
  message?: string;
  newsletter?: boolean;
  website: string;
}

/** A confirmed reservation (`201`). */
export interface Reservation {
  code: string;
  eventId: string;
  /** The backend adds each category's name and price. */
  tickets: (TicketLine & { name?: string; price?: number })[];
  total: number;
  currency: string;
  status: 'confirmed';
  /** The backend's pickup rule, shown as given. */
  pickupNote?: string;
  /** Self-service cancellation link. */
  cancelUrl?: string;
}

/**
 * Why a request failed, as a stable code (also the `reason` of `kultur-reservation-failed`):
 * `timeout` (no answer in time), `offline` (the browser has no connection), `network` (server not
 * reachable), `conflict` (409: not enough tickets left), `invalid` (422: field codes in `fields`),
 * `rate_limited` (429: wait `retryAfter` seconds), `not_found` (404), `server` (any other answer).
 */
export type FailureReason = 'timeout' | 'offline' | 'network' | 'conflict' | 'invalid' | 'rate_limited' | 'not_found' | 'server';

/** Not a failure: the backend is still working on this key (`409 in_progress`); ask again shortly. */
export type TransientReason = 'in_progress';

/** Field names of the form, which are also the keys of a 422's `fields`. */
export type FieldName = 'tickets' | 'name' | 'email' | 'phone' | 'message';

/** `detail` of `kultur-reservation-submit`: the order only, never the visitor's contact data. */
export interface ReservationSubmitDetail {
  eventId: string;
  tickets: TicketLine[];
  total: number;
}

/** `detail` of `kultur-reservation-confirmed`. */
export interface ReservationConfirmedDetail extends ReservationSubmitDetail {
  code: string;
  currency: string;
}

/** `detail` of `kultur-reservation-failed`. */
export interface ReservationFailedDetail {
  eventId: string;
  reason: FailureReason;
}
