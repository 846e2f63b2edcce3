// Evidence for the autofill decision (issue 6): does Chromium's own autofill fill the widget's
// name / e-mail / phone inputs, which live in the element's shadow root?
//
// Headless Chromium cannot show the autofill dropdown, but the DevTools protocol's
// `Autofill.trigger` runs the browser's autofill for a field with a given address profile:
// the same form extraction (which fields belong together, which type each is) and filling as
// picking an entry from the dropdown. The probe mounts the real widget (bundled from src/) against
// the real reference backend, triggers autofill on the shadow-DOM name field, then checks that all
// three fields were filled, that Chromium classified them by their `autocomplete` tokens, and that
// the widget took the values (its reservation goes through).
//
// Run: node test/e2e/autofill-probe.mjs   (prints a report; exits 1 when autofill fails)
import { createServer } from 'node:http';
import process from 'node:process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startServer } from '../../server/dist/app.js';

const dir = mkdtempSync(join(tmpdir(), 'kultur-autofill-'));
const backend = await startServer({ port: 0, databasePath: join(dir, 'db.sqlite'), corsOrigins: 'localhost', testHooks: true, seed: 'none', log: false });
const eventId = 'autofill-probe';
await fetch(`${backend.endpoint}/__test/events`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ id: eventId, title: 'Autofill-Probe', start: '2099-03-06T20:00:00+01:00', capacity: 50, offers: [{ id: 'normal', name: 'Normal', price: 15, currency: 'EUR' }] }),
});
const bundle = await build({ entryPoints: ['src/components/ticket-reservation/define.ts'], bundle: true, format: 'esm', write: false, splitting: false, target: 'es2022', tsconfig: 'tsconfig.json', logLevel: 'silent' });
const page = `<!doctype html><html lang="de"><body>
<kultur-ticket-reservation endpoint="${backend.endpoint}" event-id="${eventId}" fields="phone" privacy-url="/datenschutz.html"></kultur-ticket-reservation>
<script type="module" src="/widget.js"></script></body></html>`;
const http = createServer((req, res) => {
  if (req.url === '/widget.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle.outputFiles[0].text);
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
}).listen(0, '127.0.0.1');
await new Promise((resolve) => http.once('listening', resolve));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
let ok = false;
try {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${http.address().port}/`);
  await tab.waitForFunction(() => document.querySelector('kultur-ticket-reservation')?.shadowRoot?.querySelector('#name'));
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('DOM.enable');
  await cdp.send('Autofill.enable');
  const filled = [];
  cdp.on('Autofill.addressFormFilled', (event) => filled.push(...event.filledFields));
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const find = (node) => {
    const attributes = node.attributes ?? [];
    for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === 'id' && attributes[i + 1] === 'name' && node.nodeName === 'INPUT') return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const hit = find(child);
      if (hit) return hit;
    }
  };
  const nameField = find(root);
  const profile = [
    ['NAME_FULL', 'Erika Mustermann'],
    ['EMAIL_ADDRESS', 'erika@example.org'],
    ['PHONE_HOME_WHOLE_NUMBER', '+49 30 1234567'],
    ['ADDRESS_HOME_COUNTRY', 'DE'],
  ];
  await cdp.send('Autofill.trigger', { fieldId: nameField.backendNodeId, address: { fields: profile.map(([name, value]) => ({ name, value })) } });
  await tab.waitForTimeout(300);
  const values = await tab.evaluate(() => {
    const shadow = document.querySelector('kultur-ticket-reservation').shadowRoot;
    return Object.fromEntries(['name', 'email', 'phone', 'website', 'offer-normal'].map((id) => [id, shadow.getElementById(id).value]));
  });
  console.log('Chromium', browser.version());
  console.log('values after autofill (shadow DOM):', values);
  console.log('Chromium classified:', filled.map((f) => `${f.id || f.name}=${f.autofillType} (${f.fillingStrategy})`).join(', '));
  // The widget must have taken the values through the input events autofill dispatches.
  await tab.evaluate(() => {
    const shadow = document.querySelector('kultur-ticket-reservation').shadowRoot;
    shadow.querySelector('[aria-controls="offer-normal"]:last-child').click();
  });
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await tab.evaluate(() => document.querySelector('kultur-ticket-reservation').shadowRoot.querySelector('button[type="submit"]').click());
  const code = await tab.waitForFunction(() => document.querySelector('kultur-ticket-reservation').shadowRoot.querySelector('.code')?.textContent, null, { timeout: 5000 }).then((h) => h.jsonValue()).catch(() => '');
  console.log('reservation with the autofilled values:', code || 'FAILED');
  // A filled honeypot would get a fake confirmation; the seat count proves the reservation is real.
  const { remaining } = await (await fetch(`${backend.endpoint}/events/${eventId}/availability`)).json();
  console.log('seats left after it (50 before):', remaining);
  ok = values.website === '' && values.name === 'Erika Mustermann' && values.email === 'erika@example.org' && values.phone.replace(/\D/g, '').endsWith('301234567') && !!code && remaining === 49;
} finally {
  await browser.close();
  http.close();
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(ok ? 'autofill works inside the shadow root' : 'autofill did NOT fill the shadow-DOM fields');
process.exit(ok ? 0 : 1);
