import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/data/fetch-json.js';
import { normalizeFeed, normalizeFeedData, type FeedFormat } from '../../src/data/load-feed.js';

const FEEDS = '/test/fixtures/feeds';

/** A small deterministic PRNG, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const KEYS = ['id', 'title', 'start', 'end', 'allDay', 'doors', 'category', 'categories', 'description', 'location', 'image', 'url', 'status', 'offers', 'availability', 'reservable', 'free', 'price', '__proto__', 'constructor'];

function junk(next: () => number, depth = 0): unknown {
  const pick = Math.floor(next() * 12);
  switch (pick) {
    case 0: return null;
    case 1: return next() * 1e6 - 5e5;
    case 2: return '2026-12-05T20:00:00+01:00';
    case 3: return ['', ' ', '2026-13-45', '<script>x</script>', 'javascript:x', 'NaN', '2026-02-29', '24:00'][Math.floor(next() * 8)];
    case 4: return next() > 0.5;
    case 5: return depth > 2 ? [] : Array.from({ length: Math.floor(next() * 4) }, () => junk(next, depth + 1));
    case 6: return NaN;
    case 7: return Infinity;
    default: {
      if (depth > 2) return {};
      const object: Record<string, unknown> = {};
      for (const key of KEYS) if (next() > 0.5) object[next() > 0.9 ? `${key} ` : key] = junk(next, depth + 1);
      return object;
    }
  }
}

async function settles(promise: Promise<unknown>): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(FeedError);
  }
}

describe('nothing in a feed throws anything but a FeedError', () => {
  it('survives 2,000 random native feeds (wrong types everywhere, odd keys, prototype keys)', () => {
    const next = random(42);
    for (let i = 0; i < 2000; i++) {
      const feed = next() > 0.3 ? { events: Array.from({ length: 1 + Math.floor(next() * 5) }, () => junk(next)) } : junk(next);
      try {
        const result = normalizeFeed(JSON.parse(JSON.stringify(feed) ?? 'null'), { warn: false });
        for (const event of result.events) expect(event.title).to.be.a('string');
      } catch (error) {
        expect(error, `feed #${i}: ${String(error)}`).to.be.instanceOf(FeedError);
      }
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('survives every truncation and line loss of the iCalendar, XML, JSON-LD and WordPress fixtures', async () => {
    const fixtures: Array<[string, FeedFormat]> = [
      ['im-puls.ics', 'auto'],
      ['hessen-szene.xml', 'auto'],
      ['jsonld-graph.json', 'jsonld'],
      ['wp-tribe-page1.json', 'wp-tribe'],
    ];
    const next = random(7);
    for (const [name, format] of fixtures) {
      const text = await (await fetch(`${FEEDS}/${name}`)).text();
      for (let i = 0; i < 40; i++) {
        const cut = text.slice(0, Math.floor(next() * text.length));
        const lines = text.split('\n');
        lines.splice(Math.floor(next() * lines.length), 1 + Math.floor(next() * 3));
        await settles(normalizeFeedData(cut, { format, warn: false }));
        await settles(normalizeFeedData(lines.join('\n'), { format, warn: false }));
      }
    }
  });
});
