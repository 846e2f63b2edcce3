import { expect } from '@open-wc/testing';
import { clearFeedCache, loadFeed, normalizeFeedData } from '../../src/data/load-feed.js';
import { formatProblem } from '../../src/data/problems.js';
import type { KulturAllDayEvent, KulturEvent, KulturTimedEvent } from '../../src/data/types.js';
import { eventDays } from '../../src/time/group.js';
import { localDate, localTime } from '../../src/time/zoned.js';

const FEEDS = '/test/fixtures/feeds';
const local = (dt?: { instant: number; zone: string }) => (dt ? `${localDate(dt.instant, dt.zone)} ${localTime(dt.instant, dt.zone)}` : undefined);
const byTitle = (events: KulturEvent[], title: string) => events.find((e) => e.title === title)!;

describe('schema.org JSON-LD adapter', () => {
  beforeEach(clearFeedCache);

  it('reads Event subtypes from @graph: places by @id, offers, status, doors, images', async () => {
    const { events, problems, format, itemCount } = await loadFeed(`${FEEDS}/jsonld-graph.json`, { warn: false });
    expect(format).to.equal('jsonld');
    expect(itemCount).to.equal(6);
    expect(events.map((e) => e.title)).to.deep.equal(['Jazz im Keller', 'Die Physiker', 'Kino: Lola rennt', 'Hoffest']);

    const jazz = byTitle(events, 'Jazz im Keller') as KulturTimedEvent;
    expect(jazz).to.deep.include({
      id: 'https://im-puls.example/programm/jazz#event',
      schemaType: 'MusicEvent',
      status: 'scheduled',
      location: { name: 'IM-PULS, Saal', address: 'Musterstraße 1, 12345 Musterstadt' },
      image: 'https://im-puls.example/bilder/jazz-16x9.jpg',
      url: 'https://im-puls.example/programm/jazz',
      description: 'Das Trio Wellenlänge spielt Standards &amp; Eigenes.',
      descriptionIsHtml: true,
    });
    expect([local(jazz.start), local(jazz.end), local(jazz.doors)]).to.deep.equal(['2026-12-05 20:00', '2026-12-05 22:30', '2026-12-05 19:00']);
    expect(jazz.offers).to.deep.equal([
      { id: 'vorverkauf', name: 'Vorverkauf', price: 15, currency: 'EUR' },
      { id: 'ermäßigt', name: 'ermäßigt', price: 10, currency: 'EUR' },
    ]);

    const play = byTitle(events, 'Die Physiker') as KulturTimedEvent;
    expect(play.status).to.equal('cancelled');
    expect(play.schemaType).to.equal('TheaterEvent');
    expect(local(play.start)).to.equal('2026-12-11 19:30');
    expect(local(play.doors)).to.equal('2026-12-11 19:00');
    expect(play.location).to.deep.equal({ name: 'Studiobühne', address: 'Hinterhof 3, 12345 Musterstadt' });
    expect(play.image).to.equal(new URL('/bilder/physiker.jpg', location.href).href);
    expect(play.imageAlt).to.equal('Drei Physiker im Irrenhaus');
    expect(play.offers.map((o) => o.price)).to.deep.equal([8, 14]);

    expect(byTitle(events, 'Kino: Lola rennt').status).to.equal('soldout');
    const fest = byTitle(events, 'Hoffest') as KulturAllDayEvent;
    // schema.org endDate 2027-06-13 is the last day: two days, the model's end date exclusive.
    expect(fest).to.deep.include({ allDay: true, startDate: '2027-06-12', endDate: '2027-06-14', free: true, location: { name: 'Innenhof' } });

    expect(problems.map(formatProblem)).to.deep.equal([
      '@graph[6].startDate [Lesereihe ohne Datum]: missing: every event needs a startDate (item skipped)',
      '@graph[7].startDate [Kaputtes Datum]: "05.12.2026 20:00" is not a date (expected ISO 8601, e.g. 2026-12-05T20:00:00+01:00 or 2026-12-05) (item skipped)',
    ]);
  });

  it('reads bare arrays, ItemLists, prefixed types and rescheduled/postponed status', async () => {
    const raw = await (await fetch(`${FEEDS}/jsonld-list.json`)).json();
    const { events } = await normalizeFeedData(raw, { warn: false });
    expect(events.map((e) => [e.title, e.schemaType, e.status, local((e as KulturTimedEvent).start)])).to.deep.equal([
      ['Puppentheater: Der kleine Drache', 'ChildrensEvent', 'postponed', '2026-12-06 15:00'],
      ['Tanzcafé', 'DanceEvent', 'postponed', '2026-12-13 16:00'],
    ]);
    expect(events[1].free).to.equal(true);
  });
});

