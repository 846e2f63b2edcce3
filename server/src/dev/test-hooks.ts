// Routes that exist only with `testHooks: true` (browser and server tests):
//   POST /api/__test/events   creates an event from a native-feed Event plus capacity fields
//   POST /api/__test/reset    deletes all data
//   POST /api/__test/centres  adds or updates a centre ({ id, name, town?, region?, url?, logo? })
// Under /api/centres/{id}/ they work on that centre (events, reset).

import { isCentreId, type EventRecord, type EventStatus, type NewEvent } from '../db/store.js';
import { venueTime } from '../domain/time.js';
import { readJson } from '../http/body.js';
import type { RequestContext } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { publicBase } from '../http/public-url.js';
import { sendJson } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { feedItem } from '../routes/events.js';

const FEED_FIELDS = ['title', 'start', 'end', 'allDay', 'doors', 'category', 'categories', 'description', 'location', 'image', 'imageAlt', 'url'];

function toMs(value: unknown): number {
  if (typeof value !== 'string') return NaN;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? venueTime(value, '00:00').ms : Date.parse(value);
}

/** Turns the test body into a stored event; throws 422 with field codes for what is unusable. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test body of any shape, checked field by field
export function testEventFromBody(body: any): NewEvent {
  const fields: Record<string, string> = {};
  if (typeof body !== 'object' || body === null) throw new HttpError(422, 'invalid', { fields: { body: 'invalid_type' } });
  if (typeof body.id !== 'string' || body.id === '') fields.id = 'required';
  if (typeof body.title !== 'string' || body.title === '') fields.title = 'required';
  const startMs = toMs(body.start);
  if (Number.isNaN(startMs)) fields.start = 'required';
  const capacity = body.capacity ?? 100;
  const onlineQuota = body.onlineQuota ?? capacity;
  if (!Number.isInteger(capacity) || capacity < 0) fields.capacity = 'invalid_quantity';
  if (!Number.isInteger(onlineQuota) || onlineQuota < 0 || onlineQuota > capacity) fields.onlineQuota = 'invalid_quantity';
  if (body.soldBoxOffice !== undefined && (!Number.isInteger(body.soldBoxOffice) || body.soldBoxOffice < 0 || body.soldBoxOffice > capacity)) fields.soldBoxOffice = 'invalid_quantity';
  const offers: { id: string; name: string; price: number; currency?: string; capacity?: number }[] = Array.isArray(body.offers) ? body.offers : [];
  if (offers.some((o) => typeof o?.id !== 'string' || typeof o?.name !== 'string' || typeof o?.price !== 'number')) fields.offers = 'invalid_type';
  const closesAtMs = body.closesAt === undefined || body.closesAt === null ? null : toMs(body.closesAt);
  if (Number.isNaN(closesAtMs)) fields.closesAt = 'invalid_type';
  if (Object.keys(fields).length > 0) throw new HttpError(422, 'invalid', { fields });

  const feed: Record<string, unknown> = {};
  for (const key of FEED_FIELDS) if (body[key] !== undefined) feed[key] = body[key];
  feed.allDay = body.allDay === true;
  const endMs = toMs(body.end);
  return {
    id: body.id,
    startMs,
    endMs: Number.isNaN(endMs) ? null : endMs,
    status: (['cancelled', 'postponed'].includes(body.status) ? body.status : 'scheduled') as EventStatus,
    feed,
    capacity,
    onlineQuota,
    // `status: "soldout"` is derived from the counters here: the box office sold the whole hall.
    soldBoxOffice: body.status === 'soldout' ? capacity : Number.isInteger(body.soldBoxOffice) ? body.soldBoxOffice : 0,
    maxPerOrder: Number.isInteger(body.maxPerOrder) && body.maxPerOrder > 0 ? body.maxPerOrder : 10,
    closesAtMs,
    reservable: body.reservable !== false,
    offers: offers.map((o) => ({
      id: o.id, name: o.name, priceCents: Math.round(o.price * 100), currency: o.currency ?? 'EUR',
      capacity: Number.isInteger(o.capacity) ? o.capacity : null,
    })),
  };
}

export async function createTestEvent(ctx: RequestContext): Promise<void> {
  const event = testEventFromBody(await readJson(ctx.req, 256 * 1024));
  try {
    await ctx.app.store.insertEvent(event);
  } catch (error) {
    if (/UNIQUE|PRIMARY KEY|duplicate key/.test(String(error))) throw new HttpError(422, 'invalid', { fields: { id: 'duplicate' } });
    throw error;
  }
  const record = (await ctx.app.store.getEvent(event.id)) as EventRecord;
  sendJson(ctx, 201, feedItem(record, ctx.app, publicBase(ctx)));
}

export async function resetData(ctx: RequestContext): Promise<void> {
  await ctx.app.store.reset();
  sendJson(ctx, 200, { ok: true });
}

export async function putTestCentre(ctx: RequestContext): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test body, checked field by field
  const body: any = await readJson(ctx.req, 16 * 1024);
  if (typeof body?.id !== 'string' || !isCentreId(body.id) || typeof body.name !== 'string') throw new HttpError(422, 'invalid', { fields: { id: 'invalid_type' } });
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const centre = { id: body.id, name: body.name, town: text(body.town), region: text(body.region), url: text(body.url), logo: text(body.logo) };
  await ctx.app.store.putCentre(centre);
  sendJson(ctx, 201, centre);
}

/** Adds the test routes to the API's router. */
export function addTestRoutes(router: Router): Router {
  return router.add('POST', '/api/__test/events', createTestEvent).add('POST', '/api/__test/reset', resetData).add('POST', '/api/__test/centres', putTestCentre);
}
