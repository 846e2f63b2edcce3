/**
 * WordPress "The Events Calendar" REST API (`/wp-json/tribe/events/v1/events`): the envelope
 * `{ events, total, total_pages, next_rest_url }`, `next_rest_url` pagination up to a limit,
 * `all_day`, `utc_start_date` (preferred) or `start_date` in the event's `timezone`, `cost` /
 * `cost_details`, `categories`, `venue`, `image`, and HTML `title` / `description`.
 */
import { EventCollector, type EventDraft } from '../event-builder.js';
import { describeValue } from '../problems.js';
import { normalizeDescription } from '../sanitize.js';
import type { FeedProblem, KulturLocation, KulturOffer } from '../types.js';
import { isValidTimeZone } from '../../time/zone.js';
import { meansFree, parseAmount, parseStatus, readCurrency, readUrl, readWhen, type FieldContext } from '../values.js';
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
  const zone = typeof item.timezone === 'string' && isValidTimeZone(item.timezone) ? item.timezone : context.zone;
  const title = plainText(item.title);
  ctx.item = title;
  const allDay = item.all_day === true || item.all_day === 'true' || item.all_day === 1;
  let start;
  let end;
  if (allDay) {
    start = readWhen(typeof item.start_date === 'string' ? item.start_date.slice(0, 10) : item.start_date, 'start_date', ctx, zone, 'error');
    end = readWhen(wpDate(item.end_date, false), 'end_date', ctx, zone, 'warning');
  } else {
    const utc = item.utc_start_date !== undefined && item.utc_start_date !== '';
    start = readWhen(wpDate(utc ? item.utc_start_date : item.start_date, utc), utc ? 'utc_start_date' : 'start_date', ctx, zone, 'error');
    const utcEnd = item.utc_end_date !== undefined && item.utc_end_date !== '';
    end = readWhen(wpDate(utcEnd ? item.utc_end_date : item.end_date, utcEnd), utcEnd ? 'utc_end_date' : 'end_date', ctx, zone, 'warning');
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
