import { expect } from '@open-wc/testing';
import {
  formatDateLong,
  formatDateNumeric,
  formatDateShort,
  formatMonthHeading,
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
});
