/**
 * Dates, times and prices per language in the venue's zone. Dates use built-in German and
 * British English names, not `Intl`: the first `Intl` call of a page starts ICU (30–60 ms before
 * the calendar's first paint); tests compare every form with `Intl`'s output. Prices use `Intl`.
 * German: `Sa, 05.12.2026`, `20:00 Uhr`, `Samstag, 5. Dezember 2026`, `15,00 €`, `Dezember 2026`.
 * English (British): `Sat, 05/12/2026`, `20:00`, `Saturday, 5 December 2026`, `€15.00`, `December 2026`.
 */
import type { IsoDate, KulturDateTime } from '../data/types.js';
import { INTL_LOCALE, type Lang } from '../i18n/locale.js';
import { localDate, localTime } from './zoned.js';

/** A moment to format: a zoned instant (timed events) or a civil date (all-day events). */
export type Formattable = KulturDateTime | IsoDate;

const MONTHS: Record<Lang, string[]> = {
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};
/** Monday first. */
const WEEKDAYS: Record<Lang, string[]> = {
  de: 'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'.split(' '),
  en: 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
};

/** The venue's calendar date of a value, and its weekday index (0 = Monday). */
function civil(value: Formattable): { year: number; month: number; day: number; weekday: number } {
  const date = typeof value === 'string' ? value : localDate(value.instant, value.zone);
  const year = +date.slice(0, 4);
  const month = +date.slice(5, 7);
  const day = +date.slice(8, 10);
  return { year, month, day, weekday: (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7 };
}

/** Weekday abbreviation without the German dot: `Sa` / `Sat`. */
export function formatWeekdayShort(value: Formattable, lang: Lang): string {
  return WEEKDAYS[lang][civil(value).weekday].slice(0, lang === 'de' ? 2 : 3);
}

/** `Sa, 05.12.2026` / `Sat, 05/12/2026`. */
export function formatDateShort(value: Formattable, lang: Lang): string {
  return `${formatWeekdayShort(value, lang)}, ${formatDateNumeric(value, lang)}`;
}

/** `05.12.2026` / `05/12/2026`. */
export function formatDateNumeric(value: Formattable, lang: Lang): string {
  const { year, month, day } = civil(value);
  const sep = lang === 'de' ? '.' : '/';
  return `${day < 10 ? '0' : ''}${day}${sep}${month < 10 ? '0' : ''}${month}${sep}${year}`;
}

/** `Samstag, 5. Dezember 2026` / `Saturday, 5 December 2026` (list headings, accessible names). */
export function formatDateLong(value: Formattable, lang: Lang): string {
  const { year, weekday } = civil(value);
  return `${WEEKDAYS[lang][weekday]}, ${formatDayMonth(value, lang)} ${year}`;
}

/** `5. Dezember` / `5 December` (the second date of a range in the same year). */
export function formatDayMonth(value: Formattable, lang: Lang): string {
  const { month, day } = civil(value);
  return `${day}${lang === 'de' ? '.' : ''} ${MONTHS[lang][month - 1]}`;
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
  return `${MONTHS[lang][month - 1]} ${year}`;
}

/** Month name alone: `Dezember` / `December`. */
export function formatMonthName(month: number, lang: Lang): string {
  return MONTHS[lang][month - 1];
}

/**
 * Weekday names Monday first: `short` gives two letters (`Mo Di Mi Do Fr Sa So` /
 * `Mo Tu We Th Fr Sa Su`) for grid headers, `long` the full names for accessible labels.
 */
export function weekdayNames(lang: Lang, width: 'short' | 'long' = 'short'): string[] {
  return width === 'short' ? WEEKDAYS[lang].map((name) => name.slice(0, 2)) : [...WEEKDAYS[lang]];
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
