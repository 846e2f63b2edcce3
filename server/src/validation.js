// @ts-check
// Field validation of a reservation request. Every problem is a code per field (`required`,
// `invalid_email`, …) that the widget turns into a sentence in the visitor's language.

export const LIMITS = {
  eventId: 100,
  name: 100,
  email: 254,
  phone: 40,
  message: 1000,
  ticketLines: 20,
  quantity: 100,
};

// Deliberately plain: one @, no spaces, a dot in the domain. Deliverability is proven by the visitor, not by a regex.
const EMAIL = /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:.]{2,}$/;
const PHONE = /^[+]?[0-9 ()/.-]{3,}$/;

/**
 * @typedef {object} ReservationInput
 * @property {string} eventId
 * @property {import('./availability.js').TicketLine[]} lines  merged per offer, quantities > 0
 * @property {import('./db/store.js').Person} person
 * @property {boolean} honeypot  the hidden `website` field was filled in (a bot)
 */

/**
 * @param {unknown} value
 * @param {number} max
 * @param {boolean} required
 * @returns {string | undefined}  the field code, or undefined when valid
 */
function textProblem(value, max, required) {
  if (value === undefined || value === null || value === '') return required ? 'required' : undefined;
  if (typeof value !== 'string') return 'invalid_type';
  if (required && value.trim() === '') return 'required';
  if (value.length > max) return 'too_long';
  return undefined;
}

/**
 * Validates the body of `POST /api/reservations`.
 * @param {unknown} body
 * @returns {{ fields: Record<string, string> } | { input: ReservationInput }}
 */
export function validateReservation(body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { fields: { body: 'invalid_type' } };
  const data = /** @type {Record<string, unknown>} */ (body);
  /** @type {Record<string, string>} */
  const fields = {};
  const check = (name, problem) => {
    if (problem) fields[name] = problem;
  };

  check('eventId', textProblem(data.eventId, LIMITS.eventId, true));
  check('name', textProblem(data.name, LIMITS.name, true));
  const emailProblem = textProblem(data.email, LIMITS.email, true);
  check('email', emailProblem ?? (EMAIL.test(/** @type {string} */ (data.email).trim()) ? undefined : 'invalid_email'));
  const phoneProblem = textProblem(data.phone, LIMITS.phone, false);
  check('phone', phoneProblem ?? (typeof data.phone === 'string' && data.phone !== '' && !PHONE.test(data.phone.trim()) ? 'invalid_phone' : undefined));
  check('message', textProblem(data.message, LIMITS.message, false));
  if (data.newsletter !== undefined && data.newsletter !== null && typeof data.newsletter !== 'boolean') fields.newsletter = 'invalid_type';
  if (data.website !== undefined && data.website !== null && typeof data.website !== 'string') fields.website = 'invalid_type';

  /** @type {Map<string, number>} */
  const quantities = new Map();
  if (data.tickets === undefined || data.tickets === null) fields.tickets = 'required';
  else if (!Array.isArray(data.tickets)) fields.tickets = 'invalid_type';
  else if (data.tickets.length > LIMITS.ticketLines) fields.tickets = 'too_long';
  else {
    for (const line of data.tickets) {
      if (typeof line !== 'object' || line === null || typeof line.offerId !== 'string' || line.offerId === '' || line.offerId.length > 100) {
        fields.tickets = 'invalid_type';
        break;
      }
      if (!Number.isInteger(line.quantity) || line.quantity < 0 || line.quantity > LIMITS.quantity) {
        fields.tickets = 'invalid_quantity';
        break;
      }
      quantities.set(line.offerId, (quantities.get(line.offerId) ?? 0) + line.quantity);
    }
    if (!fields.tickets && [...quantities.values()].every((quantity) => quantity === 0)) fields.tickets = 'required';
  }

  if (Object.keys(fields).length > 0) return { fields };
  return {
    input: {
      eventId: /** @type {string} */ (data.eventId),
      lines: [...quantities].filter(([, quantity]) => quantity > 0).map(([offerId, quantity]) => ({ offerId, quantity })),
      person: {
        // Stored verbatim (only ever bound as SQL parameters); the e-mail without surrounding spaces.
        name: /** @type {string} */ (data.name),
        email: /** @type {string} */ (data.email).trim(),
        phone: typeof data.phone === 'string' && data.phone !== '' ? data.phone : null,
        message: typeof data.message === 'string' && data.message !== '' ? data.message : null,
        newsletter: data.newsletter === true,
      },
      honeypot: typeof data.website === 'string' && data.website !== '',
    },
  };
}
