/**
 * Loading a feed for the widgets: fetch (shared by all elements asking for the same URL at
 * once), format detection, the adapter, diagnostics, and reuse of the previous result when the
 * browser's revalidation (ETag / Last-Modified, via `cache: 'no-cache'`) finds it unchanged.
 */
import { DEFAULT_TIME_ZONE } from '../time/zone.js';
import type { AdapterContext, AdapterResult } from './adapters/context.js';
import { mayTouch, normalizeNative } from './adapters/native.js';
import { isNativeFeed, isObject } from './adapters/shape.js';
import { FeedError, parseJson } from './fetch-json.js';
import { ProblemLog, warnProblems } from './problems.js';
import { sharedFetch } from './shared-fetch.js';
import type { FeedProblem, IsoDate, KulturEvent } from './types.js';

/** Feed formats; `auto` (the default) detects them from the content type and the content. */
export type FeedFormat = 'auto' | 'json' | 'jsonld' | 'ics' | 'wp-tribe' | 'hessen-szene';
export const FEED_FORMATS: readonly FeedFormat[] = ['auto', 'json', 'jsonld', 'ics', 'wp-tribe', 'hessen-szene'];

/**
 * Maps any response to native-feed items (`[Event]` or `{ events: [Event] }`). Gets the parsed
 * JSON, or the text when the response is not JSON.
 */
export type FeedTransform = (raw: unknown, info: { url?: string }) => unknown;

export interface NormalizeOptions {
  /** Default `auto`. */
  format?: FeedFormat;
  transform?: FeedTransform;
  /** Venue zone (the element's `timezone`): times without offset are read in it. Default Europe/Berlin. */
  timeZone?: string;
  /** Base for relative URLs in the feed (the feed URL). */
  baseUrl?: string;
  /** The body's media type (`Content-Type`): `auto` asks it before the content. */
  contentType?: string;
  /** iCalendar: recurrences are expanded within `[rangeStart, rangeEnd)` (epoch ms). Default: 3 months back, 18 ahead of `now`. */
  rangeStart?: number;
  rangeEnd?: number;
  /** iCalendar: the localized title of events without `SUMMARY` (default `Untitled`); they are marked `untitled`. */
  untitledTitle?: string;
  /** "Now" for the default recurrence window (tests). */
  now?: number;
  /** Log the problems as one console warning (default true). */
  warn?: boolean;
  /** @internal Problems found before normalizing (pagination), listed first. */
  extraProblems?: readonly FeedProblem[];
  /**
   * A big native feed is first read only for the days `from`–`to` (see {@link previewFeed}):
   * `show` gets those events (and the whole feed's categories), and the full read starts after
   * the next frame, so a widget can paint the month it shows before reading a year of events.
   * `show` is not called for small or unchanged feeds, other formats, or with `transform`.
   */
  preview?: { from: IsoDate; to: IsoDate; show: (preview: FeedPreview) => void };
}

/** What {@link previewFeed} reads first. */
export interface FeedPreview {
  /** The events that touch the days asked for, without their details. */
  events: KulturEvent[];
  /**
   * The category names of every item (trimmed, as written), so that a category filter built from
   * them keeps its size when the whole read follows. (An invalid item's category may be among them.)
   */
  categories: string[];
}

export interface LoadOptions extends Omit<NormalizeOptions, 'baseUrl' | 'contentType'> {
  /** Default 10 000 ms. */
  timeoutMs?: number;
  /** Abort when the source changes or the element disconnects: rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** WordPress: follow at most this many `next_rest_url` pages (default 10). */
  maxPages?: number;
}

