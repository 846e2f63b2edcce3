// Schema migrations for the SQLite store. Each entry upgrades the schema by one version; SQLite's
// `PRAGMA user_version` records how many have run, so start-up applies exactly the missing ones.
// Never edit a released migration: append a new one. Writing a reservation should touch few pages:
// small keyed tables are WITHOUT ROWID (one B-tree instead of table + key index), reservations
// append in row-id order.

import type { Database } from 'better-sqlite3';

export const migrations: string[] = [
  // 1: events with stored seat counters, offers, reservations, idempotency records, memberships.
  `
  CREATE TABLE events (
    id              TEXT PRIMARY KEY,
    start_ms        INTEGER NOT NULL,
    end_ms          INTEGER,
    status          TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled', 'postponed')),
    feed            TEXT NOT NULL,              -- the event's feed fields (title, start, location, …) as JSON
    capacity        INTEGER NOT NULL CHECK (capacity >= 0),           -- seats in the hall
    online_quota    INTEGER NOT NULL CHECK (online_quota >= 0),       -- seats offered online, the rest at the box office
    sold_online     INTEGER NOT NULL DEFAULT 0,                       -- seats in confirmed online reservations
    sold_box_office INTEGER NOT NULL DEFAULT 0,                       -- seats sold at the box office
    max_per_order   INTEGER NOT NULL DEFAULT 10 CHECK (max_per_order > 0),
    closes_at_ms    INTEGER,                                          -- explicit close time; NULL: start minus the configured lead time
    reservable      INTEGER NOT NULL DEFAULT 1,
    -- Last line of defence: even a bug in the application cannot store an overbooking.
    CHECK (sold_online >= 0 AND sold_online <= online_quota),
    CHECK (sold_box_office >= 0 AND sold_online + sold_box_office <= capacity)
  );
  CREATE INDEX events_by_start ON events (start_ms);

  CREATE TABLE offers (
    event_id    TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    currency    TEXT NOT NULL,
    capacity    INTEGER CHECK (capacity IS NULL OR capacity >= 0),   -- per-category limit, NULL: none
    sold        INTEGER NOT NULL DEFAULT 0 CHECK (sold >= 0 AND (capacity IS NULL OR sold <= capacity)),
    PRIMARY KEY (event_id, id)
  ) WITHOUT ROWID;

  -- Reservations get increasing row ids, so new rows, their tickets and the per-event index entries
  -- land on the same last pages; only the code index takes a random page per reservation.
  CREATE TABLE reservations (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    event_id        TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    token_hash      BLOB NOT NULL,               -- SHA-256 of the cancel token; the token itself is never stored
    status          TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
    quantity        INTEGER NOT NULL CHECK (quantity > 0),
    total_cents     INTEGER NOT NULL,
    currency        TEXT NOT NULL,
    name            TEXT,                        -- personal data: NULL after retention
    email           TEXT,
    phone           TEXT,
    message         TEXT,
    newsletter      INTEGER,
    created_ms      INTEGER NOT NULL,
    cancelled_ms    INTEGER,
    anonymized_ms   INTEGER
  );
  CREATE INDEX reservations_by_event ON reservations (event_id);

  CREATE TABLE reservation_tickets (
    reservation_id INTEGER NOT NULL REFERENCES reservations (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    offer_id    TEXT NOT NULL,
    name        TEXT NOT NULL,                   -- the offer's name and price when reserved
    price_cents INTEGER NOT NULL,
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (reservation_id, position)
  ) WITHOUT ROWID;

  CREATE TABLE idempotency_keys (
    key          TEXT PRIMARY KEY,
    request_hash TEXT NOT NULL,
    status       INTEGER NOT NULL,
    response     TEXT NOT NULL,               -- the first answer, including the cancel link: kept 24 h only
    created_ms   INTEGER NOT NULL
  ) WITHOUT ROWID;                              -- no index on created_ms: the hourly expiry scans one day of keys,
                                                -- cheaper than one more page written per reservation

  CREATE TABLE networks (
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL                           -- the network's contract JSON
  );
  CREATE TABLE members (
    id         TEXT PRIMARY KEY,
    network_id TEXT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    data       TEXT NOT NULL                     -- the member's contract JSON
  );
  `,
  // 2: idempotency records in arrival order (a rowid table) with a separate index on the key, so the
  // records append to the same last pages and only the small key entries land at random (decision 0001).
  `
  CREATE TABLE idempotency_records (
    id           INTEGER PRIMARY KEY,
    key          TEXT NOT NULL UNIQUE,
    request_hash TEXT NOT NULL,
    status       INTEGER NOT NULL,
    response     TEXT NOT NULL,               -- the first answer, including the cancel link: kept 24 h only
    created_ms   INTEGER NOT NULL
  );
  INSERT INTO idempotency_records (key, request_hash, status, response, created_ms)
    SELECT key, request_hash, status, response, created_ms FROM idempotency_keys ORDER BY created_ms;
  DROP TABLE idempotency_keys;
  `,
  // 3: centres; every event, offer, reservation, ticket and idempotency record belongs to one (ids
  // of events and codes stay unique across the file, so the keys need no rebuild).
  `
  CREATE TABLE centres (
    id     TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    town   TEXT,
    region TEXT,
    url    TEXT,
    logo   TEXT
  );
  INSERT INTO centres (id, name) VALUES ('default', 'default');
  ALTER TABLE events ADD COLUMN centre_id TEXT NOT NULL DEFAULT 'default';
  ALTER TABLE offers ADD COLUMN centre_id TEXT NOT NULL DEFAULT 'default';
  ALTER TABLE reservations ADD COLUMN centre_id TEXT NOT NULL DEFAULT 'default';
  ALTER TABLE reservation_tickets ADD COLUMN centre_id TEXT NOT NULL DEFAULT 'default';
  ALTER TABLE idempotency_records ADD COLUMN centre_id TEXT NOT NULL DEFAULT 'default';
  CREATE INDEX events_by_centre ON events (centre_id, start_ms);
  `,
];

/**
 * Applies the migrations the database has not seen yet, each in its own IMMEDIATE transaction that
 * reads the version under the write lock: processes starting at once on one file migrate in turn.
 */
export function migrate(db: Database): void {
  const step = db.transaction((): boolean => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) {
      throw new Error(`The database has schema version ${version}, newer than this server knows (${migrations.length}).`);
    }
    if (version === migrations.length) return false;
    db.exec(migrations[version]);
    db.pragma(`user_version = ${version + 1}`);
    return true;
  });
  while (step.immediate());
}
