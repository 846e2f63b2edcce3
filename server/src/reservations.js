// @ts-check
// POST /api/reservations; GET and DELETE /api/reservations/{code}?token=…; POST …/{code}/cancel (the cancel page form).

import { hashToken, isReservationCode, newCancelToken, newReservationCode, tokenMatches } from './codes.js';
import { CANCEL_PAGE_CSP, cancelPageHtml } from './cancel-page.js';
import { HttpError, queryParam, readBody, readJson, sendJson, sendJsonText } from './http-util.js';
import { isValidIdempotencyKey, requestHash } from './idempotency.js';
import { pickupNotes, requestLang } from './messages.js';
import { orderProblem } from './availability.js';
import { publicBase } from './public-url.js';
import { validateReservation } from './validation.js';

/**
 * The reservation as the API shows it to its owner.
 * @param {import('./db/store.js').ReservationRecord} reservation
 * @param {string} base  public base URL
 * @param {string} token  the cancel token (only the owner has it)
 * @param {'de' | 'en'} lang
 */
function reservationBody(reservation, base, token, lang) {
  return {
    code: reservation.code,
    eventId: reservation.eventId,
    tickets: reservation.tickets.map((t) => ({ offerId: t.offerId, name: t.name, quantity: t.quantity, price: t.priceCents / 100 })),
    total: reservation.totalCents / 100,
    currency: reservation.currency,
    status: reservation.status,
    pickupNote: pickupNotes[lang],
    cancelUrl: `${base}/api/reservations/${encodeURIComponent(reservation.code)}?token=${encodeURIComponent(token)}`,
  };
}

/**
 * What a confirmed reservation would look like, for the honeypot answer.
 * @param {import('./availability.js').EventStock} stock
 * @param {import('./validation.js').ReservationInput} input
 * @param {import('./db/store.js').ReserveRequest} request
 * @returns {import('./db/store.js').ReservationRecord}
 */
function unsavedReservation(stock, input, request) {
  const tickets = input.lines.map((line) => {
    const offer = /** @type {import('./availability.js').OfferStock} */ (stock.offers.find((o) => o.id === line.offerId));
    return { offerId: offer.id, name: offer.name, priceCents: offer.priceCents, quantity: line.quantity };
  });
  return {
    code: request.newCode(), eventId: stock.id, status: 'confirmed',
    quantity: tickets.reduce((sum, t) => sum + t.quantity, 0),
    totalCents: tickets.reduce((sum, t) => sum + t.priceCents * t.quantity, 0),
    currency: stock.offers[0]?.currency ?? 'EUR', ...input.person,
    createdMs: request.nowMs, cancelledMs: null, anonymizedMs: null, tokenHash: request.tokenHash, tickets,
  };
}

/** 409 for an order that does not fit, with what is left so the widget can correct its steppers. */
function refusalError(refusal) {
  return new HttpError(409, refusal.error, { remaining: refusal.remaining, offers: refusal.offers });
}

/** @param {import('./http-util.js').RequestContext} ctx */
export async function createReservation(ctx) {
  const { app, req } = ctx;
  const key = req.headers['idempotency-key'];
  if (key === undefined) throw new HttpError(400, 'idempotency_key_required');
  if (!isValidIdempotencyKey(key)) throw new HttpError(400, 'invalid_idempotency_key');
  const idempotencyKey = /** @type {string} */ (key);
  // The key counts as running from the moment its request arrives, while the body is still coming in.
  if (!app.runningKeys.begin(idempotencyKey)) throw new HttpError(409, 'in_progress', undefined, { 'Retry-After': '1' });
  try {
    const result = validateReservation(await readJson(req, app.bodyLimit));
    if ('fields' in result) throw new HttpError(422, 'invalid', { fields: result.fields });
    const { input } = result;
    const hash = requestHash(input);
    const nowMs = app.now().getTime();

    const lang = requestLang(req.headers['accept-language']);
    const base = publicBase(ctx);
    const token = newCancelToken();
    /** @type {import('./db/store.js').ReserveRequest} */
    const request = {
      eventId: input.eventId,
      lines: input.lines,
      person: input.person,
      tokenHash: hashToken(token),
      newCode: () => newReservationCode(app.codePrefix),
      nowMs,
      closeMinutes: app.closeMinutes,
      respond: (reservation) => reservationBody(reservation, base, token, lang),
    };

    if (input.honeypot) {
      // A bot filled the hidden `website` field: answer exactly like a success, store nothing.
      const stock = app.store.getStock(input.eventId);
      const problem = stock ? orderProblem(stock, input.lines) : { fields: { eventId: 'unknown_event' } };
      if (!stock || problem) throw new HttpError(422, 'invalid', { ...problem });
      sendJson(ctx, 201, request.respond(unsavedReservation(stock, input, request)));
      return;
    }

    const outcome = await app.store.reserve({ ...request, idempotency: { key: idempotencyKey, requestHash: hash } });
    if (outcome.kind === 'invalid') throw new HttpError(422, 'invalid', { fields: outcome.fields, maxPerOrder: outcome.maxPerOrder });
    if (outcome.kind === 'refused') throw refusalError(outcome.refusal);
    if (outcome.kind === 'replay') {
      if (outcome.record.requestHash !== hash) throw new HttpError(422, 'idempotency_mismatch');
      sendJsonText(ctx, outcome.record.status, outcome.record.response, { 'Idempotent-Replayed': 'true' });
      return;
    }
    sendJsonText(ctx, 201, outcome.body);
  } finally {
    app.runningKeys.end(idempotencyKey);
  }
}

