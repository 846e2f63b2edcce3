import { expect } from '@open-wc/testing';
import { rejection } from '../helpers/rejection.js';
import { FeedError, isAbortError } from '../../src/data/fetch-json.js';
import { clearFeedCache, loadFeed } from '../../src/data/load-feed.js';
import { formatProblem } from '../../src/data/problems.js';

const FEEDS = '/test/fixtures/feeds';

/** Requests the page made for `url` (Resource Timing: real requests only). */
function requestsFor(path: string): number {
  return performance.getEntriesByType('resource').filter((e) => e.name.endsWith(path)).length;
}

describe('loadFeed (real HTTP against the test server)', () => {
  beforeEach(() => {
    clearFeedCache();
    performance.clearResourceTimings();
  });

  it('loads, detects and normalizes a native feed; relative URLs resolve against the feed', async () => {
    const result = await loadFeed(`${FEEDS}/native-odd.json`, { warn: false });
    expect(result.format).to.equal('json');
    expect(result.url).to.equal(new URL(`${FEEDS}/native-odd.json`, location.href).href);
    expect(result.events[0].image).to.equal(new URL(`${FEEDS}/bilder/lesung.jpg`, location.href).href);
    expect(result.problems.length).to.be.greaterThan(0);
  });

  it('shares one request between elements asking for the same feed at once', async () => {
    const path = `${FEEDS}/native-basic.json?shared`;
    const [a, b, c] = await Promise.all([loadFeed(path), loadFeed(path), loadFeed(path, { timeZone: 'Europe/Vienna' })]);
    expect(a.events).to.have.length(2);
    expect(b.events).to.have.length(2);
    expect(c.events[0].allDay ? '' : c.events[0].start.zone).to.equal('Europe/Vienna');
    expect(requestsFor('native-basic.json?shared')).to.equal(1);
  });

  it('revalidates with the server (ETag, 304) and reuses the previous result when the feed is unchanged', async () => {
    const path = `${FEEDS}/native-basic.json?again`;
    const first = await loadFeed(path);
    const second = await loadFeed(path);
    expect(first.unchanged).to.equal(undefined);
    expect(second.unchanged).to.equal(true);
    expect(second.events).to.equal(first.events);
    expect(requestsFor('native-basic.json?again')).to.equal(2);
    // The second request was a conditional one (ETag → 304): only headers crossed the wire.
    const [, revalidation] = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('?again')) as PerformanceResourceTiming[];
    expect(revalidation.transferSize).to.be.greaterThan(0);
    expect(revalidation.transferSize).to.be.lessThan(revalidation.encodedBodySize);
  });

  it('keeps the shared request alive while one caller aborts, and rejects that caller with an AbortError', async () => {
    const path = `${FEEDS}/native-basic.json?abort`;
    const controller = new AbortController();
    const leaving = loadFeed(path, { signal: controller.signal });
    const staying = loadFeed(path);
    controller.abort();
    expect(isAbortError(await rejection(leaving))).to.equal(true);
    expect((await staying).events).to.have.length(2);
  });

  it('classifies failures: HTTP status, not JSON, another origin that is unreachable, no valid events', async () => {
    const missing = (await rejection(loadFeed(`${FEEDS}/missing.json`))) as FeedError;
    expect([missing.kind, missing.status]).to.deep.equal(['http', 404]);
    const truncated = (await rejection(loadFeed(`${FEEDS}/truncated.json`))) as FeedError;
    expect(truncated.kind).to.equal('format');
    const cors = (await rejection(loadFeed('http://127.0.0.1:9/programm.json'))) as FeedError;
    expect(cors.kind).to.equal('cors');
    const empty = (await rejection(loadFeed(`${FEEDS}/native-all-invalid.json`, { warn: false }))) as FeedError;
    expect(empty.kind).to.equal('empty');
    expect(empty.problems!.map((p) => p.path)).to.deep.equal(['events[0].start', 'events[1].title']);
  });

  it('reports a transform that throws or returns no events as a format error', async () => {
    const throwing = (await rejection(
      loadFeed(`${FEEDS}/native-basic.json`, {
        transform: () => {
          throw new Error('kaputt');
        },
      }),
    )) as FeedError;
    expect(throwing.kind).to.equal('format');
    expect(throwing.message).to.contain('kaputt');
    const wrong = (await rejection(loadFeed(`${FEEDS}/native-basic.json`, { transform: () => 'nope' }))) as FeedError;
    expect(wrong.kind).to.equal('format');
  });

  it('maps any JSON through transform', async () => {
    const result = await loadFeed(`${FEEDS}/native-basic.json`, {
      transform: (raw) => (raw as { events: { title: string; start: string }[] }).events.map((e) => ({ title: e.title.toUpperCase(), start: e.start })),
    });
    expect(result.events.map((e) => e.title)).to.deep.equal(['JAZZ IM KELLER', 'WINTERFLOHMARKT']);
  });
});

describe('loadFeed: format by Content-Type and content (real HTTP, the dev server’s content types)', () => {
  beforeEach(clearFeedCache);

  it('reads an HTML fragment served by a CMS widget (text/html, first tag <div>) as JSON-LD', async () => {
    const { events, format, problems } = await loadFeed(`${FEEDS}/widget-fragment.html`, { warn: false });
    expect(format).to.equal('jsonld');
    expect(events.map((e) => e.title)).to.deep.equal(['Lesung: Stadtgeschichten', 'Weihnachtsmarkt im Hof']);
    expect(events[0].url).to.equal(new URL('/veranstaltung/lesung/', location.href).href);
    expect(problems).to.deep.equal([]);
  });

  it('says why an HTML page with JSON-LD but no schema.org Event has no events', async () => {
    const { events, problems } = await loadFeed(`${FEEDS}/fragment-without-events.html`, { warn: false });
    expect(events).to.deep.equal([]);
    expect(problems.map(formatProblem)).to.deep.equal(['(root): no events found in this HTML page: no schema.org Event in its JSON-LD blocks (types: BreadcrumbList)']);
  });

  it('reads application/ld+json as JSON-LD even without @context at the top', async () => {
    const { events, format } = await loadFeed(`${FEEDS}/item-list.jsonld`, { warn: false });
    expect([format, events.map((e) => e.title)]).to.deep.equal(['jsonld', ['Improtheater', 'Offene Bühne']]);
  });

  it('sniffs an iCalendar feed served as text/plain', async () => {
    const { format, events } = await loadFeed(`${FEEDS}/im-puls-as-text.txt`, { warn: false });
    expect(format).to.equal('ics');
    expect(events.length).to.be.greaterThan(0);
  });

  it('reads a JSON feed that a script serves as text/html, with a note about the content type', async () => {
    const { format, events, problems } = await loadFeed(`${FEEDS}/native-as-html.html`, { warn: false });
    expect([format, events.length]).to.deep.equal(['json', 2]);
    expect(problems.map(formatProblem)).to.deep.equal(['Content-Type: "text/html", but the body is JSON; read as JSON']);
  });
});
