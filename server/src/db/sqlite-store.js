// @ts-check
// The Store on SQLite (better-sqlite3). better-sqlite3 is synchronous, so a `db.transaction()` runs
// to completion before any other request is handled: the capacity check and the insert cannot
// interleave with another order. Seat counters live on the event and offer rows and change in the
// same transaction as the reservation rows, so availability reads are two indexed lookups.

import Database from 'better-sqlite3';
import { orderProblem, refusalFor } from '../availability.js';
import { IDEMPOTENCY_TTL_MS } from '../idempotency.js';
import { RESTART_FRAMES, startCheckpointer } from './checkpointer.js';
import { migrate } from './schema.js';

/**
 * @typedef {import('./store.js').Store} Store
 * @typedef {import('./store.js').EventStock} EventStock
 * @typedef {import('./store.js').EventRecord} EventRecord
 * @typedef {import('./store.js').ReservationRecord} ReservationRecord
 */

const STOCK_COLUMNS = `id, start_ms, status, capacity, online_quota, sold_online, sold_box_office, max_per_order, closes_at_ms, reservable`;

/** @returns {EventStock} */
function stockFromRow(row, offers) {
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

function offerFromRow(row) {
  return { id: row.id, name: row.name, priceCents: row.price_cents, currency: row.currency, capacity: row.capacity, sold: row.sold };
}

/** SQLite's own on-commit checkpoint while the checkpoint worker runs: a backstop well above RESTART_FRAMES. */
const BACKSTOP_CHECKPOINT_PAGES = 2.5 * RESTART_FRAMES;

/**
 * @param {string} databasePath
 * @param {{ checkpoint?: import('./checkpointer.js').CheckpointOptions }} [options]  for tests
 * @returns {Store}
 */
export function openSqliteStore(databasePath, options = {}) {
  const db = new Database(databasePath);
  db.pragma('journal_mode = WAL');
  // With WAL, NORMAL survives a crash of the process (only power loss can lose the last commits).
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -32000'); // 32 MB of pages: the hot B-trees stay in memory
  migrate(db);
  // A worker thread copies committed pages from the WAL into the database file (and waits for the
  // disk) soon after every group commit, off the event loop, and keeps the WAL short (checkpointer.js).
  // SQLite's own checkpoint inside a commit stays as a backstop for a worker stuck on the disk, at a
  // length the worker never lets the WAL reach; without the worker it is back at its default.
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
  const checkpointer = startCheckpointer(databasePath, (reason) => {
    console.error(`kultur-widgets backend: background checkpoints failed (${reason}); SQLite checkpoints on commit alone`);
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  }, options.checkpoint);

  const sql = {
    countEvents: db.prepare('SELECT (SELECT COUNT(*) FROM events) + (SELECT COUNT(*) FROM networks) AS n').pluck(),
    insertEvent: db.prepare(`INSERT INTO events (id, start_ms, end_ms, status, feed, capacity, online_quota, sold_box_office, max_per_order, closes_at_ms, reservable)
      VALUES (@id, @startMs, @endMs, @status, @feed, @capacity, @onlineQuota, @soldBoxOffice, @maxPerOrder, @closesAtMs, @reservable)`),
    insertOffer: db.prepare(`INSERT INTO offers (event_id, id, position, name, price_cents, currency, capacity)
      VALUES (@eventId, @id, @position, @name, @priceCents, @currency, @capacity)`),
    setStatus: db.prepare('UPDATE events SET status = ? WHERE id = ?'),
    allEvents: db.prepare(`SELECT ${STOCK_COLUMNS}, feed FROM events ORDER BY start_ms, id`),
    allOffers: db.prepare('SELECT event_id, id, position, name, price_cents, currency, capacity, sold FROM offers ORDER BY event_id, position'),
    event: db.prepare(`SELECT ${STOCK_COLUMNS}, feed FROM events WHERE id = ?`),
    stock: db.prepare(`SELECT ${STOCK_COLUMNS} FROM events WHERE id = ?`),
    // No ORDER BY: sorting two or three rows in JavaScript is cheaper than SQLite's sorter per query.
    offers: db.prepare('SELECT id, position, name, price_cents, currency, capacity, sold FROM offers WHERE event_id = ?'),
    insertReservation: db.prepare(`INSERT INTO reservations (code, event_id, token_hash, status, quantity, total_cents, currency, name, email, phone, message, newsletter, created_ms)
      VALUES (@code, @eventId, @tokenHash, 'confirmed', @quantity, @totalCents, @currency, @name, @email, @phone, @message, @newsletter, @createdMs)`),
    insertTicket: db.prepare(`INSERT INTO reservation_tickets (reservation_id, position, offer_id, name, price_cents, quantity) VALUES (?, ?, ?, ?, ?, ?)`),
    addSoldOnline: db.prepare('UPDATE events SET sold_online = sold_online + ? WHERE id = ?'),
    setSoldOnline: db.prepare('UPDATE events SET sold_online = ? WHERE id = ?'),
    setSoldOffer: db.prepare('UPDATE offers SET sold = ? WHERE event_id = ? AND id = ?'),
    addSoldOffer: db.prepare('UPDATE offers SET sold = sold + ? WHERE event_id = ? AND id = ?'),
    reservation: db.prepare('SELECT * FROM reservations WHERE code = ?'),
    tickets: db.prepare('SELECT offer_id, name, price_cents, quantity FROM reservation_tickets WHERE reservation_id = ? ORDER BY position'),
    eventReservations: db.prepare('SELECT * FROM reservations WHERE event_id = ? ORDER BY created_ms, id'),
    eventTickets: db.prepare(`SELECT t.reservation_id, t.offer_id, t.name, t.price_cents, t.quantity FROM reservation_tickets t
      JOIN reservations r ON r.id = t.reservation_id WHERE r.event_id = ? ORDER BY t.reservation_id, t.position`),
    cancel: db.prepare(`UPDATE reservations SET status = 'cancelled', cancelled_ms = ? WHERE code = ? AND status = 'confirmed'`),
    idempotency: db.prepare('SELECT key, request_hash, status, response, created_ms FROM idempotency_records WHERE key = ?'),
    insertIdempotency: db.prepare('INSERT OR REPLACE INTO idempotency_records (key, request_hash, status, response, created_ms) VALUES (?, ?, ?, ?, ?)'),
    deleteIdempotency: db.prepare('DELETE FROM idempotency_records WHERE created_ms < ?'),
    anonymize: db.prepare(`UPDATE reservations SET name = NULL, email = NULL, phone = NULL, message = NULL, newsletter = NULL, anonymized_ms = @nowMs
      WHERE anonymized_ms IS NULL AND event_id IN (SELECT id FROM events WHERE COALESCE(end_ms, start_ms) < @cutoffMs)`),
    insertNetwork: db.prepare('INSERT OR REPLACE INTO networks (id, data) VALUES (?, ?)'),
    deleteMembers: db.prepare('DELETE FROM members WHERE network_id = ?'),
    insertMember: db.prepare('INSERT INTO members (id, network_id, position, data) VALUES (?, ?, ?, ?)'),
    firstNetwork: db.prepare('SELECT id, data FROM networks ORDER BY rowid LIMIT 1'),
    network: db.prepare('SELECT data FROM networks WHERE id = ?').pluck(),
    members: db.prepare('SELECT data FROM members WHERE network_id = ? ORDER BY position').pluck(),
    member: db.prepare('SELECT network_id, data FROM members WHERE id = ?'),
  };

  /** Reads an event's counters from the database (inside transactions: always this one). */
  function readStock(id) {
    const row = sql.stock.get(id);
    return row && stockFromRow(row, offersOf(id));
  }

  /** An event's offers in their feed order. */
  function offersOf(eventId) {
    return sql.offers.all(eventId).sort((a, b) => a.position - b.position).map(offerFromRow);
  }

  // Availability reads are the hottest path. This process makes every change to the counters, so it
  // keeps the last read per event and drops it on each change; the short lifetime only matters for
  // edits made outside the server (e.g. box-office sales entered with the sqlite3 tool). Orders never
  // use this copy: they read the counters inside their write transaction.
  /** @type {Map<string, { stock: EventStock, expiresAt: number }>} */
  const stockCache = new Map();
  const STOCK_CACHE_MS = 1000;
  const forgetStock = (/** @type {string} */ id) => stockCache.delete(id);

  /** @returns {EventStock | undefined} */
  function getStock(id) {
    const now = Date.now();
    const cached = stockCache.get(id);
    if (cached && cached.expiresAt > now) return cached.stock;
    const stock = readStock(id);
    if (stock) {
      if (stockCache.size >= 10_000) stockCache.clear();
      stockCache.set(id, { stock, expiresAt: now + STOCK_CACHE_MS });
    } else {
      stockCache.delete(id);
    }
    return stock;
  }

  /** @returns {ReservationRecord} */
  function reservationFromRow(row, tickets) {
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

  function ticketFromRow(row) {
    return { offerId: row.offer_id, name: row.name, priceCents: row.price_cents, quantity: row.quantity };
  }

  function getReservation(code) {
    const row = sql.reservation.get(code);
    return row && reservationFromRow(row, sql.tickets.all(row.id).map(ticketFromRow));
  }

  function findIdempotency(key, notBeforeMs) {
    const row = sql.idempotency.get(key);
    if (!row || row.created_ms < notBeforeMs) return undefined;
    return { key: row.key, requestHash: row.request_hash, status: row.status, response: row.response, createdMs: row.created_ms };
  }

  const insertEvent = db.transaction((/** @type {import('./store.js').NewEvent} */ event) => {
    forgetStock(event.id);
    sql.insertEvent.run({
      id: event.id,
      startMs: event.startMs,
      endMs: event.endMs ?? null,
      status: event.status ?? 'scheduled',
      feed: JSON.stringify(event.feed),
      capacity: event.capacity,
      onlineQuota: event.onlineQuota,
      soldBoxOffice: event.soldBoxOffice ?? 0,
      maxPerOrder: event.maxPerOrder ?? 10,
      closesAtMs: event.closesAtMs ?? null,
      reservable: event.reservable === false ? 0 : 1,
    });
    event.offers.forEach((offer, position) => {
      sql.insertOffer.run({ eventId: event.id, id: offer.id, position, name: offer.name, priceCents: offer.priceCents, currency: offer.currency, capacity: offer.capacity ?? null });
    });
  });

  /**
   * The counters of the events a write transaction works on: read once per transaction, then kept
   * up to date in memory as orders are added (the transaction holds the write lock, so nobody else
   * changes them), and written back once at its end.
   * @typedef {{ stocks: Map<string, EventStock | null>, changed: Set<EventStock> }} Ledger
   */

  /** @returns {Ledger} */
  const newLedger = () => ({ stocks: new Map(), changed: new Set() });

  /** @param {Ledger} ledger */
  function stockIn(ledger, eventId) {
    let stock = ledger.stocks.get(eventId);
    if (stock === undefined) {
      stock = readStock(eventId) ?? null;
      ledger.stocks.set(eventId, stock);
    }
    return stock;
  }

  /** @param {Ledger} ledger */
  function writeCounters(ledger) {
    for (const stock of ledger.changed) {
      sql.setSoldOnline.run(stock.soldOnline, stock.id);
      for (const offer of stock.offers) sql.setSoldOffer.run(offer.sold, stock.id, offer.id);
    }
  }

  /**
   * One reservation. Runs inside a write transaction (see flushReservations).
   * @param {import('./store.js').ReserveRequest} request
   * @param {Ledger} ledger
   * @returns {import('./store.js').ReserveResult}
   */
  function reserveOne(request, ledger) {
    if (request.idempotency) {
      // Checked again inside the transaction: with several processes this is the authoritative check.
      const record = findIdempotency(request.idempotency.key, request.nowMs - IDEMPOTENCY_TTL_MS);
      if (record) return { kind: 'replay', record };
    }
    const stock = stockIn(ledger, request.eventId);
    if (!stock) return { kind: 'invalid', fields: { eventId: 'unknown_event' } };
    const problem = orderProblem(stock, request.lines);
    if (problem) return { kind: 'invalid', ...problem };
    const refusal = refusalFor(stock, request.lines, request.nowMs, request.closeMinutes);
    if (refusal) return { kind: 'refused', refusal };

    const tickets = request.lines.map((line) => {
      const offer = /** @type {import('./store.js').OfferStock} */ (stock.offers.find((o) => o.id === line.offerId));
      return { offerId: offer.id, name: offer.name, priceCents: offer.priceCents, quantity: line.quantity };
    });
    const quantity = tickets.reduce((sum, t) => sum + t.quantity, 0);
    const totalCents = tickets.reduce((sum, t) => sum + t.priceCents * t.quantity, 0);
    const currency = stock.offers[0]?.currency ?? 'EUR';
    const { person } = request;
    // A code already taken (odds about n / 5·10¹¹) fails the UNIQUE constraint; the batch is then
    // redone order by order, and this order draws a new code.
    const code = request.newCode();
    const { lastInsertRowid: reservationId } = sql.insertReservation.run({
      code, eventId: stock.id, tokenHash: request.tokenHash, quantity, totalCents, currency,
      name: person.name, email: person.email, phone: person.phone, message: person.message,
      newsletter: person.newsletter ? 1 : 0, createdMs: request.nowMs,
    });
    for (const [position, t] of tickets.entries()) {
      sql.insertTicket.run(reservationId, position, t.offerId, t.name, t.priceCents, t.quantity);
      /** @type {import('./store.js').OfferStock} */ (stock.offers.find((o) => o.id === t.offerId)).sold += t.quantity;
    }
    stock.soldOnline += quantity;
    ledger.changed.add(stock);
    /** @type {ReservationRecord} */
    const reservation = {
      code, eventId: stock.id, status: 'confirmed', quantity, totalCents, currency, ...person, newsletter: person.newsletter,
      createdMs: request.nowMs, cancelledMs: null, anonymizedMs: null, tokenHash: request.tokenHash, tickets,
    };
    const body = JSON.stringify(request.respond(reservation));
    if (request.idempotency) {
      sql.insertIdempotency.run(request.idempotency.key, request.idempotency.requestHash, 201, body, request.nowMs);
    }
    return { kind: 'confirmed', reservation, body };
  }

  const reserveBatch = db.transaction((/** @type {import('./store.js').ReserveRequest[]} */ requests) => {
    const ledger = newLedger();
    const results = requests.map((request) => reserveOne(request, ledger));
    writeCounters(ledger);
    return results;
  });
  const reserveAlone = db.transaction((/** @type {import('./store.js').ReserveRequest} */ request) => {
    const ledger = newLedger();
    const result = reserveOne(request, ledger);
    writeCounters(ledger);
    return result;
  });

  /**
   * Group commit: reservations that arrive in the same turn of the event loop are written in one
   * transaction, each checked against the counters as left by the ones before it. A commit is the
   * expensive part of a reservation; sharing it lets throughput grow with concurrency. Nobody gets
   * an answer before the batch is committed.
   * @type {{ request: import('./store.js').ReserveRequest, resolve: (result: any) => void, reject: (error: unknown) => void }[]}
   */
  const queue = [];
  const MAX_BATCH = 256;
  let flushScheduled = false;

  // A long WAL is copied by the checkpoint worker before the next batch, which then starts it over.
  const flushWhenWalShort = () => checkpointer.whenWalShort(flushReservations);

  function flushReservations() {
    const batch = queue.splice(0, MAX_BATCH);
    flushScheduled = queue.length > 0;
    if (flushScheduled) setImmediate(flushWhenWalShort);
    try {
      const results = reserveBatch(batch.map((item) => item.request));
      batch.forEach((item, i) => item.resolve(results[i]));
    } catch {
      // Something in the batch failed (a bug, a full disk): the whole transaction is rolled back.
      // Redo each order in its own transaction, so only the failing one gets the error.
      for (const item of batch) {
        try {
          item.resolve(reserveAlone(item.request));
        } catch (error) {
          item.reject(error);
        }
      }
    } finally {
      for (const item of batch) forgetStock(item.request.eventId);
      checkpointer.committed();
    }
  }

  /** @param {import('./store.js').ReserveRequest} request */
  function reserve(request) {
    return new Promise((resolve, reject) => {
      queue.push({ request, resolve, reject });
      if (!flushScheduled) {
        flushScheduled = true;
        setImmediate(flushWhenWalShort);
      }
    });
  }

  const cancelReservation = db.transaction((code, nowMs) => {
    const reservation = getReservation(code);
    if (!reservation || reservation.status !== 'confirmed') return reservation;
    sql.cancel.run(nowMs, code);
    for (const t of reservation.tickets) sql.addSoldOffer.run(-t.quantity, reservation.eventId, t.offerId);
    sql.addSoldOnline.run(-reservation.quantity, reservation.eventId);
    forgetStock(reservation.eventId);
    return { ...reservation, status: 'cancelled', cancelledMs: nowMs };
  });

  const putDirectory = db.transaction((network, members) => {
    sql.insertNetwork.run(network.id, JSON.stringify(network));
    sql.deleteMembers.run(network.id);
    members.forEach((member, position) => sql.insertMember.run(member.id, network.id, position, JSON.stringify(member)));
  });

  const reset = db.transaction(() => {
    stockCache.clear();
    for (const table of ['idempotency_records', 'reservation_tickets', 'reservations', 'offers', 'events', 'members', 'networks']) {
      db.exec(`DELETE FROM ${table}`);
    }
  });

  return {
    isEmpty: () => sql.countEvents.get() === 0,
    insertEvent,
    setEventStatus(id, status) {
      forgetStock(id);
      return sql.setStatus.run(status, id).changes === 1;
    },
    listEvents() {
      /** @type {Map<string, import('./store.js').OfferStock[]>} */
      const offersByEvent = new Map();
      for (const row of sql.allOffers.all()) {
        let list = offersByEvent.get(row.event_id);
        if (!list) offersByEvent.set(row.event_id, (list = []));
        list.push(offerFromRow(row));
      }
      return sql.allEvents.all().map((row) => ({ ...stockFromRow(row, offersByEvent.get(row.id) ?? []), feed: JSON.parse(row.feed) }));
    },
    getEvent(id) {
      const row = sql.event.get(id);
      return row && { ...stockFromRow(row, offersOf(id)), feed: JSON.parse(row.feed) };
    },
    getStock,
    reserve,
    getReservation,
    cancelReservation,
    listReservations(eventId) {
      /** @type {Map<number, import('./store.js').ReservedTicket[]>} */
      const ticketsById = new Map();
      for (const row of sql.eventTickets.all(eventId)) {
        let list = ticketsById.get(row.reservation_id);
        if (!list) ticketsById.set(row.reservation_id, (list = []));
        list.push(ticketFromRow(row));
      }
      return sql.eventReservations.all(eventId).map((row) => reservationFromRow(row, ticketsById.get(row.id) ?? []));
    },
    findIdempotency,
    deleteIdempotencyBefore: (beforeMs) => sql.deleteIdempotency.run(beforeMs).changes,
    anonymizeEndedBefore: (cutoffMs, nowMs) => sql.anonymize.run({ cutoffMs, nowMs }).changes,
    putDirectory,
    getDirectory() {
      const row = sql.firstNetwork.get();
      if (!row) return undefined;
      return { network: JSON.parse(row.data), members: sql.members.all(row.id).map((data) => JSON.parse(data)) };
    },
    getMembership(memberId) {
      const row = sql.member.get(memberId);
      if (!row) return undefined;
      return { network: JSON.parse(sql.network.get(row.network_id)), member: JSON.parse(row.data) };
    },
    reset,
    close() {
      checkpointer.stop();
      if (db.open) db.close();
    },
  };
}
