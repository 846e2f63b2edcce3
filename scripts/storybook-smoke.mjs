// Storybook smoke test: builds the static Storybook, opens every story (and docs page) in headless
// Chromium, and fails on any console error, uncaught exception, failed render or axe violation.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchBrowser } from '../test/e2e/browser.mjs';
import { startStaticServer } from './static-dir-server.mjs';

const OUT = 'storybook-static';
if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['storybook', 'build', '-o', OUT, '--quiet', '--disable-telemetry'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
}
const entries = Object.values(JSON.parse(readFileSync(`${OUT}/index.json`, 'utf8')).entries);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const server = await startStaticServer(OUT);
const browser = await launchBrowser();
const failures = [];

async function check(entry) {
  const page = await browser.newPage({ locale: 'de-DE', timezoneId: 'America/New_York' });
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const root = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
  try {
    await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=${viewMode}`);
    await page.waitForFunction(
      (selector) => document.body.classList.contains('sb-show-errordisplay') || document.querySelector(selector)?.childElementCount > 0,
      root,
      { timeout: 15_000 },
    );
    await page.waitForTimeout(150); // let widgets finish their first update
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
      problems.push(`render failed: ${await page.locator('#error-message').innerText().catch(() => '?')}`);
    } else if (viewMode === 'story') {
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // The a11y addon runs axe on the same page; axe refuses to run twice at once, so wait for it.
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await window.axe.run('#storybook-root', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
            return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          } catch (error) {
            if (!String(error).includes('already running') || attempt > 50) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      });
      problems.push(...violations.map((v) => `axe ${v}`));
    }
  } catch (error) {
    problems.push(`did not render: ${error.message.split('\n')[0]}`);
  }
  await page.close();
  if (problems.length) failures.push(`${entry.id}\n    ${problems.join('\n    ')}`);
}

const queue = [...entries];
await Promise.all(
  [1, 2].map(async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) await check(entry);
  }),
);
await browser.close();
await server.close();

const stories = entries.filter((e) => e.type === 'story').length;
if (failures.length) {
  console.error(`Storybook smoke: ${failures.length} of ${entries.length} entries failed:\n  ${failures.join('\n  ')}`);
  console.log(`${entries.length - failures.length} passed, ${failures.length} failed`);
  process.exit(1);
}
console.log(`Storybook smoke: ${stories} stories and ${entries.length - stories} docs pages rendered without errors or axe violations`);
console.log(`${entries.length} passed, 0 failed`);
