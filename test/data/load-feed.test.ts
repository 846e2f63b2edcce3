import { expect } from '@open-wc/testing';
import { rejection } from '../helpers/rejection.js';
import { FeedError, isAbortError } from '../../src/data/fetch-json.js';
import { clearFeedCache, loadFeed } from '../../src/data/load-feed.js';

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
