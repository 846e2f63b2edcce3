import { expect } from '@open-wc/testing';
import { clearFeedCache, loadFeed } from '../../src/data/load-feed.js';
import { formatProblem } from '../../src/data/problems.js';
import type { KulturAllDayEvent, KulturEvent, KulturTimedEvent } from '../../src/data/types.js';
import { localDate, localTime } from '../../src/time/zoned.js';

const FEED = '/test/fixtures/feeds/im-puls.ics';
const WINDOW = { rangeStart: Date.parse('2026-09-01T00:00:00Z'), rangeEnd: Date.parse('2027-06-01T00:00:00Z') };
const local = (dt?: { instant: number; zone: string }) => (dt ? `${localDate(dt.instant, dt.zone)} ${localTime(dt.instant, dt.zone)}` : undefined);
const iso = (ms: number) => new Date(ms).toISOString();

async function load(options = {}): Promise<{ events: KulturEvent[]; problems: string[] }> {
  const result = await loadFeed(FEED, { warn: false, ...WINDOW, ...options });
  expect(result.format).to.equal('ics');
  return { events: result.events, problems: result.problems.map(formatProblem) };
}

describe('iCalendar adapter (ical.js, loaded lazily)', () => {
  beforeEach(clearFeedCache);

  it('expands a weekly series across both DST changes, minus DATE and DATE-TIME EXDATEs, with overrides', async () => {
    const { events } = await load();
    const quiz = events.filter((e) => e.id.startsWith('kneipenquiz@')) as KulturTimedEvent[];
    expect(quiz.map((e) => local(e.start))).to.deep.equal([
      '2026-10-18 20:00',
      '2026-10-25 20:00', // last Sunday of October: clocks went back that morning
      // 1 Nov excluded by EXDATE;VALUE=DATE, 8 and 15 Nov by TZID date-times, 22 Nov by a UTC date-time
      '2026-11-29 19:00', // RECURRENCE-ID override: earlier this week
      '2026-12-06 20:00', // override: cancelled
      '2026-12-13 20:00',
      '2026-12-20 20:00',
      '2026-12-27 20:00',
      '2027-01-03 20:00',
      '2027-01-10 20:00',
      '2027-01-17 20:00',
      '2027-01-24 20:00',
      '2027-01-31 20:00',
      '2027-02-07 20:00',
      '2027-02-14 20:00',
      '2027-02-21 20:00',
      '2027-02-28 20:00',
      '2027-03-07 20:00',
      '2027-03-14 20:00',
      '2027-03-21 20:00',
      '2027-03-28 20:00', // last Sunday of March: clocks went forward that morning
      '2027-04-04 20:00',
    ]);
    expect(iso(quiz[0].start.instant)).to.equal('2026-10-18T18:00:00.000Z');
    expect(iso(quiz[1].start.instant)).to.equal('2026-10-25T19:00:00.000Z');
    expect(iso(quiz[19].start.instant)).to.equal('2027-03-28T18:00:00.000Z');
    expect(quiz.every((e) => e.end!.instant - e.start.instant === 2 * 3_600_000)).to.equal(true);
    expect(quiz[0]).to.deep.include({
      id: 'kneipenquiz@im-puls.example@2026-10-18T18:00Z',
      title: 'Kneipenquiz',
      category: 'Quiz',
      categories: ['Café'],
      description: 'Jeden Sonntag im Café: Fragen, Antworten; Preise.\nAnmeldung nicht nötig.',
      location: { name: 'Café im IM-PULS, Musterstraße 1, 12345 Musterstadt' },
      url: 'https://im-puls.example/programm/kneipenquiz',
      status: 'scheduled',
    });
    expect(quiz[2].title).to.equal('Kneipenquiz (Sonderausgabe: früher)');
    expect(quiz[3].status).to.equal('cancelled');
  });

  it('reads VTIMEZONE zones (also Windows names), UTC, floating times in the widget zone and IANA TZIDs without VTIMEZONE', async () => {
    const { events } = await load();
    const find = (prefix: string) => events.find((e) => e.id.startsWith(prefix)) as KulturTimedEvent;
    const reading = find('lesung-');
    expect([local(reading.start), reading.status]).to.deep.equal(['2026-11-20 19:30', 'cancelled']);
    expect(iso(reading.start.instant)).to.equal('2026-11-20T18:30:00.000Z');
    const stream = find('stream-');
    expect([local(stream.start), local(stream.end)]).to.deep.equal(['2026-12-05 20:00', '2026-12-05 21:30']);
    expect(iso(find('floating-').start.instant)).to.equal('2026-12-07T17:00:00.000Z');
    expect(local(find('gast-nyc').start)).to.equal('2026-12-09 20:00');

    const { events: inLisbon } = await load({ timeZone: 'Europe/Lisbon' });
    const floating = inLisbon.find((e) => e.id.startsWith('floating-')) as KulturTimedEvent;
    expect(iso(floating.start.instant)).to.equal('2026-12-07T18:00:00.000Z');
  });

  it('reads VALUE=DATE events as all-day with an exclusive end, and resolves IMAGE against the feed', async () => {
    const { events } = await load();
    const market = events.find((e) => e.id.startsWith('weihnachtsmarkt')) as KulturAllDayEvent;
    expect(market).to.deep.include({ allDay: true, startDate: '2026-12-11', endDate: '2026-12-14' });
    expect(market.image).to.equal(new URL('/test/fixtures/feeds/bilder/markt.jpg', location.href).href);
    const openDay = events.find((e) => e.id.startsWith('tag-der-offenen')) as KulturAllDayEvent;
    expect(openDay).to.deep.include({ startDate: '2026-10-03', endDate: '2026-10-04' });
  });

  it('keeps an overnight series’ duration across the spring change and reports a VEVENT without DTSTART', async () => {
    const { events, problems } = await load();
    const dance = events.filter((e) => e.id.startsWith('tanz-sommer')) as KulturTimedEvent[];
    expect(dance.map((e) => `${local(e.start)} – ${local(e.end)}`)).to.deep.equal([
      '2027-03-21 21:00 – 2027-03-22 01:00',
      '2027-03-28 21:00 – 2027-03-29 01:00',
    ]);
    expect(problems).to.deep.equal(['VEVENT[9].DTSTART [Ohne Beginn]: missing: every event needs a DTSTART (item skipped)']);
  });

  it('moves the default window with "now", also when the feed is unchanged', async () => {
    const count = async (now: number) => (await loadFeed(FEED, { warn: false, now })).events.filter((e) => e.id.startsWith('kneipenquiz@')).length;
    const before = await count(Date.parse('2025-06-01T00:00:00Z'));
    // Two years later the cached reading (window around June 2025) must not be reused.
    expect(await count(Date.parse('2027-06-01T00:00:00Z'))).not.to.equal(before);
  });

  it('expands only within the window', async () => {
    const { events } = await load({ rangeStart: Date.parse('2027-01-01T00:00:00Z'), rangeEnd: Date.parse('2027-02-01T00:00:00Z') });
    const quiz = events.filter((e) => e.id.startsWith('kneipenquiz@'));
    expect(quiz.map((e) => localDate((e as KulturTimedEvent).start.instant, 'Europe/Berlin'))).to.deep.equal([
      '2027-01-03',
      '2027-01-10',
      '2027-01-17',
      '2027-01-24',
      '2027-01-31',
    ]);
    // Single events outside the window stay: the window bounds expansion only.
    expect(events.some((e) => e.id.startsWith('lesung-'))).to.equal(true);
  });
});
