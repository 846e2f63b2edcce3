import { expect } from '@open-wc/testing';
import type { KulturEvent } from '../../src/data/types.js';
import { dateLine } from '../../src/components/ticket-reservation/date-line.js';
import { formatDateShort, formatTime } from '../../src/time/format.js';

const base = { id: 'e', title: 'E', categories: [], status: 'scheduled' as const, offers: [], reservable: true };
const timed = (instant: number, zone: string): KulturEvent => ({ ...base, allDay: false, start: { instant, zone } });
const allDay = (date: string): KulturEvent => ({ ...base, allDay: true, startDate: date, endDate: date, zone: 'Europe/Berlin' });

describe("reservation date line (Intl) reads as the calendar's time layer", () => {
  it('formats timed and all-day events in both languages', () => {
    const concert = timed(Date.parse('2027-03-06T20:00:00+01:00'), 'Europe/Berlin');
    expect(dateLine(concert, 'de')).to.equal('Sa, 06.03.2027, 20:00 Uhr');
    expect(dateLine(concert, 'en')).to.equal('Sat, 06/03/2027, 20:00');
    expect(dateLine(allDay('2027-03-06'), 'de')).to.equal('Sa, 06.03.2027');
    expect(dateLine(allDay('2027-03-06'), 'en')).to.equal('Sat, 06/03/2027');
  });

  it('equals formatDateShort + formatTime for every day of 2026–2027, late evenings and DST changes included', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const zone of ['Europe/Berlin', 'Europe/London', 'America/New_York']) {
        // 22:45 UTC: the venue's date differs from the UTC date in some zones.
        for (let t = Date.UTC(2026, 0, 1, 22, 45); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
          const start = { instant: t, zone };
          expect(dateLine(timed(t, zone), lang), `${lang} ${zone} ${t}`).to.equal(`${formatDateShort(start, lang)}, ${formatTime(start, lang)}`);
        }
      }
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
        const date = new Date(t).toISOString().slice(0, 10);
        expect(dateLine(allDay(date), lang), date).to.equal(formatDateShort(date, lang));
      }
    }
  });
});
