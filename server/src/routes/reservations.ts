// POST /api/reservations; GET and DELETE /api/reservations/{code}?token=…; POST …/{code}/cancel (the cancel page form).

import type { IncomingMessage } from 'node:http';
import { validateReservation } from '../contract/reservation-request.js';
import type { ReservationResponse } from '../contract/types.js';
import type { IdempotencyRecord, ReservationRecord, ReserveRequest } from '../db/store.js';
import { checkOrder, type Refusal } from '../domain/availability.js';
import { hashToken, isReservationCode, newCancelToken, newReservationCode, tokenMatches } from '../domain/codes.js';
import { IDEMPOTENCY_TTL_MS, isValidIdempotencyKey, requestHash } from '../domain/idempotency.js';
import { priceOrder } from '../domain/pricing.js';
import type { ReservationInput } from '../domain/reservation-input.js';
import { readBody, readJson } from '../http/body.js';
import { queryParam, type RequestContext } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { pickupNotes, requestLang } from '../http/messages.js';
import { publicBase } from '../http/public-url.js';
import { sendJson, sendJsonText } from '../http/respond.js';
import { CANCEL_PAGE_CSP, cancelPageHtml } from './cancel-page.js';

/** The reservation as the API shows it to its owner (`api`: absolute API base; `token`: the cancel token, only the owner has it). */
function reservationBody(reservation: ReservationRecord, api: string, token: string, lang: 'de' | 'en'): Required<ReservationResponse> {
  return {
    code: reservation.code,
    eventId: reservation.eventId,
    tickets: reservation.tickets.map((t) => ({ offerId: t.offerId, name: t.name, quantity: t.quantity, price: t.priceCents / 100 })),
    total: reservation.totalCents / 100,
    currency: reservation.currency,
    status: reservation.status,
    pickupNote: pickupNotes[lang],
    cancelUrl: `${api}/reservations/${encodeURIComponent(reservation.code)}?token=${encodeURIComponent(token)}`,
  };
}

/** The stored answer again for the same key and request; 422 for the same key with another request. */
function replay(ctx: RequestContext, record: IdempotencyRecord, hash: string): void {
  if (record.requestHash !== hash) throw new HttpError(422, 'idempotency_mismatch');
  sendJsonText(ctx, record.status, record.response, { 'Idempotent-Replayed': 'true' });
}

/** 409 for an order that does not fit, with what is left so the widget can correct its steppers. */
function refusalError(refusal: Refusal): HttpError {
  return new HttpError(409, refusal.error, { remaining: refusal.remaining, offers: refusal.offers });
}

/**
 * A bot filled the hidden `website` field: it gets exactly the answer a person with this order would
 * get now (the same checks on the same counters), and a made-up confirmation where a person would
 * succeed. Nothing is stored.
 */
async function answerHoneypot(ctx: RequestContext, input: ReservationInput, request: ReserveRequest, key: string, hash: string): Promise<void> {
  const { app } = ctx;
  const earlier = (await app.store.findIdempotency(key, request.nowMs - IDEMPOTENCY_TTL_MS)) ?? app.honeypotAnswers.get(key, request.nowMs);
  if (earlier) {
    replay(ctx, earlier, hash);
    return;
  }
  const verdict = checkOrder(await app.store.getStock(input.eventId), input.lines, request.nowMs, request.closeMinutes);
  if (verdict.kind === 'refused') throw refusalError(verdict.refusal);
  if (verdict.kind === 'invalid') throw new HttpError(422, 'invalid', { fields: verdict.fields, maxPerOrder: verdict.maxPerOrder });
  const { stock } = verdict;
  const reservation: ReservationRecord = {
    code: request.newCode(), eventId: stock.id, status: 'confirmed', ...priceOrder(stock, input.lines), ...input.person,
    createdMs: request.nowMs, cancelledMs: null, anonymizedMs: null, tokenHash: request.tokenHash,
  };
  const response = JSON.stringify(request.respond(reservation));
  app.honeypotAnswers.set({ key, requestHash: hash, status: 201, response, createdMs: request.nowMs });
  sendJsonText(ctx, 201, response);
}

export async function createReservation(ctx: RequestContext): Promise<void> {
  const { app, req } = ctx;
  const key = req.headers['idempotency-key'];
  if (key === undefined) throw new HttpError(400, 'idempotency_key_required');
  if (!isValidIdempotencyKey(key)) throw new HttpError(400, 'invalid_idempotency_key');
  // The key counts as running from the moment its request arrives, while the body is still coming in.
  if (!app.runningKeys.begin(key)) throw new HttpError(409, 'in_progress', undefined, { 'Retry-After': '1' });
  try {
    const result = validateReservation(await readJson(req, app.bodyLimit));
    if ('fields' in result) throw new HttpError(422, 'invalid', { fields: result.fields });
    const { input } = result;
    const hash = requestHash(input);
    const lang = requestLang(req.headers['accept-language']);
    const api = `${publicBase(ctx)}${ctx.apiBase}`;
    const token = newCancelToken();
    const request: ReserveRequest = {
      eventId: input.eventId,
      lines: input.lines,
      person: input.person,
      tokenHash: hashToken(token),
      newCode: () => newReservationCode(app.codePrefix),
      nowMs: app.now().getTime(),
      closeMinutes: app.closeMinutes,
      respond: (reservation) => reservationBody(reservation, api, token, lang),
    };
    if (input.honeypot) {
      await answerHoneypot(ctx, input, request, key, hash);
      return;
    }

    const outcome = await app.store.reserve({ ...request, idempotency: { key, requestHash: hash } });
    if (outcome.kind === 'invalid') throw new HttpError(422, 'invalid', { fields: outcome.fields, maxPerOrder: outcome.maxPerOrder });
    if (outcome.kind === 'refused') throw refusalError(outcome.refusal);
    if (outcome.kind === 'replay') {
      replay(ctx, outcome.record, hash);
      return;
    }
    sendJsonText(ctx, 201, outcome.body);
  } finally {
    app.runningKeys.end(key);
  }
}

