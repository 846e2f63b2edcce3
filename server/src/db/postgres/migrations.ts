// Versioned schema migrations of the PostgreSQL store. `schema_migrations` records each one applied;
// a session advisory lock makes processes that start at once migrate one after the other.
// Never edit a released migration: append a new one.

import type pg from 'pg';

/** Any fixed number shared by every process of this application: the key of the migration lock. */
const MIGRATION_LOCK = 7_140_001;

export const migrations: string[] = [
  // 1: every row keyed by its centre; seat counters on the event and offer rows, checked by constraints.
  `
  CREATE TABLE events (
    centre_id       TEXT NOT NULL DEFAULT 'default',
    id              TEXT NOT NULL,
    start_ms        BIGINT NOT NULL,
    end_ms          BIGINT,
    status          TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled', 'postponed')),
    feed            TEXT NOT NULL,
    capacity        INTEGER NOT NULL CHECK (capacity >= 0),
    online_quota    INTEGER NOT NULL CHECK (online_quota >= 0),
    sold_online     INTEGER NOT NULL DEFAULT 0,
    sold_box_office INTEGER NOT NULL DEFAULT 0,
    max_per_order   INTEGER NOT NULL DEFAULT 10 CHECK (max_per_order > 0),
    closes_at_ms    BIGINT,
    reservable      BOOLEAN NOT NULL DEFAULT TRUE,
    PRIMARY KEY (centre_id, id),
    CHECK (sold_online >= 0 AND sold_online <= online_quota),
    CHECK (sold_box_office >= 0 AND sold_online + sold_box_office <= capacity)
  );
  CREATE INDEX events_by_start ON events (centre_id, start_ms);

  CREATE TABLE offers (
    centre_id   TEXT NOT NULL DEFAULT 'default',
    event_id    TEXT NOT NULL,
    id          TEXT NOT NULL,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    currency    TEXT NOT NULL,
    capacity    INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    sold        INTEGER NOT NULL DEFAULT 0 CHECK (sold >= 0 AND (capacity IS NULL OR sold <= capacity)),
    PRIMARY KEY (centre_id, event_id, id),
    FOREIGN KEY (centre_id, event_id) REFERENCES events (centre_id, id) ON DELETE CASCADE
  );

  CREATE TABLE reservations (
    id            BIGSERIAL PRIMARY KEY,
    centre_id     TEXT NOT NULL DEFAULT 'default',
    code          TEXT NOT NULL,
    event_id      TEXT NOT NULL,
    token_hash    BYTEA NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    total_cents   INTEGER NOT NULL,
    currency      TEXT NOT NULL,
    name          TEXT,
    email         TEXT,
    phone         TEXT,
    message       TEXT,
    newsletter    BOOLEAN,
    created_ms    BIGINT NOT NULL,
    cancelled_ms  BIGINT,
    anonymized_ms BIGINT,
    UNIQUE (centre_id, code),
    FOREIGN KEY (centre_id, event_id) REFERENCES events (centre_id, id) ON DELETE CASCADE
  );
  CREATE INDEX reservations_by_event ON reservations (centre_id, event_id);

  CREATE TABLE reservation_tickets (
    reservation_id BIGINT NOT NULL REFERENCES reservations (id) ON DELETE CASCADE,
    centre_id   TEXT NOT NULL DEFAULT 'default',
    position    INTEGER NOT NULL,
    offer_id    TEXT NOT NULL,
    name        TEXT NOT NULL,
    price_cents INTEGER NOT NULL,
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (reservation_id, position)
  );

  CREATE TABLE idempotency_records (
    centre_id    TEXT NOT NULL DEFAULT 'default',
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status       INTEGER NOT NULL,
    response     TEXT NOT NULL,
    created_ms   BIGINT NOT NULL,
    PRIMARY KEY (centre_id, key)
  );
  CREATE INDEX idempotency_by_age ON idempotency_records (created_ms);

  CREATE TABLE networks (
    seq  BIGSERIAL,
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL
  );
  CREATE TABLE members (
    id         TEXT PRIMARY KEY,
    network_id TEXT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    data       TEXT NOT NULL
  );
  `,
  // 2: the centres, and row-level security by centre as a second line of defence behind the
  // application's own WHERE centre_id = …: a transaction sees only the rows of the centre it names.
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
  DO $$
  DECLARE t TEXT;
  BEGIN
    FOREACH t IN ARRAY ARRAY['events', 'offers', 'reservations', 'reservation_tickets', 'idempotency_records'] LOOP
      EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
      EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
      EXECUTE format('CREATE POLICY by_centre ON %I USING (centre_id = nullif(current_setting(''app.centre_id'', true), '''')) '
        'WITH CHECK (centre_id = nullif(current_setting(''app.centre_id'', true), ''''))', t);
    END LOOP;
  END $$;
  `,
];

/** Applies the missing migrations, each in its own transaction, under the migration lock. */
export async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
      const current = rows[0]?.version ?? 0;
      if (current > migrations.length) {
        throw new Error(`The database has schema version ${current}, newer than this server knows (${migrations.length}).`);
      }
      for (let version = current; version < migrations.length; version++) {
        await client.query('BEGIN');
        try {
          await client.query(migrations[version]);
          await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version + 1]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
