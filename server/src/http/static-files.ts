// Static files for the demo page and the built widgets. Paths are resolved inside fixed roots only;
// a file that vanishes or fails to read (a deploy replacing dist/) costs one answer, never the process.

import { open, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';

const TYPES: Record<string, string> = {
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

export interface StaticOptions {
  /** added to every file answer (security headers) */
  headers?: Record<string, string>;
  /** serve `*.map` files; off, they answer 404 (source maps show the unminified source) */
  sourceMaps?: boolean;
}

/** Opens `file` (or its index.html when it is a folder) and its size; undefined when there is none. */
async function openFile(file: string): Promise<{ handle: FileHandle; size: number; mtimeMs: number; mtime: Date; path: string } | undefined> {
  for (const path of [file, join(file, 'index.html')]) {
    let handle: FileHandle | undefined;
    try {
      handle = await open(path, 'r');
      // The handle's own stat: the file this answer reads, even if the path is replaced meanwhile.
      const stat = await handle.stat();
      if (stat.isFile()) return { handle, size: stat.size, mtimeMs: stat.mtimeMs, mtime: stat.mtime, path };
      await handle.close();
      if (!stat.isDirectory()) return undefined;
    } catch {
      await handle?.close().catch(() => {});
      return undefined;
    }
  }
  return undefined;
}

/**
 * A handler serving files: `mounts` maps a URL prefix to a folder. Resolves false when no file
 * matches, so the caller can send its own 404.
 */
export function staticFiles(mounts: Record<string, string>, { headers = {}, sourceMaps = false }: StaticOptions = {}) {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)] as const);
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return false;
    }
    if (pathname.includes('\0')) return false;
    if (!sourceMaps && pathname.endsWith('.map')) return false;
    for (const [prefix, root] of roots) {
      if (!pathname.startsWith(prefix)) continue;
      const file = normalize(join(root, pathname.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) return false;
      const found = await openFile(file);
      if (!found) continue;
      const { handle } = found;
      const common = { ...headers, 'Cache-Control': 'no-cache', 'Last-Modified': found.mtime.toUTCString() };
      const since = req.headers['if-modified-since'];
      const notModified = since !== undefined && Date.parse(since) >= Math.floor(found.mtimeMs / 1000) * 1000;
      if (notModified || req.method === 'HEAD') await handle.close().catch(() => {});
      if (notModified) {
        res.writeHead(304, common).end();
        return true;
      }
      res.writeHead(200, {
        ...common,
        'Content-Type': TYPES[extname(found.path)] ?? 'application/octet-stream',
        'Content-Length': found.size,
      });
      if (req.method === 'HEAD') {
        res.end();
        return true;
      }
      // pipeline handles errors on both ends: a read error ends this answer (the client sees a
      // short body), a client that goes away closes the file.
      pipeline(handle.createReadStream({ start: 0, end: found.size > 0 ? found.size - 1 : undefined, autoClose: true }), res, () => {});
      return true;
    }
    return false;
  };
}
