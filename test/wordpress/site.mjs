// A throwaway WordPress for the plugin test: Debian's wordpress copied into a temp folder, its own
// MariaDB (own datadir, socket and port), `php -S` on a free port, set up by PHP CLI scripts.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import process from 'node:process';

export const DEBIAN_PACKAGES = ['wordpress', 'php-cli', 'php-mysql', 'mariadb-server', 'php-codesniffer'];

/** Installs the Debian packages the test needs that are missing (root only). */
export function ensurePackages() {
  const missing = DEBIAN_PACKAGES.filter((pkg) => {
    try {
      return !execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('install ok installed');
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return [];
  if (process.getuid?.() !== 0) throw new Error(`the WordPress test needs the Debian packages ${missing.join(', ')}: run as root, or apt-get install them first`);
  console.log(`# installing ${missing.join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return missing;
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `probe` returns true (or throws with `what` after `ms`). */
async function waitFor(what, probe, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await probe()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Process groups still running: ended on exit and on Ctrl-C too, since detached children do not get the terminal's signal. */
const running = new Set();
const tempDirs = new Set();
const endAll = () => {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
};

/** A temp folder for the site, removed at the latest when the process ends. */
export function makeTempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'kultur-wp-'));
  tempDirs.add(dir);
  return dir;
}
process.once('exit', endAll);
for (const name of ['SIGINT', 'SIGTERM']) {
  process.once(name, () => {
    endAll();
    process.exit(130);
  });
}

/** Starts a command in its own process group, remembered for endAll. */
function spawnGroup(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child.pid);
  child.once('exit', () => running.delete(child.pid));
  return child;
}

/** Stops a child process started by spawnGroup and its whole process group (php -S forks workers), and waits for its exit. */
async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // The group is gone already.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
  signal('SIGKILL');
}

/**
 * Starts MariaDB with its data in `dir` and creates the `wordpress` database.
 * @returns {Promise<{ socket: string, port: number, stop: () => Promise<void> }>}
 */
export async function startMariaDb(dir) {
  const datadir = join(dir, 'db');
  const socket = join(dir, 'mysqld.sock');
  const user = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...user], { stdio: 'ignore' });
  const port = await freePort();
  const child = spawnGroup('mariadbd', [
    '--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`, `--port=${port}`, '--bind-address=127.0.0.1',
    `--pid-file=${join(dir, 'mysqld.pid')}`, `--log-error=${join(dir, 'mysqld.log')}`, '--skip-log-bin',
    '--innodb-buffer-pool-size=32M', '--skip-name-resolve', ...user,
  ], { stdio: 'ignore' });
  const client = (sql) => execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', sql], { stdio: 'pipe' });
  await waitFor('MariaDB', () => {
    if (child.exitCode !== null) throw new Error(`mariadbd exited: ${readFileSync(join(dir, 'mysqld.log'), 'utf8').slice(-2000)}`);
    try {
      client('SELECT 1');
      return true;
    } catch {
      return false;
    }
  });
  client('CREATE DATABASE wordpress CHARACTER SET utf8mb4');
  return { socket, port, stop: () => stop(child) };
}

/** wp-config.php of the throwaway site. */
function wpConfig({ socket, origin, debugLog }) {
  const key = () => `'${randomBytes(24).toString('hex')}'`;
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((name) => `define( '${name}', ${key()} );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${debugLog}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISALLOW_UNFILTERED_HTML', true );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'FS_METHOD', 'direct' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

// The test site is offline: WordPress.org's update checks get a quiet 503, the dashboard's news box is off.
const OFFLINE = `<?php
add_filter( 'pre_http_request', function ( $pre, $args, $url ) {
	return false !== strpos( $url, 'wordpress.org' ) ? array( 'headers' => array(), 'body' => '', 'response' => array( 'code' => 503, 'message' => 'offline' ), 'cookies' => array(), 'filename' => null ) : $pre;
}, 10, 3 );
add_action( 'wp_dashboard_setup', function () {
	remove_meta_box( 'dashboard_primary', 'dashboard', 'side' );
} );
`;

// php -S has no rewrites: existing files are served as they are, everything else goes to WordPress.
const ROUTER = `<?php
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( '/' !== $path && file_exists( __DIR__ . $path ) && ! is_dir( __DIR__ . $path ) ) {
	return false;
}
if ( is_dir( __DIR__ . $path ) && file_exists( __DIR__ . rtrim( $path, '/' ) . '/index.php' ) ) {
	$_SERVER['SCRIPT_NAME'] = rtrim( $path, '/' ) . '/index.php';
	require __DIR__ . rtrim( $path, '/' ) . '/index.php';
	return;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require __DIR__ . '/index.php';
`;

/**
 * Copies WordPress into `dir`/wp, writes its config and starts `php -S`.
 * @returns {Promise<{ root: string, origin: string, php: (script: string) => any, log: () => string, stop: () => Promise<void> }>}
 */
export async function startWordPress(dir, { socket }) {
  const root = join(dir, 'wp');
  // -L: Debian links some libraries (Backbone, getID3) with relative links that a copy would break.
  execFileSync('cp', ['-rL', '/usr/share/wordpress', root]);
  mkdirSync(join(root, 'wp-content', 'mu-plugins'), { recursive: true });
  writeFileSync(join(root, 'wp-content', 'mu-plugins', 'offline.php'), OFFLINE);
  rmSync(join(root, 'wp-config.php'), { force: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const debugLog = join(dir, 'debug.log');
  const serverLog = join(dir, 'php-server.log');
  writeFileSync(join(root, 'wp-config.php'), wpConfig({ socket, origin, debugLog }));
  writeFileSync(join(dir, 'router.php'), ROUTER.replaceAll('__DIR__', `'${root}'`));
  mkdirSync(join(dir, 'cli'), { recursive: true });
  const logged = [];
  const child = spawnGroup('php', ['-d', 'display_errors=stderr', '-d', 'error_reporting=E_ALL', '-S', `127.0.0.1:${port}`, '-t', root, join(dir, 'router.php')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '2' },
  });
  child.stdout.on('data', (chunk) => logged.push(chunk.toString()));
  child.stderr.on('data', (chunk) => logged.push(chunk.toString()));
  let count = 0;
  /** Runs PHP with WordPress loaded (as no user) and returns what it echoes as JSON. */
  const php = (script) => {
    const file = join(dir, 'cli', `step-${++count}.php`);
    writeFileSync(file, `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
${script.includes('wp_install(') ? "define( 'WP_INSTALLING', true );" : ''}
require '${root}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
${script}
`);
    const run = spawnSync('php', ['-d', 'error_reporting=E_ALL', '-d', 'display_errors=stderr', file], { encoding: 'utf8' });
    const last = run.stdout.trim().split('\n').at(-1);
    if (run.status !== 0 || !last) throw new Error(`PHP step ${count} failed (${run.status}): ${run.stdout.slice(-1500)}${run.stderr.slice(-1500)}`);
    return JSON.parse(last);
  };
  await waitFor('php -S', async () => {
    if (child.exitCode !== null) throw new Error(`php -S exited: ${logged.join('')}`);
    try {
      await fetch(`${origin}/readme.html`);
      return true;
    } catch {
      return false;
    }
  });
  const log = () => {
    writeFileSync(serverLog, logged.join(''));
    return logged.join('') + (existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : '');
  };
  return { root, origin, php, log, stop: () => stop(child) };
}
