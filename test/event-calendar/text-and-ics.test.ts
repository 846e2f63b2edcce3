import { expect } from '@open-wc/testing';
import { escapeText, eventToIcs, foldLine, icsFileName } from '../../src/data/ics-writer.js';
import { catalogue } from '../../src/components/event-calendar/messages.js';
import { en as english } from '../../src/components/event-calendar/messages-en.js';
import { availabilityState, dateLine, priceLine, statusWord } from '../../src/components/event-calendar/event-text.js';
import type { KulturAllDayEvent, KulturTimedEvent } from '../../src/data/types.js';

const berlin = (iso: string) => ({ instant: Date.parse(iso), zone: 'Europe/Berlin' });
const timed = (over: Partial<KulturTimedEvent> = {}): KulturTimedEvent => ({
  id: 'x',
  title: 'Jazz im Keller',
  allDay: false,
  start: berlin('2026-12-05T20:00:00+01:00'),
  categories: [],
  status: 'scheduled',
  offers: [],
  reservable: false,
  ...over,
});
const allDay = (startDate: string, endDate: string): KulturAllDayEvent => ({
  id: 'm',
  title: 'Markt',
  allDay: true,
  startDate,
  endDate,
  zone: 'Europe/Berlin',
  categories: [],
  status: 'scheduled',
  offers: [],
  reservable: false,
});
const de = catalogue.de;
const en = english;

describe('event texts', () => {
  it('writes date lines for single, multi-day, all-day and English events', () => {
    expect(dateLine(timed({ doors: berlin('2026-12-05T19:00:00+01:00') }), 'de', de)).to.equal('Sa, 05.12.2026, 20:00 Uhr · Einlass 19:00 Uhr');
    // Ends after midnight, within the night: still one evening.
    expect(dateLine(timed({ end: berlin('2026-12-06T01:00:00+01:00') }), 'de', de)).to.equal('Sa, 05.12.2026, 20:00 Uhr');
    expect(dateLine(timed({ start: berlin('2026-12-04T20:00:00+01:00'), end: berlin('2026-12-06T18:00:00+01:00') }), 'de', de)).to.equal(
      'Fr, 04.12.2026, 20:00 Uhr – So, 06.12.2026, 18:00 Uhr',
    );
    expect(dateLine(allDay('2026-12-12', '2026-12-13'), 'de', de)).to.equal('Sa, 12.12.2026, ganztägig');
    expect(dateLine(allDay('2026-12-12', '2026-12-14'), 'de', de)).to.equal('Sa, 12.12.2026 – So, 13.12.2026');
    expect(dateLine(timed({ doors: berlin('2026-12-05T19:00:00+01:00') }), 'en', en)).to.equal('Sat, 05/12/2026, 20:00 · Doors 19:00');
    // Summer time: the venue's wall clock, not the viewer's (New York).
    expect(dateLine(timed({ start: berlin('2026-07-04T21:30:00+02:00') }), 'de', de)).to.equal('Sa, 04.07.2026, 21:30 Uhr');
  });

  it('writes prices as on a ticket, or "Eintritt frei"', () => {
    const offers = [
      { id: 'normal', name: 'Normal', price: 15, currency: 'EUR' },
      { id: 'reduced', name: 'ermäßigt', price: 10, currency: 'EUR' },
    ];
    // Intl keeps amount and sign together with a no-break space.
    expect(priceLine(timed({ offers }), 'de', de)).to.equal('VVK 15,00\u00a0€ · ermäßigt 10,00\u00a0€');
    expect(priceLine(timed({ offers }), 'en', en)).to.equal('Advance €15.00 · ermäßigt €10.00');
    expect(priceLine(timed({ free: true }), 'de', de)).to.equal('Eintritt frei');
    expect(priceLine(timed({ offers: [{ id: 'a', name: 'Abendkasse', price: 0, currency: 'EUR' }] }), 'de', de)).to.equal('Eintritt frei');
    expect(priceLine(timed(), 'de', de)).to.equal('');
  });

  it('names the status in words, with "Restkarten" for the last 10 %', () => {
    expect(statusWord(timed({ status: 'cancelled' }), de)).to.equal('abgesagt');
    expect(statusWord(timed({ status: 'postponed' }), de)).to.equal('verschoben');
    expect(statusWord(timed({ status: 'soldout' }), de)).to.equal('ausverkauft');
    expect(statusWord(timed({ availability: { remaining: 0, capacity: 100 } }), de)).to.equal('ausverkauft');
    expect(statusWord(timed({ availability: { remaining: 10, capacity: 100 } }), de)).to.equal('Restkarten');
    expect(statusWord(timed({ availability: { remaining: 11, capacity: 100 } }), de)).to.equal(undefined);
    expect(availabilityState(timed({ availability: { remaining: 8 } }))).to.equal('few');
  });
});

describe('.ics export', () => {
  it('escapes text values and folds long lines at 75 octets without splitting characters', () => {
    expect(escapeText('a, b; c\\d\ne')).to.equal('a\\, b\\; c\\\\d\\ne');
    const long = `SUMMARY:${'Ä'.repeat(60)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).to.equal(long);
  });

  it('writes all-day events as dates with an exclusive end, and cancelled ones as CANCELLED', () => {
    const text = eventToIcs({ ...allDay('2026-12-12', '2026-12-14'), status: 'cancelled' }, { now: Date.UTC(2026, 11, 1) });
    expect(text).to.contain('\r\nDTSTART;VALUE=DATE:20261212\r\nDTEND;VALUE=DATE:20261214\r\n');
    expect(text).to.contain('\r\nSTATUS:CANCELLED\r\n');
    expect(text).to.contain('\r\nUID:m@kultur-widgets\r\n');
  });

  it('makes a file name from the title', () => {
    expect(icsFileName(timed({ title: 'Improvisationstheater „Die Spontanen“ – Größe!' }))).to.equal('improvisationstheater-die-spontanen-groesse.ics');
  });
});

describe('calendar index', () => {
  it('sorts categories in German dictionary order without Intl (Ä with A, ß as ss, case ignored)', async () => {
    const { CalendarIndex } = await import('../../src/components/event-calendar/calendar-index.js');
    const names = ['Ölmalerei', 'kino', 'Ausstellung', 'Zirkus', 'Äpfel-Markt', 'Straßenfest', 'Strasse', 'Lesung', 'Öko'];
    const index = new CalendarIndex(names.map((category, i) => timed({ id: `${i}`, category })));
    expect(index.categories).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'de')));
  });
});
