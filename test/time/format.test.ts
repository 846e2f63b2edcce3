import { expect } from '@open-wc/testing';
import {
  formatDateLong,
  formatDateNumeric,
  formatDateShort,
  formatDayMonth,
  formatMonthHeading,
  formatMonthName,
  formatPrice,
  formatTime,
  weekdayNames,
} from '../../src/time/format.js';

const concert = { instant: Date.parse('2026-12-05T19:00:00Z'), zone: 'Europe/Berlin' };

describe('time/format: German and English, in the venue zone', () => {
  it('formats German dates, times, prices and headings', () => {
    expect(formatDateShort(concert, 'de')).to.equal('Sa, 05.12.2026');
    expect(formatDateNumeric(concert, 'de')).to.equal('05.12.2026');
    expect(formatTime(concert, 'de')).to.equal('20:00 Uhr');
    expect(formatDateLong(concert, 'de')).to.equal('Samstag, 5. Dezember 2026');
    expect(formatDateLong('2026-12-05', 'de')).to.equal('Samstag, 5. Dezember 2026');
    expect(formatPrice(15, 'EUR', 'de')).to.equal('15,00\u00a0€');
    expect(formatPrice(7.5, 'EUR', 'de')).to.equal('7,50\u00a0€');
    expect(weekdayNames('de')).to.deep.equal(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
    expect(weekdayNames('de', 'long')[6]).to.equal('Sonntag');
    expect(formatMonthHeading(2026, 12, 'de')).to.equal('Dezember 2026');
  });

  it('formats British English equivalents', () => {
    expect(formatDateShort(concert, 'en')).to.equal('Sat, 05/12/2026');
    expect(formatTime(concert, 'en')).to.equal('20:00');
    expect(formatDateLong(concert, 'en')).to.equal('Saturday, 5 December 2026');
    expect(formatPrice(15, 'EUR', 'en')).to.equal('€15.00');
    expect(weekdayNames('en')).to.deep.equal(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);
    expect(formatMonthHeading(2026, 12, 'en')).to.equal('December 2026');
  });

  it('uses the venue zone: a late concert stays on its Berlin date', () => {
    const late = { instant: Date.parse('2026-12-05T23:30:00Z'), zone: 'Europe/Berlin' };
    expect(formatDateShort(late, 'de')).to.equal('So, 06.12.2026');
    expect(formatTime(late, 'de')).to.equal('00:30 Uhr');
  });

  it('shows an unknown currency code beside the number instead of throwing', () => {
    expect(formatPrice(3, 'TALER', 'de')).to.equal('3,00 TALER');
  });

  it('writes exactly what Intl writes, for every day of 2026–2027 in both languages (the names are built in)', () => {
    for (const [lang, locale] of [['de', 'de-DE'], ['en', 'en-GB']] as const) {
      const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      const long = intl({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
      const numeric = intl({ day: '2-digit', month: '2-digit', year: 'numeric' });
      const weekday = intl({ weekday: 'short' });
      const dayMonth = intl({ day: 'numeric', month: 'long' });
      const heading = intl({ month: 'long', year: 'numeric' });
      const monthName = intl({ month: 'long' });
      for (let t = Date.UTC(2026, 0, 1, 12); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
        const date = new Date(t).toISOString().slice(0, 10);
        expect(formatDateLong(date, lang), date).to.equal(long.format(t));
        expect(formatDateNumeric(date, lang), date).to.equal(numeric.format(t));
        expect(formatDateShort(date, lang), date).to.equal(`${weekday.format(t).replace(/\.$/, '')}, ${numeric.format(t)}`);
        expect(formatDayMonth(date, lang), date).to.equal(dayMonth.format(t));
        const d = new Date(t);
        expect(formatMonthHeading(d.getUTCFullYear(), d.getUTCMonth() + 1, lang)).to.equal(heading.format(t));
        expect(formatMonthName(d.getUTCMonth() + 1, lang)).to.equal(monthName.format(t));
      }
      const short = intl({ weekday: 'short' });
      // 2026-11-30 is a Monday.
      const names = [0, 1, 2, 3, 4, 5, 6].map((i) => short.format(Date.UTC(2026, 10, 30 + i, 12)).replace(/\.$/, '').slice(0, 2));
      expect(weekdayNames(lang)).to.deep.equal(names);
    }
  });
});
