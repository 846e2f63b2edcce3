/**
 * The options of the iframe pages and the configurator: for each widget the attributes a URL may
 * set, each with a check of its value. Whatever reaches an element passed one of these checks, so a
 * query string cannot smuggle a `javascript:` link, markup or CSS into the page. No DOM, no Lit.
 */

import { isValidTimeZone } from '../src/time/zone.js';

export type WidgetName = 'calendar' | 'reservation' | 'badge';

/** The tag of each widget and the script-tag file that defines it. */
export const WIDGETS: Record<WidgetName, { tag: string; file: string }> = {
  calendar: { tag: 'kultur-event-calendar', file: 'kultur-event-calendar.js' },
  reservation: { tag: 'kultur-ticket-reservation', file: 'kultur-ticket-reservation.js' },
  badge: { tag: 'kultur-membership-badge', file: 'kultur-membership-badge.js' },
};

/** Checks one raw value: the value to set, or a reason (English, for the console) why not. */
export type Check = (value: string) => { ok: true; value: string } | { ok: false; reason: string };

const ok = (value: string) => ({ ok: true as const, value });
const no = (reason: string) => ({ ok: false as const, reason });
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export const oneOf = (...allowed: string[]): Check => (value) =>
  allowed.includes(value) ? ok(value) : no(`is not one of ${allowed.join(', ')}`);

export const integer = (min: number, max: number): Check => (value) =>
  /^\d{1,6}$/.test(value) && +value >= min && +value <= max ? ok(String(+value)) : no(`is not a whole number from ${min} to ${max}`);

/** Plain text (ids, category names): no control characters, no markup characters, bounded. */
export const text = (max = 200): Check => (value) =>
  value.length <= max && !CONTROL.test(value) && !/[<>"`]/.test(value) ? ok(value.trim()) : no(`is not plain text of at most ${max} characters`);

/** An absolute http(s) URL or a relative one; never `javascript:`, `data:` or any other scheme. */
export const url: Check = (value) => {
  if (!value || value.length > 2000 || CONTROL.test(value) || /\s/.test(value)) return no('is not a URL');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  if (scheme && !/^https?$/i.test(scheme[1]!)) return no('is not an http(s) or relative URL');
  if (/^[\\/]{2}/.test(value) || value.startsWith('/\\')) return no('is a protocol-relative URL (write https://…)');
  try {
    new URL(value, 'https://example.invalid/');
  } catch {
    return no('is not a URL');
  }
  return ok(value);
};

/** A boolean attribute: present (`1`, `true`, `on`, empty) or absent (`0`, `false`, `off`). */
export const flag: Check = (value) =>
  /^(|1|true|on|yes)$/i.test(value) ? ok('') : /^(0|false|off|no)$/i.test(value) ? ok('\u0000off') : no('is not true or false');

const NAMED_COLOUR = /^[a-z]{3,20}$/i;
const HEX_COLOUR = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTION_COLOUR = /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*[-+0-9.%a-z\s,/]{1,80}\)$/i;

/** A CSS colour value: hex, a colour function with plain numbers, or a named colour. */
export const colour: Check = (value) => {
  const v = value.trim();
  if (!(HEX_COLOUR.test(v) || FUNCTION_COLOUR.test(v) || NAMED_COLOUR.test(v)) || /var|calc|url|attr|env/i.test(v)) {
    return no('is not a CSS colour (e.g. #b3261e, rgb(179 38 30), darkred)');
  }
  const supports = (globalThis as { CSS?: { supports(p: string, v: string): boolean } }).CSS?.supports;
  return !supports || supports('color', v) ? ok(v) : no('is not a CSS colour this browser knows');
};

/** A CSS length: `0`, or a number with px, rem, em or %. */
export const length: Check = (value) =>
  /^(0|\d{1,4}(\.\d{1,3})?(px|rem|em|%))$/.test(value.trim()) ? ok(value.trim()) : no('is not a length (e.g. 8px, 0.5rem)');

