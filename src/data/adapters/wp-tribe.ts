/**
 * WordPress "The Events Calendar" REST API (`/wp-json/tribe/events/v1/events`): the envelope
 * `{ events, total, total_pages, next_rest_url }`, `next_rest_url` pagination up to a limit,
 * `all_day`, `start_date` in the event's `timezone` (an IANA name or a WordPress manual offset
 * such as `UTC+0`, `UTC-5`, `UTC+5.5`) checked against `utc_start_date`, `cost` / `cost_details`,
 * `categories`, `venue`, `image`, and HTML `title` / `description`.
 */
import { EventCollector, type EventDraft } from '../event-builder.js';
import { describeValue } from '../problems.js';
import { normalizeDescription } from '../sanitize.js';
import type { FeedProblem, KulturLocation, KulturOffer } from '../types.js';
import { isValidTimeZone } from '../../time/zone.js';
import { zoneOffset } from '../../time/zoned.js';
import { meansFree, parseAmount, parseStatus, readCurrency, readUrl, readWhen, type FieldContext, type When } from '../values.js';
import type { AdapterContext, AdapterResult } from './context.js';
import { isObject } from './shape.js';
import { all, offer, plainText } from './shared.js';

type Item = Record<string, unknown>;

/** `2026-12-05 20:00:00` → `2026-12-05T20:00:00` (+ `Z` for the UTC fields). */
function wpDate(value: unknown, utc: boolean): unknown {
  if (typeof value !== 'string') return value;
  const iso = value.trim().replace(' ', 'T');
  return utc && /T\d/.test(iso) ? `${iso}Z` : iso;
}

/** The site's zone as WordPress names it: `zone` for times and dates, `suffix` (`+05:30`) when it is a fixed offset. */
interface SiteZone {
  zone: string;
  suffix?: string;
}

// WordPress's manual offsets: gmt_offset in hours, a fraction for minutes (`UTC+5.5` is +05:30, `UTC+5.75` +05:45); `UTC+5:30` as some plugins write it.
const MANUAL_OFFSET = /^(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?:([.:])(\d{1,2}))?$/i;

/** The zone of an event's `timezone`, or `undefined` (reported) when it names none. */
function siteZone(value: unknown, ctx: FieldContext, venueZone: string): SiteZone | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const name = value.trim();
  const m = MANUAL_OFFSET.exec(name);
  if (!m) {
    if (isValidTimeZone(name)) return { zone: name };
    ctx.log.warning(`${ctx.path}.timezone`, `${describeValue(value)} is not a time zone; times read from utc_start_date and shown in ${venueZone}`, ctx.item);
    return undefined;
  }
  const minutes = +m[2] * 60 + (m[3] === '.' ? Math.round(+`0.${m[4]}` * 60) : +(m[4] ?? 0));
  if (minutes > 14 * 60 || (m[3] === ':' && +m[4] > 59)) {
    ctx.log.warning(`${ctx.path}.timezone`, `${describeValue(value)} is not a UTC offset; times read from utc_start_date and shown in ${venueZone}`, ctx.item);
    return undefined;
  }
  if (minutes === 0) return { zone: 'UTC', suffix: 'Z' };
  const hhmm = `${`${Math.floor(minutes / 60)}`.padStart(2, '0')}:${`${minutes % 60}`.padStart(2, '0')}`;
  const suffix = `${m[1]}${hhmm}`;
  // IANA's Etc zones count the other way round (Etc/GMT-1 is UTC+1); other offsets need the browser's offset zones.
  const etc = `Etc/GMT${m[1] === '+' ? '-' : '+'}${minutes / 60}`;
  if (minutes % 60 === 0 && isValidTimeZone(etc)) return { zone: etc, suffix };
  if (isValidTimeZone(suffix)) return { zone: suffix, suffix };
  ctx.log.warning(`${ctx.path}.timezone`, `${describeValue(value)}: this browser has no fixed-offset zones; times shown in ${venueZone}`, ctx.item);
  return { zone: venueZone, suffix };
}

/**
 * A timed start or end: `start_date` read in the site's zone, `utc_start_date` when the zone is
 * unknown or to tell the two readings of a repeated hour apart.
 */
