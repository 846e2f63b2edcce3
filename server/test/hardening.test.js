// Defects a probe of the backend found, one test each: nothing a request or the file system does
// ends the process, text is Unicode a person can read, the door list runs no formulas, the API's
// timing and honeypot tell nothing, source maps stay private, a bad database fails clearly.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../dist/app.js';
import { hashToken, tokenMatches } from '../dist/domain/codes.js';
import { csvCell } from '../dist/domain/door-list.js';
import { createEvent, getJson, inDays, reservationBody, reserve, startTestServer, tempDir } from './helpers.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** GET with node:http: resolves with the status and body, or with the error of a cut-off answer. */
function rawGet(url) {
  return new Promise((resolve) => {
    request(url, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on('error', (error) => resolve({ status: res.statusCode, error }));
    }).on('error', (error) => resolve({ error })).end();
  });
}

/** POSTs raw bytes as JSON. */
function postBytes(endpoint, bytes) {
  return new Promise((resolve, reject) => {
    const req = request(`${endpoint}/reservations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), 'Content-Length': bytes.length },
    }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(bytes);
  });
}

describe('static files', () => {
  const temp = tempDir();
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let withMaps;
  before(async () => {
    mkdirSync(join(temp.dir, 'demo'));
    mkdirSync(join(temp.dir, 'dist'));
    writeFileSync(join(temp.dir, 'demo', 'index.html'), '<!doctype html><title>Demo</title>');
    writeFileSync(join(temp.dir, 'dist', 'widget.js'), 'export {};\n//# sourceMappingURL=widget.js.map\n');
    writeFileSync(join(temp.dir, 'dist', 'widget.js.map'), '{"version":3,"sources":["../src/secret.ts"]}');
    // Opens, then fails to read (EIO): what a file replaced or truncated during a deploy looks like.
    symlinkSync('/proc/self/mem', join(temp.dir, 'dist', 'unreadable.js'));
    server = await startServer({ port: 0, databasePath: join(temp.dir, 'db.sqlite'), seed: 'none', staticRoot: temp.dir });
    withMaps = await startServer({ port: 0, databasePath: join(temp.dir, 'db2.sqlite'), seed: 'none', staticRoot: temp.dir, serveSourceMaps: true });
  });
  after(async () => {
    await server.close();
    await withMaps.close();
    temp.remove();
  });

  it('survives a file that fails while it is read, and keeps serving', async () => {
    const broken = await rawGet(`${server.url}/dist/unreadable.js`);
    assert.ok(broken.error || broken.status !== 200 || broken.body === '', 'no file content from a failed read');
    const page = await rawGet(`${server.url}/`);
    assert.equal(page.status, 200);
    assert.match(page.body, /Demo/);
    assert.equal((await rawGet(`${server.url}/dist/widget.js`)).status, 200);
  });

  it('answers 404 for a file removed between requests', async () => {
    writeFileSync(join(temp.dir, 'dist', 'gone.js'), 'x');
    assert.equal((await rawGet(`${server.url}/dist/gone.js`)).status, 200);
    (await import('node:fs')).rmSync(join(temp.dir, 'dist', 'gone.js'));
    assert.equal((await rawGet(`${server.url}/dist/gone.js`)).status, 404);
  });

  it('keeps source maps private unless SERVE_SOURCE_MAPS is set', async () => {
    assert.equal((await rawGet(`${server.url}/dist/widget.js.map`)).status, 404);
    const served = await rawGet(`${withMaps.url}/dist/widget.js.map`);
    assert.equal(served.status, 200);
    assert.match(served.headers['content-type'], /^application\/json/);
  });
});

describe('text of a reservation', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  before(async () => {
    server = await startTestServer({ adminToken: 'hardening-token' });
  });
  after(() => server.close());

  const stored = async (eventId) => {
    const admin = await getJson(`${server.endpoint}/admin/events/${eventId}/reservations`, { Authorization: 'Bearer hardening-token' });
    return admin.body.reservations;
  };

  it('refuses a body that is not UTF-8 (400) instead of storing U+FFFD', async () => {
    const event = await createEvent(server.endpoint);
    const latin1 = Buffer.from(JSON.stringify(reservationBody(event.id, { name: 'Jürgen' })), 'latin1');
    const answer = await postBytes(server.endpoint, latin1);
    assert.deepEqual([answer.status, answer.body.error], [400, 'invalid_encoding']);
    assert.deepEqual(await stored(event.id), []);
  });

  it('refuses a lone surrogate in any string, accepts a surrogate pair', async () => {
    const event = await createEvent(server.endpoint);
    const valid = JSON.stringify(reservationBody(event.id, { name: 'NAME' }));
    for (const escape of ['\\ud800', '\\udc00x', 'a\\ud83c']) {
      const answer = await postBytes(server.endpoint, Buffer.from(valid.replace('NAME', `J${escape}rgen`)));
      assert.deepEqual([answer.status, answer.body.error], [400, 'invalid_encoding'], escape);
    }
    const nested = await postBytes(server.endpoint, Buffer.from(valid.replace('"tickets":[', '"tickets":[{"offerId":"\\udfff","quantity":0},')));
    assert.equal(nested.status, 400);
    const pair = await postBytes(server.endpoint, Buffer.from(valid.replace('NAME', 'Jürgen \\ud83c\\udfab')));
    assert.equal(pair.status, 201);
    assert.deepEqual((await stored(event.id)).map((r) => r.name), ['Jürgen 🎫']);
  });

  it('refuses names of nothing but invisible or control characters', async () => {
    const event = await createEvent(server.endpoint);
    for (const name of ['\u200b', '\u200b\u200c\u200d', '\u202e\u202d', '\u0000\u0000', '\u001b[2J\u001b[H', '\u001b]0;title\u0007', ' \u00a0\u2003 ', '\ufeff', '\u2028']) {
      const { status, body } = await reserve(server.endpoint, reservationBody(event.id, { name }));
      assert.deepEqual([status, body.fields], [422, { name: 'required' }], JSON.stringify(name));
    }
    assert.deepEqual(await stored(event.id), []);
  });

  it('stores names in NFC without invisible characters, and keeps joiners inside words', async () => {
    const event = await createEvent(server.endpoint);
    const names = ['Ju\u0308rgen', 'Erika\u200b Beispiel\u202e', '  Zoë\u0000 ', 'Family 👩\u200d👧', 'Anna\tMüller', 'Ben\r\nKaya'];
    for (const name of names) assert.equal((await reserve(server.endpoint, reservationBody(event.id, { name }))).status, 201);
    // A tab or line break between words keeps them apart.
    assert.deepEqual((await stored(event.id)).map((r) => r.name).sort(), ['Anna Müller', 'Ben Kaya', 'Erika Beispiel', 'Family 👩\u200d👧', 'Jürgen', 'Zoë'].sort());
  });
});

describe('door list CSV', () => {
  it('neutralizes a formula behind any spaces, line breaks and full-width signs', () => {
    for (const text of ['=1+1', '  =1+1', '\u00a0=HYPERLINK("x")', '\n=cmd', '\r\n@SUM(A1)', '\t=1', '＝1+1', '＋1', '－1', '＠A1', '  -2+3', ' +1', '\u200b=1', '\ufeff=1']) {
      const cell = csvCell(text);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      assert.ok(unquoted.startsWith("'"), `${JSON.stringify(text)} → ${cell}`);
    }
    for (const text of ['Erika', 'a=b', '42', 'Zoë -1']) assert.equal(csvCell(text), text);
  });

  it('neutralizes a message that starts with a line break and a formula in the export', async () => {
    const server = await startTestServer({ adminToken: 'csv-token' });
    try {
      const event = await createEvent(server.endpoint);
      assert.equal((await reserve(server.endpoint, reservationBody(event.id, { message: '\n=HYPERLINK("https://evil.example")' }))).status, 201);
      const response = await fetch(`${server.endpoint}/admin/events/${event.id}/reservations?format=csv`, { headers: { Authorization: 'Bearer csv-token' } });
      const text = await response.text();
      assert.match(text, /;"'\n=HYPERLINK\(""https:\/\/evil\.example""\)"\r\n$/);
    } finally {
      await server.close();
    }
  });
});

describe('owner access', () => {
  it('compares a token against a dummy hash when the code is unknown, at the same cost', () => {
    const stored = hashToken('the-real-token');
    assert.equal(tokenMatches('the-real-token', stored), true);
    assert.equal(tokenMatches('a-wrong-token', stored), false);
    assert.equal(tokenMatches('the-real-token', undefined), false);
    assert.equal(tokenMatches('', stored), false);
    assert.equal(tokenMatches(null, undefined), false);
    const cost = (storedHash) => {
      const started = process.hrtime.bigint();
      for (let i = 0; i < 20_000; i++) tokenMatches('a-wrong-token-of-usual-length-0123456', storedHash);
      return Number(process.hrtime.bigint() - started);
    };
    cost(stored);
    cost(undefined);
    const [known, unknown] = [Math.min(cost(stored), cost(stored), cost(stored)), Math.min(cost(undefined), cost(undefined), cost(undefined))];
    assert.ok(unknown / known > 0.5 && unknown / known < 2, `unknown code ${unknown} ns vs wrong token ${known} ns`);
  });

  it('does the same store work for an unknown code as for a wrong token', async () => {
    const server = await startTestServer();
    try {
      const event = await createEvent(server.endpoint);
      const { body } = await reserve(server.endpoint, reservationBody(event.id));
      const { store } = server.app;
      /** @type {string[]} */
      const calls = [];
      for (const name of Object.keys(store)) {
        if (typeof store[name] !== 'function') continue;
        const original = store[name];
        store[name] = (...args) => {
          calls.push(name);
          return original(...args);
        };
      }
      const answer = async (code, token) => {
        calls.length = 0;
        const { status } = await getJson(`${server.endpoint}/reservations/${code}?token=${token}`);
        return { status, calls: [...calls] };
      };
      const wrongToken = await answer(body.code, 'wrong-token-wrong-token-wrong-token');
      const unknownCode = await answer('ZH-2222-2222', 'wrong-token-wrong-token-wrong-token');
      assert.deepEqual(wrongToken, { status: 404, calls: ['getTokenHash'] });
      assert.deepEqual(unknownCode, wrongToken);
    } finally {
      await server.close();
    }
  });
});

describe('honeypot', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('answers a bot exactly as a person: 409 for cancelled, sold-out and past events', async () => {
    const events = [
      await createEvent(server.endpoint, { status: 'cancelled' }),
      await createEvent(server.endpoint, { status: 'soldout' }),
      await createEvent(server.endpoint, { start: inDays(-2) }),
      await createEvent(server.endpoint, { capacity: 2, onlineQuota: 2 }),
    ];
    for (const event of events) {
      const tickets = [{ offerId: 'normal', quantity: 3 }];
      const person = await reserve(server.endpoint, reservationBody(event.id, { tickets }));
      const bot = await reserve(server.endpoint, reservationBody(event.id, { tickets, website: 'https://spam.example' }));
      assert.equal(person.status, 409, event.id);
      assert.deepEqual({ status: bot.status, body: { ...bot.body } }, { status: person.status, body: { ...person.body } }, event.id);
    }
  });

  it('replays the answer to a repeated key, as for a person, and refuses the key for another order', async () => {
    const event = await createEvent(server.endpoint);
    const answers = async (website) => {
      const key = randomUUID();
      const body = reservationBody(event.id, { website });
      const first = await reserve(server.endpoint, body, { key });
      const again = await reserve(server.endpoint, body, { key });
      const other = await reserve(server.endpoint, { ...body, name: 'Jemand Anderes' }, { key });
      return { first, again, other };
    };
    for (const { first, again, other } of [await answers(''), await answers('https://spam.example')]) {
      assert.equal(first.status, 201);
      assert.deepEqual([again.status, again.headers.get('idempotent-replayed'), again.body], [201, 'true', first.body]);
      assert.deepEqual([other.status, other.body.error], [422, 'idempotency_mismatch']);
    }
  });

  it('answers a bot 422 for unknown events and offers, as a person', async () => {
    const event = await createEvent(server.endpoint);
    for (const overrides of [{ eventId: 'no-such-event' }, { tickets: [{ offerId: 'vip', quantity: 1 }] }, { tickets: [{ offerId: 'normal', quantity: 11 }] }]) {
      const person = await reserve(server.endpoint, reservationBody(event.id, overrides));
      const bot = await reserve(server.endpoint, reservationBody(event.id, { ...overrides, website: 'x' }));
      assert.equal(person.status, 422);
      assert.deepEqual(bot.body, person.body);
    }
  });
});

describe('start-up', () => {
  const temp = tempDir();
  after(() => temp.remove());

  /** Runs main.js with `env`; resolves with its exit code and stderr. */
  const run = (env) => new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SEED: 'none', LOG_REQUESTS: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });

  it('exits with a clear message when the database cannot be opened', async () => {
    const garbage = join(temp.dir, 'garbage.sqlite');
    writeFileSync(garbage, 'this is not a database '.repeat(100));
    for (const path of [garbage, temp.dir, join(garbage, 'db.sqlite')]) {
      const { code, stderr } = await run({ DATABASE_PATH: path });
      assert.equal(code, 1, path);
      assert.match(stderr, /^kultur-widgets backend: cannot open the database /, path);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    }
  });
});
