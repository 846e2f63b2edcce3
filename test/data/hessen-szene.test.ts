import { expect } from '@open-wc/testing';
import { clearFeedCache, loadFeed, normalizeFeedData } from '../../src/data/load-feed.js';
import { formatProblem } from '../../src/data/problems.js';
import type { KulturAllDayEvent, KulturTimedEvent } from '../../src/data/types.js';
import { localDate, localTime } from '../../src/time/zoned.js';

const FEEDS = '/test/fixtures/feeds';
const local = (dt?: { instant: number; zone: string }) => (dt ? `${localDate(dt.instant, dt.zone)} ${localTime(dt.instant, dt.zone)}` : undefined);

describe('hessen-szene.de XML adapter (LAKS laks_calendar)', () => {
  beforeEach(clearFeedCache);

  it('reads events in Berlin time, with prices, categories, location, links and relative images', async () => {
    const { events, problems, format, itemCount } = await loadFeed(`${FEEDS}/hessen-szene.xml`, { warn: false, timeZone: 'America/New_York' });
    expect(format).to.equal('hessen-szene');
    expect(itemCount).to.equal(5);

    const [kino, slam, exhibition, kabarett] = events as [KulturTimedEvent, KulturTimedEvent, KulturAllDayEvent, KulturTimedEvent];
    expect(slam).to.deep.include({
      id: '8812',
      title: 'Poetry Slam & Open Mic',
      category: 'Literatur',
      categories: ['Bühne'],
      status: 'scheduled',
      location: { name: 'Kulturfabrik', address: 'Am Kanal 7, 35037 Marburg' },
      url: 'https://kulturfabrik.example/slam',
      image: new URL(`${FEEDS}/fileadmin/laks/bilder/slam.jpg`, location.href).href,
      description: '<p>Sechs Slammer:innen, ein Publikum, <b>eine Siegerin</b>.</p><p>Danach offene Bühne.</p>',
      descriptionIsHtml: true,
    });
    expect(slam.start.zone).to.equal('Europe/Berlin');
    expect([local(slam.start), local(slam.doors)]).to.deep.equal(['2026-11-14 20:00', '2026-11-14 19:00']);
    expect(slam.offers).to.deep.equal([
      { id: 'advance', name: 'Vorverkauf', price: 8, currency: 'EUR' },
      { id: 'regular', name: 'Abendkasse', price: 10, currency: 'EUR' },
    ]);

    expect(kino.title).to.equal('Sommerkino im Hof');
    expect(local(kino.start)).to.equal('2026-07-26 21:30'); // TYPO3 timestamp of local midnight + seconds after midnight
    expect(kino).to.deep.include({ free: true, offers: [], location: { name: 'Hof der Kulturfabrik', address: 'Marburg' } });

    expect(exhibition).to.deep.include({ allDay: true, startDate: '2026-12-01', endDate: '2026-12-02' });

    expect(local(kabarett.start)).to.equal('2027-03-28 20:30'); // summer time began that morning
    expect(kabarett.status).to.equal('soldout');
    expect(kabarett.offers.map((o) => o.price)).to.deep.equal([18, 22]);
    expect(kabarett.url).to.equal(undefined);

    expect(problems.map(formatProblem)).to.deep.equal([
      'Event[2].Links.Link [Kabarett: Die Hessen-Schau]: "javascript:alert(document.cookie)" is not an http(s) URL; ignored',
      'Event[4].StartDate [Ohne gültiges Datum]: "31.02.2027" is not a date (item skipped)',
    ]);
  });

  it('reads EndDate as the last day of an all-day event', async () => {
    const xml = '<Events><Event><Id>1</Id><Title>Ausstellung</Title><StartDate><Value>01.12.2026</Value></StartDate><EndDate><Value>14.12.2026</Value></EndDate></Event></Events>';
    const [exhibition] = (await normalizeFeedData(xml, { warn: false, contentType: 'application/xml' })).events as KulturAllDayEvent[];
    expect([exhibition.startDate, exhibition.endDate]).to.deep.equal(['2026-12-01', '2026-12-15']);
  });

  it('reads an end time without an end date on the start day', async () => {
    const xml = '<Events><Event><Id>1</Id><Title>Chorprobe</Title><StartDate><Value>2026-09-09</Value></StartDate><StartTime><Value>19:30</Value></StartTime><EndTime><Value>21:30</Value></EndTime></Event></Events>';
    const { events, problems } = await normalizeFeedData(xml, { warn: false, contentType: 'application/xml' });
    const [rehearsal] = events as KulturTimedEvent[];
    expect([local(rehearsal.start), local(rehearsal.end)]).to.deep.equal(['2026-09-09 19:30', '2026-09-09 21:30']);
    expect(problems).to.deep.equal([]);
  });

  it('reads an end time before the start time, without an end date, after midnight', async () => {
    const xml = '<Events><Event><Id>1</Id><Title>Clubnacht</Title><StartDate><Value>2026-09-12</Value></StartDate><StartTime><Value>22:00</Value></StartTime><EndTime><Value>03:00</Value></EndTime></Event></Events>';
    const { events, problems } = await normalizeFeedData(xml, { warn: false, contentType: 'application/xml' });
    const [night] = events as KulturTimedEvent[];
    expect([local(night.start), local(night.end)]).to.deep.equal(['2026-09-12 22:00', '2026-09-13 03:00']);
    expect(problems).to.deep.equal([]);
  });
});
