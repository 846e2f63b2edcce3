/**
 * The native feed (DESIGN.md): `{ "events": [Event] }` or a bare `[Event]`. Lenient where
 * hand-written feeds are sloppy (keys with stray spaces, numbers as strings, a location as
 * text, `"15,00"` prices), strict where a guess could mislead (dates, URLs).
 */
import { EventCollector, type EventDraft } from '../event-builder.js';
import { describeValue } from '../problems.js';
import { looksLikeHtml, normalizeDescription } from '../sanitize.js';
import { localDate } from '../../time/zoned.js';
import type { IsoDate, KulturAvailability, KulturLocation, KulturOffer } from '../types.js';
import {
  meansFree,
  parseAmount,
  readBoolean,
  readCount,
  readCurrency,
  readStatus,
  readText,
  readUrl,
  readWhen,
  ignore,
  type FieldContext,
} from '../values.js';
import type { AdapterContext, AdapterResult } from './context.js';
import { isObject } from './shape.js';

type Item = Record<string, unknown>;

/**
 * Keys as written but trimmed (`"title "` → `title`), reported once per item: spreadsheet
 * exports and hand edits leave such spaces, and a silently ignored title helps nobody.
 */
export function trimKeys(item: Item, ctx: FieldContext): Item {
  let copy: Item | undefined;
  for (const key in item) {
    if (key.charCodeAt(0) > 32 && key.charCodeAt(key.length - 1) > 32) continue;
    const trimmed = key.trim();
    if (trimmed !== key) {
      copy ??= { ...item };
      delete copy[key];
      if (!(trimmed in copy)) copy[trimmed] = item[key];
      ctx.log.warning(`${ctx.path}.${describeValue(key)}`, `key has surrounding spaces; read as "${trimmed}"`, ctx.item);
    }
  }
  return copy ?? item;
}

/** Text of a sub-field; the field name (`offers[1].name`) is only built when there is a problem. */
function subText(value: unknown, field: () => string, ctx: FieldContext): string | undefined {
  return typeof value === 'string' ? value.trim() || undefined : readText(value, field(), ctx);
}

function readLocation(value: unknown, ctx: FieldContext): KulturLocation | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return { name: value.trim() };
  if (!isObject(value)) return ignore(ctx, 'location', value, 'a place');
  const name = subText(value.name, () => 'location.name', ctx);
  let address = subText(value.address, () => 'location.address', ctx);
  if (address === undefined) {
    const street = subText(value.street ?? value.streetAddress, () => 'location.street', ctx);
    const zip = subText(value.zip ?? value.postalCode, () => 'location.zip', ctx);
    const city = subText(value.city ?? value.addressLocality, () => 'location.city', ctx);
    const cityLine = zip && city ? `${zip} ${city}` : (zip ?? city);
    address = street && cityLine ? `${street}, ${cityLine}` : (street ?? cityLine);
  }
  if (!name && !address) return undefined;
  return address ? { name: name ?? address, address } : { name: name! };
}

function readOffers(value: unknown, ctx: FieldContext): KulturOffer[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : isObject(value) ? [value] : undefined;
  if (!list) {
    ignore(ctx, 'offers', value, 'a list of offers');
    return [];
  }
  const offers: KulturOffer[] = [];
  for (let index = 0; index < list.length; index++) {
    const raw: unknown = list[index];
    if (!isObject(raw)) {
      ignore(ctx, `offers[${index}]`, raw, 'an offer');
      continue;
    }
    const price = parseAmount(raw.price);
    if (price === undefined) {
      ignore(ctx, `offers[${index}].price`, raw.price, 'a price; offer ignored');
      continue;
    }
    const name = subText(raw.name, () => `offers[${index}].name`, ctx) ?? '';
    const offer: KulturOffer = {
      id: subText(raw.id, () => `offers[${index}].id`, ctx) ?? (name ? name.toLowerCase().replace(/\s+/g, '-') : `offer-${index + 1}`),
      name,
      price,
      currency: readCurrency(raw.currency ?? raw.price),
    };
    if (raw.remaining !== undefined) {
      const remaining = readCount(raw.remaining, `offers[${index}].remaining`, ctx);
      if (remaining !== undefined) offer.remaining = remaining;
    }
    offers.push(offer);
  }
  return offers;
}

function readAvailability(value: unknown, ctx: FieldContext): KulturAvailability | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) return ignore(ctx, 'availability', value, 'an object');
  const remaining = readCount(value.remaining, 'availability.remaining', ctx);
  const capacity = readCount(value.capacity, 'availability.capacity', ctx);
  if (remaining === undefined && capacity === undefined) return undefined;
  const availability: KulturAvailability = {};
  if (remaining !== undefined) availability.remaining = remaining;
  if (capacity !== undefined) availability.capacity = capacity;
  return availability;
}

/** `category` (text or list) and `categories`: the first is the category, the rest extra ones. */
function readCategories(item: Item, ctx: FieldContext, draft: EventDraft): void {
  if (typeof item.category === 'string' && item.categories === undefined) {
    draft.category = item.category.trim() || undefined;
    return;
  }
  const list: string[] = [];
  for (const field of ['category', 'categories']) {
    const value = item[field];
    const values = Array.isArray(value) ? value : [value];
    values.forEach((v, i) => {
      const text = readText(v, Array.isArray(value) ? `${field}[${i}]` : field, ctx);
      if (text) list.push(text);
    });
  }
  draft.category = list[0];
  draft.categories = list.slice(1);
}

