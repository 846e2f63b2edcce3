/**
 * iCalendar (RFC 5545) through ical.js, a well-kept parser and recurrence expander. This module
 * (and with it ical.js) is loaded only when a feed is iCalendar.
 *
 * Times: an IANA `TZID` (also behind a vendor prefix) with the browser's zone rules, other `TZID`s
 * with their `VTIMEZONE` (without one: Windows names through CLDR), UTC, and floating times read in
 * the widget's zone (see ics-zones.ts). `VALUE=DATE` events are all-day with an exclusive `DTEND`.
 * `RRULE`s are expanded within a bounded window (wall-clock times stay put across DST changes),
 * minus `EXDATE`s (DATE or DATE-TIME) and with `RECURRENCE-ID` overrides matched here (a DATE-TIME
 * `RECURRENCE-ID` on an all-day series names its date). Lines ical.js cannot read cost only their
 * field (ics-lines.ts); an event without `SUMMARY` gets the neutral title of the context.
 */
import ICAL from 'ical.js';
import { toIsoDate } from '../../time/civil.js';
import { localDate, startOfLocalDay, zonedInstant } from '../../time/zoned.js';
import { EventCollector, type EventDraft } from '../event-builder.js';
import { describeValue, ProblemLog } from '../problems.js';
import { normalizeDescription } from '../sanitize.js';
import { readUrl, type FieldContext, type When } from '../values.js';
import type { AdapterContext, AdapterResult } from './context.js';
import { repairIcsText } from './ics-lines.js';
import { ianaZone, repairRdateObservances, zoneWithoutVtimezone } from './ics-zones.js';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type IcalEvent = InstanceType<typeof ICAL.Event>;
/** A draft that may carry the mark of a neutral title. */
type IcsDraft = EventDraft & { untitled?: boolean };

/** Occurrences examined per recurring series at most (a daily rule since 1990 stays bounded). */
const MAX_ITERATIONS = 5000;

/** Title of events without SUMMARY when the context names none. */
const UNTITLED = 'Untitled';

interface Reader {
  zone: string;
  ctx: FieldContext;
}

