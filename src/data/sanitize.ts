/**
 * Safe text from feed HTML (WordPress, hessen-szene descriptions): an allowlist walk over an
 * inert DOMParser document that builds fresh nodes. Kept: paragraphs, line breaks, emphasis,
 * lists and http/https/mailto links (with `rel="noopener noreferrer"`); everything else is
 * unwrapped to its text or, for scripts, styles and embeds, dropped with its content.
 */
import { parseInert } from './trusted-types.js';

const KEEP = new Set('P BR EM STRONG B I UL OL LI A'.split(' '));
/** Blocks that become paragraphs, so their line structure survives. */
const AS_PARAGRAPH = new Set('DIV SECTION ARTICLE BLOCKQUOTE H1 H2 H3 H4 H5 H6 HEADER FOOTER FIGURE ADDRESS PRE TR DD DT'.split(' '));
/** Elements whose content is not text for readers: dropped entirely. */
const DROP = new Set(
  'SCRIPT STYLE TEMPLATE IFRAME OBJECT EMBED NOSCRIPT SVG MATH TITLE HEAD TEXTAREA SELECT BUTTON INPUT FORM AUDIO VIDEO CANVAS IMG PICTURE LINK META BASE FRAME FRAMESET'.split(' '),
);
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export interface SanitizeOptions {
  /** Base for relative links (the feed's URL). Without one, relative links lose their `href`. */
  baseUrl?: string;
}

/** Markup-looking text (`<p>`, `<br/>`, `&amp;`) that needs parsing rather than showing as is. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][^>]*>|&(#\d+|#x[\da-f]+|[a-z]+);/i.test(text);
}

function safeHref(href: string | null, baseUrl?: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = baseUrl ? new URL(href.trim(), baseUrl) : new URL(href.trim());
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function copyChildren(from: Node, to: Node, doc: Document, options: SanitizeOptions, depth: number): void {
  for (let child = from.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      to.appendChild(doc.createTextNode(child.nodeValue ?? ''));
      continue;
    }
    if (child.nodeType !== 1 || depth > 64) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (DROP.has(tag)) continue;
    let target: Node = to;
    if (KEEP.has(tag)) {
      const el = doc.createElement(tag.toLowerCase());
      if (tag === 'A') {
        const href = safeHref((child as Element).getAttribute('href'), options.baseUrl);
        if (href) {
          el.setAttribute('href', href);
          el.setAttribute('rel', 'noopener noreferrer');
        }
      }
      target = to.appendChild(el);
    } else if (AS_PARAGRAPH.has(tag)) {
      target = to.appendChild(doc.createElement('p'));
    }
    copyChildren(child, target, doc, options, depth + 1);
  }
}

/**
 * Fresh, safe nodes for `html` in the current document, to render directly (never through
 * `innerHTML`). Without a DOMParser that this page allows, the text alone.
 */
export function safeHtmlFragment(html: string, options: SanitizeOptions = {}): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parsed = parseInert(html, 'text/html');
  if (parsed?.body) copyChildren(parsed.body, fragment, document, options, 0);
  else fragment.appendChild(document.createTextNode(htmlToText(html)));
  return fragment;
}

/**
 * `html` reduced to the safe subset, as markup to store in the model (`descriptionIsHtml`).
 * Where no DOM is available (Node), the text content instead: see {@link normalizeDescription}.
 */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): string {
  const parsed = parseInert(html, 'text/html');
  return parsed?.body ? serializeSafe(parsed, options) : escapeText(htmlToText(html));
}

function serializeSafe(parsed: Document, options: SanitizeOptions): string {
  const holder = parsed.createElement('div');
  copyChildren(parsed.body, holder, parsed, options, 0);
  // Reading the serialization of nodes we built ourselves; nothing is assigned to innerHTML.
  return holder.innerHTML.trim();
}

/** Text content of `html` (tags removed, entities decoded), for titles and plain-text fields. */
export function htmlToText(html: string): string {
  if (!looksLikeHtml(html)) return html;
  const parsed = parseInert(html.replace(/<br\s*\/?>/gi, '\n'), 'text/html');
  if (parsed?.body) {
    for (const drop of parsed.body.querySelectorAll('script, style, template, noscript, iframe, object, svg, math')) drop.remove();
    return (parsed.body.textContent ?? '').trim();
  }
  return decodeEntities(html.replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, '').replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '')).trim();
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…', euro: '€' };

/** Entity decoding without a DOM (Node): numeric and the common named entities. */
function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A feed description as the model stores it: markup → the safe subset with `isHtml: true`
 * (or its text where markup cannot be parsed); plain text stays text.
 */
export function normalizeDescription(text: string, options: SanitizeOptions = {}): { description: string; isHtml: boolean } {
  if (!looksLikeHtml(text)) return { description: text, isHtml: false };
  const parsed = parseInert(text, 'text/html');
  if (!parsed?.body) return { description: htmlToText(text), isHtml: false };
  return { description: serializeSafe(parsed, options), isHtml: true };
}
