/**
 * The last step every adapter shares: a draft read from any feed becomes a `KulturEvent`, with
 * the checks that do not depend on the format (title and start present, end after start,
 * all-day dates with an exclusive end, an id, defaults).
 */
import { addDays } from '../time/civil.js';
import { localDate, localTime, startOfLocalDay } from '../time/zoned.js';
import { describeValue, type ProblemLog } from './problems.js';
import type { EventStatus, IsoDate, KulturAvailability, KulturDateTime, KulturEvent, KulturLocation, KulturOffer } from './types.js';
import type { FieldContext, When } from './values.js';

/** What an adapter read from one item; the builder checks and completes it. */
export interface EventDraft {
  id?: string;
  title?: string;
  start?: When;
  end?: When;
  doors?: When;
  /** Explicit all-day flag; without it, a start without time means all-day. */
  allDay?: boolean;
  category?: string;
  categories?: string[];
  description?: string;
  descriptionIsHtml?: boolean;
  location?: KulturLocation;
  image?: string;
  imageAlt?: string;
  url?: string;
  status?: EventStatus;
  offers?: KulturOffer[];
  free?: boolean;
  availability?: KulturAvailability;
  reservable?: boolean;
  schemaType?: string;
  /** The event's own zone when it differs from the venue zone the adapter got (WordPress `timezone`, hessen-szene). */
  zone?: string;
  /** The adapter already reported why this item cannot be an event: skip it silently. */
  rejected?: boolean;
}

/** A readable, stable id for items without one: `2026-12-05T19:00-jazz-im-keller`. */
function deriveId(title: string, start: When): string {
  const when = 'date' in start ? start.date : new Date(start.instant).toISOString().slice(0, 16);
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);
  return `${when}-${slug}`;
}

/** `2026-10-26 18:00` in the venue zone, for messages. */
function wallClock(instant: number, zone: string): string {
  return `${localDate(instant, zone)} ${localTime(instant, zone)}`;
}

/** The read moment as the event's date-time: the same object when it was read in the event's zone. */
function dateTime(when: { instant: number; zone?: string }, zone: string): KulturDateTime {
  return when.zone === zone ? (when as KulturDateTime) : { instant: when.instant, zone };
}

function dateOf(when: When, zone: string): IsoDate {
  return 'date' in when ? when.date : localDate(when.instant, zone);
}

/**
 * The event for `draft`, or `undefined` (reported as an `error`) when it lacks a title or start.
 * Field-level trouble (an end before the start, doors after the start) is reported as a
 * `warning` and the field dropped.
 */
