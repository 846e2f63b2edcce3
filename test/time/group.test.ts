import { expect } from '@open-wc/testing';
import type { KulturEvent } from '../../src/data/types.js';
import { eventDays, groupByLocalDay } from '../../src/time/group.js';

const BERLIN = 'Europe/Berlin';
const timed = (id: string, start: string, end?: string): KulturEvent => ({
  id,
  title: id,
  categories: [],
  status: 'scheduled',
  offers: [],
  reservable: false,
  allDay: false,
  start: { instant: Date.parse(start), zone: BERLIN },
  ...(end ? { end: { instant: Date.parse(end), zone: BERLIN } } : {}),
});
const allDay = (id: string, startDate: string, endDate: string): KulturEvent => ({
  id,
  title: id,
  categories: [],
  status: 'scheduled',
  offers: [],
  reservable: false,
  allDay: true,
  startDate,
  endDate,
  zone: BERLIN,
});

describe('time/group: events by local day in the venue zone', () => {
  it('keys a late-evening event by its Berlin date although the viewer is in New York', () => {
    const late = timed('late', '2026-12-05T23:30:00Z'); // 00:30 on 6 Dec in Berlin
    expect([...groupByLocalDay([late]).keys()]).to.deep.equal(['2026-12-06']);
  });

  it('puts an all-day event on every day up to its exclusive end', () => {
    expect(eventDays(allDay('markt', '2026-12-12', '2026-12-14'))).to.deep.equal(['2026-12-12', '2026-12-13']);
    expect(eventDays(allDay('one', '2026-12-12', '2026-12-13'))).to.deep.equal(['2026-12-12']);
  });

  it('spreads a multi-day timed event over the days it covers, across the spring change', () => {
    const festival = timed('festival', '2026-03-27T17:00:00Z', '2026-03-30T20:00:00Z');
    expect(eventDays(festival)).to.deep.equal(['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30']);
  });

  it('keeps a concert ending after midnight on its evening (threshold 6 h), unless told otherwise', () => {
    const party = timed('party', '2026-12-05T21:00:00Z', '2026-12-06T02:00:00Z'); // 22:00–03:00 Berlin
    expect(eventDays(party)).to.deep.equal(['2026-12-05']);
    expect(eventDays(party, BERLIN, { nextDayThresholdHours: 0 })).to.deep.equal(['2026-12-05', '2026-12-06']);
    const toMidnight = timed('midnight', '2026-12-05T19:00:00Z', '2026-12-05T23:00:00Z');
    expect(eventDays(toMidnight, BERLIN, { nextDayThresholdHours: 0 })).to.deep.equal(['2026-12-05']);
  });

  it('sorts days, and events within a day: all-day first, then by time, then by title', () => {
    const groups = groupByLocalDay([
      timed('b-evening', '2026-12-05T19:00:00Z'),
      timed('morning', '2026-12-05T09:00:00Z'),
      allDay('markt', '2026-12-05', '2026-12-07'),
      timed('a-evening', '2026-12-05T19:00:00Z'),
      timed('earlier-day', '2026-12-01T19:00:00Z'),
    ]);
    expect([...groups.keys()]).to.deep.equal(['2026-12-01', '2026-12-05', '2026-12-06']);
    expect(groups.get('2026-12-05')!.map((e) => e.id)).to.deep.equal(['markt', 'morning', 'a-evening', 'b-evening']);
    expect(groups.get('2026-12-06')!.map((e) => e.id)).to.deep.equal(['markt']);
  });

  it('groups in another zone when asked (the calendar’s zone)', () => {
    const late = timed('late', '2026-12-05T23:30:00Z');
    expect([...groupByLocalDay([late], 'America/New_York').keys()]).to.deep.equal(['2026-12-05']);
  });
});
