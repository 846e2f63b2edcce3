/** The calendar's idle-time check of the built-in summer-time rule: a chunk (see `time/zone-check.ts`). */
import { verifyZoneRules } from '../../time/zone-check.js';
import type { CalendarIndex } from './calendar-index.js';

/**
 * True when the built-in rule of every zone the events use (and the calendar's own) agrees with
 * the browser over their years, one year of margin each side. `false`: a rule was switched off,
 * and the events must be read again.
 */
export function zonesAgree(index: CalendarIndex, zone: string): boolean {
  const from = +index.days[0].slice(0, 4) - 1;
  const to = +index.days[index.days.length - 1].slice(0, 4) + 1;
  const zones = new Set([zone, ...index.events.map((e) => (e.allDay ? e.zone : e.start.zone))]);
  return [...zones].every((z) => verifyZoneRules(z, from, to));
}
