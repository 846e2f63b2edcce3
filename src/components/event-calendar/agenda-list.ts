/**
 * The agenda (days with headings, `Samstag, 5. Dezember 2026`) and the compact "upcoming" list
 * for sidebars. Both are plain lists of event buttons; the dialog shows the details.
 */
import { html, nothing } from 'lit';
import type { IsoDate, KulturEvent } from '../../data/types.js';
import { formatDateShort, formatMonthName, formatTime } from '../../time/index.js';
import { startDay } from './event-text.js';
import { eventButton, itemTime, statusTag, type ViewContext } from './event-chip.js';

function meta(event: KulturEvent) {
  const parts = [event.category, event.location?.name].filter(Boolean);
  return parts.length ? html`<p class="meta">${parts.join(' · ')}</p>` : nothing;
}

/** One day of the agenda: heading and its events. */
function agendaDay(day: IsoDate, events: KulturEvent[], ctx: ViewContext) {
  return html`<li class="agenda-day${day < ctx.today ? ' past' : ''}" data-date=${day}>
    <h3 class="agenda-date">
      ${ctx.longDate(day)}${day === ctx.today ? html` <span class="today-mark">${ctx.msg.todayMark}</span>` : nothing}
    </h3>
    <ul class="items">
      ${events.map(
        (event) => html`<li class="item">
          ${itemTime(event, day, ctx)}
          <div class="item-body">
            ${eventButton(event, day, ctx, event.title, { className: 'item-title', text: event.title })} ${statusTag(event, ctx.msg)} ${meta(event)}
          </div>
        </li>`,
      )}
    </ul>
  </li>`;
}

/** The agenda of `days` (already filtered to days with matching events). */
export function agendaList(days: IsoDate[], eventsOn: (date: IsoDate) => KulturEvent[], ctx: ViewContext, labelId: string) {
  return html`<ol part="list" class="agenda" aria-labelledby=${labelId}>
    ${days.map((day) => agendaDay(day, eventsOn(day), ctx))}
  </ol>`;
}

/** The compact list of the next events: date block, title, date line and place. */
export function upcomingList(events: KulturEvent[], ctx: ViewContext) {
  return html`<ol part="list" class="upcoming" aria-label=${ctx.msg.upcoming}>
    ${events.map((event) => {
      const day = startDay(event);
      const when = event.allDay ? formatDateShort(day, ctx.lang) : `${formatDateShort(event.start, ctx.lang)}, ${formatTime(event.start, ctx.lang)}`;
      return html`<li class="up">
        <span class="up-date" aria-hidden="true"
          ><span class="up-day">${+day.slice(8, 10)}</span><span class="up-month">${formatMonthName(+day.slice(5, 7), ctx.lang).slice(0, 3)}</span></span
        >
        <div class="item-body">
          ${eventButton(event, day, ctx, event.title, { className: 'item-title', text: event.title })} ${statusTag(event, ctx.msg)}
          <p class="meta">${[when, event.location?.name].filter(Boolean).join(' · ')}</p>
        </div>
      </li>`;
    })}
  </ol>`;
}
