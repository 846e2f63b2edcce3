// Generated from schemas/reservation-request.schema.json by scripts/generate-reservation-rules.mjs: do not edit.

/** Longest accepted values (characters; ticket lines; tickets per line). */
export const RESERVATION_LIMITS = { eventId: 100, name: 100, email: 254, phone: 40, message: 1000, ticketLines: 20, quantity: 100 } as const;

/** The e-mail rule, checked without surrounding spaces. */
export const EMAIL_PATTERN = new RegExp("^[^\\s@\"<>()[\\]\\\\,;:\\p{C}]+@[^\\s@\"<>()[\\]\\\\,;:\\p{C}]+\\.[^\\s@\"<>()[\\]\\\\,;:.\\p{C}]{2,}$", 'u');

/** The phone rule, checked without surrounding spaces. */
export const PHONE_PATTERN = new RegExp("^\\+?[ ()/.-]*(?:[0-9][ ()/.-]*){5,}$", 'u');
