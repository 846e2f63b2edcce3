// @ts-check
// The storage interface of the backend. Everything that touches SQL lives behind it; the HTTP
// handlers only call these methods. `sqlite-store.js` implements it on better-sqlite3; a network
// serving many centres would add a PostgreSQL implementation of the same shape (its methods would
// return promises, which the handlers already `await`).

import { openSqliteStore } from './sqlite-store.js';

/**
 * @typedef {import('../availability.js').EventStock} EventStock
 * @typedef {import('../availability.js').OfferStock} OfferStock
 * @typedef {import('../availability.js').TicketLine} TicketLine
 *
 * @typedef {EventStock & { feed: Record<string, unknown> }} EventRecord  stock plus the feed fields
 *
 * @typedef {object} NewOffer
 * @property {string} id
 * @property {string} name
 * @property {number} priceCents
 * @property {string} currency
 * @property {number | null} [capacity]
 *
 * @typedef {object} NewEvent
 * @property {string} id
 * @property {number} startMs
 * @property {number | null} [endMs]
 * @property {'scheduled' | 'cancelled' | 'postponed'} [status]
 * @property {Record<string, unknown>} feed  title, start, end, allDay, doors, category, description, location, image, url
 * @property {number} capacity
 * @property {number} onlineQuota
 * @property {number} [soldBoxOffice]
 * @property {number} [maxPerOrder]
 * @property {number | null} [closesAtMs]
 * @property {boolean} [reservable]
 * @property {NewOffer[]} offers
 *
 * @typedef {object} Person
 * @property {string} name
 * @property {string} email
 * @property {string | null} phone
 * @property {string | null} message
 * @property {boolean} newsletter
 *
 * @typedef {object} ReservedTicket
 * @property {string} offerId
 * @property {string} name
 * @property {number} priceCents
 * @property {number} quantity
 *
 * @typedef {object} ReservationRecord
 * @property {string} code
 * @property {string} eventId
 * @property {'confirmed' | 'cancelled'} status
 * @property {number} quantity
 * @property {number} totalCents
 * @property {string} currency
 * @property {string | null} name   null once retention removed it
 * @property {string | null} email
 * @property {string | null} phone
 * @property {string | null} message
 * @property {boolean | null} newsletter
 * @property {number} createdMs
 * @property {number | null} cancelledMs
 * @property {number | null} anonymizedMs
 * @property {Buffer} tokenHash
 * @property {ReservedTicket[]} tickets
 *
 * @typedef {object} IdempotencyRecord
 * @property {string} key
 * @property {string} requestHash
 * @property {number} status
 * @property {string} response  the JSON body answered the first time
 * @property {number} createdMs
 *
 * @typedef {object} ReserveRequest
 * @property {string} eventId
 * @property {TicketLine[]} lines  merged per offer, quantities > 0
 * @property {Person} person
 * @property {Buffer} tokenHash
 * @property {() => string} newCode  a fresh reservation code (called again on the rare collision)
 * @property {number} nowMs
 * @property {number} closeMinutes
 * @property {{ key: string, requestHash: string }} [idempotency]  stored in the same transaction
 * @property {(reservation: ReservationRecord) => unknown} respond  the 201 body for this reservation
 *
 * @typedef {{ kind: 'confirmed', reservation: ReservationRecord, body: string }
 *   | { kind: 'refused', refusal: NonNullable<ReturnType<typeof import('../availability.js').refusalFor>> }
 *   | { kind: 'replay', record: IdempotencyRecord }
 *   | { kind: 'invalid', fields: Record<string, string>, maxPerOrder?: number }} ReserveResult  invalid: unknown event or offer, too many tickets
 *
 * @typedef {object} Directory
 * @property {Record<string, unknown>} network
 * @property {Record<string, unknown>[]} members
 *
 * @typedef {object} Store
 * @property {() => boolean} isEmpty  no events and no memberships (first start: seed)
 * @property {(event: NewEvent) => void} insertEvent
 * @property {(id: string, status: 'scheduled' | 'cancelled' | 'postponed') => boolean} setEventStatus
 * @property {() => EventRecord[]} listEvents  ordered by start
 * @property {(id: string) => EventRecord | undefined} getEvent
 * @property {(id: string) => EventStock | undefined} getStock  counters only, for availability reads (may be
 *   up to a second old for changes made outside the server; never used to decide an order)
 * @property {(request: ReserveRequest) => Promise<ReserveResult>} reserve  capacity check and insert in one write transaction
 * @property {(code: string) => ReservationRecord | undefined} getReservation
 * @property {(code: string, nowMs: number) => ReservationRecord | undefined} cancelReservation  releases the seats; idempotent
 * @property {(eventId: string) => ReservationRecord[]} listReservations
 * @property {(key: string, notBeforeMs: number) => IdempotencyRecord | undefined} findIdempotency
 * @property {(beforeMs: number) => number} deleteIdempotencyBefore
 * @property {(endedBeforeMs: number, nowMs: number) => number} anonymizeEndedBefore  removes personal data, keeps counts
 * @property {(network: Record<string, unknown> & { id: string }, members: (Record<string, unknown> & { id: string })[]) => void} putDirectory
 * @property {() => Directory | undefined} getDirectory
 * @property {(memberId: string) => { network: Record<string, unknown>, member: Record<string, unknown> } | undefined} getMembership
 * @property {() => void} reset  deletes all data (test hook)
 * @property {() => void} close
 */

/**
 * Opens the store at `databasePath`, creating and migrating the schema.
 * @param {string} databasePath
 * @returns {Store}
 */
export function openStore(databasePath) {
  return openSqliteStore(databasePath);
}
