// The Store on SQLite (better-sqlite3), synchronous inside and asynchronous at the interface. Seat
// counters live on the event and offer rows and change in the same transaction as the reservation
// rows, so availability reads are two indexed lookups.

import Database from 'better-sqlite3';
import { DEFAULT_CENTRE, type EventStock, type IdempotencyRecord, type Member, type NewEvent, type Network, type ReservationRecord, type ReservedTicket, type Store } from '../store.js';
import { RESTART_FRAMES, startCheckpointer, type CheckpointOptions } from './checkpointer.js';
import { createGroupCommit } from './group-commit.js';
import { offerFromRow, reservationFromRow, stockFromRow, ticketFromRow } from './rows.js';
import { migrate } from './schema.js';
import { prepareStatements } from './statements.js';

/** SQLite's own on-commit checkpoint while the checkpoint worker runs: a backstop well above RESTART_FRAMES. */
const BACKSTOP_CHECKPOINT_PAGES = 2.5 * RESTART_FRAMES;

/** Availability reads may see changes made outside this process this much later. */
const STOCK_CACHE_MS = 1000;

/** Tries at opening a file that other processes are opening too (start-up only; about 5 s in all). */
const OPEN_ATTEMPTS = 20;

/** `options.checkpoint`: for tests. */
export function openSqliteStore(databasePath: string, options: { checkpoint?: CheckpointOptions } = {}): Store {
  const db = new Database(databasePath);
  for (let attempt = 1; ; attempt++) {
    try {
      db.pragma('busy_timeout = 5000'); // first: another process may be opening the same file
      db.pragma('journal_mode = WAL');
      // With WAL, NORMAL survives a crash of the process (only power loss can lose the last commits).
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('cache_size = -32000'); // the hot B-trees stay in memory
      migrate(db);
      break;
    } catch (error) {
      // Switching a new file to WAL while another process does the same can fail at once, without the busy handler.
      if ((error as { code?: string }).code === 'SQLITE_BUSY' && attempt < OPEN_ATTEMPTS) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * attempt);
        continue;
      }
      db.close();
      throw error;
    }
  }
  // A worker thread copies committed pages from the WAL into the database file soon after every
  // group commit, off the event loop (checkpointer.ts); SQLite's own checkpoint stays as a backstop.
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
  const checkpointer = startCheckpointer(databasePath, (reason) => {
    console.error(`kultur-widgets backend: background checkpoints failed (${reason}); SQLite checkpoints on commit alone`);
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  }, options.checkpoint);

  const close = () => {
    checkpointer.stop();
    if (db.open) db.close();
  };
  // One store per centre on the one connection: statements, caches and group commit of its own.
  const stores = new Map<string, Store>();
  function storeFor(centreId: string): Store {
    let store = stores.get(centreId);
    if (!store) stores.set(centreId, (store = centreStore(centreId)));
    return store;
  }

  function centreStore(centreId: string): Store {
    const sql = prepareStatements(db, centreId);

    /** An event's offers in their feed order. */
    const offersOf = (eventId: string) => sql.offers.all(eventId).sort((a, b) => a.position - b.position).map(offerFromRow);

    /** Reads an event's counters from the database (inside transactions: always this one). */
    function readStock(id: string): EventStock | undefined {
      const row = sql.stock.get(id);
      return row && stockFromRow(row, offersOf(id));
    }

    // This process makes every change to the counters, so it keeps the last read per event and drops
    // it on each change; orders never use this copy: they read the counters inside their transaction.
    const stockCache = new Map<string, { stock: EventStock; expiresAt: number }>();
    const forgetStock = (id: string) => stockCache.delete(id);

    function getStock(id: string): EventStock | undefined {
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

    function getReservation(code: string): ReservationRecord | undefined {
      const row = sql.reservation.get(code);
      return row && reservationFromRow(row, sql.tickets.all(row.id).map(ticketFromRow));
    }

    function findIdempotency(key: string, notBeforeMs: number): IdempotencyRecord | undefined {
      const row = sql.idempotency.get(key);
      if (!row || row.created_ms < notBeforeMs) return undefined;
      return { key: row.key, requestHash: row.request_hash, status: row.status, response: row.response, createdMs: row.created_ms };
    }

    const insertEvent = db.transaction((event: NewEvent) => {
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

    const reserve = createGroupCommit({ db, sql, readStock, forgetStock, findIdempotency, checkpointer });

    const cancelReservation = db.transaction((code: string, nowMs: number): ReservationRecord | undefined => {
      const reservation = getReservation(code);
      if (!reservation || reservation.status !== 'confirmed') return reservation;
      sql.cancel.run(nowMs, code);
      for (const t of reservation.tickets) sql.addSoldOffer.run(-t.quantity, reservation.eventId, t.offerId);
      sql.addSoldOnline.run(-reservation.quantity, reservation.eventId);
      forgetStock(reservation.eventId);
      return { ...reservation, status: 'cancelled', cancelledMs: nowMs };
    });

    const putDirectory = db.transaction((network: Network, members: Member[]) => {
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

    // A synchronous call as a promise: a thrown error becomes a rejection, as with a networked engine.
    const later = async <T>(work: () => T): Promise<T> => work();

    return {
      centreId,
      forCentre: storeFor,
      listCentres: () => later(() => sql.centres.all()),
      getCentre: (id) => later(() => sql.centre.get(id)),
      putCentre: (centre) => later(() => {
        sql.putCentre.run(centre);
      }),
      isEmpty: () => later(() => sql.countEvents.get() === 0),
      insertEvent: (event) => later(() => insertEvent(event)),
      setEventStatus: (id, status) => later(() => {
        forgetStock(id);
        return sql.setStatus.run(status, id).changes === 1;
      }),
      listEvents: () => later(() => {
        const offersByEvent = new Map<string, ReturnType<typeof offerFromRow>[]>();
        for (const row of sql.allOffers.all()) {
          let list = offersByEvent.get(row.event_id);
          if (!list) offersByEvent.set(row.event_id, (list = []));
          list.push(offerFromRow(row));
        }
        return sql.allEvents.all().map((row) => ({ ...stockFromRow(row, offersByEvent.get(row.id) ?? []), feed: JSON.parse(row.feed) }));
      }),
      getEvent: (id) => later(() => {
        const row = sql.event.get(id);
        return row && { ...stockFromRow(row, offersOf(id)), feed: JSON.parse(row.feed) };
      }),
      getStock: (id) => later(() => getStock(id)),
      reserve,
      getTokenHash: (code) => later(() => sql.tokenHash.get(code)),
      getReservation: (code) => later(() => getReservation(code)),
      cancelReservation: (code, nowMs) => later(() => cancelReservation.immediate(code, nowMs)),
      listReservations: (eventId) => later(() => {
        const ticketsById = new Map<number, ReservedTicket[]>();
        for (const row of sql.eventTickets.all(eventId)) {
          let list = ticketsById.get(row.reservation_id);
          if (!list) ticketsById.set(row.reservation_id, (list = []));
          list.push(ticketFromRow(row));
        }
        return sql.eventReservations.all(eventId).map((row) => reservationFromRow(row, ticketsById.get(row.id) ?? []));
      }),
      findIdempotency: (key, notBeforeMs) => later(() => findIdempotency(key, notBeforeMs)),
      deleteIdempotencyBefore: (beforeMs) => later(() => sql.deleteIdempotency.run(beforeMs).changes),
      anonymizeEndedBefore: (cutoffMs, nowMs) => later(() => sql.anonymize.run({ cutoffMs, nowMs }).changes),
      putDirectory: (network, members) => later(() => putDirectory(network, members)),
      getDirectory: () => later(() => {
        const row = sql.firstNetwork.get();
        if (!row) return undefined;
        return { network: JSON.parse(row.data), members: sql.members.all(row.id).map((data) => JSON.parse(data)) };
      }),
      getMembership: (memberId) => later(() => {
        const row = sql.member.get(memberId);
        if (!row) return undefined;
        const network = sql.network.get(row.network_id);
        return network === undefined ? undefined : { network: JSON.parse(network), member: JSON.parse(row.data) };
      }),
      reset: () => later(() => reset()),
      close: () => later(close),
    };
  }

  return storeFor(DEFAULT_CENTRE);
}
