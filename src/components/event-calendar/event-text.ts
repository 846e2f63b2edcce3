/**
 * The words the calendar shows about an event: date line, prices, status. Plain functions of
 * the event and the language, shared by the grid, the list and the dialog.
 */
import type { IsoDate, KulturEvent } from '../../data/types.js';
import type { Lang } from '../../i18n/locale.js';
import { addDays, formatClock, formatDateShort, formatPrice, formatTime, localDate } from '../../time/index.js';
import type { CalendarMessages } from './messages.js';

/** Ticket situation of an event, for the status word and schema.org `availability`. */
export type AvailabilityState = 'available' | 'few' | 'soldout';

/** Few tickets left: at most 10 % of the capacity, or at most 10 when the capacity is unknown. */
export function availabilityState(event: KulturEvent): AvailabilityState {
  if (event.status === 'soldout') return 'soldout';
  const { remaining, capacity } = event.availability ?? {};
  if (remaining === undefined) return 'available';
  if (remaining <= 0) return 'soldout';
  return remaining <= (capacity ? Math.max(1, capacity * 0.1) : 10) ? 'few' : 'available';
}

/** The status in words (`abgesagt`, `verschoben`, `ausverkauft`, `Restkarten`), or nothing when all is normal. */
export function statusWord(event: KulturEvent, msg: CalendarMessages): string | undefined {
  if (event.status === 'cancelled' || event.status === 'postponed') return msg[event.status];
  const state = availabilityState(event);
  return state === 'soldout' ? msg.soldout : state === 'few' ? msg.few : undefined;
}

/** A short status key for styling (`cancelled`, `postponed`, `soldout`, `few`), or `''`. */
export function statusKey(event: KulturEvent): string {
  if (event.status === 'cancelled' || event.status === 'postponed') return event.status;
  const state = availabilityState(event);
  return state === 'available' ? '' : state;
}

/** First local day of the event in its venue zone. */
export function startDay(event: KulturEvent): IsoDate {
  return event.allDay ? event.startDate : localDate(event.start.instant, event.start.zone);
}

/** What a chip shows before the title on `day`: `20:00`, or `ganztägig` (also on later days of a multi-day event). */
export function chipTime(event: KulturEvent, day: IsoDate, lang: Lang, msg: CalendarMessages): string {
  if (event.allDay || startDay(event) !== day) return msg.allDay;
  return formatClock(event.start, lang);
}

/**
 * The date line of the details: `Sa, 05.12.2026, 20:00 Uhr · Einlass 19:00 Uhr`;
 * multi-day `Fr, 04.12.2026, 20:00 Uhr – So, 06.12.2026, 18:00 Uhr`; all-day `Sa, 12.12.2026 – So, 13.12.2026`.
 */
export function dateLine(event: KulturEvent, lang: Lang, msg: CalendarMessages): string {
  if (event.allDay) {
    const last = addDays(event.endDate, -1);
    const first = formatDateShort(event.startDate, lang);
    return last > event.startDate ? `${first} – ${formatDateShort(last, lang)}` : `${first}, ${msg.allDay}`;
  }
  const { start, end, doors } = event;
  let line = `${formatDateShort(start, lang)}, ${formatTime(start, lang)}`;
  if (end && localDate(end.instant, end.zone) !== startDay(event) && end.instant - start.instant > 6 * 3_600_000) {
    line += ` – ${formatDateShort(end, lang)}, ${formatTime(end, lang)}`;
  }
  if (doors) line += ` · ${msg.doors} ${formatTime(doors, lang)}`;
  return line;
}

/** `VVK 15,00 € · ermäßigt 10,00 €`, `Eintritt frei`, or `''` when the feed gives no price. */
export function priceLine(event: KulturEvent, lang: Lang, msg: CalendarMessages): string {
  const offers = event.offers;
  if (event.free || (offers.length > 0 && offers.every((o) => o.price === 0))) return msg.free;
  return offers
    .map((o) => `${/^(normal|regular|standard)$/i.test(o.id) || /^normal$/i.test(o.name) ? msg.offerNormal : o.name} ${formatPrice(o.price, o.currency, lang)}`.trim())
    .join(' · ');
}
