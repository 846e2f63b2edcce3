// GET /api/events (the native feed) and GET /api/events/{id}.

import type { EventRecord } from '../db/store.js';
import { availabilityOf } from '../domain/availability.js';
import type { App, RequestContext } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { absoluteUrl, publicBase } from '../http/public-url.js';
import { sendJson, sendJsonRevalidated } from '../http/respond.js';

/** One event in the native feed shape, with its current availability. `base`: public base URL for images. */
export function feedItem(record: EventRecord, app: App, base: string): Record<string, unknown> {
  const availability = availabilityOf(record, app.now().getTime(), app.closeMinutes);
  const { feed } = record;
  return {
    id: record.id,
    ...feed,
    image: absoluteUrl(base, feed.image),
    url: absoluteUrl(base, feed.url),
    status: record.status === 'scheduled' && availability.status === 'soldout' ? 'soldout' : record.status,
    offers: record.offers.map((offer) => ({ id: offer.id, name: offer.name, price: offer.priceCents / 100, currency: offer.currency })),
    availability: { remaining: availability.remaining, capacity: record.onlineQuota },
    reservable: availability.status === 'available' || availability.status === 'few',
  };
}

export async function getEvents(ctx: RequestContext): Promise<void> {
  const base = publicBase(ctx);
  const records = await ctx.app.store.listEvents();
  const text = JSON.stringify({ events: records.map((record) => feedItem(record, ctx.app, base)) });
  sendJsonRevalidated(ctx, text);
}

export async function getEvent(ctx: RequestContext): Promise<void> {
  const record = await ctx.app.store.getEvent(ctx.params[0]);
  if (!record) throw new HttpError(404, 'not_found');
  sendJson(ctx, 200, feedItem(record, ctx.app, publicBase(ctx)));
}
