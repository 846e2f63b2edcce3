// @ts-check
// Configuration: options of `startServer`, their defaults, and how environment variables map to them.

/**
 * @typedef {object} ServerOptions
 * @property {number} [port]  0 = ephemeral (default PORT or 8080)
 * @property {string} [host]  default '127.0.0.1' (main.js: HOST, default all interfaces)
 * @property {string} [databasePath]  default DATABASE_PATH or ./data/kultur.sqlite, relative to the working directory
 * @property {string[] | 'localhost'} [corsOrigins]  exact origins allowed to call the API from other sites; default same origin only
 * @property {string} [adminToken]  bearer token of the box-office API; without it the admin API is off
 * @property {boolean} [testHooks]  test-only routes and the X-Test-Delay-Ms header (default false)
 * @property {{ windowMs: number, max: number }} [rateLimit]  writes per client address (default 30 per minute)
 * @property {'demo' | 'none'} [seed]  what an empty database is filled with (default 'demo')
 * @property {() => Date} [now]  the clock of business rules (closing, retention)
 * @property {string} [staticRoot]  repository root: serves /dist/ and demo/ at /; none when absent
 * @property {number} [retentionDays]  days after an event until names and e-mails are deleted (default 14)
 * @property {number} [reservationCloseMinutes]  online reservations close this long before the start (default 120)
 * @property {string} [publicUrl]  public base URL for links in answers (behind a proxy); default from the Host header
 * @property {boolean} [trustProxy]  read the client address for rate limiting from X-Forwarded-For
 * @property {number} [bodyLimit]  maximum request body in bytes (default 16 KiB)
 * @property {string} [codePrefix]  prefix of reservation codes (default 'ZH')
 * @property {boolean} [log]  one line per request on stdout (default false)
 */

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

/**
 * @param {string | undefined} value
 * @param {string} name
 */
function integer(value, name) {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`${name} must be a whole number ≥ 0, got "${value}"`);
  return number;
}

/**
 * Reads the environment variables documented in docs/backend.md.
 * @param {NodeJS.ProcessEnv} env
 * @returns {ServerOptions}
 */
export function optionsFromEnv(env) {
  const origins = env.CORS_ORIGINS?.split(',').map((origin) => origin.trim().replace(/\/$/, '')).filter(Boolean);
  const windowMs = integer(env.RATE_LIMIT_WINDOW_MS, 'RATE_LIMIT_WINDOW_MS');
  const max = integer(env.RATE_LIMIT_MAX, 'RATE_LIMIT_MAX');
  const seed = env.SEED;
  if (seed !== undefined && seed !== 'demo' && seed !== 'none') throw new Error(`SEED must be "demo" or "none", got "${seed}"`);
  if (env.CODE_PREFIX !== undefined && !/^[A-Z0-9]{1,8}$/.test(env.CODE_PREFIX)) throw new Error('CODE_PREFIX must be 1–8 capital letters or digits');
  /** @type {ServerOptions} */
  const options = {
    port: integer(env.PORT, 'PORT'),
    host: env.HOST || undefined,
    databasePath: env.DATABASE_PATH || undefined,
    corsOrigins: origins === undefined ? undefined : origins.length === 1 && origins[0] === 'localhost' ? 'localhost' : origins,
    adminToken: env.ADMIN_TOKEN || undefined,
    retentionDays: integer(env.RETENTION_DAYS, 'RETENTION_DAYS'),
    reservationCloseMinutes: integer(env.RESERVATION_CLOSE_MINUTES, 'RESERVATION_CLOSE_MINUTES'),
    rateLimit: windowMs !== undefined || max !== undefined
      ? { windowMs: windowMs ?? DEFAULTS.rateLimit.windowMs, max: max ?? DEFAULTS.rateLimit.max }
      : undefined,
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : undefined,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    bodyLimit: integer(env.BODY_LIMIT_BYTES, 'BODY_LIMIT_BYTES'),
    codePrefix: env.CODE_PREFIX,
    seed: /** @type {'demo' | 'none' | undefined} */ (seed),
  };
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
