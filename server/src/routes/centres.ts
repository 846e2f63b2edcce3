// GET /api/centres (the network's centres) and GET /api/centres/{id}; `/api/centres/{id}/…` is a
// full API base of that centre: the request runs the same route with the centre's store.

import { isCentreId, type Centre } from '../db/store.js';
import type { RequestContext } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { absoluteUrl, publicBase } from '../http/public-url.js';
import { sendJson } from '../http/respond.js';

const CENTRE_PATH = /^\/api\/centres\/([^/]+)(\/.*)$/;
/** What a centre's API base serves: the reservation API of DESIGN.md (and the test hooks). */
const CENTRE_ROUTES = /^\/(events|reservations)(\/|$)/;

const centreView = (centre: Centre, base: string) => ({ ...centre, logo: absoluteUrl(base, centre.logo ?? undefined) ?? null });

export async function listCentres(ctx: RequestContext): Promise<void> {
  const base = publicBase(ctx);
  sendJson(ctx, 200, { centres: (await ctx.app.store.listCentres()).map((centre) => centreView(centre, base)) }, { 'Cache-Control': 'no-cache' });
}

export async function getCentre(ctx: RequestContext): Promise<void> {
  const centre = isCentreId(ctx.params[0]) ? await ctx.app.store.getCentre(ctx.params[0]) : undefined;
  if (!centre) throw new HttpError(404, 'not_found');
  sendJson(ctx, 200, centreView(centre, publicBase(ctx)), { 'Cache-Control': 'no-cache' });
}

/**
 * For `/api/centres/{id}/…`: scopes `ctx` to that centre (its store, its API base) and returns
 * the path to route, `/api/…`; other paths come back unchanged. Unknown centre: 404.
 */
export async function scopeToCentre(ctx: RequestContext, testHooks: boolean): Promise<string> {
  const found = CENTRE_PATH.exec(ctx.path);
  if (!found) return ctx.path;
  const [, id, rest] = found;
  if (!CENTRE_ROUTES.test(rest) && !(testHooks && rest.startsWith('/__test/'))) throw new HttpError(404, 'not_found');
  if (!isCentreId(id) || !(await ctx.app.store.getCentre(id))) throw new HttpError(404, 'not_found');
  ctx.app = { ...ctx.app, store: ctx.app.store.forCentre(id) };
  ctx.apiBase = `/api/centres/${id}`;
  return `/api${rest}`;
}
