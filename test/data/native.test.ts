import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/data/fetch-json.js';
import { normalizeFeed } from '../../src/data/load-feed.js';
import { formatProblem } from '../../src/data/problems.js';
import type { KulturAllDayEvent, KulturTimedEvent } from '../../src/data/types.js';
import { localDate, localTime } from '../../src/time/zoned.js';

const BERLIN = 'Europe/Berlin';
const BASE = 'https://im-puls.example/feeds/programm.json';
const load = async (name: string) => (await fetch(`/test/fixtures/feeds/${name}`)).json();
const local = (dt: { instant: number; zone: string }) => `${localDate(dt.instant, dt.zone)} ${localTime(dt.instant, dt.zone)}`;

describe('native feed adapter', () => {
  it('normalizes the DESIGN.md example exactly', async () => {
    const { events, problems, format, itemCount } = normalizeFeed(await load('native-basic.json'), { baseUrl: BASE, warn: false });
    expect(format).to.equal('json');
    expect(itemCount).to.equal(2);
    expect(problems).to.deep.equal([]);
    expect(events[0]).to.deep.equal({
      id: '2026-12-05-jazz',
      title: 'Jazz im Keller',
      allDay: false,
      start: { instant: Date.parse('2026-12-05T19:00:00Z'), zone: BERLIN },
      end: { instant: Date.parse('2026-12-05T21:30:00Z'), zone: BERLIN },
      doors: { instant: Date.parse('2026-12-05T18:00:00Z'), zone: BERLIN },
      category: 'Konzert',
      categories: [],
      description: 'Ein Abend mit dem Trio Wellenlänge.',
      location: { name: 'IM-PULS, Saal', address: 'Musterstraße 1, 12345 Musterstadt' },
      image: 'https://im-puls.example/bilder/jazz.jpg',
      url: 'https://im-puls.example/programm/jazz',
      status: 'scheduled',
      offers: [
        { id: 'normal', name: 'Normal', price: 15, currency: 'EUR' },
        { id: 'reduced', name: 'ermäßigt', price: 10, currency: 'EUR' },
      ],
      availability: { remaining: 42, capacity: 120 },
      reservable: true,
    });
    expect(events[1]).to.deep.equal({
      id: '2026-12-12-flohmarkt',
      title: 'Winterflohmarkt',
      allDay: true,
      startDate: '2026-12-12',
      endDate: '2026-12-14',
      zone: BERLIN,
      category: 'Markt',
      categories: [],
      status: 'scheduled',
      offers: [],
      free: true,
      reservable: false,
    });
  });

  it('reads the odd cases leniently and names every problem by item and field', async () => {
    const { events, problems, itemCount } = normalizeFeed(await load('native-odd.json'), { baseUrl: BASE, warn: false });
    expect(itemCount).to.equal(7);
    expect(events.map((e) => e.id)).to.deep.equal(['17', 'kino-1', 'kino-1~2', '2026-11-07-hofflohmarkt']);

    const reading = events[0] as KulturTimedEvent;
    expect(reading.title).to.equal('Lesung: Herbstzeitlose');
    expect(local(reading.start)).to.equal('2026-10-24 19:30');
    expect(local(reading.doors!)).to.equal('2026-10-24 19:00');
    expect(reading.category).to.equal('Lesung');
    expect(reading.categories).to.deep.equal(['Literatur']);
    expect(reading.location).to.deep.equal({ name: 'Bibliothek im Keller' });
    expect(reading.image).to.equal('https://im-puls.example/feeds/bilder/lesung.jpg');
    expect(reading.url).to.equal('https://im-puls.example/programm/lesung');
    expect(reading.offers).to.deep.equal([{ id: 'eintritt', name: 'Eintritt', price: 8.5, currency: 'EUR' }]);
    expect(reading.reservable).to.equal(true);

    const film = events[1] as KulturTimedEvent;
    expect(film.status).to.equal('cancelled');
    expect(local(film.start)).to.equal('2026-10-25 20:00');
    expect(film.offers).to.deep.equal([{ id: 'normal', name: 'Normal', price: 6, currency: 'EUR' }]);
    expect(film.availability).to.deep.equal({ remaining: 12, capacity: 80 });

    const repeat = events[2] as KulturTimedEvent;
    expect(repeat.end).to.equal(undefined);
    expect(repeat.url).to.equal(undefined);
    expect(repeat.status).to.equal('scheduled');
    expect(repeat.offers).to.deep.equal([]);

    const market = events[3] as KulturAllDayEvent;
    expect(market).to.include({ allDay: true, startDate: '2026-11-07', endDate: '2026-11-08', free: true });

    expect(problems.map(formatProblem)).to.deep.equal([
      'events[0]."title ": key has surrounding spaces; read as "title"',
      'events[2].start [Kaputtes Datum]: "2026-13-01" is not a date (item skipped)',
      'events[3].title [no-title]: missing: every event needs a title (item skipped)',
      'events[4]: "not an event" is not an event object (item skipped)',
      'events[5].status [Kino: Wiederholung]: "vielleicht" is not a status (scheduled, cancelled, postponed, soldout); read as scheduled',
      'events[5].offers[0].price [Kino: Wiederholung]: "nach Ermessen" is not a price; offer ignored',
      'events[5].url [Kino: Wiederholung]: "javascript:alert(1)" is not an http(s) URL; ignored',
      'events[5].end [Kino: Wiederholung]: "2026-10-26 18:00" is before the start; ignored',
      'events[5].id [Kino: Wiederholung]: "kino-1" is used by an earlier event; read as "kino-1~2"',
    ]);
  });

  it('throws a classified error for data that is no feed, and for a feed without one valid event', () => {
    expect(() => normalizeFeed({ hello: 'world' })).to.throw(FeedError).with.property('kind', 'format');
    let error: FeedError | undefined;
    try {
      normalizeFeed({ events: [{ title: 'ohne Datum' }, 42] }, { warn: false });
    } catch (e) {
      error = e as FeedError;
    }
    expect(error?.kind).to.equal('empty');
    expect(error?.problems?.map((p) => p.path)).to.deep.equal(['events[0].start', 'events[1]']);
  });

  it('returns an empty list (not an error) for a feed with no items', () => {
    expect(normalizeFeed({ events: [] }).events).to.deep.equal([]);
    expect(normalizeFeed([]).itemCount).to.equal(0);
  });

  it('reads fractional seconds the same on the fast path (toISOString) and the general one', () => {
    const at = (start: string) => (normalizeFeed([{ id: 'a', title: 'A', start }], { warn: false }).events[0] as KulturTimedEvent).start.instant;
    expect(at('2026-12-05T19:00:00.250Z')).to.equal(Date.parse('2026-12-05T19:00:00.250Z'));
    expect(at('2026-12-05T20:00:00.250+01:00')).to.equal(Date.parse('2026-12-05T19:00:00.250Z'));
    expect(at('2026-12-05T20:00:00.250')).to.equal(Date.parse('2026-12-05T19:00:00.250Z'));
    expect(at('2026-12-05T19:00:00.25Z')).to.equal(Date.parse('2026-12-05T19:00:00.250Z'));
    expect(at('2026-12-05T19:00:00.2504Z')).to.equal(Date.parse('2026-12-05T19:00:00.250Z'));
    expect(normalizeFeed([{ id: 'a', title: 'A', start: '2026-12-05T19:00:00.2x0Z' }, { id: 'b', title: 'B', start: '2026-12-05' }], { warn: false }).problems).to.have.length(1);
  });

  it('groups all problems of a load into one console warning', () => {
    const original = console.warn;
    const calls: unknown[][] = [];
    console.warn = (...args: unknown[]) => calls.push(args);
    try {
      normalizeFeed([{ title: 'a', start: 'x' }, { title: 'b', start: '2026-12-05' }, { start: '2026-12-05' }]);
    } finally {
      console.warn = original;
    }
    expect(calls).to.have.length(1);
    expect(String(calls[0][0])).to.contain('events[0].start').and.contain('events[2].title');
  });

  it('keeps going through 50 000 items of which every second one is broken, listing a bounded number of problems', () => {
    const items = Array.from({ length: 50_000 }, (_, i) =>
      i % 2 ? { id: `e${i}`, title: `Event ${i}`, start: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString() } : { id: `e${i}`, title: 7, start: [] },
    );
    const { events, problems, itemCount } = normalizeFeed(items, { warn: false });
    expect(itemCount).to.equal(50_000);
    expect(events).to.have.length(25_000);
    expect(problems.length).to.be.lessThan(300);
    expect(problems.at(-1)!.message).to.match(/more problems not listed/);
  });
});
