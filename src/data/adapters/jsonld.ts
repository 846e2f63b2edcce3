/**
 * schema.org JSON-LD: `Event` and its subtypes (`MusicEvent`, `TheaterEvent`, `Festival`, …)
 * as a node, an array, an `@graph` or an `ItemList`; `offers` as `Offer`, array or
 * `AggregateOffer`; `eventStatus`; `location` as `Place` (with `PostalAddress`), text or an
 * `@id` reference; `doorTime`; `image` as URL, array or `ImageObject`.
 */
import { EventCollector, type EventDraft } from '../event-builder.js';
import { describeValue } from '../problems.js';
import { normalizeDescription } from '../sanitize.js';
import { parseInert } from '../trusted-types.js';
import type { KulturLocation, KulturOffer } from '../types.js';
import { addDays } from '../../time/civil.js';
import { localDate, startOfLocalDay } from '../../time/zoned.js';
import { meansFree, parseAmount, parseStatus, readCurrency, readUrl, readWhen, type FieldContext, type When } from '../values.js';
import type { AdapterContext, AdapterResult } from './context.js';
import { isObject } from './shape.js';
import { all, first, offer, plainText } from './shared.js';

type Node = Record<string, unknown>;

const EVENT_TYPES = /(^|[:/])(\w*Event|Festival|EventSeries|CourseInstance|Hackathon)$/;

/** Type names without `schema:` or `https://schema.org/` prefixes. */
function typesOf(node: Node): string[] {
  return all(node['@type'] as string | string[]).filter((t) => typeof t === 'string').map((t) => t.replace(/^.*[:/]/, ''));
}

function isEvent(node: Node): boolean {
  return typesOf(node).some((t) => EVENT_TYPES.test(t));
}

/** Every event node with its path, through arrays, `@graph` and `ItemList`s. */
function collectEvents(value: unknown, path: string, found: Array<[Node, string]>, ids: Map<string, Node>, depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectEvents(v, `${path}[${i}]`, found, ids, depth + 1));
    return;
  }
  if (!isObject(value)) return;
  if (typeof value['@id'] === 'string') ids.set(value['@id'], value);
  if (isEvent(value)) {
    found.push([value, path || '(root)']);
    return;
  }
  const prefix = path ? `${path}.` : '';
  if (value['@graph']) collectEvents(value['@graph'], `${prefix}@graph`, found, ids, depth + 1);
  if (value.itemListElement) collectEvents(value.itemListElement, `${prefix}itemListElement`, found, ids, depth + 1);
  if (value.item) collectEvents(value.item, `${prefix}item`, found, ids, depth + 1);
  if (value.events) collectEvents(value.events, `${prefix}events`, found, ids, depth + 1);
}

/** The types of a document's top nodes (and of its `@graph`), for a message. */
function typeNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(typeNames);
  return isObject(value) ? [...typesOf(value), ...typeNames(value['@graph'])] : [];
}

/** `{ "@id": "#venue" }` → the node with that id elsewhere in the document. */
function resolve(value: unknown, ids: Map<string, Node>): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) return ids.get(value['@id']) ?? value;
  return value;
}

function readLocation(raw: unknown, ids: Map<string, Node>): KulturLocation | undefined {
  const value = resolve(first(raw as unknown[]), ids);
  if (typeof value === 'string') return plainText(value) ? { name: plainText(value)! } : undefined;
  if (!isObject(value)) return undefined;
  const addressValue = resolve(value.address, ids);
  let address: string | undefined;
  if (typeof addressValue === 'string') address = plainText(addressValue);
  else if (isObject(addressValue)) {
    const city = [plainText(addressValue.postalCode), plainText(addressValue.addressLocality)].filter(Boolean).join(' ');
    address = [plainText(addressValue.streetAddress), city].filter(Boolean).join(', ') || undefined;
  }
  const name = plainText(value.name) ?? address;
  if (!name) return undefined;
  return address && address !== name ? { name, address } : { name };
}

