// @ts-check
// GET /api/memberships (the network directory) and GET /api/memberships/{memberId}.

import { HttpError, sendJson } from './http-util.js';
import { absoluteUrl, publicBase } from './public-url.js';

/** The network with its logo made absolute (a badge on another site loads it from here). */
function networkView(network, base) {
  return { ...network, logo: absoluteUrl(base, network.logo) };
}

/** @param {import('./http-util.js').RequestContext} ctx */
export function getDirectory(ctx) {
  const directory = ctx.app.store.getDirectory();
  if (!directory) throw new HttpError(404, 'not_found');
  sendJson(ctx, 200, { network: networkView(directory.network, publicBase(ctx)), members: directory.members }, { 'Cache-Control': 'no-cache' });
}

/** @param {import('./http-util.js').RequestContext} ctx */
export function getMembership(ctx) {
  const membership = ctx.app.store.getMembership(ctx.params[0]);
  if (!membership) throw new HttpError(404, 'not_found');
  sendJson(ctx, 200, { network: networkView(membership.network, publicBase(ctx)), member: membership.member }, { 'Cache-Control': 'no-cache' });
}