/** A font-family list of names: letters, digits, spaces, hyphens, commas and quotes. */
export const fontFamily: Check = (value) =>
  /^[\p{L}\p{N} ,'-]{1,100}$/u.test(value.trim()) ? ok(value.trim()) : no('is not a list of font names');

export interface OptionSpec {
  check: Check;
  /** Not an attribute of the element: read by the page itself (e.g. the hand-off form's endpoint). */
  page?: boolean;
}

const common: Record<string, OptionSpec> = {
  lang: { check: oneOf('de', 'en') },
  theme: { check: oneOf('auto', 'light', 'dark') },
};

/** The options each widget accepts, in the order the configurator writes them. */
export const OPTIONS: Record<WidgetName, Record<string, OptionSpec>> = {
  calendar: {
    src: { check: url },
    format: { check: oneOf('auto', 'json', 'jsonld', 'ics', 'wp-tribe', 'hessen-szene') },
    view: { check: oneOf('auto', 'month', 'list', 'upcoming') },
    limit: { check: integer(1, 100) },
    category: { check: text() },
    month: { check: (v) => (/^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? ok(v) : no('is not a month like 2026-12')) },
    timezone: { check: (v) => (/^[\w/+-]{1,60}$/.test(v) && isValidTimeZone(v) ? ok(v) : no('is not an IANA time zone like Europe/Berlin')) },
    'week-numbers': { check: flag },
    'structured-data': { check: oneOf('on', 'off') },
    refresh: { check: integer(0, 86400) },
    ...common,
    'reservation-endpoint': { check: url, page: true },
    'privacy-url': { check: url, page: true },
  },
  reservation: {
    endpoint: { check: url },
    'event-id': { check: text(120) },
    src: { check: url },
    'privacy-url': { check: url },
    'max-tickets': { check: integer(1, 50) },
    fields: { check: (v) => (/^\s*((phone|message)(\s+|$))*$/.test(v) ? ok(v.trim()) : no('is not a list of phone, message')) },
    newsletter: { check: flag },
    'phone-fallback': { check: (v) => (/^\+?[0-9 ()/-]{3,30}$/.test(v) ? ok(v) : no('is not a phone number')) },
    ...common,
  },
  badge: {
    src: { check: url },
    member: { check: text(120) },
    variant: { check: oneOf('full', 'compact', 'icon') },
    logo: { check: (v) => (v === 'none' ? ok(v) : url(v)) },
    ...common,
  },
};

/** Theme tokens a URL may set (`color-accent=%23006400` sets `--kultur-color-accent`), with their checks. */
export const TOKENS: Record<string, Check> = {
  'color-accent': colour,
  'color-on-accent': colour,
  'color-background': colour,
  'color-surface': colour,
  'color-text': colour,
  'color-text-muted': colour,
  'color-border': colour,
  'color-success': colour,
  'color-warning': colour,
  'color-danger': colour,
  radius: length,
  space: length,
  'font-size': length,
  'calendar-day-height': length,
  'font-family': fontFamily,
};

export interface ParsedOptions {
  attributes: [string, string][];
  /** Page-level options (not attributes of the element). */
  page: Record<string, string>;
  /** `[--kultur-name, value]` pairs. */
  tokens: [string, string][];
  /** One line per rejected or unknown option, naming it. */
  warnings: string[];
}

/** Validates every option of `params` for `widget`; anything unknown or invalid lands in `warnings`. */
export function parseOptions(widget: WidgetName, params: Iterable<[string, string]>): ParsedOptions {
  const spec = OPTIONS[widget];
  const result: ParsedOptions = { attributes: [], page: {}, tokens: [], warnings: [] };
  const seen = new Map<string, string>();
  for (const [key, value] of params) seen.set(key, value);
  for (const [key, raw] of seen) {
    const option = Object.hasOwn(spec, key) ? spec[key] : undefined;
    const token = Object.hasOwn(TOKENS, key) ? TOKENS[key] : undefined;
    const check = option?.check ?? token;
    if (!check) {
      result.warnings.push(`option "${key.slice(0, 40)}" is unknown for the ${widget} and was ignored`);
      continue;
    }
    const verdict = check(raw);
    if (!verdict.ok) {
      result.warnings.push(`option "${key}" was ignored: ${JSON.stringify(raw.slice(0, 60))} ${verdict.reason}`);
      continue;
    }
    if (token) result.tokens.push([`--kultur-${key}`, verdict.value]);
    else if (option?.page) result.page[key] = verdict.value;
    else if (verdict.value !== '\u0000off') result.attributes.push([key, verdict.value]);
  }
  return result;
}

/** The options of a page URL: the query, then the hash (`#src=…`), the hash winning. */
export function urlParams(search: string, hash: string): [string, string][] {
  return [...new URLSearchParams(search), ...new URLSearchParams(hash.replace(/^#/, ''))];
}
