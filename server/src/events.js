// @ts-check
// GET /api/events (the native feed), GET /api/events/{id}, GET /api/events/{id}/availability.

import { createHash } from 'node:crypto';
import { availabilityOf, closesAt } from './availability.js';
import { HttpError, sendJson, sendJsonText } from './http-util.js';
import { absoluteUrl, publicBase } from './public-url.js';

/**
 * One event in the native feed shape, with its current availability.
 * @param {import('./db/store.js').EventRecord} record
 * @param {import('./app.js').App} app
 * @param {string} base  public base URL for images
 */
export function feedItem(record, app, base) {
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

/** @param {import('./http-util.js').RequestContext} ctx */
export function getEvents(ctx) {
  const base = publicBase(ctx);
  const text = JSON.stringify({ events: ctx.app.store.listEvents().map((record) => feedItem(record, ctx.app, base)) });
  // Feed loaders revalidate with If-None-Match; the tag changes whenever a seat is reserved.
  const etag = `W/"${createHash('sha1').update(text).digest('base64url')}"`;
  const headers = { ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Origin' };
  if (ctx.req.headers['if-none-match'] === etag) {
    ctx.res.writeHead(304, headers).end();
    return;
  }
  sendJsonText(ctx, 200, text, headers);
}

/** @param {import('./http-util.js').RequestContext} ctx */
export function getEvent(ctx) {
  const record = ctx.app.store.getEvent(ctx.params[0]);
  if (!record) throw new HttpError(404, 'not_found');
  sendJson(ctx, 200, feedItem(record, ctx.app, publicBase(ctx)));
}

/**
 * Availability answers, rendered once per counters object: the store hands out a new object with
 * every change, so an entry never outlives the counters it was made from. Apart from the counters
 * only the close time changes the answer, so an entry also says on which side of it it was made.
 * @type {WeakMap<import('./availability.js').EventStock, { text: string, closesAtMs: number, beforeClose: boolean }>}
 */
const renderedAvailability = new WeakMap();

/** @param {import('./http-util.js').RequestContext} ctx */
export function getAvailability(ctx) {
  const stock = ctx.app.store.getStock(ctx.params[0]);
  if (!stock) throw new HttpError(404, 'not_found');
  const nowMs = ctx.app.now().getTime();
  let rendered = renderedAvailability.get(stock);
  if (!rendered || (nowMs < rendered.closesAtMs) !== rendered.beforeClose) {
    const closesAtMs = closesAt(stock, ctx.app.closeMinutes);
    rendered = { text: JSON.stringify(availabilityOf(stock, nowMs, ctx.app.closeMinutes)), closesAtMs, beforeClose: nowMs < closesAtMs };
    renderedAvailability.set(stock, rendered);
  }
  sendJsonText(ctx, 200, rendered.text);
}