function readOffers(raw: unknown, ctx: FieldContext, ids: Map<string, Node>): { offers: KulturOffer[]; soldOut: boolean; free: boolean } {
  const offers: KulturOffer[] = [];
  let availabilities = 0;
  let soldOut = 0;
  const visit = (value: unknown, path: string) => {
    const node = resolve(value, ids);
    if (!isObject(node)) return;
    const availability = typeof node.availability === 'string' ? node.availability.replace(/^.*[:/]/, '') : undefined;
    if (availability) {
      availabilities++;
      if (/^(SoldOut|OutOfStock|Discontinued)$/i.test(availability)) soldOut++;
    }
    if (typesOf(node).includes('AggregateOffer')) {
      if (node.offers) return all(node.offers).forEach((o, i) => visit(o, `${path}.offers[${i}]`));
      const currency = readCurrency(node.priceCurrency);
      const low = parseAmount(node.lowPrice ?? node.price);
      const high = parseAmount(node.highPrice);
      if (low !== undefined) offers.push(offer(low, currency, '', offers.length));
      if (high !== undefined && high !== low) offers.push(offer(high, currency, '', offers.length));
      return;
    }
    const price = parseAmount(node.price ?? (isObject(node.priceSpecification) ? node.priceSpecification.price : undefined));
    if (price === undefined) {
      if (node.price !== undefined) ctx.log.warning(`${path}.price`, `${JSON.stringify(node.price)} is not a price; offer ignored`, ctx.item);
      return;
    }
    const name = plainText(node.name) ?? plainText(node.category) ?? '';
    offers.push(offer(price, readCurrency(node.priceCurrency), name, offers.length));
  };
  all(raw).forEach((o, i) => visit(o, Array.isArray(raw) ? `${ctx.path}.offers[${i}]` : `${ctx.path}.offers`));
  return { offers, soldOut: availabilities > 0 && soldOut === availabilities, free: offers.length > 0 && offers.every((o) => o.price === 0) };
}

function readImage(raw: unknown, ctx: FieldContext, baseUrl?: string): { image?: string; imageAlt?: string } {
  const value = first(raw as unknown[]);
  if (isObject(value)) {
    const image = readUrl(value.url ?? value.contentUrl, 'image.url', ctx, baseUrl);
    return { image, imageAlt: plainText(value.caption) ?? plainText(value.name) ?? plainText(value.description) };
  }
  return { image: readUrl(value, 'image', ctx, baseUrl) };
}

/**
 * schema.org's date-only `endDate` is the last day of the event (inclusive): as the model's
 * exclusive end date after a date-only start; after a timed start, the end of that day in the zone
 * (none when it is the start's own day).
 */
function readEnd(value: unknown, start: When | undefined, ctx: FieldContext, zone: string): When | undefined {
  const end = readWhen(value, 'endDate', ctx, zone, 'warning');
  if (!end || !start || !('date' in end)) return end;
  if ('date' in start) return end.date < start.date ? end : { date: addDays(end.date, 1) };
  // The start's own day says no more than the start: no end, rather than a made-up midnight.
  if (end.date === localDate(start.instant, start.zone ?? zone)) return undefined;
  const instant = startOfLocalDay(addDays(end.date, 1), zone);
  if (instant > start.instant) {
    ctx.log.warning(`${ctx.path}.endDate`, `${describeValue(end.date)} has no time while the startDate has one; read as the end of that day`, ctx.item);
  }
  return { instant, zone };
}

