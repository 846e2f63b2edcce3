// CORS allow-list, rate limit, security headers, static files, and test hooks being off by default.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../dist/app.js';
import { createEvent, reservationBody, reserve, startTestServer, tempDir } from './helpers.js';

/** fetch that reads the body, so the connection is free again when the server closes. */
async function fetchAll(url, init) {
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return response;
}

const preflight = (url, origin, method = 'POST') =>
  fetchAll(url, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type,idempotency-key' } });

describe('CORS', () => {
  it('allows only configured origins, and only the same origin by default', async () => {
    const listed = await startTestServer({ corsOrigins: ['https://www.zollhaus.example'] });
    const plain = await startTestServer({ testHooks: false });
    try {
      const ok = await preflight(`${listed.endpoint}/reservations`, 'https://www.zollhaus.example');
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), 'https://www.zollhaus.example');
      assert.match(ok.headers.get('access-control-allow-methods'), /POST/);
      assert.match(ok.headers.get('access-control-allow-methods'), /DELETE/);
      const allowHeaders = ok.headers.get('access-control-allow-headers').toLowerCase();
      assert.match(allowHeaders, /idempotency-key/);
      assert.match(allowHeaders, /content-type/);
      assert.match(allowHeaders, /x-test-delay-ms/, 'test hooks are on in this server');

      const get = await fetchAll(`${listed.endpoint}/events`, { headers: { Origin: 'https://www.zollhaus.example' } });
      assert.equal(get.headers.get('access-control-allow-origin'), 'https://www.zollhaus.example');
      assert.match(get.headers.get('access-control-expose-headers'), /Retry-After/);
      assert.match(get.headers.get('vary'), /Origin/);

      const other = await preflight(`${listed.endpoint}/reservations`, 'https://evil.example');
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const otherGet = await fetchAll(`${listed.endpoint}/events`, { headers: { Origin: 'https://evil.example' } });
      assert.equal(otherGet.headers.get('access-control-allow-origin'), null);

      const byDefault = await preflight(`${plain.endpoint}/reservations`, 'https://www.zollhaus.example');
      assert.equal(byDefault.headers.get('access-control-allow-origin'), null);
      const byDefaultLocal = await fetchAll(`${plain.endpoint}/events`, { headers: { Origin: 'http://localhost:8000' } });
      assert.equal(byDefaultLocal.headers.get('access-control-allow-origin'), null);
    } finally {
      await listed.close();
      await plain.close();
    }
  });

  it("'localhost' allows any local port for the browser tests, and nothing else", async () => {
    const server = await startTestServer({ corsOrigins: 'localhost' });
    try {
      for (const origin of ['http://localhost:8000', 'http://127.0.0.1:41234', 'http://localhost']) {
        assert.equal((await preflight(`${server.endpoint}/reservations`, origin)).headers.get('access-control-allow-origin'), origin);
      }
      for (const origin of ['http://localhost.evil.example', 'https://localhost:8000', 'http://127.0.0.1.evil.example']) {
        assert.equal((await preflight(`${server.endpoint}/reservations`, origin)).headers.get('access-control-allow-origin'), null);
      }
    } finally {
      await server.close();
    }
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client exceeds its writes per window; reads stay free', async () => {
    const server = await startTestServer({ rateLimit: { windowMs: 60_000, max: 5 } });
    try {
      const event = await createEvent(server.endpoint); // test hooks do not count
      const statuses = [];
      let limited;
      for (let i = 0; i < 7; i++) {
        const answer = await reserve(server.endpoint, reservationBody(event.id));
        statuses.push(answer.status);
        if (answer.status === 429) limited = answer;
      }
      assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429, 429]);
      assert.equal(limited.body.error, 'rate_limited');
      const retryAfter = Number(limited.headers.get('retry-after'));
      assert.ok(retryAfter >= 1 && retryAfter <= 60, String(retryAfter));
      assert.equal((await fetchAll(`${server.endpoint}/events/${event.id}/availability`)).status, 200);
      const del = await fetchAll(`${server.endpoint}/reservations/ZH-2222-2222?token=x`, { method: 'DELETE' });
      assert.equal(del.status, 429, 'DELETE counts as a write');
    } finally {
      await server.close();
    }
  });

  it('opens a new window after windowMs', async () => {
    const server = await startTestServer({ rateLimit: { windowMs: 3000, max: 1 } });
    try {
      const event = await createEvent(server.endpoint);
      assert.equal((await reserve(server.endpoint, reservationBody(event.id))).status, 201);
      assert.equal((await reserve(server.endpoint, reservationBody(event.id))).status, 429);
      await new Promise((resolve) => setTimeout(resolve, 3100));
      assert.equal((await reserve(server.endpoint, reservationBody(event.id))).status, 201);
    } finally {
      await server.close();
    }
  });
});

