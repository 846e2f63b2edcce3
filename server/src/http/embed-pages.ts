// The webmaster's pages: the embed configurator at /embed/, the iframe pages at /embed/{widget}
// (framed by any site), and the widget files at /cdn/ that both load as ../cdn/.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY, PAGE_HEADERS } from './security-headers.js';
import { staticFiles } from './static-files.js';

/** The page policy with some directives replaced. */
function policyWith(overrides: Record<string, string>): string {
  const directives = CONTENT_SECURITY_POLICY.split('; ').map((d) => {
    const name = d.split(' ')[0]!;
    return name in overrides ? `${name} ${overrides[name]}` : d;
  });
  const present = new Set(directives.map((d) => d.split(' ')[0]));
  for (const [name, value] of Object.entries(overrides)) if (!present.has(name)) directives.push(`${name} ${value}`);
  return directives.join('; ');
}

/** iframe pages: framed by the sites in `frameAncestors` (default any), feeds and images over https. */
export function embedFrameHeaders(frameAncestors = '*'): Record<string, string> {
  const { 'Cross-Origin-Opener-Policy': _opener, ...rest } = PAGE_HEADERS;
  return { ...rest, 'Content-Security-Policy': policyWith({ 'frame-ancestors': frameAncestors, 'connect-src': "'self' https:", 'img-src': "'self' https: data:" }) };
}

/** The configurator previews a feed from any server, so it may connect anywhere. */
export const CONFIGURATOR_HEADERS: Record<string, string> = {
  ...PAGE_HEADERS,
  'Content-Security-Policy': policyWith({ 'connect-src': '*', 'img-src': '* data:' }),
};

/** Widget files may be loaded as module scripts by other sites (CORS), and never carry cookies. */
const CDN_HEADERS: Record<string, string> = {
  ...PAGE_HEADERS,
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

export const EMBED_WIDGETS = ['calendar', 'reservation', 'badge'] as const;

export interface EmbedOptions {
  sourceMaps?: boolean;
  /** `frame-ancestors` of the iframe pages (CSP source list). */
  frameAncestors?: string;
}

/** One handler for /embed/… and /cdn/…; resolves false when it has no such file. */
export function embedPages(distDir: string, { sourceMaps = false, frameAncestors }: EmbedOptions = {}) {
  const cdn = join(distDir, 'cdn');
  // The same iframe page under both of its addresses, with the headers that let it be framed.
  const framePaths = new Set(EMBED_WIDGETS.flatMap((widget) => [`/embed/${widget}`, `/cdn/embed-${widget}.html`]));
  const frames = staticFiles(
    Object.fromEntries(EMBED_WIDGETS.flatMap((widget) => {
      const file = join(cdn, `embed-${widget}.html`);
      return [[`/embed/${widget}`, file], [`/cdn/embed-${widget}.html`, file]];
    })),
    { headers: embedFrameHeaders(frameAncestors) },
  );
  const configurator = staticFiles({ '/embed/': join(distDir, 'embed') }, { headers: CONFIGURATOR_HEADERS, sourceMaps });
  const files = staticFiles({ '/cdn/': cdn }, { headers: CDN_HEADERS, sourceMaps });
  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> => {
    if (framePaths.has(pathname)) return frames(req, res);
    if (pathname.startsWith('/cdn/')) return files(req, res);
    if (pathname === '/embed') {
      // Relative, and with the query: links such as /embed?widget=badge keep working behind a path prefix.
      const query = (req.url ?? '').indexOf('?');
      res.writeHead(301, { ...PAGE_HEADERS, Location: `embed/${query < 0 ? '' : (req.url ?? '').slice(query)}` }).end();
      return true;
    }
    if (!pathname.startsWith('/embed/')) return false;
    return configurator(req, res);
  };
}
