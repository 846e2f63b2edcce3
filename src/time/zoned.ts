/**
 * Instants in a named time zone, on `Intl` alone (no library bytes, no tz tables). Each zone's
 * offsets are read once per UTC year as "offset at New Year plus the changes in the year", so a
 * feed of ten thousand events costs about a hundred `Intl` calls a year, and a lookup is a compare.
 *
 * Berlin, Vienna and Zurich get their year from the EU summer-time rule instead, without `Intl`:
 * the first `Intl` call of a page starts ICU, which costs 30–60 ms on a desktop and more on a
 * phone, before the first paint. `verifyZoneRules` (zone-check.ts) checks the rule against the
 * browser's time-zone data later (should the EU ever change its rule) and turns it off when they differ.
 */
import type { IsoDate } from '../data/types.js';
import { isoDateOfDayNumber } from './civil.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Offsets are sampled weekly; the shortest period between two changes on record is about four weeks. */
const WEEK_MS = 7 * DAY_MS;

/** A zone's offsets in one UTC year: the offset at its start and each change (`at`, new `offset`) in order. */
export interface YearOffsets {
  start: number;
  changes: { at: number; offset: number }[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Per zone: UTC year → its offsets. */
const tables = new Map<string, Map<number, YearOffsets>>();

/** Zones on the EU rule since 1996 (summer time from the last Sunday of March to the last of October, 01:00 UTC) → standard offset in hours. */
const EU_RULE_ZONES: Record<string, number> = { 'Europe/Berlin': 1, 'Europe/Vienna': 1, 'Europe/Zurich': 1 };
export const EU_RULE_SINCE = 1996;
/** Zones whose rule disagreed with the browser's time-zone data: always asked through `Intl`. */
const ruleOff = new Set<string>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset by asking `Intl` (slow path). */
function exactOffset(instant: number, zone: string): number {
  const parts = formatterFor(zone).formatToParts(instant);
  const get = (type: string) => {
    for (const p of parts) if (p.type === type) return +p.value;
    return 0;
  };
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The year's offsets from `Intl`: sampled weekly, each change then found to the second. */
export function intlYear(zone: string, year: number): YearOffsets {
  const end = Date.UTC(year + 1, 0, 1);
  let t = Date.UTC(year, 0, 1);
  let offset = exactOffset(t, zone);
  const table: YearOffsets = { start: offset, changes: [] };
  while (t < end) {
    const next = Math.min(t + WEEK_MS, end);
    const after = exactOffset(next, zone);
    if (after !== offset) {
      let low = t;
      let high = next;
      while (high - low > 1000) {
        const mid = low + Math.floor((high - low) / 2000) * 1000;
        if (exactOffset(mid, zone) === offset) low = mid;
        else high = mid;
      }
      if (high < end) table.changes.push({ at: high, offset: after });
      offset = after;
    }
    t = next;
  }
  return table;
}

/** The year's offsets from the EU rule. */
export function euRuleYear(year: number, standardHours: number): YearOffsets {
  // The last Sunday of a month (0-based), 01:00 UTC.
  const change = (month: number) => {
    const last = Date.UTC(year, month + 1, 0);
    return last - new Date(last).getUTCDay() * DAY_MS + HOUR_MS;
  };
  const standard = standardHours * HOUR_MS;
  return { start: standard, changes: [{ at: change(2), offset: standard + HOUR_MS }, { at: change(9), offset: standard }] };
}

function yearOffsets(zone: string, year: number): YearOffsets {
  let byYear = tables.get(zone);
  if (!byYear) tables.set(zone, (byYear = new Map()));
  let table = byYear.get(year);
  if (!table) {
    const standard = EU_RULE_ZONES[zone];
    const rule = standard !== undefined && year >= EU_RULE_SINCE && !ruleOff.has(zone);
    byYear.set(year, (table = rule ? euRuleYear(year, standard) : intlYear(zone, year)));
  }
  return table;
}

/** Offset of `zone` from UTC at `instant`, in milliseconds (Berlin in winter: +3 600 000). */
export function zoneOffset(instant: number, zone: string): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
  const table = yearOffsets(zone, new Date(instant).getUTCFullYear());
  let offset = table.start;
  for (const change of table.changes) {
    if (instant < change.at) break;
    offset = change.offset;
  }
  return offset;
}

/**
 * @internal The standard offset in hours of `zone`'s built-in EU rule (in force since
 * {@link EU_RULE_SINCE}), or `undefined` when the zone has none or it was switched off.
 */
export function builtInZoneRule(zone: string): number | undefined {
  return ruleOff.has(zone) ? undefined : EU_RULE_ZONES[zone];
}

/** The rule of `zone` switched off (`true`: it disagreed with the browser; tests) or back on (`false`). */
export function setZoneRuleOff(zone: string, off: boolean): void {
  if (off) ruleOff.add(zone);
  else ruleOff.delete(zone);
  tables.delete(zone);
}

/** Wall-clock parts of `instant` in `zone`. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The venue's wall clock at `instant`. */
export function zonedParts(instant: number, zone: string): ZonedParts {
  const d = new Date(instant + zoneOffset(instant, zone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Local calendar date (`YYYY-MM-DD`) of `instant` in `zone`. */
export function localDate(instant: number, zone: string): IsoDate {
  return isoDateOfDayNumber(localDayNumber(instant, zone));
}

/** Days since 1970-01-01 of the local date of `instant` in `zone`. */
export function localDayNumber(instant: number, zone: string): number {
  return Math.floor((instant + zoneOffset(instant, zone)) / DAY_MS);
}

/** Local time (`HH:MM`, 24 h) of `instant` in `zone`. */
export function localTime(instant: number, zone: string): string {
  const d = new Date(instant + zoneOffset(instant, zone));
  return `${d.getUTCHours()}`.padStart(2, '0') + ':' + `${d.getUTCMinutes()}`.padStart(2, '0');
}

/**
 * The instant at which the wall clock in `zone` shows the given date and time. DST-safe like
 * Temporal's `compatible` mode: a time skipped by the spring change (02:30 on the last Sunday of
 * March in Berlin) moves forward by the gap (03:30); a time that occurs twice in autumn takes the
 * earlier one.
 */
export function zonedInstant(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const before = zoneOffset(wall - DAY_MS, zone);
  const after = zoneOffset(wall + DAY_MS, zone);
  const tBefore = wall - before;
  const okBefore = zoneOffset(tBefore, zone) === before;
  if (before === after) {
    if (okBefore) return tBefore;
  } else {
    const tAfter = wall - after;
    const okAfter = zoneOffset(tAfter, zone) === after;
    if (okBefore && okAfter) return Math.min(tBefore, tAfter);
    if (okBefore) return tBefore;
    if (okAfter) return tAfter;
    // In the gap: read with the offset before the change, which lands after it.
    return tBefore;
  }
  // Offset changed within ±1 day in an unusual way: fall back to the exact offset at the guess.
  return wall - zoneOffset(wall - zoneOffset(wall, zone), zone);
}

/** The instant local midnight begins on `date` in `zone` (not always 00:00 in zones that skip midnight). */
export function startOfLocalDay(date: IsoDate, zone: string): number {
  return zonedInstant(zone, +date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10));
}
