// The write path of reservations on SQLite. better-sqlite3 is synchronous, so a transaction runs to
// completion before any other request is handled: the capacity check and the insert cannot
// interleave with another order. Orders arriving in the same turn of the event loop share one
// transaction (group commit), each checked against the counters left by the ones before it.

import type { Database } from 'better-sqlite3';
import { checkOrder } from '../../domain/availability.js';
import { IDEMPOTENCY_TTL_MS } from '../../domain/idempotency.js';
import { priceOrder } from '../../domain/pricing.js';
import type { EventStock, IdempotencyRecord, ReservationRecord, ReserveRequest, ReserveResult } from '../store.js';
import type { Checkpointer } from './checkpointer.js';
import type { Statements } from './statements.js';

/**
 * The counters of the events a write transaction works on: read once per transaction, then kept
 * up to date in memory as orders are added (the transaction holds the write lock), and written
 * back once at its end.
 */
interface Ledger {
  stocks: Map<string, EventStock | null>;
  changed: Set<EventStock>;
}

export interface GroupCommitDeps {
  db: Database;
  sql: Statements;
  readStock: (id: string) => EventStock | undefined;
  forgetStock: (id: string) => void;
  findIdempotency: (key: string, notBeforeMs: number) => IdempotencyRecord | undefined;
  checkpointer: Checkpointer;
}

const MAX_BATCH = 256;

/** Returns `reserve(request)`: queued, written with the others of this turn, answered after the commit. */
export function createGroupCommit({ db, sql, readStock, forgetStock, findIdempotency, checkpointer }: GroupCommitDeps) {
  const newLedger = (): Ledger => ({ stocks: new Map(), changed: new Set() });

  function stockIn(ledger: Ledger, eventId: string): EventStock | null {
    let stock = ledger.stocks.get(eventId);
    if (stock === undefined) {
      stock = readStock(eventId) ?? null;
      ledger.stocks.set(eventId, stock);
    }
    return stock;
  }

  function writeCounters(ledger: Ledger): void {
    for (const stock of ledger.changed) {
      sql.setSoldOnline.run(stock.soldOnline, stock.id);
      for (const offer of stock.offers) sql.setSoldOffer.run(offer.sold, stock.id, offer.id);
    }
  }

  /** One reservation, inside a write transaction. */
  function reserveOne(request: ReserveRequest, ledger: Ledger): ReserveResult {
    if (request.idempotency) {
      // Checked again inside the transaction: with several processes this is the authoritative check.
      const record = findIdempotency(request.idempotency.key, request.nowMs - IDEMPOTENCY_TTL_MS);
      if (record) return { kind: 'replay', record };
    }
    const verdict = checkOrder(stockIn(ledger, request.eventId), request.lines, request.nowMs, request.closeMinutes);
    if (verdict.kind !== 'accepted') return verdict;
    const { stock } = verdict;

    const { tickets, quantity, totalCents, currency } = priceOrder(stock, request.lines);
    const { person } = request;
    // A code already taken fails the UNIQUE constraint; the batch is then redone order by order,
    // and this order draws a new code.
    const code = request.newCode();
    const { lastInsertRowid: reservationId } = sql.insertReservation.run({
      code, eventId: stock.id, tokenHash: request.tokenHash, quantity, totalCents, currency,
      name: person.name, email: person.email, phone: person.phone, message: person.message,
      newsletter: person.newsletter ? 1 : 0, createdMs: request.nowMs,
    });
    for (const [position, t] of tickets.entries()) {
      sql.insertTicket.run(reservationId, position, t.offerId, t.name, t.priceCents, t.quantity);
      const offer = stock.offers.find((o) => o.id === t.offerId);
      if (offer) offer.sold += t.quantity;
    }
    stock.soldOnline += quantity;
    ledger.changed.add(stock);
    const reservation: ReservationRecord = {
      code, eventId: stock.id, status: 'confirmed', quantity, totalCents, currency, ...person,
      createdMs: request.nowMs, cancelledMs: null, anonymizedMs: null, tokenHash: request.tokenHash, tickets,
    };
    const body = JSON.stringify(request.respond(reservation));
    if (request.idempotency) {
      sql.insertIdempotency.run(request.idempotency.key, request.idempotency.requestHash, 201, body, request.nowMs);
    }
    return { kind: 'confirmed', reservation, body };
  }

  const reserveBatch = db.transaction((requests: ReserveRequest[]) => {
    const ledger = newLedger();
    const results = requests.map((request) => reserveOne(request, ledger));
    writeCounters(ledger);
    return results;
  });
  const reserveAlone = db.transaction((request: ReserveRequest) => {
    const ledger = newLedger();
    const result = reserveOne(request, ledger);
    writeCounters(ledger);
    return result;
  });

  const queue: { request: ReserveRequest; resolve: (result: ReserveResult) => void; reject: (error: unknown) => void }[] = [];
  let flushScheduled = false;

  // A long WAL is copied by the checkpoint worker before the next batch, which then starts it over.
  const flushWhenWalShort = () => checkpointer.whenWalShort(flushReservations);

  function flushReservations(): void {
    const batch = queue.splice(0, MAX_BATCH);
    flushScheduled = queue.length > 0;
    if (flushScheduled) setImmediate(flushWhenWalShort);
    try {
      // IMMEDIATE: the write lock before the counters are read, so another process on the same file waits (busy_timeout) instead of failing.
      const results = reserveBatch.immediate(batch.map((item) => item.request));
      batch.forEach((item, i) => item.resolve(results[i]));
    } catch {
      // Something in the batch failed (a bug, a full disk): the whole transaction is rolled back.
      // Redo each order in its own transaction, so only the failing one gets the error.
      for (const item of batch) {
        try {
          item.resolve(reserveAlone.immediate(item.request));
        } catch (error) {
          item.reject(error);
        }
      }
    } finally {
      for (const item of batch) forgetStock(item.request.eventId);
      checkpointer.committed();
    }
  }

  return function reserve(request: ReserveRequest): Promise<ReserveResult> {
    return new Promise((resolve, reject) => {
      queue.push({ request, resolve, reject });
      if (!flushScheduled) {
        flushScheduled = true;
        setImmediate(flushWhenWalShort);
      }
    });
  };
}
