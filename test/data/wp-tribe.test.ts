import { expect } from '@open-wc/testing';
import { collectPages } from '../../src/data/adapters/wp-tribe.js';
import { clearFeedCache, loadFeed, normalizeFeedData } from '../../src/data/load-feed.js';
import { formatProblem } from '../../src/data/problems.js';
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

describe('WordPress time zones: IANA names and manual UTC offsets', () => {
  /** A TEC 6.x REST envelope with one timed event. */
  const envelope = (timezone: string, start: string, utcStart: string, abbr = timezone) => ({
    events: [
      {
        id: 1,
        title: 'Konzert',
        all_day: false,
        start_date: start,
        end_date: '',
        utc_start_date: utcStart,
        utc_end_date: '',
        timezone,
        timezone_abbr: abbr,
      },
    ],
    rest_url: 'https://im-puls.example/wp-json/tribe/events/v1/events',
    total: 1,
    total_pages: 1,
  });
  const read = async (timezone: string, start: string, utcStart: string) => {
    const { events, problems } = await normalizeFeedData(envelope(timezone, start, utcStart), { warn: false });
    const event = events[0] as KulturTimedEvent;
    return { utc: new Date(event.start.instant).toISOString(), local: local(event.start), zone: event.start.zone, problems: problems.map(formatProblem) };
  };

  it('reads a site set to "UTC+0" like one set to "UTC": the wall clock the site shows', async () => {
    for (const timezone of ['UTC+0', 'UTC']) {
      expect(await read(timezone, '2026-07-10 20:00:00', '2026-07-10 20:00:00')).to.deep.equal({ utc: '2026-07-10T20:00:00.000Z', local: '2026-07-10 20:00', zone: 'UTC', problems: [] });
    }
  });

  it('reads the offset forms as WordPress does (UTC+5.5 is +05:30)', async () => {
    const cases: [string, string, string][] = [
      ['UTC+1', '2026-07-10T19:00:00.000Z', 'Etc/GMT-1'],
      ['UTC-5', '2026-07-11T01:00:00.000Z', 'Etc/GMT+5'],
      ['UTC+5.5', '2026-07-10T14:30:00.000Z', '+05:30'],
      ['UTC+5:30', '2026-07-10T14:30:00.000Z', '+05:30'],
      ['UTC+05:45', '2026-07-10T14:15:00.000Z', '+05:45'],
      ['UTC+5.75', '2026-07-10T14:15:00.000Z', '+05:45'],
      ['UTC-9.5', '2026-07-11T05:30:00.000Z', '-09:30'],
    ];
    for (const [timezone, utc, zone] of cases) {
      const utcStart = utc.slice(0, 19).replace('T', ' ');
      expect(await read(timezone, '2026-07-10 20:00:00', utcStart), timezone).to.deep.equal({ utc, local: '2026-07-10 20:00', zone, problems: [] });
    }
  });

  it('trusts start_date over a utc_start_date that disagrees with it, and says so', async () => {
    // A UTC+1 site whose UTC field was computed with summer time: the site shows 20:00.
    const result = await read('UTC+1', '2026-07-10 20:00:00', '2026-07-10 18:00:00');
    expect([result.utc, result.local]).to.deep.equal(['2026-07-10T19:00:00.000Z', '2026-07-10 20:00']);
    expect(result.problems).to.deep.equal([
      'events[0].utc_start_date [Konzert]: "2026-07-10 18:00:00" disagrees with start_date "2026-07-10 20:00:00" in "UTC+1"; read start_date, as the site shows it',
    ]);
  });

  it('takes utc_start_date to tell the two 02:30 of the night the clocks go back apart', async () => {
    const second = await read('Europe/Berlin', '2026-10-25 02:30:00', '2026-10-25 01:30:00');
    expect([second.utc, second.local, second.problems]).to.deep.equal(['2026-10-25T01:30:00.000Z', '2026-10-25 02:30', []]);
    const first = await read('Europe/Berlin', '2026-10-25 02:30:00', '2026-10-25 00:30:00');
    expect(first.utc).to.equal('2026-10-25T00:30:00.000Z');
  });

  it('reports a timezone it cannot read and falls back to utc_start_date in the venue zone', async () => {
    const result = await read('Mars/Olympus_Mons', '2026-07-10 20:00:00', '2026-07-10 18:00:00');
    expect([result.utc, result.zone]).to.deep.equal(['2026-07-10T18:00:00.000Z', 'Europe/Berlin']);
    expect(result.problems).to.deep.equal([
      'events[0].timezone [Konzert]: "Mars/Olympus_Mons" is not a time zone; times read from utc_start_date and shown in Europe/Berlin',
    ]);
  });
});
