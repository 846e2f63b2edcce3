// Request bodies: size limit before buffering, strict UTF-8, JSON of well-formed Unicode only.

import type { IncomingMessage } from 'node:http';
import { HttpError } from './errors.js';

// Fatal: a byte sequence that is not UTF-8 is refused instead of stored as U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** True when the request declares a JSON body (`application/json`, any parameters). */
export function isJsonRequest(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  return typeof type === 'string' && /^application\/json\s*(;|$)/i.test(type);
}

/** Reads the whole body, refusing more than `limit` bytes (413) before buffering it. */
export function readBodyBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.reject(new HttpError(413, 'payload_too_large', { limit }, { Connection: 'close' }));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume(); // discard the rest; the answer closes the connection
        reject(new HttpError(413, 'payload_too_large', { limit }, { Connection: 'close' }));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks, size)));
    req.on('error', reject);
  });
}

/** The body as text; 400 `invalid_encoding` when it is not UTF-8. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const bytes = await readBodyBytes(req, limit);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid_encoding');
  }
}

/** True when every string (and key) in a parsed JSON value is well-formed UTF-16 (no lone surrogate). */
function wellFormed(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string') {
      if (!item.isWellFormed()) return false;
    } else if (Array.isArray(item)) {
      pending.push(...item);
    } else if (typeof item === 'object' && item !== null) {
      for (const [key, child] of Object.entries(item)) {
        if (!key.isWellFormed()) return false;
        pending.push(child);
      }
    }
  }
  return true;
}

/** Reads and parses a JSON body after checking its Content-Type (415), size (413) and encoding (400). */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  if (!isJsonRequest(req)) throw new HttpError(415, 'unsupported_media_type');
  const text = await readBody(req, limit);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_json');
  }
  // Only a \u escape can make a lone surrogate out of valid UTF-8.
  if (text.includes('\\u') && !wellFormed(value)) throw new HttpError(400, 'invalid_encoding');
  return value;
}
