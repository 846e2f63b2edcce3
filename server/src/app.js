// @ts-check
// startServer(options): the reference backend as one HTTP server — the API under /api/ and,
// with `staticRoot`, the demo page and the built widgets.

import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { listAdminEvents, listEventReservations } from './admin.js';
import { DEFAULTS } from './config.js';
import { createCors } from './cors.js';
import { openStore } from './db/store.js';
import { getAvailability, getEvent, getEvents } from './events.js';
import { HttpError, sendError } from './http-util.js';
import { RunningKeys } from './idempotency.js';
import { getDirectory, getMembership } from './memberships.js';
import { RateLimiter } from './rate-limit.js';
import { cancelReservation, cancelReservationForm, createReservation, getReservation } from './reservations.js';
import { runRetention } from './retention.js';
import { Router } from './router.js';
import { PAGE_HEADERS } from './security-headers.js';
import { seedDemo } from './seed.js';
import { staticFiles } from './static.js';
import { createTestEvent, resetData } from './test-hooks.js';

/**
 * What every handler can reach.
 * @typedef {object} App
 * @property {import('./db/store.js').Store} store
 * @property {() => Date} now
 * @property {number} closeMinutes
 * @property {number} retentionDays
 * @property {number} bodyLimit
 * @property {string} codePrefix
 * @property {string | undefined} publicUrl
 * @property {string | undefined} adminToken
 * @property {RunningKeys} runningKeys
 */

/**
 * @typedef {object} RunningServer
 * @property {string} url  `http://127.0.0.1:PORT`
 * @property {string} endpoint  `${url}/api`
 * @property {() => Promise<void>} close  stops accepting, ends connections, closes the database
 * @property {string} databasePath  absolute path of the SQLite file
 * @property {App} app
 */

const HOUR_MS = 60 * 60 * 1000;

/** @param {boolean} testHooks */
function createRouter(testHooks) {
  const router = new Router()
    .add('GET', '/api/events/:id/availability', getAvailability)
    .add('GET', '/api/events', getEvents)
    .add('GET', '/api/events/:id', getEvent)
    .add('POST', '/api/reservations', createReservation)
    .add('GET', '/api/reservations/:code', getReservation)
    .add('DELETE', '/api/reservations/:code', cancelReservation)
    .add('POST', '/api/reservations/:code/cancel', cancelReservationForm)
    .add('GET', '/api/memberships', getDirectory)
    .add('GET', '/api/memberships/:id', getMembership)
    .add('GET', '/api/admin/events', listAdminEvents)
    .add('GET', '/api/admin/events/:id/reservations', listEventReservations);
  if (testHooks) router.add('POST', '/api/__test/events', createTestEvent).add('POST', '/api/__test/reset', resetData);
  return router;
}

/**
 * The address a client is rate-limited by: the socket's peer, or behind a trusted proxy the
 * address the proxy appended last to X-Forwarded-For.
 * @param {import('node:http').IncomingMessage} req
 * @param {boolean} trustProxy
 */
function clientAddress(req, trustProxy) {
  const forwarded = trustProxy ? req.headers['x-forwarded-for'] : undefined;
  if (typeof forwarded === 'string' && forwarded) return forwarded.split(',').at(-1)?.trim() ?? '';
  return req.socket.remoteAddress ?? '';
}