function readEvent(node: Node, ctx: FieldContext, context: AdapterContext, ids: Map<string, Node>): EventDraft {
  const { zone, baseUrl } = context;
  const title = plainText(node.name);
  ctx.item = title;
  const start = readWhen(node.startDate, 'startDate', ctx, zone, 'error');
  const { offers, soldOut, free } = readOffers(node.offers, ctx, ids);
  const status = parseStatus(node.eventStatus) ?? (soldOut ? 'soldout' : undefined);
  const draft: EventDraft = {
    id: plainText(node['@id']) ?? plainText(node.identifier) ?? plainText(node.url),
    title,
    start,
    end: readEnd(node.endDate, start, ctx, zone),
    status,
    offers,
    free: node.isAccessibleForFree === true || node.isAccessibleForFree === 'true' || free || meansFree(first(node.offers as unknown[])) || undefined,
    location: readLocation(node.location, ids),
    url: readUrl(first(node.url as unknown[]), 'url', ctx, baseUrl),
    schemaType: typesOf(node)[0],
    ...readImage(node.image, ctx, baseUrl),
  };
  const categories = all(node.genre ?? node.keywords).flatMap((k) => (typeof k === 'string' ? k.split(',') : [])).map((k) => k.trim()).filter(Boolean);
  if (categories.length) draft.categories = categories;
  if (node.doorTime !== undefined) {
    const time = typeof node.doorTime === 'string' ? /^T?(\d{2}):(\d{2})(?::\d{2})?$/.exec(node.doorTime.trim()) : null;
    draft.doors =
      time && start && 'instant' in start
        ? readWhen(`${localDate(start.instant, zone)}T${time[1]}:${time[2]}`, 'doorTime', ctx, zone, 'warning')
        : readWhen(node.doorTime, 'doorTime', ctx, zone, 'warning');
  }
  if (typeof node.description === 'string' && node.description.trim()) {
    const d = normalizeDescription(node.description.trim(), { baseUrl });
    draft.description = d.description;
    draft.descriptionIsHtml = d.isHtml;
  }
  if (!start && node.startDate !== undefined) draft.rejected = true;
  return draft;
}

/** The JSON of every `<script type="application/ld+json">` in a web page (parsed inert: nothing runs). */
function readPageScripts(html: string, context: AdapterContext): unknown[] {
  const doc = parseInert(html, 'text/html');
  if (!doc) throw new Error('this page does not allow parsing HTML (Trusted Types policy "kultur-widgets" not allowed)');
  const blocks: unknown[] = [];
  doc.querySelectorAll('script[type="application/ld+json" i]').forEach((script, i) => {
    try {
      blocks.push(JSON.parse(script.textContent ?? ''));
    } catch (error) {
      context.log.warning(`script[${i}]`, `is not valid JSON (${(error as Error).message}); ignored`);
      blocks.push(undefined);
    }
  });
  if (!blocks.length) throw new Error('the page has no <script type="application/ld+json"> with events');
  return blocks;
}

/** Normalizes a JSON-LD document (or an array of them), or the JSON-LD blocks of a web page. */
export function normalizeJsonLd(raw: unknown, context: AdapterContext): AdapterResult {
  const found: Array<[Node, string]> = [];
  const ids = new Map<string, Node>();
  const blocks = typeof raw === 'string' ? readPageScripts(raw, context) : [raw];
  if (typeof raw === 'string') blocks.forEach((data, i) => collectEvents(data, `script[${i}]`, found, ids));
  else collectEvents(raw, '', found, ids);
  if (!found.length) {
    const types = [...new Set(blocks.flatMap(typeNames))].join(', ') || 'none';
    const where = typeof raw === 'string' ? 'this HTML page: no schema.org Event in its JSON-LD blocks' : 'this JSON-LD: no schema.org Event in it';
    context.log.warning('(root)', `no events found in ${where} (types: ${types})`);
  }
  const collector = new EventCollector(context.log, context.zone);
  for (const [node, path] of found) {
    const ctx: FieldContext = { log: context.log, path };
    const draft = readEvent(node, ctx, context, ids);
    if (!draft.title && !draft.rejected) {
      collector.skip(`${path}.name`, 'missing: every event needs a name');
      continue;
    }
    if (!draft.start && !draft.rejected) {
      collector.skip(`${path}.startDate`, 'missing: every event needs a startDate', draft.title);
      continue;
    }
    collector.add(draft, ctx);
  }
  return collector.result();
}
