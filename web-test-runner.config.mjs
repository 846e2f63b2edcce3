import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

// System Chromium (no browser download). The viewer sits in New York on purpose: venue times are
// Europe/Berlin, so a test that passes here proves times are not read in the viewer's zone.
export default {
  files: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: { browser: true },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
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
