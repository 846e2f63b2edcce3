import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { corpusFixtures } from './test/corpus/corpus-plugin.mjs';
import { frameworkApps } from './test/frameworks/frameworks-plugin.mjs';
import { slowFixtures } from './test/membership-badge/slow-fixtures-plugin.mjs';

/**
 * Starts real reference backends (server/dist/app.js) for browser tests: GET /__kultur/backend/new
 * (?seed=none|demo&rateLimit=N&rateWindowMs=MS) answers `{ url, endpoint }` of a fresh server with its own temporary SQLite file. All are closed
 * when the test run ends.
 */
function referenceBackends() {
  const running = [];
  const tempDir = mkdtempSync(join(tmpdir(), 'kultur-wtr-'));
  return {
    name: 'kultur-reference-backends',
    async serve(context) {
      if (context.path !== '/__kultur/backend/new') return undefined;
      const { startServer } = await import('./server/dist/app.js');
      const query = context.URL.searchParams;
      const windowMs = query.has('rateWindowMs') ? Number(query.get('rateWindowMs')) : 60_000;
      const rateLimit = query.has('rateLimit') ? { windowMs, max: Number(query.get('rateLimit')) } : undefined;
      const backend = await startServer({
        port: 0,
        databasePath: join(tempDir, `backend-${running.length}.sqlite`),
        corsOrigins: 'localhost',
        testHooks: true,
        seed: query.get('seed') === 'demo' ? 'demo' : 'none',
        log: false,
        ...(rateLimit ? { rateLimit } : {}),
      });
      running.push(backend);
      return { body: JSON.stringify({ url: backend.url, endpoint: backend.endpoint }), type: 'application/json' };
    },
    async serverStop() {
      await Promise.allSettled(running.map((backend) => backend.close()));
      rmSync(tempDir, { recursive: true, force: true });
    },
  };
}

// System Chromium (no browser download). The viewer sits in New York on purpose: venue times are
// Europe/Berlin, so a test that passes here proves times are not read in the viewer's zone.
export default {
  files: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), referenceBackends(), slowFixtures(), corpusFixtures(), frameworkApps()],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
      },
      createBrowserContext: ({ browser }) => browser.newContext({ locale: 'de-DE', timezoneId: 'America/New_York' }),
    }),
  ],
};
