/**
 * Reading single feed values leniently but honestly: each reader returns the value or
 * `undefined` and says why in the problem log, naming the field's path.
 */
import { dayNumber, daysInMonth, parseIsoDate, toIsoDate } from '../time/civil.js';
import { zonedInstant } from '../time/zoned.js';
import { describeValue, type ProblemLog } from './problems.js';
import type { EventStatus, IsoDate } from './types.js';

/** Where a value sits and where to report: `events[3].start`. */
export interface FieldContext {
  log: ProblemLog;
  /** Path of the item, e.g. `events[3]`. */
  path: string;
  /** The item in words for messages (title or id), once known. */
  item?: string;
}

/**
 * A moment read from a feed: a civil date (all-day) or an instant. `zone` is the zone a wall
 * clock was read in; such an object doubles as the event's `KulturDateTime` (no copy per event).
 */
export type When = { date: IsoDate } | { instant: number; zone?: string };

/** Digits at `i` and `i + 1` of `s` as a number, or NaN. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

/**
 * ISO 8601 date (`2026-12-05`) or date-time with offset (`2026-12-05T20:00:00+01:00`, `…Z`).
 * A date-time without offset is the venue's wall clock in `zone` (a floating time).
 */
export function parseWhen(input: string, zone: string): When | undefined {
  const text = input.length > 10 && input.length < 30 && input.charCodeAt(input.length - 1) > 32 ? input : input.trim();
  // Fast path for the canonical shapes (a feed has thousands of them): 2026-12-05[T20:00[:00[.000]][Z|+01:00]].
  const n = text.length;
  const c10 = text.charCodeAt(10);
  if (text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && (n === 10 || ((c10 === 84 || c10 === 32) && text.charCodeAt(13) === 58))) {
    const year = two(text, 0) * 100 + two(text, 2);
    const month = two(text, 5);
    const day = two(text, 8);
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return undefined;
    if (n === 10) return { date: text };
    const hour = two(text, 11);
    const minute = two(text, 14);
    let p = text.charCodeAt(16) === 58 ? 19 : 16;
    const second = p === 19 ? two(text, 17) : 0;
    // Milliseconds, as `Date#toISOString()` writes them (`20:00:00.000Z`): three digits only.
    // (More digits are no offset: the general parser below rounds them.)
    let ms = 0;
    if (p === 19 && text.charCodeAt(19) === 46) {
      ms = two(text, 20) * 10 + (two(text, 21) % 10);
      p = 23;
    }
    if (hour <= 23 && minute <= 59 && second <= 59 && ms === ms) {
      if (n === p) return { instant: zonedInstant(zone, year, month, day, hour, minute, second, ms), zone };
      const sign = text.charCodeAt(p);
      let offset = NaN;
      if (n === p + 1 && sign === 90) offset = 0;
      else if (n === p + 6 && (sign === 43 || sign === 45) && text.charCodeAt(p + 3) === 58) {
        const oh = two(text, p + 1);
        const om = two(text, p + 4);
        if (oh <= 14 && om <= 59) offset = (sign === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
      }
      if (offset === offset) return { instant: dayNumber(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + ms - offset, zone };
    }
  }
  return parseWhenSlow(text, zone);
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** The general ISO 8601 subset: fractions, `+0100`, `+01`, lower-case `t`/`z`. */
function parseWhenSlow(text: string, zone: string): When | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const date = parseIsoDate(`${m[1]}-${m[2]}-${m[3]}`);
  if (!date) return undefined;
  if (m[4] === undefined) return { date: toIsoDate(date.year, date.month, date.day) };
  const hour = +m[4];
  const minute = +m[5];
  const second = m[6] === undefined ? 0 : Math.min(+m[6], 59);
  const ms = m[7] === undefined ? 0 : Math.round(+`0.${m[7]}` * 1000);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = m[8];
  if (offset === undefined) {
    return { instant: zonedInstant(zone, date.year, date.month, date.day, hour, minute, second, ms), zone };
  }
  let offsetMs = 0;
  if (offset !== 'Z' && offset !== 'z') {
    const digits = offset.replace(':', '');
    const oh = +digits.slice(1, 3);
    const om = digits.length > 3 ? +digits.slice(3, 5) : 0;
    if (oh > 14 || om > 59) return undefined;
    offsetMs = (offset[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return { instant: Date.UTC(date.year, date.month - 1, date.day, hour, minute, second, ms) - offsetMs, zone };
}

/** Reports `events[3].field: <value> is not <what>; ignored` and returns `undefined`. */
export function ignore(ctx: FieldContext, field: string, value: unknown, what: string): undefined {
  ctx.log.warning(`${ctx.path}.${field}`, `${describeValue(value)} is not ${what}${what.includes(';') ? '' : '; ignored'}`, ctx.item);
  return undefined;
}

/** Reads a date or date-time field; reports `"2026-13-01" is not a date` when it is not one. */
export function readWhen(value: unknown, field: string, ctx: FieldContext, zone: string, severity: 'error' | 'warning'): When | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const when = typeof value === 'string' ? parseWhen(value, zone) : undefined;
  if (!when) {
    const hint = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.trim()) ? '' : ' (expected ISO 8601, e.g. 2026-12-05T20:00:00+01:00 or 2026-12-05)';
    ctx.log.add(severity, `${ctx.path}.${field}`, `${describeValue(value)} is not a date${hint}`, ctx.item);
  }
  return when;
}

/** Plain text from a string or number; anything else is reported and ignored. */
export function readText(value: unknown, field: string, ctx: FieldContext): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return ignore(ctx, field, value, 'text');
}

/** A boolean from `true`/`false` (and the strings and numbers feeds use for them). */
export function readBoolean(value: unknown, field: string, ctx: FieldContext): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  if (/^(1|true|yes)$/.test(`${value}`)) return true;
  if (/^(0|false|no)$/.test(`${value}`)) return false;
  return ignore(ctx, field, value, 'true or false');
}

/** A count ≥ 0 (tickets left, capacity). */
export function readCount(value: unknown, field: string, ctx: FieldContext): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? +value : value;
  if (typeof n === 'number' && Number.isInteger(n) && n >= 0) return n;
  return ignore(ctx, field, value, 'a whole number ≥ 0');
}

