// SQLite rows → the store's records.

import type { EventStock, OfferStock, ReservationRecord, ReservedTicket } from '../store.js';

export const STOCK_COLUMNS = `id, start_ms, status, capacity, online_quota, sold_online, sold_box_office, max_per_order, closes_at_ms, reservable`;

export interface StockRow {
  id: string;
  start_ms: number;
  status: string;
  capacity: number;
  online_quota: number;
  sold_online: number;
  sold_box_office: number;
  max_per_order: number;
  closes_at_ms: number | null;
  reservable: number;
}

export interface EventRow extends StockRow {
  feed: string;
}

export interface OfferRow {
  event_id?: string;
  id: string;
  position: number;
  name: string;
  price_cents: number;
  currency: string;
  capacity: number | null;
  sold: number;
}

export interface ReservationRow {
  id: number;
  code: string;
  event_id: string;
  token_hash: Buffer;
  status: 'confirmed' | 'cancelled';
  quantity: number;
  total_cents: number;
  currency: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  message: string | null;
  newsletter: number | null;
  created_ms: number;
  cancelled_ms: number | null;
  anonymized_ms: number | null;
}

export interface TicketRow {
  reservation_id?: number;
  offer_id: string;
  name: string;
  price_cents: number;
  quantity: number;
}

export interface IdempotencyRow {
  key: string;
  request_hash: string;
  status: number;
  response: string;
  created_ms: number;
}

export function stockFromRow(row: StockRow, offers: OfferStock[]): EventStock {
  return {
    id: row.id,
    startMs: row.start_ms,
    status: row.status,
    capacity: row.capacity,
    onlineQuota: row.online_quota,
    soldOnline: row.sold_online,
    soldBoxOffice: row.sold_box_office,
    maxPerOrder: row.max_per_order,
    closesAtMs: row.closes_at_ms,
    reservable: row.reservable === 1,
    offers,
  };
}

export function offerFromRow(row: OfferRow): OfferStock {
  return { id: row.id, name: row.name, priceCents: row.price_cents, currency: row.currency, capacity: row.capacity, sold: row.sold };
}

export function reservationFromRow(row: ReservationRow, tickets: ReservedTicket[]): ReservationRecord {
  return {
    code: row.code,
    eventId: row.event_id,
    status: row.status,
    quantity: row.quantity,
    totalCents: row.total_cents,
    currency: row.currency,
    name: row.name,
    email: row.email,
    phone: row.phone,
    message: row.message,
    newsletter: row.newsletter === null ? null : row.newsletter === 1,
    createdMs: row.created_ms,
    cancelledMs: row.cancelled_ms,
    anonymizedMs: row.anonymized_ms,
    tokenHash: row.token_hash,
    tickets,
  };
}

export function ticketFromRow(row: TicketRow): ReservedTicket {
  return { offerId: row.offer_id, name: row.name, priceCents: row.price_cents, quantity: row.quantity };
}