/** A normalized feed. Treat it as read-only: an unchanged feed hands the same objects to every caller. */
export interface FeedResult {
  events: KulturEvent[];
  problems: FeedProblem[];
  /** The format that was read (`json` for a transform's output). */
  format: Exclude<FeedFormat, 'auto'>;
  /** Items in the feed, valid or not. */
  itemCount: number;
  /** The feed URL, for loads. */
  url?: string;
  /** True when the feed was unchanged since the last load and the previous result was reused. */
  unchanged?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Detection and normalization

/** The format of parsed JSON, or `undefined` when it is none the widgets know. */
export function detectJsonFormat(raw: unknown): 'json' | 'jsonld' | 'wp-tribe' | undefined {
  if (isObject(raw)) {
    if (Array.isArray(raw.events) && ('rest_url' in raw || 'total_pages' in raw || 'next_rest_url' in raw)) return 'wp-tribe';
    if ('@context' in raw || '@type' in raw || '@graph' in raw) return 'jsonld';
    if (Array.isArray(raw.events)) return 'json';
    return undefined;
  }
  if (Array.isArray(raw)) {
    const first = raw.find(isObject);
    return first && '@type' in first ? 'jsonld' : 'json';
  }
  return undefined;
}

const transformIds = new WeakMap<FeedTransform, number>();
let nextTransformId = 1;

const MONTH_MS = 30 * 86_400_000;

function adapterContext(options: NormalizeOptions, log: ProblemLog): AdapterContext {
  const now = options.now ?? Date.now();
  return {
    log,
    zone: options.timeZone || DEFAULT_TIME_ZONE,
    baseUrl: options.baseUrl,
    rangeStart: options.rangeStart ?? now - 3 * MONTH_MS,
    rangeEnd: options.rangeEnd ?? now + 18 * MONTH_MS,
    untitledTitle: options.untitledTitle,
  };
}

function finish(result: AdapterResult, format: FeedResult['format'], log: ProblemLog, options: NormalizeOptions, source: string): FeedResult {
  const problems = log.toArray();
  if (options.warn !== false) warnProblems(source, problems);
  if (result.itemCount > 0 && result.events.length === 0) {
    throw new FeedError('empty', options.baseUrl ?? '', `${source} has ${result.itemCount} item(s), none of them a valid event.`, { problems });
  }
  return { events: result.events, problems, format, itemCount: result.itemCount, ...(options.baseUrl ? { url: options.baseUrl } : {}) };
}

function applyTransform(raw: unknown, options: NormalizeOptions, source: string): unknown {
  let mapped: unknown;
  try {
    mapped = options.transform!(raw, { url: options.baseUrl });
  } catch (error) {
    throw new FeedError('format', options.baseUrl ?? '', `The transform function threw for ${source}: ${(error as Error)?.message ?? error}`, { cause: error });
  }
  if (!isNativeFeed(mapped)) {
    throw new FeedError('format', options.baseUrl ?? '', `The transform function must return an array of events or { events: [...] } (${source}).`);
  }
  return mapped;
}

type Adapter = (raw: unknown, context: AdapterContext) => AdapterResult;

/**
 * Adapters are loaded when a feed needs them: a page with an iCalendar feed pays for the
 * iCalendar parser, others never download it. The native adapter is imported statically (the
 * synchronous {@link normalizeFeed} and the preview need it), so it is in every bundle of this file.
 */
const adapters: Record<Exclude<FeedFormat, 'auto'>, () => Promise<Adapter>> = {
  json: () => Promise.resolve(normalizeNative),
  jsonld: () => import('./adapters/jsonld.js').then((m) => m.normalizeJsonLd),
  'wp-tribe': () => import('./adapters/wp-tribe.js').then((m) => m.normalizeWpTribe),
  'hessen-szene': () => import('./adapters/hessen-szene.js').then((m) => m.normalizeHessenSzene),
  ics: () => import('./adapters/ical.js').then((m) => m.normalizeIcs),
};

function formatError(source: string, requested: FeedFormat, url = ''): FeedError {
  return new FeedError(
    'format',
    url,
    requested === 'auto'
      ? `${source} is not an events feed (native JSON, schema.org JSON-LD, iCalendar, WordPress REST or hessen-szene XML).`
      : `${source} is not in the ${requested} format.`,
  );
}

/** Runs an adapter with a fresh problem log; adapter failures become `format` errors. A `feed` without events always says why. */
function normalizeWith(adapter: Adapter, raw: unknown, format: FeedResult['format'], options: NormalizeOptions, source: string, feed = false): FeedResult {
  const log = new ProblemLog();
  for (const p of options.extraProblems ?? []) log.add(p.severity, p.path, p.message);
  const noted = log.problems.length;
  let result: AdapterResult;
  try {
    result = adapter(raw, adapterContext(options, log));
  } catch (error) {
    throw new FeedError('format', options.baseUrl ?? '', `${source} could not be read as ${format}: ${(error as Error)?.message ?? error}`, { cause: error });
  }
  if (feed && !result.events.length && log.problems.length === noted) log.warning('(feed)', `no events found in it (read as ${format})`);
  return finish(result, format, log, options, source);
}

/** The native data to normalize (after `transform`), or a `format` error. */
function nativeData(raw: unknown, options: NormalizeOptions, source: string): unknown {
  const data = options.transform ? applyTransform(raw, options, source) : raw;
  const format = options.format ?? 'auto';
  if ((format !== 'auto' && format !== 'json' && !options.transform) || !isNativeFeed(data)) throw formatError(source, format, options.baseUrl);
  return data;
}

/** Below this many items a feed is read whole at once: the preview would save nothing. */
const PREVIEW_MIN_ITEMS = 200;

/**
 * The events of native feed data that touch the local days `from`–`to` (give a day of margin
 * for offsets), read without diagnostics and before the rest of the feed: for a first paint.
 * Not the final result: ids of duplicates may differ, problems are not reported, and only what
 * the grid and the lists show is read (no prices, image, link, doors or description); the full
 * {@link normalizeFeed} follows. `undefined` when a preview is not worthwhile (fewer than 200
 * items, `transform`, another format).
 */
export function previewFeed(raw: unknown, from: IsoDate, to: IsoDate, options: NormalizeOptions = {}): FeedPreview | undefined {
  const format = options.format ?? 'auto';
  if (options.transform || (format !== 'auto' && format !== 'json') || !isNativeFeed(raw)) return undefined;
  const list = (Array.isArray(raw) ? raw : (raw as { events: unknown[] }).events) as unknown[];
  if (list.length < PREVIEW_MIN_ITEMS) return undefined;
  const near: unknown[] = [];
  const names = new Set<string>();
  // A name, or a list of them; nothing allocated per item (a year of events passes here before the first paint).
  const add = (value: unknown): void => {
    if (typeof value === 'string') {
      const name = value.trim();
      if (name) names.add(name);
    } else if (Array.isArray(value)) value.forEach(add);
  };
  for (const item of list) {
    if (!isObject(item)) continue;
    if (mayTouch(item, from, to)) near.push(item);
    add(item.category);
    add(item.categories);
  }
  const { events } = normalizeNative(near, { ...adapterContext(options, new ProblemLog()), preview: true });
  return { events, categories: [...names] };
}

/** Resolves after the next frame was painted (or soon, in a hidden page that paints none). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    globalThis.requestAnimationFrame?.(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}

/**
 * Normalizes native feed data already in hand (the `events` property), or anything through
 * `transform`. Synchronous; for other formats use {@link normalizeFeedData}.
 *
 * @throws {FeedError} `format` when the data is no native feed; `empty` when no item is a valid event.
 */
export function normalizeFeed(raw: unknown, options: NormalizeOptions = {}): FeedResult {
  const source = options.baseUrl ?? 'the events given to the element';
  return normalizeWith(normalizeNative, nativeData(raw, options, source), 'json', options, source);
}

/**
 * Normalizes feed data of any format: parsed JSON (native, JSON-LD, WordPress) or a response
 * body (iCalendar, hessen-szene XML, or JSON text). Loads the adapter a format needs.
 *
 * @throws {FeedError} `format` | `empty`.
 */
export async function normalizeFeedData(input: unknown, options: NormalizeOptions = {}): Promise<FeedResult> {
  const source = options.baseUrl ?? 'the feed';
  const requested = options.format ?? 'auto';
  let raw = input;
  let format: FeedFormat | undefined = requested;
  if (typeof input === 'string') {
    let json = /^\s*[[{]/.test(input);
    // Plainly JSON (native feeds, WordPress) needs no detection chunk; anything else asks its Content-Type and content.
    if (requested === 'auto' && !options.transform && !(json && !/calendar|html|xml|ld\+json/i.test(options.contentType ?? ''))) {
      const detected = (await import('./detect-format.js')).readBodyFormat(input, options.contentType, options.extraProblems);
      json = detected.json;
      format = detected.format ?? 'auto';
      options = { ...options, extraProblems: detected.problems };
    }
    if (json) {
      if (options.transform) {
        try {
          raw = JSON.parse(input);
        } catch {
          raw = input;
        }
      } else {
        raw = parseJson(input, source);
      }
    }
  }
  if (options.transform || format === 'json') {
    raw = nativeData(raw, options, source);
    format = 'json';
  } else if (format === 'auto') {
    format = detectJsonFormat(raw);
    if (!format) throw formatError(source, 'auto', options.baseUrl);
  }
  const preview = format === 'json' && options.preview;
  if (preview) {
    const first = previewFeed(raw, preview.from, preview.to, options);
    if (first?.events.length) {
      preview.show(first);
      await afterPaint();
    }
  }
  const adapter = await adapters[format]();
  return normalizeWith(adapter, raw, format, options, source, true);
}

// ---------------------------------------------------------------------------------------------
// Loading: previous results reused when unchanged

interface CachedFeed {
  /** Bodies of every page read, joined: equal bodies mean an unchanged feed. */
  body: string;
  results: Map<string, FeedResult>;
}

/** Last result per URL (a page has a handful of feeds; kept small). */
const feedCache = new Map<string, CachedFeed>();
const CACHE_LIMIT = 16;

function resultKey(options: LoadOptions): string {
  let transformId = 0;
  if (options.transform) {
    transformId = transformIds.get(options.transform) ?? nextTransformId++;
    transformIds.set(options.transform, transformId);
  }
  // The default recurrence window follows "now": a reading is reused within the same day only.
  const windowDay = options.rangeStart === undefined || options.rangeEnd === undefined ? Math.floor((options.now ?? Date.now()) / 86_400_000) : '';
  // join() writes an absent option as an empty field.
  return [options.format ?? 'auto', options.timeZone, transformId, options.rangeStart, options.rangeEnd, windowDay, options.untitledTitle].join('|');
}

/**
 * Loads and normalizes the feed at `url`. Elements asking for the same URL at the same time
 * share one request; a reload that finds the feed unchanged returns the previous events
 * (`unchanged: true`, same array) without parsing again and without a second console warning.
 *
 * @throws {FeedError} `network` | `cors` | `timeout` | `http` | `format` | `empty`
 *   (an `empty` error carries `problems`); an `AbortError` when `signal` aborts.
 */
export async function loadFeed(url: string, options: LoadOptions = {}): Promise<FeedResult> {
  const absolute = new URL(url, globalThis.location?.href).href;
  // Start loading the (likely) adapter while the feed downloads, not after.
  const expected = options.format ?? 'auto';
  adapters[options.transform || expected === 'auto' ? 'json' : expected]().catch(() => undefined);
  const fetched = await sharedFetch(absolute, options.timeoutMs, options.signal);
  const baseUrl = fetched.url || absolute;
  let body = fetched.text;
  let input: unknown = body;
  let extraProblems: FeedProblem[] | undefined;
  const format = options.format ?? 'auto';
  if (!options.transform && (format === 'auto' || format === 'wp-tribe') && /"next_rest_url"\s*:\s*"/.test(body)) {
    const fetchPage = async (pageUrl: string) => (await sharedFetch(pageUrl, options.timeoutMs, options.signal)).text;
    const pages = await (await import('./adapters/wp-tribe.js')).readPages(body, baseUrl, fetchPage, options.maxPages);
    if (pages) {
      input = pages.envelope;
      body = [body, ...pages.bodies].join('\u0000');
      extraProblems = pages.problems;
    }
  }
  const key = resultKey(options);
  const cached = feedCache.get(absolute);
  const previous = cached?.body === body ? cached.results.get(key) : undefined;
  if (previous) return { ...previous, unchanged: true };

  const result = await normalizeFeedData(input, { ...options, baseUrl, extraProblems, contentType: fetched.contentType });
  options.signal?.throwIfAborted();
  const entry = cached?.body === body ? cached : { body, results: new Map<string, FeedResult>() };
  entry.results.set(key, result);
  feedCache.delete(absolute);
  feedCache.set(absolute, entry);
  if (feedCache.size > CACHE_LIMIT) feedCache.delete(feedCache.keys().next().value!);
  return result;
}

/** Forgets cached results (tests; or a page that knows its feed changed). */
export function clearFeedCache(): void {
  feedCache.clear();
}
