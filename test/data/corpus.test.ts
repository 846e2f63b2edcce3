import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/data/fetch-json.js';
import { clearFeedCache, loadFeed } from '../../src/data/load-feed.js';
import { formatProblem } from '../../src/data/problems.js';
import type { FeedProblem, KulturEvent } from '../../src/data/types.js';
import { startOfLocalDay } from '../../src/time/zoned.js';

/** The shape both our reading and the independent reference are compared in (see test/corpus/README.md). */
interface CanonicalEvent {
  title: string | null;
  allDay: boolean;
  start: string;
  end: string | null;
}

interface CorpusCase {
  format: string;
  file: string;
  meta: {
    generator?: string;
    timeZone?: string;
    window?: { from: string; to: string };
    differences?: { title: string; why: string }[];
    problems?: string[];
  };
  reference: CanonicalEvent[];
}

const MINIMUM_FILES = 30;
const DEFAULT_WINDOW = { from: '2026-01-01', to: '2028-01-01' };

const utc = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function canonical(event: KulturEvent): CanonicalEvent {
  const title = (event as { untitled?: boolean }).untitled ? null : event.title;
  if (event.allDay) return { title, allDay: true, start: event.startDate, end: event.endDate };
  return { title, allDay: false, start: utc(event.start.instant), end: event.end ? utc(event.end.instant) : null };
}

const order = (a: CanonicalEvent, b: CanonicalEvent) => a.start.localeCompare(b.start) || (a.title ?? '').localeCompare(b.title ?? '');
const line = (e: CanonicalEvent) => `${e.start} – ${e.end ?? '…'}${e.allDay ? ' (all day)' : ''} ${e.title ?? '(untitled)'}`;

async function read(c: CorpusCase): Promise<{ events: CanonicalEvent[]; problems: FeedProblem[] }> {
  const zone = c.meta.timeZone ?? 'Europe/Berlin';
  const window = c.meta.window ?? DEFAULT_WINDOW;
  try {
    const result = await loadFeed(`/__kultur/corpus/${c.format}/${c.file}`, {
      warn: false,
      timeZone: zone,
      rangeStart: startOfLocalDay(window.from, zone),
      rangeEnd: startOfLocalDay(window.to, zone),
    });
    return { events: result.events.map(canonical), problems: result.problems };
  } catch (error) {
    if (error instanceof FeedError && error.kind === 'empty') return { events: [], problems: [...(error.problems ?? [])] };
    throw error;
  }
}

const response = await fetch('/__kultur/corpus/cases.json');
if (!response.ok) throw new Error(`the corpus reference could not be computed: ${await response.text()}`);
const cases = (await response.json()) as CorpusCase[];

describe('real-world feed corpus, against an independent reference', () => {
  beforeEach(clearFeedCache);

  it(`has at least ${MINIMUM_FILES} files over every adapter`, () => {
    expect(cases.length).to.be.at.least(MINIMUM_FILES);
    expect(new Set(cases.map((c) => c.format))).to.have.keys('ics', 'jsonld', 'wp-tribe', 'hessen-szene');
  });

  for (const c of cases) {
    it(`${c.format}/${c.file}${c.meta.generator ? ` (${c.meta.generator})` : ''}`, async () => {
      const ours = await read(c);
      const deliberate = new Set((c.meta.differences ?? []).map((d) => d.title));
      const compared = (events: CanonicalEvent[]) => events.filter((e) => !deliberate.has(e.title ?? '')).sort(order).map(line);
      expect(compared(ours.events), `${c.file}: events as we read them vs. the reference`).to.deep.equal(compared(c.reference));

      for (const title of deliberate) {
        const mine = ours.events.filter((e) => e.title === title).sort(order).map(line);
        const theirs = c.reference.filter((e) => e.title === title).sort(order).map(line);
        expect(mine, `${c.file}: "${title}" is listed as a deliberate difference but reads the same as the reference`).not.to.deep.equal(theirs);
      }

      const said = ours.problems.map(formatProblem);
      for (const expected of c.meta.problems ?? []) {
        expect(said.some((p) => p.includes(expected)), `${c.file}: a diagnostic containing "${expected}" in ${JSON.stringify(said)}`).to.equal(true);
      }
      if (!ours.events.length) expect(said.length, `${c.file}: no events must come with a diagnostic`).to.be.above(0);
    });
  }
});
