// Entry point of `npm start` / `npm run serve`: the backend with the demo page, configured from
// the environment (see docs/backend.md). Ctrl-C or SIGTERM closes the database cleanly.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatabaseOpenError, startServer } from './app.js';
import { optionsFromEnv, type ServerOptions } from './config.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Ends the process with one line for the operator instead of a stack trace. */
function fail(message: string): never {
  console.error(`kultur-widgets backend: ${message}`);
  process.exit(1);
}

let options: ServerOptions;
try {
  options = optionsFromEnv(process.env);
} catch (error) {
  fail((error as Error).message);
}

const start = (host: string) => startServer({ host, ...options, staticRoot: root, log: process.env.LOG_REQUESTS !== '0' });

// All interfaces, IPv6 and IPv4 (a machine without IPv6: IPv4 only); HOST=127.0.0.1 keeps it on this machine.
const server = await start('::')
  .catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EAFNOSUPPORT' && !options.host) return start('0.0.0.0');
    throw error;
  })
  .catch((error: NodeJS.ErrnoException) => {
    if (error instanceof DatabaseOpenError) fail(`${error.message} (${options.databaseUrl ? 'check DATABASE_URL: is the PostgreSQL server running and reachable?' : 'set DATABASE_PATH to a writable SQLite file'})`);
    if (error.code === 'EADDRINUSE' || error.code === 'EACCES') fail(`cannot listen: ${error.message}`);
    throw error;
  });
const port = new URL(server.url).port;

if (!existsSync(`${root}dist/cdn/kultur-widgets.js`)) {
  console.warn('kultur-widgets backend: dist/cdn/kultur-widgets.js is missing – run `npm run build` (or `npm start`) so the demo shows the widgets.');
}
console.log(`kultur-widgets demo and API: http://localhost:${port}/`);
console.log(`  database: ${server.databasePath} · admin API: ${options.adminToken ? 'on' : 'off (set ADMIN_TOKEN)'}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1); // a second Ctrl-C does not wait
    stopping = true;
    server.close().then(() => process.exit(0), () => process.exit(1));
  });
}
