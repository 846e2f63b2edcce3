/**
 * iCalendar (RFC 5545) through ical.js, a well-kept parser and recurrence expander. This module
 * (and with it ical.js) is loaded only when a feed is iCalendar.
 *
 * Times: `TZID` with its `VTIMEZONE` (or, without one, an IANA `TZID` through Intl), UTC, and
 * floating times read in the widget's zone. `VALUE=DATE` events are all-day with an exclusive
 * `DTEND`. `RRULE`s are expanded within a bounded window (wall-clock times stay put across DST
 * changes), minus `EXDATE`s (DATE or DATE-TIME) and with `RECURRENCE-ID` overrides.
 */
import ICAL from 'ical.js';
import { toIsoDate } from '../../time/civil.js';
import { isValidTimeZone } from '../../time/zone.js';
import { localDate, startOfLocalDay, zonedInstant } from '../../time/zoned.js';
import { EventCollector, type EventDraft } from '../event-builder.js';
import { describeValue } from '../problems.js';
import { normalizeDescription } from '../sanitize.js';
import { readUrl, type FieldContext, type When } from '../values.js';
import type { AdapterContext, AdapterResult } from './context.js';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

/** Occurrences examined per recurring series at most (a daily rule since 1990 stays bounded). */
const MAX_ITERATIONS = 5000;

/** An IANA name in a TZID, also inside vendor prefixes (`/mozilla.org/20050126_1/Europe/Berlin`). */
function ianaZone(tzid: string | undefined): string | undefined {
  if (!tzid) return undefined;
  if (isValidTimeZone(tzid)) return tzid;
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+)$/.exec(tzid)?.[1];
  return tail && isValidTimeZone(tail) ? tail : undefined;
}

interface Reader {
  zone: string;
  ctx: FieldContext;
}

/** An ical.js time as a date (all-day) or an instant. */
function toWhen(time: Time, tzid: string | undefined, reader: Reader, field: string): When {
  if (time.isDate) return { date: toIsoDate(time.year, time.month, time.day) };
  const zone = time.zone as { tzid?: string; component?: unknown } | undefined;
  if (zone?.tzid === 'UTC') return { instant: Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second) };
  if (zone?.component && zone.tzid !== 'floating') return { instant: time.toUnixTime() * 1000 };
  let name = reader.zone;
  if (tzid) {
    const iana = ianaZone(tzid);
    if (iana) name = iana;
    else reader.ctx.log.warning(`${reader.ctx.path}.${field}`, `TZID ${describeValue(tzid)} has no VTIMEZONE and is no known zone; read as ${reader.zone}`, reader.ctx.item);
  }
  return { instant: zonedInstant(name, time.year, time.month, time.day, time.hour, time.minute, time.second) };
}

function tzidOf(component: Component, name: string): string | undefined {
  const value = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
}

function instantOf(when: When, zone: string): number {
  return 'date' in when ? startOfLocalDay(when.date, zone) : when.instant;
}

