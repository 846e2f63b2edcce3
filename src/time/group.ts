/** Events by local day in the venue's zone: the index the month grid and the agenda list read. */
import type { IsoDate, KulturEvent } from '../data/types.js';
import { isoDateOfDayNumber, isoDayNumber } from './civil.js';
import { localDayNumber, zoneOffset } from './zoned.js';

export interface GroupOptions {
  /**
   * A timed event that ends within this many hours after midnight does not count on that next
   * day (a concert 20:00–01:00 belongs to its evening). Default 6; 0 counts every day touched.
   */
  nextDayThresholdHours?: number;
}

const HOUR_MS = 3_600_000;
/** Longest span an event is spread over day by day; longer ones (a season) would flood the grid. */
const MAX_SPREAD_DAYS = 366;

/**
 * Local days (`YYYY-MM-DD`) an event covers, in `zone` (default: the event's own zone).
 * All-day events: every date from `startDate` up to, not including, `endDate`. Timed events:
 * from the start's date to the end's date, the end's date only when it ends after the threshold.
 */
export function eventDays(event: KulturEvent, zone?: string, options: GroupOptions = {}): IsoDate[] {
  let first: number;
  let last: number;
  if (event.allDay) {
    first = isoDayNumber(event.startDate);
    last = Math.max(first, isoDayNumber(event.endDate) - 1);
  } else {
    const z = zone ?? event.start.zone;
    first = localDayNumber(event.start.instant, z);
    last = first;
    const end = event.end?.instant;
    if (end !== undefined && end > event.start.instant) {
      const endLocal = end + zoneOffset(end, z);
      const endDay = Math.floor(endLocal / 86_400_000);
      const sinceMidnight = endLocal - endDay * 86_400_000;
      const threshold = (options.nextDayThresholdHours ?? 6) * HOUR_MS;
      last = Math.max(first, sinceMidnight === 0 || sinceMidnight <= threshold ? endDay - 1 : endDay);
    }
    if (last === first) return [isoDateOfDayNumber(first)];
  }
  last = Math.min(last, first + MAX_SPREAD_DAYS - 1);
  const days: IsoDate[] = [];
  for (let n = first; n <= last; n++) days.push(isoDateOfDayNumber(n));
  return days;
}

/** Sort key: all-day first, then by start, then by title (stable across reloads). */
export function compareEvents(a: KulturEvent, b: KulturEvent): number {
  let byStart: number;
  if (a.allDay || b.allDay) {
    if (!a.allDay || !b.allDay) return a.allDay ? -1 : 1;
    byStart = a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0;
  } else {
    byStart = a.start.instant - b.start.instant;
  }
  return byStart || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
}

/**
 * Groups events by every local day they cover in `zone` (default: each event's own zone).
 * The map iterates in date order and each day's events are sorted (all-day first, then by time).
 */
export function groupByLocalDay(
  events: readonly KulturEvent[],
  zone?: string,
  options: GroupOptions = {},
): Map<IsoDate, KulturEvent[]> {
  const days = new Map<IsoDate, KulturEvent[]>();
  for (const event of events) {
    for (const day of eventDays(event, zone, options)) {
      const list = days.get(day);
      if (list) list.push(event);
      else days.set(day, [event]);
    }
  }
  const sorted = new Map<IsoDate, KulturEvent[]>();
  for (const key of [...days.keys()].sort()) {
    const list = days.get(key)!;
    if (list.length > 1) list.sort(compareEvents);
    sorted.set(key, list);
  }
  return sorted;
}
