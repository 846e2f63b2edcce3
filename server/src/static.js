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
};

/**
 * Returns a handler `(req, res) => boolean` serving files: `mounts` maps a URL prefix to a folder.
 * Answers false when no file matches, so the caller can send its own 404.
 */
export function staticFiles(mounts) {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return false;
    }
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
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-cache',
        'Last-Modified': stat.mtime.toUTCString(),
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
      return true;
    }
    return false;
  };
}
