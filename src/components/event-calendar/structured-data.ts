/**
 * schema.org `Event` JSON-LD for search engines, kept in one `<script type="application/ld+json">`
 * in the host's light DOM (crawlers do not read shadow roots). Loaded on demand after the first
 * render (a separate chunk): it is not needed to paint the calendar.
 */
import type { KulturDateTime, KulturEvent } from '../../data/types.js';
import { addDays, zoneOffset, zonedParts } from '../../time/index.js';
import { availabilityState } from './event-text.js';
import { writeJsonLd } from './json-ld-script.js';
import { plainDescription } from './plain-description.js';

const SCHEMA = 'https://schema.org/';

const pad = (n: number) => `${Math.abs(n)}`.padStart(2, '0');

/** `2026-12-05T20:00:00+01:00`: the venue's wall clock with its offset. */
export function isoWithOffset({ instant, zone }: KulturDateTime): string {
  const p = zonedParts(instant, zone);
  const offset = Math.round(zoneOffset(instant, zone) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

const STATUS: Record<KulturEvent['status'], string> = {
  scheduled: 'EventScheduled',
  soldout: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
};

const AVAILABILITY = { available: 'InStock', few: 'LimitedAvailability', soldout: 'SoldOut' };

/** One event as a schema.org `Event` (or its subtype from the feed). */
export function eventToSchema(event: KulturEvent, descriptionText?: string): Record<string, unknown> {
  const item: Record<string, unknown> = {
    '@type': event.schemaType || 'Event',
    name: event.title,
    startDate: event.allDay ? event.startDate : isoWithOffset(event.start),
    eventStatus: SCHEMA + STATUS[event.status],
    eventAttendanceMode: SCHEMA + 'OfflineEventAttendanceMode',
  };
  // schema.org's date-only endDate is the last day; ours is the day after it.
  if (event.allDay) item.endDate = addDays(event.endDate, -1);
  else {
    if (event.end) item.endDate = isoWithOffset(event.end);
    if (event.doors) item.doorTime = isoWithOffset(event.doors);
  }
  if (descriptionText) item.description = descriptionText;
  if (event.location) {
    item.location = {
      '@type': 'Place',
      name: event.location.name,
      ...(event.location.address && { address: event.location.address }),
    };
  }
  if (event.image) item.image = event.image;
  if (event.url) item.url = event.url;
  if (event.free) item.isAccessibleForFree = true;
  const availability = SCHEMA + AVAILABILITY[availabilityState(event)];
  if (event.offers.length) {
    item.offers = event.offers.map((offer) => ({
      '@type': 'Offer',
      name: offer.name,
      price: offer.price,
      priceCurrency: offer.currency,
      availability: offer.remaining === 0 ? SCHEMA + 'SoldOut' : availability,
      ...(event.url && { url: event.url }),
    }));
  }
  return item;
}

/** The JSON-LD document: an `@graph` of events, as script text safe inside `<script>` (`<` escaped). */
export function structuredDataText(events: readonly KulturEvent[]): string {
  const graph = events.map((event) => eventToSchema(event, plainDescription(event)));
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
}

/** Writes the JSON-LD of `events` into `host`'s light DOM (replacing the previous one). */
export function writeStructuredData(host: HTMLElement, events: readonly KulturEvent[]): void {
  writeJsonLd(host, structuredDataText(events));
}