describe('test hooks', () => {
  it('are off by default: no test routes, no delay header', async () => {
    const temp = tempDir();
    const server = await startServer({ port: 0, databasePath: join(temp.dir, 'db.sqlite'), seed: 'demo' });
    try {
      for (const path of ['/__test/events', '/__test/reset']) {
        const response = await fetchAll(`${server.endpoint}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
        assert.equal(response.status, 404, path);
      }
      const started = Date.now();
      await fetchAll(`${server.endpoint}/events`, { headers: { 'X-Test-Delay-Ms': '2000' } });
      assert.ok(Date.now() - started < 1900, 'the delay header is ignored');
      const events = await (await fetch(`${server.endpoint}/events`)).json();
      assert.ok(events.events.length > 0, 'data still there');
      const allowHeaders = (await preflight(`${server.endpoint}/reservations`, server.url)).headers.get('access-control-allow-headers') ?? '';
      assert.doesNotMatch(allowHeaders.toLowerCase(), /x-test-delay-ms/);
    } finally {
      await server.close();
      temp.remove();
    }
  });

  it('reset deletes all data; the delay header delays the answer', async () => {
    const server = await startTestServer({ seed: 'demo' });
    try {
      const started = Date.now();
      await fetchAll(`${server.endpoint}/events`, { headers: { 'X-Test-Delay-Ms': '300' } });
      assert.ok(Date.now() - started >= 290);
      assert.equal((await fetchAll(`${server.endpoint}/__test/reset`, { method: 'POST' })).status, 200);
      assert.deepEqual(await (await fetch(`${server.endpoint}/events`)).json(), { events: [] });
      assert.equal((await fetchAll(`${server.endpoint}/memberships`)).status, 404);
    } finally {
      await server.close();
    }
  });
});

describe('headers and static files', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  const temp = tempDir();
  before(async () => {
    // A stand-in repository root: demo/ and dist/.
    mkdirSync(join(temp.dir, 'demo'), { recursive: true });
    mkdirSync(join(temp.dir, 'dist', 'cdn'), { recursive: true });
    writeFileSync(join(temp.dir, 'demo', 'index.html'), '<!doctype html><title>Demo</title>');
    writeFileSync(join(temp.dir, 'dist', 'cdn', 'kultur-widgets.js'), 'export {};');
    writeFileSync(join(temp.dir, 'secret.txt'), 'not public');
    server = await startServer({ port: 0, databasePath: join(temp.dir, 'db.sqlite'), seed: 'none', staticRoot: temp.dir });
  });
  after(async () => {
    await server.close();
    temp.remove();
  });

  it('serves the demo page under the strict CSP', async () => {
    const page = await fetchAll(`${server.url}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type'), /^text\/html/);
    const csp = page.headers.get('content-security-policy');
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "require-trusted-types-for 'script'"]) {
      assert.ok(csp.includes(directive), directive);
    }
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
    const script = await fetchAll(`${server.url}/dist/cdn/kultur-widgets.js`);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type'), /^text\/javascript/);
  });

  it('stays inside its folders', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/dist/..%2fsecret.txt', '/dist/%2e%2e/%2e%2e/etc/passwd']) {
      const status = await new Promise((resolve, reject) => {
        // Raw request: fetch would normalize the dots away before sending.
        request(`${server.url}${path}`, (res) => {
          res.resume();
          resolve(res.statusCode);
        }).on('error', reject).end();
      });
      assert.equal(status, 404, path);
    }
  });

  it('sends security headers on API answers', async () => {
    const response = await fetchAll(`${server.endpoint}/events`);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.match(response.headers.get('content-security-policy'), /default-src 'none'/);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
  });
});
