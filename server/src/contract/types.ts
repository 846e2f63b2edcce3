// TypeScript types of the contract's requests and answers. Each comes with a map of its fields
// (required or optional) that contract.test.js compares with the JSON Schema of the same name.

import type { AvailabilityStatus } from '../domain/availability.js';

type Presence<T> = { [K in keyof Required<T>]: undefined extends T[K] ? 'optional' : 'required' };

/** schemas/reservation-request.schema.json */
export interface ReservationRequest {
  eventId: string;
  tickets: { offerId: string; quantity: number }[];
  name: string;
  email: string;
  phone?: string;
  message?: string;
  newsletter?: boolean;
  website?: string;
}

export const reservationRequestFields = {
  eventId: 'required', tickets: 'required', name: 'required', email: 'required',
  phone: 'optional', message: 'optional', newsletter: 'optional', website: 'optional',
} as const satisfies Presence<ReservationRequest>;

/** schemas/reservation.schema.json */
export interface ReservationResponse {
  code: string;
  eventId: string;
  tickets: { offerId: string; name: string; quantity: number; price: number }[];
  total: number;
  currency: string;
  status: 'confirmed' | 'cancelled';
  pickupNote?: string;
  cancelUrl?: string;
}

export const reservationResponseFields = {
  code: 'required', eventId: 'required', tickets: 'required', total: 'required', currency: 'required',
  status: 'required', pickupNote: 'optional', cancelUrl: 'optional',
} as const satisfies Presence<ReservationResponse>;

/** schemas/availability.schema.json */
export interface AvailabilityResponse {
  eventId: string;
  status: AvailabilityStatus;
  remaining: number;
  offers: { id: string; remaining: number }[];
  closesAt?: string;
  maxPerOrder?: number | null;
}

export const availabilityResponseFields = {
  eventId: 'required', status: 'required', remaining: 'required', offers: 'required',
  closesAt: 'optional', maxPerOrder: 'optional',
} as const satisfies Presence<AvailabilityResponse>;
