/**
 * Where the events to reserve for come from: the backend's own `GET /events`, or the `src` feed.
 *
 * Both are read here with the few fields the form needs, not with the data layer's `loadFeed` /
 * `normalizeFeed`: those bring every format adapter's shared machinery (+7.6 KB gzip measured),
 * which would put the reservation bundle far over its 16 KB budget. The reservation API's own
 * feed is native JSON by contract; a `src` feed must be native JSON too. Events from any other
 * format reach the form through the calendar's hand-off, already normalized.
 */
import type { KulturEvent, KulturOffer } from '../../data/types.js';
import { DEFAULT_TIME_ZONE } from '../../time/zone.js';
import { HttpReadApi, type ReservationReader } from './api.js';

type Raw = Record<string, unknown>;

function offersOf(raw: unknown): KulturOffer[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((o): o is Raw => typeof o?.id === 'string')
    .map((o) => ({ id: o.id as string, name: String(o.name ?? o.id), price: Number(o.price) || 0, currency: String(o.currency ?? 'EUR') }));
}

/** Native feed (`{ events: [...] }` or `[...]`) → events; items without id, title or start are skipped. */
export function readNativeEvents(feed: unknown): KulturEvent[] {
  const items = Array.isArray(feed) ? feed : ((feed as Raw | null)?.events as unknown[]) ?? [];
  const events: KulturEvent[] = [];
  for (const item of items as Raw[]) {
    if (!item || typeof item.id !== 'string' || typeof item.title !== 'string' || typeof item.start !== 'string') continue;
    const base = {
      id: item.id,
      title: item.title,
      categories: [],
      location: item.location && typeof item.location === 'object' ? (item.location as KulturEvent['location']) : undefined,
      status: (['cancelled', 'postponed', 'soldout'].includes(item.status as string) ? item.status : 'scheduled') as KulturEvent['status'],
      offers: offersOf(item.offers),
      reservable: item.reservable !== false,
    };
    if (item.allDay === true || /^\d{4}-\d{2}-\d{2}$/.test(item.start)) {
      const start = item.start.slice(0, 10);
      events.push({ ...base, allDay: true, startDate: start, endDate: String(item.end ?? start).slice(0, 10), zone: DEFAULT_TIME_ZONE });
    } else {
      const instant = Date.parse(item.start);
      if (Number.isNaN(instant)) continue;
      const end = typeof item.end === 'string' ? Date.parse(item.end) : NaN;
      events.push({ ...base, allDay: false, start: { instant, zone: DEFAULT_TIME_ZONE }, end: Number.isNaN(end) ? undefined : { instant: end, zone: DEFAULT_TIME_ZONE } });
    }
  }
  return events;
}

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

/** Loads the events to choose from: the `src` feed when given, else the backend's events. */
export async function loadEvents(reader: ReservationReader, src: string, signal?: AbortSignal): Promise<KulturEvent[]> {
  // fetch() resolves a relative `src` against the page, as a link would.
  const feed = src ? await new HttpReadApi('').getJson(src, signal) : await reader.events(signal);
  return readNativeEvents(feed);
}
