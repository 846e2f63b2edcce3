/** Time ranges in the venue's zone that stay correct across DST changes (23- and 25-hour days). */
import type { IsoDate, KulturEvent } from '../data/types.js';
import { addDays, toIsoDate } from './civil.js';
import { localDate, startOfLocalDay } from './zoned.js';

/** A half-open span of instants `[start, end)` in epoch milliseconds. */
export interface InstantRange {
  start: number;
  end: number;
}

/** The local day `date` in `zone`: 23 h on the day clocks go forward, 25 h when they go back. */
export function dayRange(date: IsoDate, zone: string): InstantRange {
  return { start: startOfLocalDay(date, zone), end: startOfLocalDay(addDays(date, 1), zone) };
}

/** Local dates `[from, to)` in `zone` as instants. */
export function dateRange(from: IsoDate, toExclusive: IsoDate, zone: string): InstantRange {
  return { start: startOfLocalDay(from, zone), end: startOfLocalDay(toExclusive, zone) };
}

/** The whole month (1–12) in `zone`. */
export function monthRange(year: number, month: number, zone: string): InstantRange {
  const next = month === 12 ? toIsoDate(year + 1, 1, 1) : toIsoDate(year, month + 1, 1);
  return dateRange(toIsoDate(year, month, 1), next, zone);
}

/** Today's date in `zone` (the viewer's clock, the venue's calendar). `now` is injectable for tests. */
export function todayIn(zone: string, now: number = Date.now()): IsoDate {
  return localDate(now, zone);
}

/** The instants an event occupies: all-day events from local midnight to local midnight. */
export function eventRange(event: KulturEvent): InstantRange {
  if (event.allDay) return dateRange(event.startDate, event.endDate, event.zone);
  const start = event.start.instant;
  return { start, end: Math.max(start, event.end?.instant ?? start) };
}

/** True when the event overlaps `range` (an event without end counts at its start). */
export function eventOverlaps(event: KulturEvent, range: InstantRange): boolean {
  const own = eventRange(event);
  return own.start < range.end && (own.end > range.start || (own.end === own.start && own.start >= range.start));
}

/** True when the event has not ended at `now` (for "upcoming" lists). */
export function isUpcoming(event: KulturEvent, now: number = Date.now()): boolean {
  const { start, end } = eventRange(event);
  return (end > start ? end : start) > now;
}
