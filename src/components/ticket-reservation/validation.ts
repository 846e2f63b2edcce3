import { EMAIL_PATTERN, PHONE_PATTERN, RESERVATION_LIMITS } from '../../shared/reservation-rules.js';
import type { FormMessageKey } from './messages.js';
import type { FieldName } from './types.js';

/** What the visitor typed; kept in memory only. */
export interface ContactValues {
  name: string;
  email: string;
  phone: string;
  message: string;
  newsletter: boolean;
  /** Honeypot: people never see it, bots fill it in. */
  website: string;
}

export const emptyContact = (): ContactValues => ({ name: '', email: '', phone: '', message: '', newsletter: false, website: '' });

/**
 * Error codes, shared with the backend's `422 { fields }`: `required`, `too_long`, `too_many`,
 * `invalid_email`, `invalid_phone`; any other code reads as "check this entry".
 */
export type ErrorCode = string;
export type FieldErrors = Partial<Record<FieldName, ErrorCode>>;

// The contract's rules (schemas/reservation-request.schema.json), the same the backend checks.
export const LIMITS = { name: RESERVATION_LIMITS.name, phone: RESERVATION_LIMITS.phone, message: RESERVATION_LIMITS.message };

/** The order's state the ticket check needs. */
export interface OrderCheck {
  count: number;
  max: number;
}

/** Code of the first problem of `field`, or `undefined` when it is fine. */
export function validateField(field: FieldName, values: ContactValues, order: OrderCheck): ErrorCode | undefined {
  switch (field) {
    case 'tickets':
      return order.count < 1 ? 'required' : order.count > order.max ? 'too_many' : undefined;
    case 'name': {
      const name = values.name.trim();
      return !name ? 'required' : name.length > LIMITS.name ? 'too_long' : undefined;
    }
    case 'email': {
      const email = values.email.trim();
      return !email ? 'required' : EMAIL_PATTERN.test(email) ? undefined : 'invalid_email';
    }
    case 'phone': {
      const phone = values.phone.trim();
      if (phone.length > LIMITS.phone) return 'too_long';
      return !phone || PHONE_PATTERN.test(phone) ? undefined : 'invalid_phone';
    }
    case 'message':
      return values.message.length > LIMITS.message ? 'too_long' : undefined;
  }
}

/** All problems, in the order the fields appear (the order of the error summary). */
export function validateAll(fields: readonly FieldName[], values: ContactValues, order: OrderCheck): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fields) {
    const code = validateField(field, values, order);
    if (code) errors[field] = code;
  }
  return errors;
}

const KEYS: Record<FieldName, Record<string, FormMessageKey>> = {
  tickets: { required: 'errorTicketsRequired', too_many: 'errorTicketsTooMany', invalid_quantity: 'errorTicketsTooMany' },
  name: { required: 'errorNameRequired', too_long: 'errorNameTooLong' },
  email: { required: 'errorEmailRequired', invalid_email: 'errorEmailInvalid', too_long: 'errorEmailInvalid' },
  phone: { invalid_phone: 'errorPhoneInvalid', invalid: 'errorPhoneInvalid', too_long: 'errorPhoneInvalid' },
  message: { too_long: 'errorMessageTooLong' },
};

/** The message key for a client or server code; unknown codes get the generic "check this entry". */
export function errorKey(field: FieldName, code: ErrorCode): FormMessageKey {
  return KEYS[field][code] ?? 'errorInvalid';
}

/** True for the field names this form shows (a 422 may name others, such as `eventId`). */
export function isFieldName(name: string): name is FieldName {
  return name in KEYS;
}
