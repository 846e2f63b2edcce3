/**
 * Dates, times and prices per language, with `Intl` (no library bytes) in the venue's zone.
 * German: `Sa, 05.12.2026`, `20:00 Uhr`, `Samstag, 5. Dezember 2026`, `15,00 €`, `Dezember 2026`.
 * English (British): `Sat, 05/12/2026`, `20:00`, `Saturday, 5 December 2026`, `€15.00`, `December 2026`.
 */
import type { IsoDate, KulturDateTime } from '../data/types.js';
import { INTL_LOCALE, type Lang } from '../i18n/locale.js';
import { localTime } from './zoned.js';

/** A moment to format: a zoned instant (timed events) or a civil date (all-day events). */
export type Formattable = KulturDateTime | IsoDate;

const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${zone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options, timeZone: zone })));
  return f;
}

/** Instant and zone to format with: civil dates are placed at noon UTC and formatted in UTC. */
function resolve(value: Formattable): [number, string] {
  if (typeof value === 'string') {
    return [Date.UTC(+value.slice(0, 4), +value.slice(5, 7) - 1, +value.slice(8, 10), 12), 'UTC'];
  }
  return [value.instant, value.zone];
}

function format(value: Formattable, lang: Lang, options: Intl.DateTimeFormatOptions): string {
  const [instant, zone] = resolve(value);
  return dateFormat(lang, zone, options).format(instant);
}

/** Two-letter-ish weekday without the German abbreviation dot: `Sa` / `Sat`. */
export function formatWeekdayShort(value: Formattable, lang: Lang): string {
  return format(value, lang, { weekday: 'short' }).replace(/\.$/, '');
}

/** `Sa, 05.12.2026` / `Sat, 05/12/2026`. */
export function formatDateShort(value: Formattable, lang: Lang): string {
  return `${formatWeekdayShort(value, lang)}, ${formatDateNumeric(value, lang)}`;
}

/** `05.12.2026` / `05/12/2026`. */
export function formatDateNumeric(value: Formattable, lang: Lang): string {
  return format(value, lang, { day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** `Samstag, 5. Dezember 2026` / `Saturday, 5 December 2026` (list headings, accessible names). */
export function formatDateLong(value: Formattable, lang: Lang): string {
  return format(value, lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** `5. Dezember` / `5 December` (the second date of a range in the same year). */
export function formatDayMonth(value: Formattable, lang: Lang): string {
  return format(value, lang, { day: 'numeric', month: 'long' });
}

/**
 * Clock time in the venue's zone, 24 h: `20:00` (the same in both languages). From the cached
 * zone offset, not `Intl`: the grid shows one per event.
 */
export function formatClock(value: KulturDateTime, _lang?: Lang): string {
  return localTime(value.instant, value.zone);
}

/** `20:00 Uhr` / `20:00`. */
export function formatTime(value: KulturDateTime, lang: Lang): string {
  const clock = formatClock(value, lang);
  return lang === 'de' ? `${clock} Uhr` : clock;
}

/** `Dezember 2026` / `December 2026`; `month` is 1–12. */
export function formatMonthHeading(year: number, month: number, lang: Lang): string {
  return dateFormat(lang, 'UTC', { month: 'long', year: 'numeric' }).format(Date.UTC(year, month - 1, 15));
}

/** Month name alone: `Dezember` / `December`. */
export function formatMonthName(month: number, lang: Lang): string {
  return dateFormat(lang, 'UTC', { month: 'long' }).format(Date.UTC(2026, month - 1, 15));
}

/**
 * Weekday names Monday first: `short` gives two letters (`Mo Di Mi Do Fr Sa So` /
 * `Mo Tu We Th Fr Sa Su`) for grid headers, `long` the full names for accessible labels.
 */
export function weekdayNames(lang: Lang, width: 'short' | 'long' = 'short'): string[] {
  const names: string[] = [];
  // 2026-11-30 is a Monday.
  for (let i = 0; i < 7; i++) {
    const name = dateFormat(lang, 'UTC', { weekday: width === 'short' ? 'short' : 'long' }).format(Date.UTC(2026, 10, 30 + i, 12));
    names.push(width === 'short' ? name.replace(/\.$/, '').slice(0, 2) : name);
  }
  return names;
}

const money = new Map<string, Intl.NumberFormat>();

/** `15,00 €` / `€15.00`; whole and fractional amounts always with two decimals (as on tickets). */
export function formatPrice(amount: number, currency: string, lang: Lang): string {
  const key = `${lang}|${currency}`;
  let f = money.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(INTL_LOCALE[lang], { style: 'currency', currency });
    } catch {
      // Not an ISO 4217 code: show the number and the code as given.
      const plain = new Intl.NumberFormat(INTL_LOCALE[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      return `${plain.format(amount)} ${currency}`;
    }
    money.set(key, f);
  }
  return f.format(amount);
}