/**
 * Starts the backend. See config.js for every option and its default.
 * @param {import('./config.js').ServerOptions} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startServer(options = {}) {
  const databasePath = resolve(options.databasePath ?? process.env.DATABASE_PATH ?? DEFAULTS.databasePath);
  mkdirSync(dirname(databasePath), { recursive: true });
  const store = openStore(databasePath);
  const testHooks = options.testHooks === true;

  /** @type {App} */
  const app = {
    store,
    now: options.now ?? (() => new Date()),
    closeMinutes: options.reservationCloseMinutes ?? DEFAULTS.reservationCloseMinutes,
    retentionDays: options.retentionDays ?? DEFAULTS.retentionDays,
    bodyLimit: options.bodyLimit ?? DEFAULTS.bodyLimit,
    codePrefix: options.codePrefix ?? DEFAULTS.codePrefix,
    publicUrl: options.publicUrl,
    adminToken: options.adminToken || undefined,
    runningKeys: new RunningKeys(),
  };

  if ((options.seed ?? 'demo') === 'demo' && store.isEmpty()) await seedDemo(store, app.now());
  runRetention(app);
  const retentionTimer = setInterval(() => runRetention(app), HOUR_MS);
  retentionTimer.unref();

  const router = createRouter(testHooks);
  const applyCors = createCors(options.corsOrigins, testHooks);
  const rateLimiter = new RateLimiter(options.rateLimit ?? DEFAULTS.rateLimit);
  const trustProxy = options.trustProxy === true;
  const serveStatic = options.staticRoot
    ? staticFiles({ '/dist/': join(options.staticRoot, 'dist'), '/': join(options.staticRoot, 'demo') }, PAGE_HEADERS)
    : undefined;

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} path
   * @param {string} search
   */
  async function handleApi(req, res, path, search) {
    if (applyCors(req, res)) return;
    /** @type {import('./http-util.js').RequestContext} */
    const ctx = { req, res, path, search, params: [], delayMs: 0, app };
    if (testHooks && req.headers['x-test-delay-ms']) ctx.delayMs = Math.min(Math.max(Number(req.headers['x-test-delay-ms']) || 0, 0), 60_000);
    try {
      const match = router.match(req.method ?? 'GET', path);
      if (!match) throw new HttpError(404, 'not_found');
      if ('allowed' in match) throw new HttpError(405, 'method_not_allowed', undefined, { Allow: match.allowed.join(', ') });
      if ((req.method === 'POST' || req.method === 'DELETE') && !path.startsWith('/api/__test/')) {
        const wait = rateLimiter.take(clientAddress(req, trustProxy));
        if (wait > 0) throw new HttpError(429, 'rate_limited', undefined, { 'Retry-After': String(wait) });
      }
      ctx.params = match.params;
      await match.handler(ctx);
    } catch (error) {
      // The client went away while sending its request: nobody to answer, nothing went wrong here.
      if (req.destroyed && /** @type {NodeJS.ErrnoException} */ (error).code === 'ECONNRESET') return;
      let httpError = error;
      if (!(error instanceof HttpError)) {
        console.error('kultur-widgets backend: request failed:', req.method, path, error);
        httpError = new HttpError(500, 'internal_error');
      }
      if (!res.headersSent) sendError(ctx, httpError);
    }
  }

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const queryStart = url.indexOf('?');
    const path = queryStart === -1 ? url : url.slice(0, queryStart);
    if (options.log) {
      const started = performance.now();
      // The path only: query strings carry cancel tokens, which do not belong in logs.
      res.on('finish', () => console.log(`${req.method} ${path} ${res.statusCode} ${(performance.now() - started).toFixed(1)} ms`));
    }
    if (path.startsWith('/api/') || path === '/api') {
      void handleApi(req, res, path, queryStart === -1 ? '' : url.slice(queryStart + 1));
      return;
    }
    if (serveStatic?.(req, res)) return;
    res.writeHead(404, { ...PAGE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Nicht gefunden / Not found\n');
  });
  server.keepAliveTimeout = 10_000;
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;

  try {
    await new Promise((resolveListen, rejectListen) => {
      server.once('error', rejectListen);
      server.listen(options.port ?? DEFAULTS.port, options.host ?? DEFAULTS.host, () => resolveListen(undefined));
    });
  } catch (error) {
    clearInterval(retentionTimer);
    rateLimiter.close();
    store.close();
    throw error;
  }
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const host = address.family === 'IPv6' ? `[${address.address === '::' ? '::1' : address.address}]` : address.address === '0.0.0.0' ? '127.0.0.1' : address.address;
  const url = `http://${host}:${address.port}`;

  let closing;
  return {
    url,
    endpoint: `${url}/api`,
    databasePath,
    app,
    close() {
      closing ??= new Promise((resolveClose) => {
        clearInterval(retentionTimer);
        rateLimiter.close();
        const force = setTimeout(() => server.closeAllConnections(), 1000);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          store.close();
          resolveClose(undefined);
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
