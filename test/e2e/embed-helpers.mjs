// Shared pieces of the embed tests: axe on a page, a port nobody listens on, the reference backend.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A/AA violations of `page` as `rule: targets` lines. The page's context needs `bypassCSP`. */
export async function axeViolations(page, selector = 'body') {
  await page.evaluate(axeSource);
  return page.evaluate(async (root) => {
    const result = await window.axe.run(root, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

/** A loopback URL where nothing answers: a port that was free a moment ago. */
export async function closedPortUrl(path = '/programm.json') {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}${path}`;
}

/** The reference backend's `startServer` (its build, `npm run build:server`). */
export async function importBackend() {
  return (await import('../../server/dist/app.js')).startServer;
}

/** Text of an element's shadow root. */
export const shadowText = (locator) => locator.evaluate((el) => el.shadowRoot?.textContent ?? '');
