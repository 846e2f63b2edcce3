// GET /api/memberships (the network directory) and GET /api/memberships/{memberId}.

import type { RequestContext } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { absoluteUrl, publicBase } from '../http/public-url.js';
import { sendJson } from '../http/respond.js';

/** The network with its logo made absolute (a badge on another site loads it from here). */
function networkView(network: Record<string, unknown>, base: string): Record<string, unknown> {
  return { ...network, logo: absoluteUrl(base, network.logo) };
}

export async function getDirectory(ctx: RequestContext): Promise<void> {
  const directory = await ctx.app.store.getDirectory();
  if (!directory) throw new HttpError(404, 'not_found');
  sendJson(ctx, 200, { network: networkView(directory.network, publicBase(ctx)), members: directory.members }, { 'Cache-Control': 'no-cache' });
}

export async function getMembership(ctx: RequestContext): Promise<void> {
  const membership = await ctx.app.store.getMembership(ctx.params[0]);
  if (!membership) throw new HttpError(404, 'not_found');
  sendJson(ctx, 200, { network: networkView(membership.network, publicBase(ctx)), member: membership.member }, { 'Cache-Control': 'no-cache' });
}
