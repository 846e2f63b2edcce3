/**
 * Where the events to reserve for come from: the backend's own `GET /events`, the `src` feed, or
 * the `event` property. All are read by the data layer (`feed-reader.ts`, a chunk loaded on demand:
 * the first paint shows the loading state without it); a normalized event is used as it is.
 */
import { isKulturEvent } from '../../data/normalized.js';
import type { KulturEvent } from '../../data/types.js';
import type { ReservationReader } from './api.js';

let chunk: Promise<typeof import('./feed-reader.js')> | undefined;

/** Loads the reading chunk once; a failed load is tried again next time. */
const reader = () =>
  (chunk ??= import('./feed-reader.js').catch((error: unknown) => {
    chunk = undefined;
    throw error;
  }));

/** Start of an event as epoch ms (all-day events: midnight UTC of the first day, close enough to sort). */
export function startOf(event: KulturEvent): number {
  return event.allDay ? Date.parse(event.startDate) : event.start.instant;
}

/** Events a visitor can pick: not over, not cancelled, reservable, with ticket categories; soonest first. */
export function reservableEvents(events: KulturEvent[], now: number): KulturEvent[] {
  return events
    .filter((event) => event.reservable && event.status !== 'cancelled' && event.offers.length > 0 && startOf(event) > now)
    .sort((a, b) => startOf(a) - startOf(b));
}

/** Loads the events to choose from: the `src` feed when given, else the backend's events; floating times in `zone`. */
export async function loadEvents(source: ReservationReader, src: string, zone: string, signal?: AbortSignal): Promise<KulturEvent[]> {
  return (await reader()).loadEvents(source, src, zone, signal);
}

/** The `event` property as a normalized event: itself when it is one, else read as a native feed item (throws a `FeedError`). */
export function readEvent(value: unknown, zone: string): KulturEvent | Promise<KulturEvent> {
  return isKulturEvent(value) ? value : reader().then((m) => m.readEvent(value, zone));
}
