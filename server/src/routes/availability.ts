// GET /api/events/{id}/availability: the hottest read, answered from a rendering per counters object.

import type { AvailabilityResponse } from '../contract/types.js';
import type { EventStock } from '../db/store.js';
import { availabilityOf, closesAt } from '../domain/availability.js';
import type { RequestContext } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { sendJsonText } from '../http/respond.js';

/**
 * The store hands out a new counters object with every change, so an entry never outlives the
 * counters it was made from; apart from them only the close time changes the answer.
 */
const renderedAvailability = new WeakMap<EventStock, { text: string; closesAtMs: number; beforeClose: boolean }>();

export async function getAvailability(ctx: RequestContext): Promise<void> {
  const stock = await ctx.app.store.getStock(ctx.params[0]);
  if (!stock) throw new HttpError(404, 'not_found');
  const nowMs = ctx.app.now().getTime();
  let rendered = renderedAvailability.get(stock);
  if (!rendered || (nowMs < rendered.closesAtMs) !== rendered.beforeClose) {
    const closesAtMs = closesAt(stock, ctx.app.closeMinutes);
    const body: AvailabilityResponse = availabilityOf(stock, nowMs, ctx.app.closeMinutes);
    rendered = { text: JSON.stringify(body), closesAtMs, beforeClose: nowMs < closesAtMs };
    renderedAvailability.set(stock, rendered);
  }
  sendJsonText(ctx, 200, rendered.text);
}
