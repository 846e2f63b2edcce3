/**
 * The one Trusted Types policy of the widgets. Pages may require Trusted Types
 * (`require-trusted-types-for 'script'`), which makes `DOMParser.parseFromString` refuse plain
 * strings. The policy passes strings through, and is used ONLY to feed an inert DOMParser
 * document: nothing parsed there runs or renders; callers walk it with an allowlist and build
 * fresh nodes, or read `textContent`.
 */

interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): TrustedTypePolicyLike;
}

let policy: TrustedTypePolicyLike | null | undefined;

/** The policy, created once; `null` when the page's CSP forbids it (then HTML is shown as text). */
function getPolicy(): TrustedTypePolicyLike | null {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    try {
      policy = tt ? tt.createPolicy('kultur-widgets', { createHTML: (input) => input }) : null;
    } catch {
      // A `trusted-types` directive that does not list `kultur-widgets` (or a second copy of the
      // bundle without 'allow-duplicates'): parse nothing rather than throw on the host page.
      policy = null;
    }
  }
  return policy;
}

/** True when markup can be parsed here: a DOMParser exists and Trusted Types (if enforced) allow it. */
export function canParseMarkup(): boolean {
  return typeof DOMParser !== 'undefined';
}

/**
 * Parses markup into an inert document (scripts never run, images never load), or `null` when
 * this page does not allow it.
 */
export function parseInert(markup: string, type: DOMParserSupportedType): Document | null {
  if (!canParseMarkup()) return null;
  const p = getPolicy();
  try {
    return new DOMParser().parseFromString((p ? p.createHTML(markup) : markup) as string, type);
  } catch {
    // Trusted Types enforced and no policy available.
    return null;
  }
}