/** An ical.js time as a date (all-day) or an instant. */
function toWhen(time: Time, tzid: string | undefined, reader: Reader, field: string): When {
  if (time.isDate) return { date: toIsoDate(time.year, time.month, time.day) };
  const zone = time.zone as { tzid?: string; component?: unknown } | undefined;
  if (zone?.tzid === 'UTC') return { instant: Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second) };
  let name = reader.zone;
  if (tzid) {
    const iana = ianaZone(tzid);
    if (!iana && zone?.component && zone.tzid !== 'floating') return { instant: time.toUnixTime() * 1000 };
    const mapped = iana ?? zoneWithoutVtimezone(tzid);
    if (mapped) name = mapped;
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
function readFields(component: Component, reader: Reader, context: AdapterContext): IcsDraft {
  const { ctx } = reader;
  const { baseUrl } = context;
  const categories = component
    .getAllProperties('categories')
    .flatMap((p) => p.getValues())
    .filter((c): c is string => typeof c === 'string' && !!c.trim())
    .map((c) => c.trim());
  const status = text(component, 'status')?.toUpperCase();
  const imageProp = component.getFirstProperty('image') ?? component.getAllProperties('attach').find((p) => /^image\//i.test(String(p.getParameter('fmttype') ?? '')));
  const location = text(component, 'location');
  const title = text(component, 'summary');
  const draft: IcsDraft = {
    title: title ?? context.untitledTitle ?? UNTITLED,
    categories,
    location: location ? { name: location } : undefined,
    url: readUrl(text(component, 'url'), 'URL', ctx, baseUrl),
    image: imageProp ? readUrl(imageProp.getFirstValue(), 'IMAGE', ctx, baseUrl) : undefined,
    status: status === 'CANCELLED' ? 'cancelled' : 'scheduled',
  };
  if (!title) {
    draft.untitled = true;
    ctx.log.warning(`${ctx.path}.SUMMARY`, `missing; shown with the neutral title ${describeValue(draft.title)}`, ctx.item);
  }
  const description = text(component, 'description');
  if (description) {
    const d = normalizeDescription(description, { baseUrl });
    draft.description = d.description;
    draft.descriptionIsHtml = d.isHtml;
  }
  return draft;
}

/** The calendars of the text; lines ical.js cannot parse are dropped (and reported) when the whole fails. */
function parseCalendars(raw: string, log: ProblemLog): Component[] {
  const repairs = new ProblemLog(log.limit);
  let jcal: unknown;
  try {
    jcal = ICAL.parse(repairIcsText(raw, repairs, false));
    for (const p of repairs.problems) log.add(p.severity, p.path, p.message, p.item);
  } catch {
    try {
      jcal = ICAL.parse(repairIcsText(raw, log, true));
    } catch (error) {
      throw new Error(`not valid iCalendar (${(error as Error)?.message ?? error})`);
    }
  }
  // Several VCALENDARs in one file parse to an array of them.
  const calendars = (Array.isArray((jcal as unknown[])[0]) ? jcal : [jcal]) as unknown[];
  return calendars.map((c) => new ICAL.Component(c as never));
}

const TIME_PROPERTIES = ['dtstart', 'dtend', 'duration', 'recurrence-id', 'exdate', 'rdate', 'rrule'];

/** Drops time properties whose value ical.js cannot read (reported); the problem of an unreadable DTSTART, which costs the item. */
function checkTimes(vevent: Component, ctx: FieldContext): string | undefined {
  for (const name of TIME_PROPERTIES) {
    for (const prop of vevent.getAllProperties(name)) {
      try {
        prop.getValues();
      } catch {
        const written = describeValue((prop as unknown as { jCal: unknown[] }).jCal?.[3]);
        if (name === 'dtstart') return `${written} is not an iCalendar date or date-time`;
        ctx.log.warning(`${ctx.path}.${name.toUpperCase()}`, `${written} could not be read; ignored`, ctx.item);
        vevent.removeProperty(prop);
      }
    }
  }
  return undefined;
}

/** Normalizes an iCalendar document (the response text). */
export function normalizeIcs(raw: unknown, context: AdapterContext): AdapterResult {
  if (typeof raw !== 'string') throw new Error('expected the text of an iCalendar file');
  const { log, zone } = context;
  const calendars = parseCalendars(raw, log);
  for (const vtimezone of calendars.flatMap((c) => c.getAllSubcomponents('vtimezone'))) repairRdateObservances(vtimezone, log);
  const vevents = calendars.flatMap((c) => c.getAllSubcomponents('vevent'));
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
      const unreadable = checkTimes(vevent, ctx);
      if (unreadable) {
        collector.skip(`${ctx.path}.DTSTART`, unreadable, ctx.item);
        return;
      }
      const event = new ICAL.Event(vevent);
      if (event.isRecurring()) {
        const series = expand(event, vevent, uid ?? `VEVENT-${index}`, reader, context, (uid && overrides.get(uid)) || []);
        if (series) {
          for (const [draft, at] of series) add(collector, draft, at);
          return;
        }
      }
      const draft = readFields(vevent, reader, context);
      const startTzid = tzidOf(vevent, 'dtstart');
      draft.id = uid;
      draft.start = toWhen(event.startDate, startTzid, reader, 'DTSTART');
      draft.end = toWhen(event.endDate, tzidOf(vevent, 'dtend') ?? startTzid, reader, 'DTEND');
      add(collector, draft, ctx);
    } catch (error) {
      collector.skip(ctx.path, `could not be read (the iCalendar parser says: ${(error as Error)?.message ?? error})`, ctx.item);
    }
  });
  return collector.result();
}

/** Adds the event of `draft`, marked when it has the neutral title. */
function add(collector: EventCollector, draft: IcsDraft, ctx: FieldContext): void {
  const event = collector.add(draft, ctx);
  if (event && draft.untitled) event.untitled = true;
}

/**
 * The key an occurrence and the RECURRENCE-ID of its override share: the date in an all-day
 * series (a DATE-TIME RECURRENCE-ID, as Exchange writes, names its wall-clock date), else the instant.
 */
function occurrenceKey(time: Time, tzid: string | undefined, reader: Reader, allDay: boolean): string {
  const when = toWhen(time, tzid, reader, 'RECURRENCE-ID');
  if ('date' in when) return when.date;
  if (!allDay) return String(when.instant);
  return (time.zone as { tzid?: string } | undefined)?.tzid === 'UTC' ? localDate(when.instant, reader.zone) : toIsoDate(time.year, time.month, time.day);
}

/** Start and end of an override: its own DTEND or DURATION, else the series' duration. */
function overrideTimes(item: Component, series: IcalEvent, reader: Reader): [When, When] {
  const own = new ICAL.Event(item);
  const tzid = tzidOf(item, 'dtstart');
  let end = own.endDate;
  if (!item.hasProperty('dtend') && !item.hasProperty('duration')) {
    end = own.startDate.clone();
    end.addDuration(series.duration);
  }
  return [toWhen(own.startDate, tzid, reader, 'DTSTART'), toWhen(end, tzidOf(item, 'dtend') ?? tzid, reader, 'DTEND')];
}