/** Reads one native item into a draft (exported for `transform` results, which share the shape). */
export function readNativeItem(raw: Item, ctx: FieldContext, context: AdapterContext): EventDraft {
  const item = trimKeys(raw, ctx);
  const { zone } = context;
  const title = readText(item.title ?? item.name, 'title', ctx);
  ctx.item = title ?? (typeof item.id === 'string' ? item.id : undefined);
  const draft: EventDraft = {
    id: readText(item.id, 'id', ctx),
    title,
    start: readWhen(item.start ?? item.startDate, 'start', ctx, zone, 'error'),
    end: readWhen(item.end ?? item.endDate, 'end', ctx, zone, 'warning'),
    allDay: readBoolean(item.allDay, 'allDay', ctx),
    status: readStatus(item.status, 'status', ctx),
    location: readLocation(item.location, ctx),
    availability: readAvailability(item.availability, ctx),
    reservable: readBoolean(item.reservable, 'reservable', ctx),
  };
  readCategories(item, ctx, draft);
  // What only the details show waits for the whole read (see `previewFeed`): an HTML description
  // alone costs a DOMParser document per event.
  if (!context.preview) readDetails(item, ctx, context, draft);
  // The start was there but unreadable: already reported, skip without a second message.
  if (!draft.start && (item.start ?? item.startDate) !== undefined) draft.rejected = true;
  return draft;
}

/** Prices, image, link, doors and description: read by the whole read, skipped by the preview. */
function readDetails(item: Item, ctx: FieldContext, context: AdapterContext, draft: EventDraft): void {
  const { zone, baseUrl } = context;
  draft.offers = readOffers(item.offers, ctx);
  draft.image = readImage(item.image, ctx, baseUrl);
  draft.imageAlt = readText(item.imageAlt, 'imageAlt', ctx) ?? (isObject(item.image) ? readText(item.image.alt, 'image.alt', ctx) : undefined);
  draft.url = readUrl(item.url, 'url', ctx, baseUrl);
  draft.free = readBoolean(item.free, 'free', ctx) ?? (meansFree(item.price) || undefined);
  draft.schemaType = readText(item.type, 'type', ctx);
  if (item.doors !== undefined && item.doors !== null) draft.doors = readDoors(item.doors, draft, ctx, zone);
  const description = readText(item.description, 'description', ctx);
  if (description && !looksLikeHtml(description)) draft.description = description;
  else if (description) {
    const d = normalizeDescription(description, { baseUrl });
    draft.description = d.description;
    draft.descriptionIsHtml = d.isHtml;
  }
}

/** Doors as a full date-time, or as `19:00` on the start's local day. */
function readDoors(value: unknown, draft: EventDraft, ctx: FieldContext, zone: string): EventDraft['doors'] {
  const time = typeof value === 'string' ? /^(\d{1,2}):(\d{2})$/.exec(value.trim()) : null;
  if (time && draft.start && 'instant' in draft.start) {
    return readWhen(`${localDate(draft.start.instant, zone)}T${time[1].padStart(2, '0')}:${time[2]}:00`, 'doors', ctx, zone, 'warning');
  }
  return readWhen(value, 'doors', ctx, zone, 'warning');
}

function readImage(value: unknown, ctx: FieldContext, baseUrl?: string): string | undefined {
  if (isObject(value)) return readUrl(value.url ?? value.src, 'image.url', ctx, baseUrl);
  if (Array.isArray(value)) return readImage(value[0], ctx, baseUrl);
  return readUrl(value, 'image', ctx, baseUrl);
}

/** `YYYY-MM-DD` at the start of a date or date-time string, else `undefined`. */
const datePart = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined);

/**
 * True when a native item may touch the local days `from`–`to`, judged by the dates its start
 * and end strings begin with (callers widen the range by a day for offsets). Items whose dates
 * cannot be read this cheaply count as touching: the full read decides.
 */
export function mayTouch(item: Item, from: IsoDate, to: IsoDate): boolean {
  const start = datePart(item.start ?? item.startDate);
  if (!start) return true;
  const end = datePart(item.end ?? item.endDate);
  return start <= to && (end && end > start ? end : start) >= from;
}

/** Normalizes a native feed; bad items are reported in `context.log` and skipped. */
export function normalizeNative(raw: unknown, context: AdapterContext): AdapterResult {
  const list = Array.isArray(raw) ? raw : isObject(raw) && Array.isArray(raw.events) ? raw.events : [];
  const collector = new EventCollector(context.log, context.zone);
  for (let index = 0; index < list.length; index++) {
    const raw = list[index];
    const ctx: FieldContext = { log: context.log, path: `events[${index}]` };
    if (!isObject(raw)) {
      collector.skip(ctx.path, `${describeValue(raw)} is not an event object`);
      continue;
    }
    collector.add(readNativeItem(raw, ctx, context), ctx);
  }
  return collector.result();
}