describe('schema.org JSON-LD dates', () => {
  const festival = (startDate: string, endDate: string) => ({ '@context': 'https://schema.org', '@type': 'Festival', name: 'Sommerfest', startDate, endDate });

  it('reads a date-only endDate as the last day of the event (inclusive)', async () => {
    const { events, problems } = await normalizeFeedData(festival('2026-07-17', '2026-07-20'), { warn: false });
    const fest = events[0] as KulturAllDayEvent;
    expect([fest.allDay, fest.startDate, fest.endDate]).to.deep.equal([true, '2026-07-17', '2026-07-21']);
    expect(eventDays(fest)).to.deep.equal(['2026-07-17', '2026-07-18', '2026-07-19', '2026-07-20']);
    expect(problems).to.deep.equal([]);
    const oneDay = (await normalizeFeedData(festival('2026-07-17', '2026-07-17'), { warn: false })).events[0] as KulturAllDayEvent;
    expect([oneDay.startDate, oneDay.endDate]).to.deep.equal(['2026-07-17', '2026-07-18']);
  });

  it('reports a date-only endDate before the startDate and reads a one-day event', async () => {
    const { events, problems } = await normalizeFeedData(festival('2026-07-17', '2026-07-16'), { warn: false });
    expect([(events[0] as KulturAllDayEvent).startDate, (events[0] as KulturAllDayEvent).endDate]).to.deep.equal(['2026-07-17', '2026-07-18']);
    expect(problems.map(formatProblem)).to.deep.equal(['(root).end [Sommerfest]: "2026-07-16" is before the start; read as a one-day event']);
  });

  it('keeps a date-only endDate after a timed startDate: until the end of that day in the venue zone', async () => {
    const { events, problems } = await normalizeFeedData(festival('2026-07-17T18:00:00+02:00', '2026-07-19'), { warn: false });
    const fest = events[0] as KulturTimedEvent;
    expect(fest.allDay).to.equal(false);
    expect([local(fest.start), local(fest.end)]).to.deep.equal(['2026-07-17 18:00', '2026-07-20 00:00']);
    expect(eventDays(fest)).to.deep.equal(['2026-07-17', '2026-07-18', '2026-07-19']);
    expect(problems.map(formatProblem)).to.deep.equal([
      '(root).endDate [Sommerfest]: "2026-07-19" has no time while the startDate has one; read as the end of that day',
    ]);
    // On the start's own day the date adds nothing: no made-up 00:00 end.
    const evening = (await normalizeFeedData(festival('2026-07-19T20:00:00+02:00', '2026-07-19'), { warn: false })).events[0] as KulturTimedEvent;
    expect([local(evening.start), evening.end]).to.deep.equal(['2026-07-19 20:00', undefined]);
    const vienna = (await normalizeFeedData(festival('2026-07-17T18:00', '2026-07-19'), { warn: false, timeZone: 'Europe/Vienna' })).events[0] as KulturTimedEvent;
    expect(local(vienna.end)).to.equal('2026-07-20 00:00');
    expect(vienna.end!.zone).to.equal('Europe/Vienna');
  });
});

describe('schema.org JSON-LD in a web page', () => {
  beforeEach(clearFeedCache);

  it('reads the ld+json blocks of an HTML page (inert: the page’s scripts never run)', async () => {
    const { events, problems, format } = await loadFeed(`${FEEDS}/programm.html`, { warn: false });
    expect(format).to.equal('jsonld');
    expect(events.map((e) => [e.title, local((e as KulturTimedEvent).start)])).to.deep.equal([
      ['Chorkonzert', '2026-12-19 18:00'],
      ['Silvesterparty', '2026-12-31 21:00'],
    ]);
    expect(events[0].offers).to.deep.equal([{ id: 'price-1', name: '', price: 12, currency: 'EUR' }]);
    expect(problems).to.have.length(1);
    expect(formatProblem(problems[0])).to.match(/^script\[2\]: is not valid JSON \(.+\); ignored$/);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});
