// @ts-check
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import process from 'node:process';

/**
 * Test-only dev-server route for web-test-runner: `GET /__kultur/slow/{ms}/test/fixtures/…`
 * answers that fixture file for real, `ms` milliseconds later (at most 30 s), with the status
 * and type a static server would send. Lets browser tests see a slow source without mocking fetch.
 * Only files under `test/fixtures/` are served.
 *
 * @param {{ rootDir?: string }} [options]
 */
export function slowFixtures(options = {}) {
  const fixtures = resolve(options.rootDir ?? process.cwd(), 'test', 'fixtures');
  return {
    name: 'kultur-slow-fixtures',
    /** @param {{ path: string }} context */
    async serve(context) {
      const match = /^\/__kultur\/slow\/(\d+)\/test\/fixtures\/(.+)$/.exec(context.path);
      if (!match) return undefined;
      await new Promise((done) => setTimeout(done, Math.min(Number(match[1]), 30_000)));
      const file = resolve(fixtures, decodeURIComponent(match[2]));
      if (!file.startsWith(fixtures + sep)) return { status: 403, body: 'outside test/fixtures', type: 'text/plain' };
      try {
        return { body: await readFile(file, 'utf8'), type: file.endsWith('.json') ? 'application/json' : 'text/plain' };
      } catch {
        return { status: 404, body: 'not found', type: 'text/plain' };
      }
    },
  };
}
