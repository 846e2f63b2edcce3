/**
 * Civil (wall-calendar) dates without a time zone: `YYYY-MM-DD` strings and day numbers
 * (days since 1970-01-01), so date arithmetic never meets a DST change.
 */
import type { IsoDate } from '../data/types.js';

const DAY_MS = 86_400_000;

export interface CivilDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** `YYYY-MM-DD` for year, month (1–12) and day. */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  const y = year >= 0 && year < 10_000 ? `${year}`.padStart(4, '0') : `${year}`;
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a valid `YYYY-MM-DD`, or `undefined` (`2026-13-01` and `2026-02-30` are not dates). */
export function parseIsoDate(text: string): CivilDate | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Days since 1970-01-01 of a civil date (integer arithmetic: hot in feed parsing). */
export function dayNumber(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Day number of an ISO date string (assumed valid). */
export function isoDayNumber(date: IsoDate): number {
  return dayNumber(+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10));
}

const isoDates = new Map<number, IsoDate>();

/** ISO date of a day number (cached: grouping asks for the same days again and again). */
export function isoDateOfDayNumber(n: number): IsoDate {
  let date = isoDates.get(n);
  if (date === undefined) {
    const d = new Date(n * DAY_MS);
    date = toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    if (isoDates.size > 20_000) isoDates.clear();
    isoDates.set(n, date);
  }
  return date;
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDateOfDayNumber(isoDayNumber(date) + days);
}

/** Whole days from `from` to `to` (`to` − `from`). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoDayNumber(to) - isoDayNumber(from);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((isoDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week number and its week-based year (weeks start Monday; week 1 holds the first Thursday). */
export function isoWeek(date: IsoDate): { week: number; year: number } {
  const n = isoDayNumber(date);
  const thursday = n - isoWeekday(date) + 4;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { week, year };
}

/** Year and month (1–12) `delta` months after the given one. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** Parses a `month` attribute (`2026-12`), or `undefined` when it is not one. */
export function parseYearMonth(text: string | null | undefined): { year: number; month: number } | undefined {
  const m = text ? MONTH.exec(text.trim()) : null;
  if (!m || +m[2] < 1 || +m[2] > 12) return undefined;
  return { year: +m[1], month: +m[2] };
}