function text(component: Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Fields other than times, read from the VEVENT (or its override). */
function readFields(component: Component, reader: Reader, baseUrl?: string): EventDraft {
  const { ctx } = reader;
  const categories = component
    .getAllProperties('categories')
    .flatMap((p) => p.getValues())
    .filter((c): c is string => typeof c === 'string' && !!c.trim())
    .map((c) => c.trim());
  const status = text(component, 'status')?.toUpperCase();
  const imageProp = component.getFirstProperty('image') ?? component.getAllProperties('attach').find((p) => /^image\//i.test(String(p.getParameter('fmttype') ?? '')));
  const location = text(component, 'location');
  const draft: EventDraft = {
    title: text(component, 'summary'),
    categories,
    location: location ? { name: location } : undefined,
    url: readUrl(text(component, 'url'), 'URL', ctx, baseUrl),
    image: imageProp ? readUrl(imageProp.getFirstValue(), 'IMAGE', ctx, baseUrl) : undefined,
    status: status === 'CANCELLED' ? 'cancelled' : 'scheduled',
  };
  const description = text(component, 'description');
  if (description) {
    const d = normalizeDescription(description, { baseUrl });
    draft.description = d.description;
    draft.descriptionIsHtml = d.isHtml;
  }
  return draft;
}

/** Normalizes an iCalendar document (the response text). */
export function normalizeIcs(raw: unknown, context: AdapterContext): AdapterResult {
  if (typeof raw !== 'string') throw new Error('expected the text of an iCalendar file');
  let jcal: unknown;
  try {
    jcal = ICAL.parse(raw);
  } catch (error) {
    throw new Error(`not valid iCalendar (${(error as Error)?.message ?? error})`);
  }
  // Several VCALENDARs in one file parse to an array of them.
  const calendars = (Array.isArray((jcal as unknown[])[0]) ? jcal : [jcal]) as unknown[];
  const vevents = calendars.flatMap((c) => new ICAL.Component(c as never).getAllSubcomponents('vevent'));
  const { log, zone, rangeStart, rangeEnd, baseUrl } = context;
  const collector = new EventCollector(log, zone);

  // Overrides of single occurrences (RECURRENCE-ID) belong to their series' master.
  const overrides = new Map<string, Component[]>();
  const masters = new Set<string>();
  for (const vevent of vevents) {
    const uid = text(vevent, 'uid');
    if (!uid) continue;
    if (vevent.hasProperty('recurrence-id')) overrides.set(uid, [...(overrides.get(uid) ?? []), vevent]);
    else masters.add(uid);
  }

  vevents.forEach((vevent, index) => {
    const uid = text(vevent, 'uid');
    const ctx: FieldContext = { log, path: `VEVENT[${index}]`, item: text(vevent, 'summary') ?? uid };
    const reader: Reader = { zone, ctx };
    // Overrides are emitted with their master's expansion, unless the master is missing.
    if (uid && vevent.hasProperty('recurrence-id') && masters.has(uid)) return;
    try {
      if (!vevent.hasProperty('dtstart')) {
        collector.skip(`${ctx.path}.DTSTART`, 'missing: every event needs a DTSTART', ctx.item);
        return;
      }
      const event = new ICAL.Event(vevent, { exceptions: uid && masters.has(uid) ? (overrides.get(uid) ?? []) : [] });
      const startTzid = tzidOf(vevent, 'dtstart');
      if (!event.isRecurring()) {
        const draft = readFields(vevent, reader, baseUrl);
        draft.id = uid;
        draft.start = toWhen(event.startDate, startTzid, reader, 'DTSTART');
        draft.end = toWhen(event.endDate, tzidOf(vevent, 'dtend') ?? startTzid, reader, 'DTEND');
        collector.add(draft, ctx);
        return;
      }
      expand(event, vevent, uid ?? `VEVENT-${index}`, reader, context, collector, rangeStart, rangeEnd);
    } catch (error) {
      collector.skip(ctx.path, `could not be read (${(error as Error)?.message ?? error})`, ctx.item);
    }
  });
  return collector.result();
}

function expand(
  event: InstanceType<typeof ICAL.Event>,
  vevent: Component,
  uid: string,
  reader: Reader,
  context: AdapterContext,
  collector: EventCollector,
  rangeStart: number,
  rangeEnd: number,
): void {
  const { ctx, zone } = reader;
  const startTzid = tzidOf(vevent, 'dtstart');
  // EXDATEs checked here as well as by ical.js: a DATE value excludes the whole local day even
  // when the series has times (mixed DATE / DATE-TIME lists are common in exports).
  const excludedDays = new Set<string>();
  const excludedInstants = new Set<number>();
  for (const prop of vevent.getAllProperties('exdate')) {
    const tzid = prop.getParameter('tzid');
    for (const value of prop.getValues() as Time[]) {
      const when = toWhen(value, typeof tzid === 'string' ? tzid : startTzid, reader, 'EXDATE');
      if ('date' in when) excludedDays.add(when.date);
      else excludedInstants.add(when.instant);
    }
  }
  const iterator = event.iterator();
  const fields = readFields(vevent, reader, context.baseUrl);
  let iterations = 0;
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (++iterations > MAX_ITERATIONS) {
      ctx.log.warning(`${ctx.path}.RRULE`, `stopped after ${MAX_ITERATIONS} occurrences (the series starts long before the window)`, ctx.item);
      break;
    }
    const occurrenceId = toWhen(next, startTzid, reader, 'DTSTART');
    const occurrenceStart = instantOf(occurrenceId, zone);
    if (occurrenceStart >= rangeEnd) break;
    if ('date' in occurrenceId ? excludedDays.has(occurrenceId.date) : excludedInstants.has(occurrenceId.instant) || excludedDays.has(localDate(occurrenceId.instant, zone))) continue;
    const details = event.getOccurrenceDetails(next);
    const item = details.item.component;
    const isOverride = item !== vevent;
    const itemTzid = tzidOf(item, 'dtstart') ?? startTzid;
    const start = toWhen(details.startDate, itemTzid, reader, 'DTSTART');
    const end = toWhen(details.endDate, tzidOf(item, 'dtend') ?? itemTzid, reader, 'DTEND');
    if (instantOf(end, zone) <= rangeStart && instantOf(start, zone) < rangeStart) continue;
    const draft: EventDraft = isOverride ? readFields(item, { zone, ctx }, context.baseUrl) : { ...fields };
    const key = 'date' in occurrenceId ? occurrenceId.date : new Date(occurrenceId.instant).toISOString().slice(0, 16) + 'Z';
    draft.id = `${uid}@${key}`;
    draft.start = start;
    draft.end = end;
    collector.add(draft, { ...ctx, path: `${ctx.path}@${key}` });
  }
}
