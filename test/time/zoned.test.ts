import { expect } from '@open-wc/testing';
import { CalendarIndex } from '../../src/components/event-calendar/calendar-index.js';
import { zonesAgree } from '../../src/components/event-calendar/zone-check.js';
import { normalizeFeed } from '../../src/data/load-feed.js';
import { verifyZoneRules } from '../../src/time/zone-check.js';
import { localDate, localTime, setZoneRuleOff, startOfLocalDay, zoneOffset, zonedInstant, zonedParts } from '../../src/time/zoned.js';
import { dayRange, monthRange, todayIn } from '../../src/time/ranges.js';

const BERLIN = 'Europe/Berlin';
const iso = (ms: number) => new Date(ms).toISOString();

describe('time/zoned: instants in the venue zone (the test browser sits in New York)', () => {
  it('reads Berlin wall clocks in winter and summer', () => {
    expect(iso(zonedInstant(BERLIN, 2026, 12, 5, 20, 0))).to.equal('2026-12-05T19:00:00.000Z');
    expect(iso(zonedInstant(BERLIN, 2026, 7, 1, 20, 0))).to.equal('2026-07-01T18:00:00.000Z');
    expect(zoneOffset(Date.UTC(2026, 11, 5), BERLIN)).to.equal(3_600_000);
    expect(zoneOffset(Date.UTC(2026, 6, 1), BERLIN)).to.equal(7_200_000);
  });

  it('moves a time skipped by the spring change forward (02:30 → 03:30 CEST)', () => {
    expect(iso(zonedInstant(BERLIN, 2026, 3, 29, 2, 30))).to.equal('2026-03-29T01:30:00.000Z');
    expect(localTime(zonedInstant(BERLIN, 2026, 3, 29, 2, 30), BERLIN)).to.equal('03:30');
  });

  it('switches the offset at the exact second of each change', () => {
    expect(zoneOffset(Date.parse('2026-03-29T00:59:59Z'), BERLIN)).to.equal(3_600_000);
    expect(zoneOffset(Date.parse('2026-03-29T01:00:00Z'), BERLIN)).to.equal(7_200_000);
    expect(zoneOffset(Date.parse('2026-10-25T00:59:59Z'), BERLIN)).to.equal(7_200_000);
    expect(zoneOffset(Date.parse('2026-10-25T01:00:00Z'), BERLIN)).to.equal(3_600_000);
    expect(localTime(Date.parse('2026-10-25T00:30:00Z'), BERLIN)).to.equal('02:30');
    expect(localTime(Date.parse('2026-10-25T01:30:00Z'), BERLIN)).to.equal('02:30');
  });

  it('takes the earlier of a time that occurs twice in autumn (02:30 CEST)', () => {
    expect(iso(zonedInstant(BERLIN, 2026, 10, 25, 2, 30))).to.equal('2026-10-25T00:30:00.000Z');
    expect(iso(zonedInstant(BERLIN, 2026, 10, 25, 3, 0))).to.equal('2026-10-25T02:00:00.000Z');
  });

  it('gives the local date and time of an instant, not the viewer’s', () => {
    const lateNight = Date.parse('2026-12-05T23:30:00Z'); // 00:30 on the 6th in Berlin, 18:30 on the 5th in New York
    expect(localDate(lateNight, BERLIN)).to.equal('2026-12-06');
    expect(localTime(lateNight, BERLIN)).to.equal('00:30');
    expect(zonedParts(lateNight, 'America/New_York')).to.deep.equal({ year: 2026, month: 12, day: 5, hour: 18, minute: 30, second: 0 });
    expect(localDate(lateNight, 'UTC')).to.equal('2026-12-05');
  });

  it('has 23- and 25-hour days at the changes and whole months in the zone', () => {
    const spring = dayRange('2026-03-29', BERLIN);
    const autumn = dayRange('2026-10-25', BERLIN);
    expect((spring.end - spring.start) / 3_600_000).to.equal(23);
    expect((autumn.end - autumn.start) / 3_600_000).to.equal(25);
    expect(iso(startOfLocalDay('2026-12-01', BERLIN))).to.equal('2026-11-30T23:00:00.000Z');
    const december = monthRange(2026, 12, BERLIN);
    expect(iso(december.start)).to.equal('2026-11-30T23:00:00.000Z');
    expect(iso(december.end)).to.equal('2026-12-31T23:00:00.000Z');
    expect(todayIn(BERLIN, Date.parse('2026-12-31T23:30:00Z'))).to.equal('2027-01-01');
  });

  it('handles zones with other rules (New York changes on other Sundays; Kolkata has half hours)', () => {
    expect(iso(zonedInstant('America/New_York', 2026, 3, 8, 2, 30))).to.equal('2026-03-08T07:30:00.000Z');
    expect(localTime(Date.parse('2026-12-05T19:00:00Z'), 'Asia/Kolkata')).to.equal('00:30');
  });

  it('has the built-in EU rule agree with the browser’s time-zone data for Berlin, Vienna and Zurich, 1996–2045', () => {
    for (const zone of [BERLIN, 'Europe/Vienna', 'Europe/Zurich']) expect(verifyZoneRules(zone, 1990, 2045), zone).to.equal(true);
  });

  it('runs over the zones and years of a calendar’s events (the calendar’s idle-time chunk)', () => {
    const events = normalizeFeed(
      [
        { title: 'Berlin', start: '2026-12-05T20:00:00+01:00' },
        { title: 'Wien', start: '2027-03-01T20:00:00', timezone: 'Europe/Vienna' },
      ],
      { warn: false },
    ).events;
    const index = new CalendarIndex(events);
    expect(zonesAgree(index, 'Europe/Zurich')).to.equal(true);
    // A zone whose rule is off is read through Intl and needs no check; Berlin's off rule says nothing else.
    setZoneRuleOff(BERLIN, true);
    try {
      expect(zonesAgree(index, BERLIN)).to.equal(true);
    } finally {
      setZoneRuleOff(BERLIN, false);
    }
  });

  it('reads the same offsets through Intl when the rule is off, and years before the rule through Intl', () => {
    setZoneRuleOff(BERLIN, true);
    try {
      expect(zoneOffset(Date.parse('2026-03-29T00:59:59Z'), BERLIN)).to.equal(3_600_000);
      expect(zoneOffset(Date.parse('2026-03-29T01:00:00Z'), BERLIN)).to.equal(7_200_000);
      expect(zoneOffset(Date.parse('2026-10-25T01:00:00Z'), BERLIN)).to.equal(3_600_000);
      expect(verifyZoneRules(BERLIN, 2026, 2026), 'a zone whose rule is off needs no check').to.equal(true);
    } finally {
      setZoneRuleOff(BERLIN, false);
    }
    // Until 1995 summer time ended on the last Sunday of September.
    expect(zoneOffset(Date.parse('1995-09-24T00:59:59Z'), BERLIN)).to.equal(7_200_000);
    expect(zoneOffset(Date.parse('1995-09-24T01:00:00Z'), BERLIN)).to.equal(3_600_000);
  });

  it('finds changes only weeks apart (Casablanca leaves summer time for Ramadan)', () => {
    // Morocco is on +01:00 except during Ramadan (in 2026 from mid-February to late March).
    expect(zoneOffset(Date.parse('2026-01-15T12:00:00Z'), 'Africa/Casablanca')).to.equal(3_600_000);
    expect(zoneOffset(Date.parse('2026-03-01T12:00:00Z'), 'Africa/Casablanca')).to.equal(0);
    expect(zoneOffset(Date.parse('2026-05-01T12:00:00Z'), 'Africa/Casablanca')).to.equal(3_600_000);
  });

  it('turns the rule off when the browser’s data disagrees, and reads the zone through Intl from then on', () => {
    const offset = (iso: string) => zoneOffset(Date.parse(iso), BERLIN);
    expect(offset('2031-06-01T12:00:00Z')).to.equal(7_200_000);
    // Pretend the EU abolished summer time: the browser's data says +01:00 all year.
    const noSummerTime = () => ({ start: 3_600_000, changes: [] });
    try {
      expect(verifyZoneRules(BERLIN, 2030, 2031, noSummerTime)).to.equal(false);
      // The real Intl data of this browser still has summer time: read through Intl now.
      expect(offset('2031-06-01T12:00:00Z')).to.equal(7_200_000);
      expect(offset('2031-03-30T00:59:59Z')).to.equal(3_600_000);
      expect(offset('2031-03-30T01:00:00Z')).to.equal(7_200_000);
    } finally {
      setZoneRuleOff(BERLIN, false);
    }
  });
});
