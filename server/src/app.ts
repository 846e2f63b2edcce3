// startServer(options): the reference backend as one HTTP server — the API under /api/ and, with
// `staticRoot`, the demo page and the built widgets. The composition root: every part is made here.

import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { DEFAULTS, type ServerOptions } from './config.js';
import { openStore, redactUrl } from './db/open-store.js';
import { StoreUnavailableError } from './db/store.js';
import { HoneypotAnswers, RunningKeys } from './domain/idempotency.js';
import { clientAddress } from './http/client-address.js';
import type { App, RequestContext } from './http/context.js';
import { createCors } from './http/cors.js';
import { HttpError, sendError } from './http/errors.js';
import { RateLimiter } from './http/rate-limit.js';
import { PAGE_HEADERS } from './http/security-headers.js';
import { embedPages } from './http/embed-pages.js';
import { staticFiles } from './http/static-files.js';
import { runRetention } from './jobs/retention.js';
import { apiRouter } from './routes/api.js';
import { scopeToCentre } from './routes/centres.js';

export type { App } from './http/context.js';
export type { ServerOptions } from './config.js';

export interface RunningServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `${url}/api` */
  endpoint: string;
  /** stops accepting, ends connections, closes the database */
  close: () => Promise<void>;
  /** absolute path of the SQLite file, or the PostgreSQL URL without its password */
  databasePath: string;
  app: App;
}

/** Opening the database failed: main.ts reports it in one line and exits. */
export class DatabaseOpenError extends Error {
  constructor(readonly databasePath: string, cause: unknown) {
    super(`cannot open the database ${databasePath}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

const HOUR_MS = 60 * 60 * 1000;

/** Starts the backend. See config.ts for every option and its default. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const databaseUrl = options.databaseUrl;
  const databasePath = databaseUrl ? redactUrl(databaseUrl) : resolve(options.databasePath ?? process.env.DATABASE_PATH ?? DEFAULTS.databasePath);
  let store;
  try {
    if (!databaseUrl) mkdirSync(dirname(databasePath), { recursive: true });
    store = await openStore(databaseUrl ?? databasePath, { migrationUrl: options.databaseMigrationUrl, lockTimeoutMs: options.lockTimeoutMs });
  } catch (error) {
    throw new DatabaseOpenError(databasePath, error);
  }
  const testHooks = options.testHooks === true;

  const app: App = {
    store,
    now: options.now ?? (() => new Date()),
    closeMinutes: options.reservationCloseMinutes ?? DEFAULTS.reservationCloseMinutes,
    retentionDays: options.retentionDays ?? DEFAULTS.retentionDays,
    bodyLimit: options.bodyLimit ?? DEFAULTS.bodyLimit,
    codePrefix: options.codePrefix ?? DEFAULTS.codePrefix,
    publicUrl: options.publicUrl,
    adminToken: options.adminToken || undefined,
    runningKeys: new RunningKeys(),
    honeypotAnswers: new HoneypotAnswers(),
  };

  const router = apiRouter();
  // Development code is loaded only when asked for: never on the production path.
  if (testHooks) (await import('./dev/test-hooks.js')).addTestRoutes(router);
  if ((options.seed ?? 'demo') === 'demo' && (await store.isEmpty())) await (await import('./dev/seed.js')).seedDemo(store, app.now());

  const retention = () => runRetention(store, app.now().getTime(), app.retentionDays)
    .catch((error: unknown) => console.error('kultur-widgets backend: retention failed:', error));
  await retention();
  const retentionTimer = setInterval(retention, HOUR_MS);
  retentionTimer.unref();

  const applyCors = createCors(options.corsOrigins, testHooks);
  const rateLimiter = new RateLimiter(options.rateLimit ?? DEFAULTS.rateLimit);
  const trustProxy = options.trustProxy === true;
  const serveStatic = options.staticRoot
    ? staticFiles({ '/dist/': join(options.staticRoot, 'dist'), '/': join(options.staticRoot, 'demo') }, { headers: PAGE_HEADERS, sourceMaps: options.serveSourceMaps === true })
    : undefined;
  const serveEmbed = options.staticRoot
    ? embedPages(join(options.staticRoot, 'dist'), { sourceMaps: options.serveSourceMaps === true, frameAncestors: options.embedFrameAncestors })
    : undefined;

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, search: string): Promise<void> {
    if (applyCors(req, res)) return;
    const ctx: RequestContext = { req, res, path, search, params: [], delayMs: 0, app, apiBase: '/api' };
    if (testHooks && req.headers['x-test-delay-ms']) ctx.delayMs = Math.min(Math.max(Number(req.headers['x-test-delay-ms']) || 0, 0), 60_000);
    try {
      const routed = await scopeToCentre(ctx, testHooks);
      const match = router.match(req.method ?? 'GET', routed);
      if (!match) throw new HttpError(404, 'not_found');
      if ('allowed' in match) throw new HttpError(405, 'method_not_allowed', undefined, { Allow: match.allowed.join(', ') });
      if ((req.method === 'POST' || req.method === 'DELETE') && !routed.startsWith('/api/__test/')) {
        const wait = rateLimiter.take(clientAddress(req, trustProxy));
        if (wait > 0) throw new HttpError(429, 'rate_limited', undefined, { 'Retry-After': String(wait) });
      }
      ctx.params = match.params;
      await match.handler(ctx);
    } catch (error) {
      // The client went away while sending its request: nobody to answer, nothing went wrong here.
      if (req.destroyed && (error as NodeJS.ErrnoException).code === 'ECONNRESET') return;
      let httpError = error;
      if (error instanceof StoreUnavailableError) {
        console.error('kultur-widgets backend:', req.method, path, error.message);
        httpError = new HttpError(503, 'unavailable', undefined, { 'Retry-After': '1' });
      } else if (!(error instanceof HttpError)) {
        console.error('kultur-widgets backend: request failed:', req.method, path, error);
        httpError = new HttpError(500, 'internal_error');
      }
      if (!res.headersSent) sendError(ctx, httpError as HttpError);
    }
  }

  function notFound(res: ServerResponse): void {
    if (!res.headersSent) res.writeHead(404, { ...PAGE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Nicht gefunden / Not found\n');
  }

  async function handlePage(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const pathname = (req.url ?? '/').split('?')[0]!;
      if (await serveEmbed?.(req, res, pathname)) return;
      if (!(await serveStatic?.(req, res))) notFound(res);
    } catch (error) {
      console.error('kultur-widgets backend: file failed:', req.method, error);
      if (!res.headersSent) res.writeHead(500, { ...PAGE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Interner Fehler / Internal error\n');
      else res.destroy();
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
    void handlePage(req, res);
  });
  server.keepAliveTimeout = 10_000;
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;

  try {
    await new Promise<void>((resolveListen, rejectListen) => {
      server.once('error', rejectListen);
      server.listen(options.port ?? DEFAULTS.port, options.host ?? DEFAULTS.host, () => resolveListen());
    });
  } catch (error) {
    clearInterval(retentionTimer);
    rateLimiter.close();
    await store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address === '::' ? '::1' : address.address}]` : address.address === '0.0.0.0' ? '127.0.0.1' : address.address;
  const url = `http://${host}:${address.port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    endpoint: `${url}/api`,
    databasePath,
    app,
    close() {
      closing ??= new Promise<void>((resolveClose) => {
        clearInterval(retentionTimer);
        rateLimiter.close();
        const force = setTimeout(() => server.closeAllConnections(), 1000);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          void store.close().finally(resolveClose);
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