function readMoment(item: Item, field: string, ctx: FieldContext, site: SiteZone | undefined, venueZone: string, severity: 'error' | 'warning'): When | undefined {
  const utcField = `utc_${field}`;
  const utcValue = item[utcField];
  const hasUtc = utcValue !== undefined && utcValue !== '';
  const localValue = wpDate(item[field], false);
  const zone = site?.zone ?? venueZone;
  if (!site || localValue === undefined || localValue === '') {
    return hasUtc ? readWhen(wpDate(utcValue, true), utcField, ctx, zone, severity) : readWhen(localValue, field, ctx, zone, severity);
  }
  const local = readWhen(typeof localValue === 'string' && site.suffix ? `${localValue}${site.suffix}` : localValue, field, ctx, zone, severity);
  const utc = local && hasUtc ? readWhen(wpDate(utcValue, true), utcField, ctx, zone, 'warning') : undefined;
  if (!local || !utc || !('instant' in local) || !('instant' in utc) || utc.instant === local.instant) return local;
  if (!site.suffix && utc.instant + zoneOffset(utc.instant, zone) === local.instant + zoneOffset(local.instant, zone)) return utc;
  // start_date is the wall clock the site itself shows (TEC's default event-time-zone display); utc_start_date is derived at save time and may be stale.
  ctx.log.warning(`${ctx.path}.${utcField}`, `${describeValue(utcValue)} disagrees with ${field} ${describeValue(item[field])} in ${describeValue(item.timezone)}; read ${field}, as the site shows it`, ctx.item);
  return local;
}

function readVenue(value: unknown): KulturLocation | undefined {
  const venue = Array.isArray(value) ? value[0] : value;
  if (!isObject(venue)) return undefined;
  const name = plainText(venue.venue);
  const city = [plainText(venue.zip), plainText(venue.city)].filter(Boolean).join(' ');
  const address = [plainText(venue.address), city].filter(Boolean).join(', ') || undefined;
  if (!name && !address) return undefined;
  return address ? { name: name ?? address, address } : { name: name! };
}

function readCost(item: Item, ctx: FieldContext): { offers: KulturOffer[]; free?: boolean } {
  const details = isObject(item.cost_details) ? item.cost_details : {};
  const currency = readCurrency(details.currency_code ?? details.currency_symbol ?? item.cost);
  const values = all(details.values as unknown[]).map((v) => parseAmount(v)).filter((v): v is number => v !== undefined);
  if (!values.length && typeof item.cost === 'string' && item.cost.trim()) {
    // Only a display string ("15 € – 20 €", "Kostenlos").
    if (meansFree(item.cost)) return { offers: [], free: true };
    for (const part of item.cost.split(/[–—/]|\s-\s/)) {
      const amount = parseAmount(part);
      if (amount !== undefined) values.push(amount);
    }
    if (!values.length) ctx.log.warning(`${ctx.path}.cost`, `${describeValue(item.cost)} has no price in it; ignored`, ctx.item);
  }
  const unique = [...new Set(values)];
  if (unique.length && unique.every((v) => v === 0)) return { offers: [], free: true };
  return { offers: unique.map((price, i) => offer(price, currency, '', i)) };
}

function readItem(item: Item, ctx: FieldContext, context: AdapterContext): EventDraft {
  const { baseUrl } = context;
  const title = plainText(item.title);
  ctx.item = title;
  const site = siteZone(item.timezone, ctx, context.zone);
  const zone = site?.zone ?? context.zone;
  const allDay = item.all_day === true || item.all_day === 'true' || item.all_day === 1;
  let start;
  let end;
  if (allDay) {
    start = readWhen(typeof item.start_date === 'string' ? item.start_date.slice(0, 10) : item.start_date, 'start_date', ctx, zone, 'error');
    end = readWhen(wpDate(item.end_date, false), 'end_date', ctx, zone, 'warning');
  } else {
    start = readMoment(item, 'start_date', ctx, site, context.zone, 'error');
    end = readMoment(item, 'end_date', ctx, site, context.zone, 'warning');
  }
  const image = isObject(item.image) ? item.image : undefined;
  const categories = all(item.categories as unknown[])
    .map((c) => (isObject(c) ? plainText(c.name) : plainText(c)))
    .filter((c): c is string => !!c);
  const draft: EventDraft = {
    id: item.id !== undefined ? String(item.id) : undefined,
    title,
    start,
    end,
    allDay,
    categories,
    location: readVenue(item.venue),
    url: readUrl(item.url, 'url', ctx, baseUrl),
    image: image ? readUrl(image.url, 'image.url', ctx, baseUrl) : undefined,
    imageAlt: image ? plainText(image.alt) : undefined,
    // The Events Calendar's optional event status ("canceled", "postponed"); WordPress's own
    // post `status` ("publish") is not an event status.
    status: parseStatus(item.event_status ?? item.tribe_events_status) ?? 'scheduled',
    ...readCost(item, ctx),
  };
  if (typeof item.description === 'string' && item.description.trim()) {
    const d = normalizeDescription(item.description.trim(), { baseUrl });
    draft.description = d.description;
    draft.descriptionIsHtml = d.isHtml;
  }
  if (!start && (item.start_date ?? item.utc_start_date) !== undefined) draft.rejected = true;
  // Events in another zone than the venue's keep their own zone for local dates and times.
  if (zone !== context.zone) draft.zone = zone;
  return draft;
}