/**
 * An amount of money from a number or a price string as people write it
 * (`15`, `"15,00"`, `"15.00 €"`, `"EUR 1.234,50"`). `undefined` when there is no number in it.
 */
export function parseAmount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  let s = value.replace(/[^\d.,-]/g, '');
  if (!/\d/.test(s) || s.includes('-')) return undefined;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma > dot) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(/,/g, '');
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** ISO 4217 code of a currency named by code or symbol, defaulting to EUR. */
export function readCurrency(value: unknown, fallback = 'EUR'): string {
  if (typeof value !== 'string') return fallback;
  if (value === 'EUR') return value;
  const s = value.trim();
  if (/^[A-Za-z]{3}$/.test(s)) return s.toUpperCase();
  if (s.includes('€')) return 'EUR';
  if (s.includes('£')) return 'GBP';
  if (s.includes('CHF')) return 'CHF';
  if (s.includes('$')) return 'USD';
  return fallback;
}

/** Words that mean "free of charge" in feeds (`Eintritt frei`, `kostenlos`, `free`). */
export function meansFree(value: unknown): boolean {
  return typeof value === 'string' && /^(eintritt\s+)?(frei|kostenlos|gratis|free|umsonst)\b/i.test(value.trim());
}

const SIMPLE_URL = /^https?:\/\/[\w.-]+(:\d+)?\/[\x21\x23-\x26\x28-\x3b\x3d\x3f-\x5b\x5d-\x7e]*$/;

/**
 * An absolute http(s) URL (relative ones resolved against `base`, the feed's URL). Other
 * schemes (`javascript:`, `data:`) are reported and dropped: links from a feed must be safe to click.
 */
export function readUrl(value: unknown, field: string, ctx: FieldContext, base?: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') {
    // Fast path for the common case, an absolute http(s) URL without spaces or quotes.
    if (SIMPLE_URL.test(value)) return value;
    try {
      const url = new URL(value.trim(), base ?? globalThis.location?.href);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // reported below
    }
  }
  return ignore(ctx, field, value, 'an http(s) URL');
}

/** Status from the words feeds use (`cancelled`, `canceled`, `EventCancelled`, `abgesagt`, `sold_out`, …). */
export function parseStatus(value: unknown): EventStatus | undefined {
  if (typeof value !== 'string') return undefined;
  if (value === 'scheduled' || value === 'cancelled' || value === 'postponed' || value === 'soldout') return value;
  const word = value.toLowerCase();
  if (/cancel|abgesagt|entf(ä|ae)llt/.test(word)) return 'cancelled';
  if (/postpone|reschedule|verschoben/.test(word)) return 'postponed';
  if (/sold.?out|ausverkauft/.test(word)) return 'soldout';
  if (/schedule|confirm|tentative|planned|active|^\s*$/.test(word)) return 'scheduled';
  return undefined;
}

/** Reads a status field; unknown words are reported and read as `scheduled`. */
export function readStatus(value: unknown, field: string, ctx: FieldContext): EventStatus {
  if (value === undefined || value === null) return 'scheduled';
  return parseStatus(value) ?? ignore(ctx, field, value, 'a status (scheduled, cancelled, postponed, soldout); read as scheduled') ?? 'scheduled';
}
