import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/data/fetch-json.js';
import { clearFeedCache, type FeedResult } from '../../src/data/load-feed.js';
import { watchFeed } from '../../src/data/watch-feed.js';

const FEED = '/test/fixtures/feeds/native-basic.json';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const requests = (path: string) => performance.getEntriesByType('resource').filter((e) => e.name.endsWith(path)).length;

describe('watchFeed (refresh interval)', function () {
  this.timeout(20_000);

  beforeEach(() => {
    clearFeedCache();
    performance.clearResourceTimings();
  });

  it('loads at once, revalidates every interval and reports only changes', async () => {
    const results: FeedResult[] = [];
    const started = performance.now();
    const watch = watchFeed(`${FEED}?watch`, { refreshMs: 1000, onResult: (r) => results.push(r) });
    while (requests('?watch') < 3 && performance.now() - started < 8000) await wait(50);
    watch.stop();
    expect(requests('?watch')).to.equal(3);
    expect(performance.now() - started).to.be.greaterThan(2000); // one interval after each load
    expect(results).to.have.length(1); // the feed did not change: reloads are not reported
    expect(results[0].events).to.have.length(2);
    await wait(1300);
    expect(requests('?watch')).to.equal(3); // stopped
  });

  it('reports failures and keeps going; refresh() loads on demand', async () => {
    const errors: unknown[] = [];
    const watch = watchFeed('/test/fixtures/feeds/missing.json', { onResult: () => undefined, onError: (e) => errors.push(e) });
    await wait(200);
    await watch.refresh();
    watch.stop();
    expect(errors).to.have.length(2);
    expect((errors[0] as FeedError).kind).to.equal('http');
  });

  it('stop() aborts a load in progress without reporting it', async () => {
    let reported = 0;
    const watch = watchFeed(`${FEED}?stop`, { onResult: () => reported++, onError: () => reported++ });
    watch.stop();
    await wait(300);
    expect(reported).to.equal(0);
  });

  it('reports its first result even when another element loaded the same feed before', async () => {
    const first = await new Promise<FeedResult>((resolve) => {
      const watch = watchFeed(`${FEED}?shared`, { onResult: (r) => (watch.stop(), resolve(r)) });
    });
    const second = await new Promise<FeedResult>((resolve, reject) => {
      const watch = watchFeed(`${FEED}?shared`, { onResult: (r) => (watch.stop(), resolve(r)) });
      setTimeout(() => reject(new Error('the second watch never reported')), 3000);
    });
    expect(second.unchanged, 'the revalidation found the feed unchanged').to.equal(true);
    expect(second.events).to.equal(first.events);
  });
});
