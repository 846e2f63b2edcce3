import { expect } from '@open-wc/testing';
import { rejection } from '../helpers/rejection.js';
import { FeedError, fetchJson, fetchText, isAbortError } from '../../src/data/fetch-json.js';

const FEEDS = '/test/fixtures/feeds';
const FIXTURE = `${FEEDS}/native-basic.json`;

describe('fetchJson / fetchText (real HTTP against the test server)', () => {
  it('loads and parses JSON from the same origin', async () => {
    const feed = await fetchJson<{ events: unknown[] }>(FIXTURE);
    expect(feed.events).to.have.length(2);
  });

  it('returns the validators and the final URL with the text', async () => {
    const fetched = await fetchText(FIXTURE);
    expect(fetched.url).to.equal(new URL(FIXTURE, location.href).href);
    expect(fetched.contentType).to.contain('json');
    expect(fetched.text).to.contain('Jazz im Keller');
  });

  it('returns the Content-Type the server sent (the fixtures the format detection tests rely on)', async () => {
    const types = await Promise.all(['widget-fragment.html', 'item-list.jsonld', 'im-puls-as-text.txt', 'im-puls.ics', 'hessen-szene.xml'].map(async (f) => (await fetchText(`${FEEDS}/${f}`)).contentType.split(';')[0]));
    expect(types).to.deep.equal(['text/html', 'application/ld+json', 'text/plain', 'text/calendar', 'application/xml']);
  });

  it('classifies an HTTP error status with the status', async () => {
    const error = (await rejection(fetchJson('/test/fixtures/feeds/does-not-exist.json'))) as FeedError;
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.contain('404');
  });

  it('classifies a body that is not JSON as format', async () => {
    const error = (await rejection(fetchJson('/test/fixtures/feeds/truncated.json'))) as FeedError;
    expect(error.kind).to.equal('format');
    expect(error.message).to.contain('truncated.json');
  });

  it('reports another, unreachable origin as cors (blocked or unreachable: browsers hide which)', async () => {
    const url = 'http://127.0.0.1:9/feed.json';
    const error = (await rejection(fetchJson(url))) as FeedError;
    expect(error.kind).to.equal('cors');
    expect(error.url).to.equal(url);
    expect(error.message).to.match(/CORS/).and.match(/unreachable/);
  });

  it('reports a timeout', async () => {
    const error = (await rejection(fetchText(FIXTURE, { timeoutMs: 1 }))) as FeedError;
    expect(error.kind).to.equal('timeout');
  });

  it('rejects with the caller’s AbortError, not a FeedError, when the caller aborts', async () => {
    const controller = new AbortController();
    const promise = fetchText(FIXTURE, { signal: controller.signal });
    controller.abort();
    const error = await rejection(promise);
    expect(isAbortError(error)).to.equal(true);
    expect(error).not.to.be.instanceOf(FeedError);
  });
});
