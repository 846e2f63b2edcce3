// Headless system Chromium for page tests (no browser download): the flags keep it off the network.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens `url` and records what a privacy or CSP review would look at: console errors and
 * warnings, uncaught exceptions, CSP violations and every request's URL.
 */
export async function openPage(browser, url, { contextOptions = {} } = {}) {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'America/New_York', ...contextOptions });
  const page = await context.newPage();
  const record = { errors: [], warnings: [], requests: [], violations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
    if (message.type() === 'warning') record.warnings.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => record.requests.push(request.url()));
  await page.exposeFunction('__kulturViolation', (text) => record.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__kulturViolation(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  await page.goto(url);
  return { context, page, record };
}
