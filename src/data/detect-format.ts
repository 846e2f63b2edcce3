/**
 * The format of a response body that is not plainly JSON: its `Content-Type` first, then its
 * content. Loaded on demand, so the native JSON path never downloads or runs it.
 */
import { describeValue } from './problems.js';
import type { FeedProblem } from './types.js';

/** What a body is to be read as. */
export interface TextFormat {
  /** The format, or `undefined` for JSON told apart by its shape. */
  format?: 'jsonld' | 'ics' | 'hessen-szene';
  /** Parse the body as JSON first (JSON, JSON-LD as JSON, WordPress). */
  json: boolean;
  /** The problems given, and a content type that the body contradicts. */
  problems: FeedProblem[];
}

// `markup`: a tag that says neither HTML nor XML, read as the content type says (XML without one).
type Kind = 'ics' | 'json' | 'ld+json' | 'page' | 'xml' | 'markup';

/** A schema.org block anywhere in the markup: CMS widgets serve fragments that start with any tag. */
const LD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json/i;
const HTML_START =
  /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|div|section|article|main|aside|header|footer|nav|ul|ol|li|p|span|a|h[1-6]|table|figure|template|script|style|link|meta|img)\b/i;

const KIND_NAMES: Record<Kind, string> = { ics: 'iCalendar', json: 'JSON', 'ld+json': 'JSON-LD', page: 'an HTML page', xml: 'XML', markup: 'XML' };

/** The kind of body by its content alone, or `undefined` when it is none of them. */
function sniff(text: string): Kind | undefined {
  const head = text.trimStart().slice(0, 200);
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  if (/^[[{]/.test(head)) return 'json';
  if (!head.startsWith('<')) return undefined;
  if (LD_SCRIPT.test(text) || HTML_START.test(head)) return 'page';
  return head.startsWith('<?xml') ? 'xml' : 'markup';
}

/** The kind a media type declares; `undefined` for the ones servers get wrong (`text/plain`, `application/octet-stream`) and unknown ones. */
function declared(mime: string): Kind | undefined {
  if (mime === 'text/calendar') return 'ics';
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'page';
  if (mime === 'application/ld+json') return 'ld+json';
  if (mime === 'application/xml' || mime === 'text/xml' || mime.endsWith('+xml')) return 'xml';
  if (mime === 'application/json' || mime === 'text/json' || mime.endsWith('+json')) return 'json';
  return undefined;
}

/** Whether a body of kind `found` can be what the content type declared. */
function fits(found: Kind | undefined, wanted: Kind): boolean {
  if (found === undefined || found === wanted) return true;
  if (wanted === 'ld+json') return found === 'json' || found === 'page';
  // An XHTML page may be served as XML; an XML declaration is no HTML page.
  if (wanted === 'xml') return found === 'page' || found === 'markup';
  return wanted === 'page' && found === 'markup';
}

function result(kind: Kind | undefined, problems: FeedProblem[]): TextFormat {
  switch (kind) {
    case 'ics':
      return { format: 'ics', json: false, problems };
    case 'page':
      return { format: 'jsonld', json: false, problems };
    case 'xml':
    case 'markup':
      return { format: 'hessen-szene', json: false, problems };
    case 'ld+json':
      return { format: 'jsonld', json: true, problems };
    default:
      return { json: true, problems };
  }
}

/**
 * Format of a response body from its `Content-Type` (`text/calendar`, `text/html`,
 * `application/ld+json`, `application/xml`, `application/json`), checked against the content;
 * content types that are missing, generic or contradicted by the body fall back to the content.
 */
export function readBodyFormat(text: string, contentType = '', problems: readonly FeedProblem[] = []): TextFormat {
  const mime = contentType.split(';')[0].trim().toLowerCase();
  const wanted = declared(mime);
  const found = sniff(text);
  if (!wanted) return result(found, [...problems]);
  // Markup with schema.org blocks or HTML tags is a page whatever the type; other markup is what the type says.
  if (fits(found, wanted)) return result(found === 'page' ? 'page' : wanted, [...problems]);
  const what = KIND_NAMES[found!];
  return result(found, [...problems, { path: 'Content-Type', message: `${describeValue(mime)}, but the body is ${what}; read as ${what}`, severity: 'warning' }]);
}

/** The format of a response body, or `undefined` for JSON to be told apart by its shape (see {@link readBodyFormat}). */
export function detectTextFormat(text: string, contentType?: string): 'jsonld' | 'ics' | 'hessen-szene' | undefined {
  return readBodyFormat(text, contentType).format;
}