/** The occurrences of a recurring VEVENT within the window, or `undefined` when its rule cannot be expanded (reported). */
function expand(event: IcalEvent, vevent: Component, uid: string, reader: Reader, context: AdapterContext, overrides: Component[]): [IcsDraft, FieldContext][] | undefined {
  const { ctx, zone } = reader;
  const { rangeStart, rangeEnd } = context;
  const startTzid = tzidOf(vevent, 'dtstart');
  const allDay = event.startDate.isDate;
  const inWindow = (start: When, end: When) => instantOf(start, zone) < rangeEnd && (instantOf(end, zone) > rangeStart || instantOf(start, zone) >= rangeStart);
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
  const byKey = new Map<string, Component>();
  for (const item of overrides) {
    const rid = item.getFirstPropertyValue('recurrence-id') as Time;
    byKey.set(occurrenceKey(rid, tzidOf(item, 'recurrence-id') ?? startTzid, reader, allDay), item);
  }
  const fields = readFields(vevent, reader, context);
  const out: [IcsDraft, FieldContext][] = [];
  const emit = (item: Component | undefined, start: When, end: When, key: string) => {
    if (!inWindow(start, end)) return;
    const draft: IcsDraft = item ? readFields(item, reader, context) : { ...fields };
    draft.id = `${uid}@${key}`;
    draft.start = start;
    draft.end = end;
    out.push([draft, { ...ctx, path: `${ctx.path}@${key}` }]);
  };
  try {
    expandRule(event, vevent, reader, context, { excludedDays, excludedInstants, byKey, emit });
  } catch (error) {
    const message = `could not be expanded (the iCalendar parser says: ${(error as Error)?.message ?? error})`;
    ctx.log.warning(`${ctx.path}.RRULE`, out.length ? `${message}; occurrences after the failure are missing` : `${message}; read as a single event`, ctx.item);
    if (!out.length) return undefined;
  }
  // Overrides whose occurrence the rule does not produce (or lies past the window) still show when moved into it.
  for (const [match, item] of byKey) {
    const [start, end] = overrideTimes(item, event, reader);
    emit(item, start, end, /^\d+$/.test(match) ? new Date(Number(match)).toISOString().slice(0, 16) + 'Z' : match);
  }
  return out;
}

interface Expansion {
  excludedDays: Set<string>;
  excludedInstants: Set<number>;
  byKey: Map<string, Component>;
  emit: (item: Component | undefined, start: When, end: When, key: string) => void;
}

function expandRule(event: IcalEvent, vevent: Component, reader: Reader, context: AdapterContext, { excludedDays, excludedInstants, byKey, emit }: Expansion): void {
  const { ctx, zone } = reader;
  const startTzid = tzidOf(vevent, 'dtstart');
  const allDay = event.startDate.isDate;
  // DTSTART is always the first instance (RFC 5545); ical.js leaves it out of an RDATE list without RRULE.
  const first = event.startDate;
  const rdates = vevent.getAllProperties('rdate').flatMap((p) => p.getValues() as Time[]);
  if (!vevent.hasProperty('rrule') && !rdates.some((t) => t.compare(first) === 0)) vevent.addPropertyWithValue('rdate', first.clone());
  const iterator = event.iterator();
  const duration = event.duration;
  let iterations = 0;
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (++iterations > MAX_ITERATIONS) {
      ctx.log.warning(`${ctx.path}.RRULE`, `stopped after ${MAX_ITERATIONS} occurrences (the series starts long before the window)`, ctx.item);
      break;
    }
    const occurrenceId = toWhen(next, startTzid, reader, 'DTSTART');
    if (instantOf(occurrenceId, zone) >= context.rangeEnd) break;
    const match = occurrenceKey(next, startTzid, reader, allDay);
    // A DATE exception names the day on the series' own wall clock, not the widget's.
    if ('date' in occurrenceId ? excludedDays.has(occurrenceId.date) : excludedInstants.has(occurrenceId.instant) || excludedDays.has(occurrenceKey(next, startTzid, reader, true))) {
      byKey.delete(match);
      continue;
    }
    const key = 'date' in occurrenceId ? occurrenceId.date : new Date(occurrenceId.instant).toISOString().slice(0, 16) + 'Z';
    const item = byKey.get(match) ?? ('date' in occurrenceId ? undefined : byKey.get(localDate(occurrenceId.instant, zone)));
    if (item) {
      byKey.delete(match);
      byKey.delete(localDate(instantOf(occurrenceId, zone), zone));
      const [start, end] = overrideTimes(item, event, reader);
      emit(item, start, end, key);
    } else {
      const end = next.clone();
      end.addDuration(duration);
      // The end is the start plus the series' duration, on the start's wall clock.
      emit(undefined, occurrenceId, toWhen(end, startTzid, reader, 'DTEND'), key);
    }
  }
}
