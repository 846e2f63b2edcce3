/**
 * The event's date line: `Sa, 06.03.2027, 20:00 Uhr` / `Sat, 06/03/2027, 20:00` (all-day events
 * without the time), the calendar's `formatDateShort` and `formatTime` in one string.
 *
 * Written with `Intl` here rather than imported from src/time: the time layer avoids `Intl` to spare
 * the calendar's first paint the start of ICU, which the form starts anyway for its prices, and its
 * zone tables cost the reservation bundle ~0.9 KB gzip. A test compares both for every day of a year.
 */
import type { KulturEvent } from '../../data/types.js';
import { INTL_LOCALE, type Lang } from '../../i18n/locale.js';

/** By language, zone and kind: the picker formats every choice on every render. */
const formats: Record<string, Intl.DateTimeFormat> = {};

export function dateLine(event: KulturEvent, lang: Lang): string {
  // All-day events are civil dates: formatted at their UTC midnight, in UTC.
  const [instant, timeZone] = event.allDay ? [Date.parse(event.startDate), 'UTC'] : [event.start.instant, event.start.zone];
  const time: Intl.DateTimeFormatOptions = event.allDay ? {} : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  const format = (formats[`${lang} ${timeZone} ${event.allDay}`] ??= new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    timeZone,
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...time,
  }));
  // `Sa.,` → `Sa,`: the calendar writes German weekdays without the abbreviation dot.
  const line = format.format(instant).replace('.,', ',');
  return lang === 'de' && !event.allDay ? `${line} Uhr` : line;
}
