// GET /api/network/events: the events of every centre in one native feed, each with its centre,
// filtered by centre, region, category, time and text, in pages, with an ETag.

import type { Centre } from '../db/store.js';
import { addDays, venueTime } from '../domain/time.js';
import type { RequestContext } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { publicBase } from '../http/public-url.js';
import { sendJsonRevalidated } from '../http/respond.js';
import { feedItem } from './events.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `from`/`to` bound in ms: a date is the venue's midnight (`to`: of the next day), else an ISO time. */
function bound(value: string | null, name: string, end: boolean, fields: Record<string, string>): number | undefined {
  if (value === null || value === '') return undefined;
  const ms = DATE.test(value) ? venueTime(end ? addDays(value, 1) : value, '00:00').ms : Date.parse(value);
  if (Number.isNaN(ms)) fields[name] = 'invalid_date';
  return ms;
}

function count(value: string | null, name: string, fallback: number, max: number, fields: Record<string, string>): number {
  if (value === null || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > max) fields[name] = 'invalid_number';
  return number;
}

/** Several values of a parameter, repeated or comma-separated, lower-cased. */
const many = (params: URLSearchParams, name: string) => params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean);

const text = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : '');

export async function getNetworkEvents(ctx: RequestContext): Promise<void> {
  const params = new URLSearchParams(ctx.search);
  const fields: Record<string, string> = {};
  const from = bound(params.get('from'), 'from', false, fields);
  const to = bound(params.get('to'), 'to', true, fields);
  const limit = count(params.get('limit'), 'limit', DEFAULT_LIMIT, MAX_LIMIT, fields);
  const offset = count(params.get('offset'), 'offset', 0, Number.MAX_SAFE_INTEGER, fields);
  if (Object.keys(fields).length > 0) throw new HttpError(400, 'invalid', { fields });
  const [centres, regions, categories] = [many(params, 'centre'), many(params, 'region'), many(params, 'category')];
  const q = params.get('q')?.trim().toLowerCase() ?? '';

  const base = publicBase(ctx);
  const chosen = (await ctx.app.store.listCentres()).filter((c: Centre) =>
    (centres.length === 0 || centres.includes(c.id)) && (regions.length === 0 || regions.includes(text(c.region))));
  const items: { startMs: number; item: Record<string, unknown> }[] = [];
  for (const centre of chosen) {
    for (const record of await ctx.app.store.forCentre(centre.id).listEvents()) {
      if ((from !== undefined && record.startMs < from) || (to !== undefined && record.startMs >= to)) continue;
      const { feed } = record;
      const eventCategories = [feed.category, ...(Array.isArray(feed.categories) ? feed.categories : [])].map(text);
      if (categories.length > 0 && !eventCategories.some((c) => categories.includes(c))) continue;
      const location = feed.location as { name?: unknown } | undefined;
      if (q && ![feed.title, feed.description, location?.name, centre.name].some((v) => text(v).includes(q))) continue;
      items.push({ startMs: record.startMs, item: { ...feedItem(record, ctx.app, base), centre: { id: centre.id, name: centre.name, url: centre.url } } });
    }
  }
  items.sort((a, b) => a.startMs - b.startMs);
  const page = items.slice(offset, offset + limit).map((entry) => entry.item);
  let next: string | null = null;
  if (offset + limit < items.length) {
    params.set('offset', String(offset + limit));
    next = `${ctx.apiBase}/network/events?${params}`;
  }
  const body = JSON.stringify({ events: page, total: items.length, next });
  sendJsonRevalidated(ctx, body);
}