/**
 * The reservation named by the path whose token matches `token`. Unknown codes and wrong tokens
 * both answer 404 after the same work (one lookup, one hash comparison), so the API does not tell
 * which codes exist.
 */
async function ownedReservation(ctx: RequestContext, token: string | null): Promise<ReservationRecord> {
  const code = ctx.params[0];
  const tokenHash = isReservationCode(code) ? await ctx.app.store.getTokenHash(code) : undefined;
  if (!tokenMatches(token, tokenHash)) throw new HttpError(404, 'not_found');
  const reservation = await ctx.app.store.getReservation(code);
  if (!reservation) throw new HttpError(404, 'not_found');
  return reservation;
}

/** The owner's view: the reservation plus a short summary of the event and the contact details. */
async function ownerView(ctx: RequestContext, reservation: ReservationRecord, token: string) {
  const event = await ctx.app.store.getEvent(reservation.eventId);
  return {
    ...reservationBody(reservation, `${publicBase(ctx)}${ctx.apiBase}`, token, requestLang(ctx.req.headers['accept-language'])),
    event: event && { id: event.id, title: event.feed.title, start: event.feed.start },
    name: reservation.name,
    email: reservation.email,
    createdAt: new Date(reservation.createdMs).toISOString(),
    cancelledAt: reservation.cancelledMs === null ? null : new Date(reservation.cancelledMs).toISOString(),
  };
}

export type OwnerView = Awaited<ReturnType<typeof ownerView>>;

/** True for a browser navigation (a person opened the link), false for fetch and API clients. */
function wantsHtml(req: IncomingMessage): boolean {
  return req.headers['sec-fetch-mode'] === 'navigate' || /^text\/html/i.test(req.headers.accept ?? '');
}

/** Answers the owner's view as JSON, or as the cancel page for a person with a browser. */
async function sendOwnerView(ctx: RequestContext, reservation: ReservationRecord, token: string): Promise<void> {
  const view = await ownerView(ctx, reservation, token);
  if (!wantsHtml(ctx.req)) {
    sendJson(ctx, 200, view);
    return;
  }
  const stock = await ctx.app.store.getStock(reservation.eventId);
  const started = stock ? ctx.app.now().getTime() >= stock.startMs : true;
  const html = cancelPageHtml(view, {
    lang: requestLang(ctx.req.headers['accept-language']),
    formAction: `${ctx.apiBase}/reservations/${encodeURIComponent(reservation.code)}/cancel`,
    token,
    canCancel: reservation.status === 'confirmed' && !started,
    started,
  });
  ctx.res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': CANCEL_PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    Vary: 'Accept, Sec-Fetch-Mode, Accept-Language, Origin',
  });
  ctx.res.end(html);
}

export async function getReservation(ctx: RequestContext): Promise<void> {
  const token = queryParam(ctx, 'token');
  const reservation = await ownedReservation(ctx, token);
  await sendOwnerView(ctx, reservation, token as string);
}

/**
 * Cancels and returns the cancelled reservation. Cancelling twice answers the cancelled
 * reservation again; after the event has started it is refused (409).
 */
async function cancel(ctx: RequestContext, reservation: ReservationRecord): Promise<ReservationRecord> {
  const { app } = ctx;
  const nowMs = app.now().getTime();
  if (reservation.status === 'confirmed') {
    const stock = await app.store.getStock(reservation.eventId);
    if (stock && nowMs >= stock.startMs) throw new HttpError(409, 'cancellation_closed');
  }
  return (await app.store.cancelReservation(reservation.code, nowMs)) ?? reservation;
}

/** Self-service cancellation through the API: DELETE /api/reservations/{code}?token=… releases the seats. */
export async function cancelReservation(ctx: RequestContext): Promise<void> {
  const token = queryParam(ctx, 'token');
  const reservation = await ownedReservation(ctx, token);
  sendJson(ctx, 200, await ownerView(ctx, await cancel(ctx, reservation), token as string));
}

/**
 * The cancel page's form: POST /api/reservations/{code}/cancel with `token=…` (form-encoded),
 * then back to the page (303), which now shows the cancellation.
 */
export async function cancelReservationForm(ctx: RequestContext): Promise<void> {
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(ctx.req.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'unsupported_media_type');
  }
  const token = new URLSearchParams(await readBody(ctx.req, 1024)).get('token');
  const reservation = await ownedReservation(ctx, token);
  await cancel(ctx, reservation);
  const location = `${ctx.apiBase}/reservations/${encodeURIComponent(reservation.code)}?token=${encodeURIComponent(token as string)}`;
  ctx.res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }).end();
}
