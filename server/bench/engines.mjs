// The backends under load: `node server/dist/main.js` processes on a seeded SQLite file or
// PostgreSQL database, and the throwaway PostgreSQL cluster of scripts/pg-cluster.sh.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStore } from '../dist/db/open-store.js';
import { seedBench } from './seed.mjs';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const CLUSTER = fileURLToPath(new URL('../../scripts/pg-cluster.sh', import.meta.url));
const TICK_US = 1e6 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

/** Opens a fresh store at `location`, migrates and seeds it, closes it again. */
export async function seedDatabase(location) {
  const store = await openStore(location);
  try {
    await seedBench(store);
  } finally {
    await store.close();
  }
}

/** Starts `count` server processes on one database at once; resolves with their children and URLs. */
export async function startProcesses(count, env) {
  const { DATABASE_URL: _url, DATABASE_PATH: _path, DATABASE_MIGRATION_URL: _migration, ...inherited } = process.env;
  const start = () => new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], {
      // Rate limiting stays on, with a limit the load client does not reach.
      env: { ...inherited, PORT: '0', HOST: '127.0.0.1', SEED: 'none', RATE_LIMIT_MAX: '100000000', LOG_REQUESTS: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return Promise.all(Array.from({ length: count }, start));
}

/** Stops server processes with SIGTERM and waits for them. */
export async function stopProcesses(processes) {
  await Promise.all(processes.map(({ child }) => {
    if (child.exitCode !== null || child.signalCode !== null) return undefined;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    return exited;
  }));
}

/** CPU time (user + system, µs) the processes have used so far, from /proc. */
export function cpuTime(processes) {
  let ticks = 0;
  for (const { child } of processes) {
    const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * TICK_US;
}

/** Why PostgreSQL cannot be measured here, or undefined when it can. */
export function postgresMissing() {
  if (process.env.BENCH_DATABASE_URL) return undefined;
  const root = '/usr/lib/postgresql';
  const found = existsSync(root) && readdirSync(root).some((version) => existsSync(`${root}/${version}/bin/initdb`));
  return found ? undefined : `no PostgreSQL server (${root}/*/bin/initdb) and no BENCH_DATABASE_URL: apt-get install postgresql`;
}

/**
 * A PostgreSQL server to measure on: BENCH_DATABASE_URL, or a durable throwaway cluster.
 * @returns {Promise<{ url: string, durable: string, stop: () => void }>}
 */
export async function postgresServer() {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, durable: 'BENCH_DATABASE_URL, as configured', stop: () => {} };
  const output = execFileSync(CLUSTER, ['start'], { encoding: 'utf8', env: { ...process.env, PG_DURABLE: '1' } });
  const dir = /PG_CLUSTER_DIR=(\S+)/.exec(output)?.[1];
  const url = /TEST_DATABASE_URL=(\S+)/.exec(output)?.[1];
  if (!dir || !url) throw new Error(`pg-cluster.sh start said: ${output}`);
  return { url, durable: 'throwaway cluster of `PG_DURABLE=1 scripts/pg-cluster.sh start`: fsync and full_page_writes on', stop: () => execFileSync(CLUSTER, ['stop', dir]) };
}

/** Creates an empty database `name` next to the one of `url`; resolves with its URL. */
export async function freshDatabase(url, name) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return fresh.toString();
}

/** Drops a database freshDatabase made. */
export async function dropDatabase(url, name) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => client.end());
}
