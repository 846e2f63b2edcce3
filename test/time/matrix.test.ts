import { expect } from '@open-wc/testing';
import { addDays, addMonths, isoWeek, isoWeekday, parseIsoDate, parseYearMonth } from '../../src/time/civil.js';
import { matrixBounds, monthMatrix } from '../../src/time/matrix.js';

describe('time/matrix: month grid, Monday first', () => {
  it('lays out December 2026 in five weeks from Monday 30 November', () => {
    const m = monthMatrix(2026, 12);
    expect(m.weeks).to.have.length(5);
    expect(m.weeks[0].days.map((d) => d.date)).to.deep.equal([
      '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06',
    ]);
    expect(m.weeks[0].days[0]).to.deep.equal({ date: '2026-11-30', day: 30, weekday: 1, inMonth: false });
    expect(m.weeks[0].week).to.equal(49);
    expect(m.weeks[4].days[6]).to.deep.equal({ date: '2027-01-03', day: 3, weekday: 7, inMonth: false });
    expect(m.weeks[4]).to.include({ week: 53, weekYear: 2026 });
    expect(matrixBounds(m)).to.deep.equal({ first: '2026-11-30', last: '2027-01-03' });
  });

  it('needs four weeks for February 2027 (starts on Monday) and six when asked', () => {
    expect(monthMatrix(2027, 2).weeks).to.have.length(4);
    expect(monthMatrix(2027, 2, { fixedWeeks: true }).weeks).to.have.length(6);
    expect(monthMatrix(2026, 3).weeks).to.have.length(6); // 1 March 2026 is a Sunday
  });

  it('numbers ISO weeks across the year boundary', () => {
    expect(isoWeek('2027-01-01')).to.deep.equal({ week: 53, year: 2026 });
    expect(isoWeek('2027-01-04')).to.deep.equal({ week: 1, year: 2027 });
    expect(isoWeek('2025-12-29')).to.deep.equal({ week: 1, year: 2026 });
    expect(isoWeekday('2026-12-05')).to.equal(6);
  });

  it('does civil date arithmetic without time zones', () => {
    expect(addDays('2026-03-28', 2)).to.equal('2026-03-30');
    expect(addDays('2026-01-01', -1)).to.equal('2025-12-31');
    expect(addMonths(2026, 12, 1)).to.deep.equal({ year: 2027, month: 1 });
    expect(addMonths(2026, 1, -1)).to.deep.equal({ year: 2025, month: 12 });
    expect(parseIsoDate('2026-13-01')).to.equal(undefined);
    expect(parseIsoDate('2026-02-29')).to.equal(undefined);
    expect(parseIsoDate('2028-02-29')).to.deep.equal({ year: 2028, month: 2, day: 29 });
    expect(parseYearMonth('2026-12')).to.deep.equal({ year: 2026, month: 12 });
    expect(parseYearMonth('2026-13')).to.equal(undefined);
  });
});
