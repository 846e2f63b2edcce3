import { expect } from '@open-wc/testing';
import { collectPages } from '../../src/data/adapters/wp-tribe.js';
import { clearFeedCache, loadFeed } from '../../src/data/load-feed.js';
import type { KulturAllDayEvent, KulturTimedEvent } from '../../src/data/types.js';
import { localDate, localTime } from '../../src/time/zoned.js';

const FEEDS = '/test/fixtures/feeds';
const local = (dt?: { instant: number; zone: string }) => (dt ? `${localDate(dt.instant, dt.zone)} ${localTime(dt.instant, dt.zone)}` : undefined);

describe('WordPress "The Events Calendar" adapter', () => {
  beforeEach(clearFeedCache);

  it('follows next_rest_url over every page (an empty last page included) and normalizes all fields', async () => {
    const { events, problems, format, itemCount } = await loadFeed(`${FEEDS}/wp-tribe-page1.json`, { warn: false });
    expect(format).to.equal('wp-tribe');
    expect(itemCount).to.equal(3);
    expect(problems).to.deep.equal([]);

    const rock = events[0] as KulturTimedEvent;
    expect(rock.title).to.equal('Rock & Roll Abend – mit den Wellenreitern');
    expect([local(rock.start), local(rock.end)]).to.deep.equal(['2026-10-24 20:00', '2026-10-24 23:00']);
    expect(rock).to.deep.include({
      id: '4711',
      url: 'https://im-puls.example/veranstaltung/rock-roll-abend/',
      image: 'https://im-puls.example/wp-content/uploads/2026/10/wellenreiter.jpg',
      imageAlt: 'Die Band auf der Bühne',
      category: 'Konzert',
      location: { name: 'IM-PULS – Saal', address: 'Musterstraße 1, 12345 Musterstadt' },
      descriptionIsHtml: true,
    });
    expect(rock.offers).to.deep.equal([
      { id: 'price-1', name: '', price: 12, currency: 'EUR' },
      { id: 'price-2', name: '', price: 15, currency: 'EUR' },
    ]);
    expect(rock.description).to.equal(
      '<p>Die <strong>Wellenreiter</strong> spielen.</p>\n<p><a href="https://wellenreiter.example/" rel="noopener noreferrer">Zur Band</a> <a>klick</a></p>',
    );

    const market = events[2] as KulturAllDayEvent;
    expect(market).to.deep.include({ allDay: true, startDate: '2026-10-31', endDate: '2026-11-02', free: true, offers: [] });
    expect(market.location).to.equal(undefined);

    const play = events[1] as KulturTimedEvent;
    expect(local(play.start)).to.equal('2026-10-25 19:00'); // the day the clocks go back: 18:00 UTC is 19:00 CET
    expect(play.categories).to.deep.equal(['Kinder & Familie']);
    expect(play.description).to.equal('<p>Ein Stück über Uhren.</p><p>Mit Pause.</p>');
  });

  it('stops at maxPages and says so', async () => {
    const { events, problems } = await loadFeed(`${FEEDS}/wp-tribe-page1.json`, { warn: false, maxPages: 1 });
    expect(events).to.have.length(2);
    expect(problems.map((p) => p.message)).to.deep.equal(['stopped after 1 pages of 3 (maxPages)']);
  });

  it('never follows a next_rest_url to another origin (real servers send absolute URLs)', async () => {
    const first = { events: [{}], total_pages: 2, next_rest_url: 'https://elsewhere.example/wp-json/tribe/events/v1/events?page=2' };
    const asked: string[] = [];
    const result = await collectPages(first, 'https://im-puls.example/wp-json/tribe/events/v1/events', async (url) => (asked.push(url), '{"events":[]}'), 10);
    expect(asked).to.deep.equal([]);
    expect(result.problems[0].message).to.contain('another origin');
    const same = { events: [{}], next_rest_url: 'https://im-puls.example/wp-json/tribe/events/v1/events?page=2' };
    await collectPages(same, 'https://im-puls.example/wp-json/tribe/events/v1/events', async (url) => (asked.push(url), '{"events":[{}]}'), 10);
    expect(asked).to.deep.equal(['https://im-puls.example/wp-json/tribe/events/v1/events?page=2']);
  });
});
