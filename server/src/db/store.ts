// The storage interface of the backend. Everything that touches a database lives behind it; route
// handlers only await these methods. One folder per engine implements it (db/sqlite/ today).

import type { EventStock, OfferStock, Refusal, TicketLine } from '../domain/availability.js';
import type { PricedTicket } from '../domain/pricing.js';

export type { EventStock, OfferStock, TicketLine };

/** The centre of a single-centre install; a network install keys every row by its centre's id. */
export const DEFAULT_CENTRE = 'default';

/** A centre of the network: `GET /api/centres` lists them, `/api/centres/{id}` is its API base. */
export interface Centre {
  id: string;
  name: string;
  town: string | null;
  region: string | null;
  url: string | null;
  logo: string | null;
}

/** Centre ids: lower-case letters, digits and dashes (they appear in URLs and SQL literals). */
export const isCentreId = (id: string) => /^[a-z0-9][a-z0-9-]{0,62}$/.test(id);

export type EventStatus = 'scheduled' | 'cancelled' | 'postponed';

/** Stock plus the feed fields. */
export interface EventRecord extends EventStock {
  feed: Record<string, unknown>;
}

export interface NewOffer {
  id: string;
  name: string;
  priceCents: number;
  currency: string;
  capacity?: number | null;
}

export interface NewEvent {
  id: string;
  startMs: number;
  endMs?: number | null;
  status?: EventStatus;
  /** title, start, end, allDay, doors, category, description, location, image, url */
  feed: Record<string, unknown>;
  capacity: number;
  onlineQuota: number;
  soldBoxOffice?: number;
  maxPerOrder?: number;
  closesAtMs?: number | null;
  reservable?: boolean;
  offers: NewOffer[];
}

export interface Person {
  name: string;
  email: string;
  phone: string | null;
  message: string | null;
  newsletter: boolean;
}

export type ReservedTicket = PricedTicket;

export interface ReservationRecord {
  code: string;
  eventId: string;
  status: 'confirmed' | 'cancelled';
  quantity: number;
  totalCents: number;
  currency: string;
  /** null once retention removed it */
  name: string | null;
  email: string | null;
  phone: string | null;
  message: string | null;
  newsletter: boolean | null;
  createdMs: number;
  cancelledMs: number | null;
  anonymizedMs: number | null;
  tokenHash: Buffer;
  tickets: ReservedTicket[];
}

export interface IdempotencyRecord {
  key: string;
  requestHash: string;
  status: number;
  /** the JSON body answered the first time */
  response: string;
  createdMs: number;
}

export interface ReserveRequest {
  eventId: string;
  /** merged per offer, quantities > 0 */
  lines: TicketLine[];
  person: Person;
  tokenHash: Buffer;
  /** a fresh reservation code (called again on the rare collision) */
  newCode: () => string;
  nowMs: number;
  closeMinutes: number;
  /** stored in the same transaction */
  idempotency?: { key: string; requestHash: string };
  /** the 201 body for this reservation */
  respond: (reservation: ReservationRecord) => unknown;
}

export type ReserveResult =
  | { kind: 'confirmed'; reservation: ReservationRecord; body: string }
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'replay'; record: IdempotencyRecord }
  /** unknown event or offer, too many tickets */
  | { kind: 'invalid'; fields: Record<string, string>; maxPerOrder?: number };

export type Network = Record<string, unknown> & { id: string };
export type Member = Record<string, unknown> & { id: string };

export interface Directory {
  network: Record<string, unknown>;
  members: Record<string, unknown>[];
}

/**
 * One centre's data. Every method is asynchronous so that engines with a network round trip
 * (PostgreSQL) fit the same interface as the embedded SQLite engine.
 */
export interface Store {
  /** the centre whose events, offers and reservations this store reads and writes */
  readonly centreId: string;
  /** the same database scoped to another centre (no check that it exists; close() closes both) */
  forCentre(centreId: string): Store;
  /** every centre, the default first */
  listCentres(): Promise<Centre[]>;
  getCentre(id: string): Promise<Centre | undefined>;
  /** inserts or updates */
  putCentre(centre: Centre): Promise<void>;
  /** no events and no memberships (first start: seed) */
  isEmpty(): Promise<boolean>;
  insertEvent(event: NewEvent): Promise<void>;
  setEventStatus(id: string, status: EventStatus): Promise<boolean>;
  /** ordered by start */
  listEvents(): Promise<EventRecord[]>;
  getEvent(id: string): Promise<EventRecord | undefined>;
  /**
   * Counters only, for availability reads (may be up to a second old for changes made outside the
   * server; never used to decide an order). The same object until the counters change.
   */
  getStock(id: string): Promise<EventStock | undefined>;
  /** capacity check and insert in one write transaction */
  reserve(request: ReserveRequest): Promise<ReserveResult>;
  /** the stored hash of a reservation's cancel token: one indexed lookup, nothing else */
  getTokenHash(code: string): Promise<Buffer | undefined>;
  getReservation(code: string): Promise<ReservationRecord | undefined>;
  /** releases the seats; idempotent */
  cancelReservation(code: string, nowMs: number): Promise<ReservationRecord | undefined>;
  listReservations(eventId: string): Promise<ReservationRecord[]>;
  findIdempotency(key: string, notBeforeMs: number): Promise<IdempotencyRecord | undefined>;
  deleteIdempotencyBefore(beforeMs: number): Promise<number>;
  /** removes personal data, keeps counts */
  anonymizeEndedBefore(endedBeforeMs: number, nowMs: number): Promise<number>;
  putDirectory(network: Network, members: Member[]): Promise<void>;
  getDirectory(): Promise<Directory | undefined>;
  getMembership(memberId: string): Promise<{ network: Record<string, unknown>; member: Record<string, unknown> } | undefined>;
  /** deletes this centre's events and reservations, the directory and the other centres (test hook) */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The database cannot answer right now (lock timeout, serialization failure, connection lost):
 * the request may be repeated, so the API answers 503 with Retry-After instead of 500.
 */
export class StoreUnavailableError extends Error {
  constructor(readonly reason: string, options?: { cause?: unknown }) {
    super(`database unavailable: ${reason}`, options);
  }
}