/** Normalizes one WordPress response, or pages merged by {@link collectPages}. */
export function normalizeWpTribe(raw: unknown, context: AdapterContext): AdapterResult {
  if (!isObject(raw) || !Array.isArray(raw.events)) throw new Error('expected a WordPress events response { "events": [...] }');
  const collector = new EventCollector(context.log, context.zone);
  if (!raw.events.length) context.log.warning('events', `no events found: the response lists none (total ${describeValue(raw.total)})`);
  raw.events.forEach((item: unknown, index: number) => {
    const ctx: FieldContext = { log: context.log, path: `events[${index}]` };
    if (!isObject(item)) collector.skip(ctx.path, `${describeValue(item)} is not an event object`);
    else collector.add(readItem(item, ctx, context), ctx);
  });
  return collector.result();
}

/**
 * Follows `next_rest_url` from the first page, up to `maxPages` pages in all, on the feed's
 * own origin only (a feed must not send the widget to other servers). Returns one envelope with
 * every page's events, the page bodies (to tell an unchanged feed) and notes for the diagnostics.
 */
export async function collectPages(
  first: Item,
  firstUrl: string,
  fetchPage: (url: string) => Promise<string>,
  maxPages: number,
): Promise<{ envelope: Item; bodies: string[]; problems: FeedProblem[] }> {
  const events = [...(first.events as unknown[])];
  const bodies: string[] = [];
  const problems: FeedProblem[] = [];
  const origin = new URL(firstUrl).origin;
  const seen = new Set([firstUrl]);
  let page = first;
  let pages = 1;
  while (typeof page.next_rest_url === 'string' && page.next_rest_url) {
    let next: URL;
    try {
      next = new URL(page.next_rest_url, firstUrl);
    } catch {
      break;
    }
    if (next.origin !== origin || seen.has(next.href)) {
      if (next.origin !== origin) problems.push({ path: `page ${pages}.next_rest_url`, message: `${next.href} is on another origin; not followed`, severity: 'warning' });
      break;
    }
    if (pages >= maxPages) {
      const total = typeof first.total_pages === 'number' ? ` of ${first.total_pages}` : '';
      problems.push({ path: `page ${pages + 1}`, message: `stopped after ${maxPages} pages${total} (maxPages)`, severity: 'warning' });
      break;
    }
    seen.add(next.href);
    let body: string;
    try {
      body = await fetchPage(next.href);
      const parsed: unknown = JSON.parse(body);
      if (!isObject(parsed) || !Array.isArray(parsed.events)) throw new Error('not a WordPress events page');
      page = parsed;
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw error;
      problems.push({ path: `page ${pages + 1}`, message: `${next.href} could not be read (${(error as Error)?.message ?? error}); later pages skipped`, severity: 'warning' });
      break;
    }
    bodies.push(body);
    events.push(...(page.events as unknown[]));
    pages++;
  }
  return { envelope: { ...first, events, next_rest_url: undefined }, bodies, problems };
}

/** The first page `body` and the pages after it as one envelope ({@link collectPages}); `undefined` when it is no WordPress response. */
export async function readPages(
  body: string,
  url: string,
  fetchPage: (url: string) => Promise<string>,
  maxPages = 10,
): Promise<{ envelope: Item; bodies: string[]; problems: FeedProblem[] } | undefined> {
  let first: unknown;
  try {
    first = JSON.parse(body);
  } catch {
    // Not JSON: normalizeFeedData reports where it broke.
    return undefined;
  }
  return isObject(first) && Array.isArray(first.events) && typeof first.next_rest_url === 'string' ? collectPages(first, url, fetchPage, maxPages) : undefined;
}
