import { expect } from '@open-wc/testing';
import type { KulturEvent } from '../../src/data/types.js';
import { eventOverlaps, eventRange, isUpcoming, monthRange } from '../../src/time/ranges.js';

const BERLIN = 'Europe/Berlin';
const base = { categories: [], status: 'scheduled' as const, offers: [], reservable: false };
const concert: KulturEvent = { ...base, id: 'c', title: 'c', allDay: false, start: { instant: Date.parse('2026-10-31T22:30:00Z'), zone: BERLIN } };
const market: KulturEvent = { ...base, id: 'm', title: 'm', allDay: true, startDate: '2026-10-31', endDate: '2026-11-02', zone: BERLIN };

describe('time/ranges: instants an event occupies', () => {
  it('places all-day events from local midnight to local midnight (exclusive end)', () => {
    const range = eventRange(market);
    expect(new Date(range.start).toISOString()).to.equal('2026-10-30T23:00:00.000Z');
    expect(new Date(range.end).toISOString()).to.equal('2026-11-01T23:00:00.000Z');
  });

  it('tells which month an event falls in by the venue’s calendar, not the viewer’s', () => {
    // 23:30 on 31 October in Berlin is still October there (and 18:30 in New York).
    expect(eventOverlaps(concert, monthRange(2026, 10, BERLIN))).to.equal(true);
    expect(eventOverlaps(concert, monthRange(2026, 11, BERLIN))).to.equal(false);
    expect(eventOverlaps(market, monthRange(2026, 11, BERLIN))).to.equal(true);
  });

  it('knows what is still upcoming at a given moment', () => {
    expect(isUpcoming(concert, Date.parse('2026-10-31T22:00:00Z'))).to.equal(true);
    expect(isUpcoming(concert, Date.parse('2026-10-31T23:00:00Z'))).to.equal(false);
    expect(isUpcoming(market, Date.parse('2026-11-01T12:00:00Z'))).to.equal(true);
    expect(isUpcoming(market, Date.parse('2026-11-02T00:00:00Z'))).to.equal(false);
  });
});
