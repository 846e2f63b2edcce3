// @ts-check
// The webmaster's pages: configurator at /embed/, iframe pages at /embed/{widget}, widget files at /cdn/.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../dist/app.js';
import { optionsFromEnv } from '../dist/config.js';
import { tempDir } from './helpers.js';

/** @param {string} header @param {string} name */
const directive = (header, name) => header.split('; ').find((d) => d.startsWith(`${name} `));

describe('embed pages', () => {
  const temp = tempDir();
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let listed;

  before(async () => {
    mkdirSync(join(temp.dir, 'dist', 'cdn'), { recursive: true });
    mkdirSync(join(temp.dir, 'dist', 'embed'), { recursive: true });
    mkdirSync(join(temp.dir, 'demo'));
    for (const widget of ['calendar', 'reservation', 'badge']) writeFileSync(join(temp.dir, 'dist', 'cdn', `embed-${widget}.html`), `<!doctype html><title>${widget}</title>`);
    writeFileSync(join(temp.dir, 'dist', 'embed', 'index.html'), '<!doctype html><title>Widgets einbetten</title>');
    writeFileSync(join(temp.dir, 'dist', 'cdn', 'kultur-widgets.js'), 'export {};');
    writeFileSync(join(temp.dir, 'dist', 'cdn', 'kultur-widgets.js.map'), '{}');
    server = await startServer({ port: 0, databasePath: join(temp.dir, 'a.sqlite'), seed: 'none', staticRoot: temp.dir });
    listed = await startServer({ port: 0, databasePath: join(temp.dir, 'b.sqlite'), seed: 'none', staticRoot: temp.dir, embedFrameAncestors: 'https://www.zollhaus.example' });
  });
  after(async () => {
    await Promise.all([server?.close(), listed?.close()]);
    temp.remove();
  });

  it('serves each iframe page whatever its query, framable by any site, feeds over https', async () => {
    for (const path of ['/embed/calendar', '/embed/reservation', '/embed/badge', '/cdn/embed-calendar.html', '/cdn/embed-reservation.html', '/cdn/embed-badge.html']) {
      const widget = /(calendar|reservation|badge)/.exec(path)?.[1];
      const res = await fetch(`${server.url}${path}?src=https%3A%2F%2Fzollhaus.example%2Fprogramm.json&view=list`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(await res.text(), new RegExp(`<title>${widget}</title>`));
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.equal(directive(csp, 'frame-ancestors'), 'frame-ancestors *');
      assert.equal(directive(csp, 'connect-src'), "connect-src 'self' https:");
      assert.equal(directive(csp, 'script-src'), "script-src 'self'");
      assert.equal(res.headers.get('x-frame-options'), null);
      assert.equal(res.headers.get('set-cookie'), null);
    }
  });

  it('limits who may frame the iframe pages when EMBED_FRAME_ANCESTORS is set', async () => {
    const res = await fetch(`${listed.url}/embed/calendar`);
    assert.equal(directive(res.headers.get('content-security-policy') ?? '', 'frame-ancestors'), 'frame-ancestors https://www.zollhaus.example');
    assert.equal(optionsFromEnv({ EMBED_FRAME_ANCESTORS: ' https://a.example   https://b.example ' }).embedFrameAncestors, 'https://a.example https://b.example');
    assert.throws(() => optionsFromEnv({ EMBED_FRAME_ANCESTORS: "*; script-src 'unsafe-inline'" }), /EMBED_FRAME_ANCESTORS/);
  });

  it('serves the configurator at /embed/, not framable, previewing feeds from anywhere', async () => {
    const redirect = await fetch(`${server.url}/embed?widget=badge`, { redirect: 'manual' });
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get('location'), 'embed/?widget=badge');
    assert.equal(new URL(redirect.headers.get('location') ?? '', `${server.url}/embed`).pathname, '/embed/');
    const res = await fetch(`${server.url}/embed/`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /Widgets einbetten/);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.equal(directive(csp, 'connect-src'), 'connect-src *');
    assert.equal(directive(csp, 'frame-ancestors'), "frame-ancestors 'none'");
    assert.equal((await fetch(`${server.url}/embed/nothing-here`)).status, 404);
  });

  it('serves the widget files at /cdn/ to other sites, without source maps', async () => {
    const res = await fetch(`${server.url}/cdn/kultur-widgets.js`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin');
    assert.equal((await fetch(`${server.url}/cdn/kultur-widgets.js.map`)).status, 404);
    assert.equal((await fetch(`${server.url}/cdn/../../a.sqlite`)).status, 404);
  });
});
