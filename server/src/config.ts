// Configuration: options of `startServer`, their defaults, and how environment variables map to them.

export interface ServerOptions {
  /** 0 = ephemeral (default PORT or 8080) */
  port?: number;
  /** default '127.0.0.1' (main.ts: HOST, default all interfaces) */
  host?: string;
  /** default DATABASE_PATH or ./data/kultur.sqlite, relative to the working directory */
  databasePath?: string;
  /** `postgres://…` (DATABASE_URL): PostgreSQL instead of the SQLite file */
  databaseUrl?: string;
  /** PostgreSQL role owning the tables, for the migrations (DATABASE_MIGRATION_URL; default databaseUrl) */
  databaseMigrationUrl?: string;
  /** PostgreSQL: how long a reservation waits for a lock before 503 (DATABASE_LOCK_TIMEOUT_MS, default 5000) */
  lockTimeoutMs?: number;
  /** exact origins allowed to call the API from other sites; default same origin only */
  corsOrigins?: string[] | 'localhost';
  /** bearer token of the box-office API; without it the admin API is off */
  adminToken?: string;
  /** test-only routes and the X-Test-Delay-Ms header (default false) */
  testHooks?: boolean;
  /** writes per client address (default 30 per minute) */
  rateLimit?: { windowMs: number; max: number };
  /** what an empty database is filled with (default 'demo') */
  seed?: 'demo' | 'none';
  /** the clock of business rules (closing, retention) */
  now?: () => Date;
  /** repository root: serves /dist/ and demo/ at /; none when absent */
  staticRoot?: string;
  /** also serve `*.map` files under /dist/ (default false: source maps stay private) */
  serveSourceMaps?: boolean;
  /** sites that may frame the iframe pages under /embed/{widget}: a CSP source list (default '*') */
  embedFrameAncestors?: string;
  /** days after an event until names and e-mails are deleted (default 14) */
  retentionDays?: number;
  /** online reservations close this long before the start (default 120) */
  reservationCloseMinutes?: number;
  /** public base URL for links in answers (behind a proxy); default from the Host header */
  publicUrl?: string;
  /** read the client address for rate limiting from X-Forwarded-For */
  trustProxy?: boolean;
  /** maximum request body in bytes (default 16 KiB) */
  bodyLimit?: number;
  /** prefix of reservation codes (default 'ZH') */
  codePrefix?: string;
  /** one line per request on stdout (default false) */
  log?: boolean;
}

export const DEFAULTS = {
  port: 8080,
  host: '127.0.0.1',
  databasePath: './data/kultur.sqlite',
  rateLimit: { windowMs: 60_000, max: 30 },
  retentionDays: 14,
  reservationCloseMinutes: 120,
  bodyLimit: 16 * 1024,
  codePrefix: 'ZH',
};

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`${name} must be a whole number ≥ 0, got "${value}"`);
  return number;
}

const flag = (value: string | undefined) => value === '1' || value === 'true';

/** A CSP source list such as `https://a.example https://b.example`: no directive separators. */
function sourceList(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^[\w\s:/.*'+-]+$/.test(value)) throw new Error(`${name} must be a list of origins separated by spaces, got "${value}"`);
  return value.trim().replace(/\s+/g, ' ');
}

/** Reads the environment variables documented in docs/backend.md. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): ServerOptions {
  const origins = env.CORS_ORIGINS?.split(',').map((origin) => origin.trim().replace(/\/$/, '')).filter(Boolean);
  const windowMs = integer(env.RATE_LIMIT_WINDOW_MS, 'RATE_LIMIT_WINDOW_MS');
  const max = integer(env.RATE_LIMIT_MAX, 'RATE_LIMIT_MAX');
  const seed = env.SEED;
  if (seed !== undefined && seed !== 'demo' && seed !== 'none') throw new Error(`SEED must be "demo" or "none", got "${seed}"`);
  if (env.DATABASE_URL && !/^postgres(ql)?:\/\//i.test(env.DATABASE_URL)) throw new Error('DATABASE_URL must start with postgres:// (for SQLite set DATABASE_PATH)');
  if (env.CODE_PREFIX !== undefined && !/^[A-Z0-9]{1,8}$/.test(env.CODE_PREFIX)) throw new Error('CODE_PREFIX must be 1–8 capital letters or digits');
  const options: ServerOptions = {
    port: integer(env.PORT, 'PORT'),
    host: env.HOST || undefined,
    databasePath: env.DATABASE_PATH || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseMigrationUrl: env.DATABASE_MIGRATION_URL || undefined,
    lockTimeoutMs: integer(env.DATABASE_LOCK_TIMEOUT_MS, 'DATABASE_LOCK_TIMEOUT_MS'),
    corsOrigins: origins === undefined ? undefined : origins.length === 1 && origins[0] === 'localhost' ? 'localhost' : origins,
    adminToken: env.ADMIN_TOKEN || undefined,
    retentionDays: integer(env.RETENTION_DAYS, 'RETENTION_DAYS'),
    reservationCloseMinutes: integer(env.RESERVATION_CLOSE_MINUTES, 'RESERVATION_CLOSE_MINUTES'),
    rateLimit: windowMs !== undefined || max !== undefined
      ? { windowMs: windowMs ?? DEFAULTS.rateLimit.windowMs, max: max ?? DEFAULTS.rateLimit.max }
      : undefined,
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : undefined,
    trustProxy: flag(env.TRUST_PROXY),
    serveSourceMaps: env.SERVE_SOURCE_MAPS ? flag(env.SERVE_SOURCE_MAPS) : undefined,
    embedFrameAncestors: sourceList(env.EMBED_FRAME_ANCESTORS, 'EMBED_FRAME_ANCESTORS'),
    bodyLimit: integer(env.BODY_LIMIT_BYTES, 'BODY_LIMIT_BYTES'),
    codePrefix: env.CODE_PREFIX,
    seed,
  };
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as ServerOptions;
}