export function buildEvent(draft: EventDraft, ctx: FieldContext, venueZone: string): KulturEvent | undefined {
  const { log, path } = ctx;
  const zone = draft.zone ?? venueZone;
  const item = ctx.item ?? draft.title ?? draft.id;
  if (draft.rejected) return undefined;
  if (!draft.title) {
    log.error(`${path}.title`, 'missing: every event needs a title', item);
    return undefined;
  }
  if (!draft.start) {
    log.error(`${path}.start`, 'missing: every event needs a start date', item);
    return undefined;
  }
  const start = draft.start;
  const allDay = draft.allDay ?? 'date' in start;
  let category = draft.category;
  let categories: string[] = [];
  if (draft.categories?.length) {
    categories = [...new Set(draft.categories.filter((c) => c && c !== category))];
    category ??= categories.shift();
  }
  const id = draft.id || deriveId(draft.title, start);
  let event: KulturEvent;

  if (allDay) {
    if (draft.allDay === false && 'date' in start) {
      log.warning(`${path}.start`, `${describeValue(start.date)} has no time although allDay is false; shown as an all-day event`, item);
    }
    const startDate = dateOf(start, zone);
    let endDate = addDays(startDate, 1);
    const end = draft.end;
    if (end) {
      // A date end is exclusive; a time end (WordPress: 23:59:59) covers its own day.
      const candidate = 'date' in end ? end.date : addDays(localDate(end.instant - 1, zone), 1);
      if (candidate > startDate) endDate = candidate;
      else if (!('date' in end && end.date === startDate)) {
        log.warning(`${path}.end`, `${describeValue('date' in end ? end.date : wallClock(end.instant, zone))} is before the start; read as a one-day event`, item);
      }
    }
    event = { id, title: draft.title, allDay: true, startDate, endDate, zone, categories, status: 'scheduled', offers: [], reservable: false };
  } else {
    const instant = (start as { instant: number }).instant;
    const timed: KulturEvent = { id, title: draft.title, allDay: false, start: dateTime(start as { instant: number; zone?: string }, zone), categories, status: 'scheduled', offers: [], reservable: false };
    const end = draft.end;
    if (end) {
      if ('date' in end) {
        log.warning(`${path}.end`, `${describeValue(end.date)} is a date without time while the start has one; ignored`, item);
      } else if (end.instant < instant) {
        log.warning(`${path}.end`, `${describeValue(wallClock(end.instant, zone))} is before the start; ignored`, item);
      } else if (end.instant > instant) {
        timed.end = dateTime(end, zone);
      }
    }
    const doors = draft.doors;
    if (doors) {
      if ('date' in doors) log.warning(`${path}.doors`, `${describeValue(doors.date)} has no time; ignored`, item);
      else if (doors.instant > instant) log.warning(`${path}.doors`, 'is after the start; ignored', item);
      else timed.doors = dateTime(doors, zone);
    }
    event = timed;
  }
  // Optional fields in one fixed order (same object shapes for every event: fast to build and read).
  if (category !== undefined) event.category = category;
  if (draft.description) {
    event.description = draft.description;
    if (draft.descriptionIsHtml) event.descriptionIsHtml = true;
  }
  if (draft.location) event.location = draft.location;
  if (draft.image) {
    event.image = draft.image;
    if (draft.imageAlt) event.imageAlt = draft.imageAlt;
  }
  if (draft.url) event.url = draft.url;
  if (draft.status) event.status = draft.status;
  if (draft.offers) event.offers = draft.offers;
  if (draft.free) event.free = true;
  if (draft.availability) event.availability = draft.availability;
  if (draft.reservable) event.reservable = true;
  if (draft.schemaType) event.schemaType = draft.schemaType;
  return event;
}

/**
 * Builds the events of one feed: skips bad items, makes ids unique (a second `jazz` becomes
 * `jazz~2`, reported) so widgets can key and link events by id, and sorts them by start.
 */
export class EventCollector {
  readonly #events: KulturEvent[] = [];
  readonly #seen = new Map<string, number>();
  /** Items seen, valid or not. */
  itemCount = 0;

  constructor(
    readonly log: ProblemLog,
    readonly zone: string,
  ) {}

  /** Builds and keeps the event of `draft`; returns it, or `undefined` when the item was skipped. */
  add(draft: EventDraft, ctx: FieldContext): KulturEvent | undefined {
    this.itemCount++;
    const event = buildEvent(draft, ctx, this.zone);
    if (!event) return undefined;
    const count = (this.#seen.get(event.id) ?? 0) + 1;
    this.#seen.set(event.id, count);
    if (count > 1) {
      this.log.warning(`${ctx.path}.id`, `${describeValue(event.id)} is used by an earlier event; read as "${event.id}~${count}"`, event.title);
      event.id = `${event.id}~${count}`;
    }
    this.#events.push(event);
    return event;
  }

  /** Counts an item that is not even an object, and reports it. */
  skip(path: string, message: string, item?: string): void {
    this.itemCount++;
    this.log.error(path, message, item);
  }

  /** The events in chronological order (all-day events at their first local midnight; before timed ones at the same instant). */
  sorted(): KulturEvent[] {
    const events = this.#events;
    const keys = events.map((event) => (event.allDay ? startOfLocalDay(event.startDate, event.zone) : event.start.instant));
    // Most feeds arrive in order: check before paying for a sort.
    let ordered = true;
    for (let i = 1; i < keys.length && ordered; i++) ordered = keys[i - 1] < keys[i] || (keys[i - 1] === keys[i] && (events[i - 1].allDay || !events[i].allDay));
    if (ordered) return events;
    const order = keys.map((_, i) => i);
    order.sort((a, b) => keys[a] - keys[b] || (events[a].allDay === events[b].allDay ? a - b : events[a].allDay ? -1 : 1));
    return order.map((i) => events[i]);
  }

  /** Sorted events and the item count, as adapters return them. */
  result(): { events: KulturEvent[]; itemCount: number } {
    return { events: this.sorted(), itemCount: this.itemCount };
  }
}
