// @ts-check
// Static files for the demo page and the built widgets. Paths are resolved inside fixed roots only.

import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Returns a handler `(req, res) => boolean` serving files: `mounts` maps a URL prefix to a folder.
 * Answers false when no file matches, so the caller can send its own 404. `headers` are added to
 * every file answer (security headers).
 * @param {Record<string, string>} mounts
 * @param {Record<string, string>} [headers]
 */
export function staticFiles(mounts, headers = {}) {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]);
  return (/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:http').ServerResponse} */ res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return false;
    }
    if (pathname.includes('\0')) return false;
    for (const [prefix, root] of roots) {
      if (!pathname.startsWith(prefix)) continue;
      let file = normalize(join(root, pathname.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) return false;
      let stat;
      try {
        stat = statSync(file);
        if (stat.isDirectory()) {
          file = join(file, 'index.html');
          stat = statSync(file);
        }
      } catch {
        continue;
      }
      const lastModified = stat.mtime.toUTCString();
      const common = { ...headers, 'Cache-Control': 'no-cache', 'Last-Modified': lastModified };
      const since = req.headers['if-modified-since'];
      if (since && Date.parse(since) >= Math.floor(stat.mtimeMs / 1000) * 1000) {
        res.writeHead(304, common).end();
        return true;
      }
      res.writeHead(200, {
        ...common,
        'Content-Type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
        'Content-Length': stat.size,
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
      return true;
    }
    return false;
  };
}