/**
 * The reservation named by the path whose token matches `?token=`. Unknown codes and wrong tokens
 * both answer 404, so the API does not tell which codes exist.
 * @param {import('./http-util.js').RequestContext} ctx
 */
function ownedReservation(ctx) {
  const code = ctx.params[0];
  const token = queryParam(ctx, 'token');
  const reservation = isReservationCode(code) ? ctx.app.store.getReservation(code) : undefined;
  if (!reservation || !tokenMatches(token, reservation.tokenHash)) throw new HttpError(404, 'not_found');
  return { reservation, token: /** @type {string} */ (token) };
}

/**
 * The owner's view: the reservation plus a short summary of the event and the contact details.
 * @param {import('./http-util.js').RequestContext} ctx
 * @param {import('./db/store.js').ReservationRecord} reservation
 * @param {string} token
 */
function ownerView(ctx, reservation, token) {
  const event = ctx.app.store.getEvent(reservation.eventId);
  return {
    ...reservationBody(reservation, publicBase(ctx), token, requestLang(ctx.req.headers['accept-language'])),
    event: event && { id: event.id, title: event.feed.title, start: event.feed.start },
    name: reservation.name,
    email: reservation.email,
    createdAt: new Date(reservation.createdMs).toISOString(),
    cancelledAt: reservation.cancelledMs === null ? null : new Date(reservation.cancelledMs).toISOString(),
  };
}

/** True for a browser navigation (a person opened the link), false for fetch and API clients. */
function wantsHtml(req) {
  return req.headers['sec-fetch-mode'] === 'navigate' || /^text\/html/i.test(req.headers.accept ?? '');
}

/**
 * Answers the owner's view as JSON, or as the cancel page for a person with a browser.
 * @param {import('./http-util.js').RequestContext} ctx
 * @param {import('./db/store.js').ReservationRecord} reservation
 * @param {string} token
 */
function sendOwnerView(ctx, reservation, token) {
  const view = ownerView(ctx, reservation, token);
  if (!wantsHtml(ctx.req)) {
    sendJson(ctx, 200, view);
    return;
  }
  const stock = ctx.app.store.getStock(reservation.eventId);
  const started = stock ? ctx.app.now().getTime() >= stock.startMs : true;
  const html = cancelPageHtml(view, {
    lang: requestLang(ctx.req.headers['accept-language']),
    formAction: `/api/reservations/${encodeURIComponent(reservation.code)}/cancel`,
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

/** @param {import('./http-util.js').RequestContext} ctx */
export function getReservation(ctx) {
  const { reservation, token } = ownedReservation(ctx);
  sendOwnerView(ctx, reservation, token);
}

/**
 * Cancels and returns the cancelled reservation. Cancelling twice answers the cancelled
 * reservation again; after the event has started it is refused (409).
 * @param {import('./http-util.js').RequestContext} ctx
 * @param {import('./db/store.js').ReservationRecord} reservation
 */
async function cancel(ctx, reservation) {
  const { app } = ctx;
  const nowMs = app.now().getTime();
  if (reservation.status === 'confirmed') {
    const stock = app.store.getStock(reservation.eventId);
    if (stock && nowMs >= stock.startMs) throw new HttpError(409, 'cancellation_closed');
  }
  return (await app.store.cancelReservation(reservation.code, nowMs)) ?? reservation;
}

/**
 * Self-service cancellation through the API: DELETE /api/reservations/{code}?token=… releases the seats.
 * @param {import('./http-util.js').RequestContext} ctx
 */
export async function cancelReservation(ctx) {
  const { reservation, token } = ownedReservation(ctx);
  sendJson(ctx, 200, ownerView(ctx, await cancel(ctx, reservation), token));
}

/**
 * The cancel page's form: POST /api/reservations/{code}/cancel with `token=…` (form-encoded),
 * then back to the page (303), which now shows the cancellation.
 * @param {import('./http-util.js').RequestContext} ctx
 */
export async function cancelReservationForm(ctx) {
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(ctx.req.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'unsupported_media_type');
  }
  const token = new URLSearchParams(await readBody(ctx.req, 1024)).get('token');
  const { reservation } = ownedReservation({ ...ctx, search: new URLSearchParams({ token: token ?? '' }).toString() });
  await cancel(ctx, reservation);
  const location = `/api/reservations/${encodeURIComponent(reservation.code)}?token=${encodeURIComponent(/** @type {string} */ (token))}`;
  ctx.res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }).end();
}
