/** The event button shared by the grid, the lists and the day dialog. */
import { html, nothing } from 'lit';
import type { IsoDate, KulturEvent } from '../../data/types.js';
import type { Lang } from '../../i18n/locale.js';
import type { CalendarMessages } from './messages.js';
import { chipTime, startDay, statusKey, statusWord } from './event-text.js';

/** What every template part needs to know. */
export interface ViewContext {
  lang: Lang;
  msg: CalendarMessages;
  /** Today in the venue's zone. */
  today: IsoDate;
  /** `Samstag, 5. Dezember 2026` for a date (cached by the element). */
  longDate: (date: IsoDate) => string;
  /** One listener for every event button; reads the event from the button's `kulturEvent`. */
  onEvent: (e: Event) => void;
}

/** The event a button stands for (set as a property, never serialized). */
export type EventButton = HTMLButtonElement & { kulturEvent?: KulturEvent; kulturDay?: IsoDate };

/** The accessible name of an event button: what it shows, the full date, the status in words. */
export function eventLabel(event: KulturEvent, day: IsoDate, ctx: ViewContext, text: string): string {
  const status = statusWord(event, ctx.msg);
  return `${text}, ${ctx.longDate(day)}${status ? `, ${status}` : ''}`;
}

/**
 * An event button whose accessible name carries the full date and the status in words
 * (`20:00 Jazz im Keller, Samstag, 5. Dezember 2026, ausverkauft`).
 */
export function eventButton(
  event: KulturEvent,
  day: IsoDate,
  ctx: ViewContext,
  content: unknown,
  options: { className: string; tabindex?: number; text: string },
) {
  // A label rather than hidden text: one node less per event, and the name still starts with what is seen.
  return html`<button
    type="button"
    part="event"
    class=${options.className}
    aria-label=${eventLabel(event, day, ctx, options.text)}
    data-status=${statusKey(event) || nothing}
    tabindex=${options.tabindex ?? nothing}
    .kulturEvent=${event}
    .kulturDay=${day}
    @click=${ctx.onEvent}
  >
    ${content}
  </button>`;
}

/** The status in words as a visible tag, or nothing. */
export function statusTag(event: KulturEvent, msg: CalendarMessages) {
  const word = statusWord(event, msg);
  return word ? html`<span class="tag" data-status=${statusKey(event)}>${word}</span>` : nothing;
}

/** The time column of list rows: `20:00`, or `ganztägig` in small print. */
export function itemTime(event: KulturEvent, day: IsoDate, ctx: ViewContext) {
  const allDay = event.allDay || startDay(event) !== day;
  return html`<span class="item-time${allDay ? ' all-day' : ''}">${chipTime(event, day, ctx.lang, ctx.msg)}</span>`;
}
