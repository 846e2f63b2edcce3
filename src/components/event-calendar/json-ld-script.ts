/**
 * Writes the JSON-LD `<script>` in the light DOM. Under `require-trusted-types-for 'script'`
 * Chromium treats the text of every script element (also `application/ld+json`) as a
 * TrustedScript sink, so the text goes through a policy. The policy passes only JSON that
 * `structuredDataText` produced (`<` escaped): it never runs, it is data for crawlers.
 */
import { warnOnce } from '../../shared/warn-once.js';

/** Trusted Types policy name; pages with a `trusted-types` allowlist add it. */
export const JSON_LD_POLICY = 'kultur-widgets-jsonld';

interface ScriptPolicy {
  createScript(input: string): unknown;
}

let policy: ScriptPolicy | null | undefined;

function scriptPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScript: (s: string) => string }): ScriptPolicy } })
      .trustedTypes;
    try {
      policy = tt ? tt.createPolicy(JSON_LD_POLICY, { createScript: (s) => s }) : null;
    } catch {
      policy = null;
    }
  }
  return policy;
}

/** Puts `text` into the host's JSON-LD script (creating it), or removes the script when `text` is undefined. */
export function writeJsonLd(host: HTMLElement, text: string | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-kultur]');
  if (text === undefined) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.kultur = '';
    // Not assigned to any slot: never rendered, also not in the error state's fallback slot.
    script.slot = 'structured-data';
  }
  try {
    const p = scriptPolicy();
    script.textContent = (p ? p.createScript(text) : text) as string;
  } catch {
    warnOnce(
      `structured data is off: this page requires Trusted Types and does not allow the policy "${JSON_LD_POLICY}" (add it to the CSP trusted-types directive).`,
    );
    script.remove();
    return;
  }
  if (!script.isConnected) host.append(script);
}
