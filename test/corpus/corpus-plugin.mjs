// @ts-check
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { CORPUS_FORMATS, computeReferences, corpusDir, corpusMeta } from './reference.mjs';

/** @type {Record<string, string>} */
const TYPES = { ics: 'text/calendar; charset=utf-8', html: 'text/html; charset=utf-8', json: 'application/json', xml: 'application/xml' };

/**
 * web-test-runner routes for the real-world feed corpus: `GET /__kultur/corpus/cases.json`
 * (every fixture with its independent reference, computed once per run by Python) and
 * `GET /__kultur/corpus/{format}/{file}`, the fixture with the Content-Type its meta names.
 * @param {{ rootDir?: string }} [options]
 */
export function corpusFixtures(options = {}) {
  const base = corpusDir(options.rootDir ?? process.cwd());
  /** @type {string | undefined} */
  let cases;
  return {
    name: 'kultur-corpus',
    /** @param {{ path: string }} context */
    async serve(context) {
      if (context.path === '/__kultur/corpus/cases.json') {
        try {
          cases ??= JSON.stringify(computeReferences(options.rootDir));
          return { body: cases, type: 'application/json' };
        } catch (error) {
          return { status: 500, body: String(/** @type {Error} */ (error).message), type: 'text/plain' };
        }
      }
      const match = /^\/__kultur\/corpus\/([a-z-]+)\/([\w.-]+)$/.exec(context.path);
      if (!match || !(match[1] in CORPUS_FORMATS)) return undefined;
      const dir = join(base, match[1]);
      try {
        const body = await readFile(join(dir, match[2]), 'utf8');
        const type = corpusMeta(dir, match[2]).contentType ?? TYPES[match[2].split('.').pop() ?? ''] ?? 'text/plain';
        return { body, type };
      } catch {
        return { status: 404, body: 'not found', type: 'text/plain' };
      }
    },
  };
}
