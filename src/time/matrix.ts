/** The month grid of a calendar: whole weeks, Monday first, with ISO week numbers. */
import type { IsoDate } from '../data/types.js';
import { addDays, dayNumber, isoDateOfDayNumber, isoWeek, isoWeekday, toIsoDate } from './civil.js';

export interface MatrixDay {
  date: IsoDate;
  /** Day of the month, 1–31. */
  day: number;
  /** ISO weekday: Monday 1 … Sunday 7. */
  weekday: number;
  /** False for the leading and trailing days of the neighbouring months. */
  inMonth: boolean;
}

export interface MatrixWeek {
  /** ISO 8601 week number. */
  week: number;
  /** Week-based year the number belongs to (the week of 2026-12-28 is week 53 of 2026). */
  weekYear: number;
  days: MatrixDay[];
}

export interface MonthMatrix {
  year: number;
  /** 1–12. */
  month: number;
  weeks: MatrixWeek[];
}

/**
 * Weeks (Monday to Sunday) covering `month` (1–12) of `year`: as many as needed (4–6), or
 * always 6 with `fixedWeeks`, so the grid height does not change between months.
 */
export function monthMatrix(year: number, month: number, options: { fixedWeeks?: boolean } = {}): MonthMatrix {
  const first = toIsoDate(year, month, 1);
  const start = dayNumber(year, month, 1) - (isoWeekday(first) - 1);
  const endExclusive = dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1);
  const count = options.fixedWeeks ? 6 : Math.ceil((endExclusive - start) / 7);
  const weeks: MatrixWeek[] = [];
  for (let w = 0; w < count; w++) {
    const days: MatrixDay[] = [];
    for (let i = 0; i < 7; i++) {
      const date = isoDateOfDayNumber(start + w * 7 + i);
      days.push({ date, day: +date.slice(8, 10), weekday: i + 1, inMonth: +date.slice(5, 7) === month });
    }
    const { week, year: weekYear } = isoWeek(days[0].date);
    weeks.push({ week, weekYear, days });
  }
  return { year, month, weeks };
}

/** First and last (inclusive) dates shown by the month grid. */
export function matrixBounds(matrix: MonthMatrix): { first: IsoDate; last: IsoDate } {
  const first = matrix.weeks[0].days[0].date;
  return { first, last: addDays(first, matrix.weeks.length * 7 - 1) };
}
