// Validation of `POST /api/reservations` bodies against schemas/reservation-request.schema.json
// (compiled once), answered as one code per field (`required`, `invalid_email`, …) that the widget
// turns into a sentence in the visitor's language.

import Ajv2020Module, { type ErrorObject } from 'ajv/dist/2020.js';
import { cleanLine, cleanText, cleanToken } from '../domain/text.js';
import { mergeLines, type ReservationInput } from '../domain/reservation-input.js';
import { loadSchema } from './schemas.js';
import type { ReservationRequest } from './types.js';

const Ajv2020 = Ajv2020Module.default;
const validateSchema = new Ajv2020({ allErrors: true, strict: true, strictTypes: false }).compile<ReservationRequest>(loadSchema('reservation-request'));

/** When a field has several problems, the first in this list is answered. */
const PRECEDENCE = ['invalid_type', 'required', 'too_long', 'invalid_quantity', 'invalid_email', 'invalid_phone', 'invalid'];

const PATTERN_CODES: Record<string, string> = { email: 'invalid_email', phone: 'invalid_phone' };

/** The field and code of one schema error; undefined for the honeypot, which is no error to report. */
function fieldCode(error: ErrorObject): [string, string] | undefined {
  const path = error.instancePath.split('/').slice(1);
  const { keyword } = error;
  if (path.length === 0) {
    return keyword === 'required' ? [String(error.params.missingProperty), 'required'] : ['body', 'invalid_type'];
  }
  const field = path[0];
  if (field === 'website') return keyword === 'maxLength' ? undefined : [field, 'invalid_type'];
  if (field === 'tickets') {
    if (path.length === 1) return [field, keyword === 'minItems' ? 'required' : keyword === 'maxItems' ? 'too_long' : 'invalid_type'];
    const part = path.length === 2 && keyword === 'required' ? String(error.params.missingProperty) : path[2];
    return [field, part === 'quantity' ? 'invalid_quantity' : 'invalid_type'];
  }
  if (keyword === 'type') return [field, 'invalid_type'];
  if (keyword === 'minLength') return [field, 'required'];
  if (keyword === 'maxLength') return [field, 'too_long'];
  if (keyword === 'pattern') return [field, PATTERN_CODES[field] ?? 'invalid'];
  return [field, 'invalid'];
}

/** The body as the rules see it: null means absent, visitors' text cleaned (domain/text.ts). */
function normalized(body: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) if (value !== null && value !== undefined) data[key] = value;
  if (typeof data.name === 'string') data.name = cleanLine(data.name);
  if (typeof data.email === 'string') data.email = cleanToken(data.email);
  if (typeof data.phone === 'string') data.phone = cleanToken(data.phone);
  if (typeof data.message === 'string') data.message = cleanText(data.message);
  if (data.phone === '') delete data.phone;
  if (data.message === '') delete data.message;
  return data;
}

/** Validates the body of `POST /api/reservations`. */
export function validateReservation(body: unknown): { fields: Record<string, string> } | { input: ReservationInput } {
  const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
  const data = isObject ? normalized(body as Record<string, unknown>) : body;
  const fields: Record<string, string> = {};
  let honeypot = false;
  if (!validateSchema(data)) {
    for (const error of validateSchema.errors ?? []) {
      const found = fieldCode(error);
      if (!found) {
        honeypot = true;
        continue;
      }
      const [field, code] = found;
      const current = fields[field];
      if (current === undefined || PRECEDENCE.indexOf(code) < PRECEDENCE.indexOf(current)) fields[field] = code;
    }
  }
  if (Object.keys(fields).length > 0 || !isObject) return { fields: Object.keys(fields).length > 0 ? fields : { body: 'invalid_type' } };
  const request = data as ReservationRequest;
  const lines = mergeLines(request.tickets);
  if (lines.length === 0) return { fields: { tickets: 'required' } };
  return {
    input: {
      eventId: request.eventId,
      lines,
      person: {
        name: request.name,
        email: request.email,
        phone: request.phone ?? null,
        message: request.message ?? null,
        newsletter: request.newsletter === true,
      },
      honeypot,
    },
  };
}
