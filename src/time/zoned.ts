/**
 * Instants in a named time zone, on `Intl` alone (no library bytes). Offsets are cached per
 * zone and UTC day, so normalizing ten thousand events costs a few hundred `Intl` calls.
 */
import type { IsoDate } from '../data/types.js';
import { isoDateOfDayNumber } from './civil.js';

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** A UTC day on which the zone's offset changes: the change's instant and the offsets around it. */
interface Change {
  at: number;
  before: number;
  after: number;
}
/** Per zone: UTC day number → the offset for that whole day, or the change that happens during it. */
const dayOffsets = new Map<string, Map<number, number | Change>>();

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

/** Offset of `zone` from UTC at `instant`, in milliseconds (Berlin in winter: +3 600 000). */
export function zoneOffset(instant: number, zone: string): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
  let cache = dayOffsets.get(zone);
  if (!cache) dayOffsets.set(zone, (cache = new Map()));
  const day = Math.floor(instant / DAY_MS);
  let offset = cache.get(day);
  if (offset === undefined) {
    const start = day * DAY_MS;
    // The day before already known saves one of the two `Intl` calls (the slow part; events are
    // read in date order): with the same offset at the end of that day and at the end of this
    // one, nothing changed in between (zones change at most once a day).
    const prev = cache.get(day - 1);
    const after = exactOffset(start + DAY_MS - 1000, zone);
    const before = prev !== undefined && after === (typeof prev === 'number' ? prev : prev.after) ? after : exactOffset(start, zone);
    if (before === after) offset = before;
    else {
      // Find the second of the change once (DST changes happen on whole minutes, at most once a day).
      let low = start;
      let high = start + DAY_MS - 1000;
      while (high - low > 1000) {
        const mid = low + Math.floor((high - low) / 2000) * 1000;
        if (exactOffset(mid, zone) === before) low = mid;
        else high = mid;
      }
      offset = { at: high, before, after };
    }
    cache.set(day, offset);
  }
  return typeof offset === 'number' ? offset : instant < offset.at ? offset.before : offset.after;
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
