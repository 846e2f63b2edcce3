// @ts-check
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';

/** Corpus folders and the Python script that reads each independently of our TypeScript. */
export const CORPUS_FORMATS = /** @type {const} */ ({
  ics: 'ics.py',
  jsonld: 'jsonld.py',
  'wp-tribe': 'wp_tribe.py',
  'hessen-szene': 'hessen_szene.py',
});

/** Debian's interpreter: the Debian packages the ICS reference uses are installed for it. */
export const PYTHON = process.env.CORPUS_PYTHON ?? '/usr/bin/python3';

/**
 * @typedef {{ title: string | null, allDay: boolean, start: string, end: string | null }} CanonicalEvent
 * @typedef {{ generator?: string, contentType?: string, timeZone?: string,
 *   window?: { from: string, to: string }, differences?: { title: string, why: string }[],
 *   problems?: string[] }} CorpusMeta
 * @typedef {{ format: string, file: string, meta: CorpusMeta, reference: CanonicalEvent[] }} CorpusCase
 */

/** @param {string} root */
export function corpusDir(root = process.cwd()) {
  return resolve(root, 'test', 'corpus');
}

/** The fixture files of one format (sidecar `.meta.json` files excluded). @param {string} dir */
export function corpusFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.endsWith('.meta.json') && !name.startsWith('.'))
    .sort();
}

/** @param {string} dir @param {string} file @returns {CorpusMeta} */
export function corpusMeta(dir, file) {
  const path = join(dir, `${file.replace(/\.[^.]+$/, '')}.meta.json`);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}

/**
 * Runs every format's reference script over its folder and returns one case per fixture.
 * Throws with a readable message when Python, a module or a script's answer is missing.
 * @param {string} [root]
 * @returns {CorpusCase[]}
 */
export function computeReferences(root) {
  const base = corpusDir(root);
  /** @type {CorpusCase[]} */
  const cases = [];
  for (const [format, script] of Object.entries(CORPUS_FORMATS)) {
    const dir = join(base, format);
    const files = corpusFiles(dir);
    if (!files.length) continue;
    const scriptPath = join(base, 'reference', script);
    if (!existsSync(scriptPath)) throw new Error(`corpus: ${format} has fixtures but no reference script ${scriptPath}`);
    const run = spawnSync(PYTHON, [scriptPath, dir], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (run.error) throw new Error(`corpus: cannot run ${PYTHON} (${run.error.message}); install Debian's python3, python3-icalendar, python3-recurring-ical-events and unicode-cldr-core`);
    if (run.status !== 0) throw new Error(`corpus: ${script} failed (exit ${run.status}):\n${run.stderr}`);
    /** @type {Record<string, { events: CanonicalEvent[] }>} */
    const answer = JSON.parse(run.stdout);
    for (const file of files) {
      if (!answer[file]) throw new Error(`corpus: ${script} gave no answer for ${format}/${file}`);
      cases.push({ format, file, meta: corpusMeta(dir, file), reference: answer[file].events });
    }
  }
  return cases;
}
