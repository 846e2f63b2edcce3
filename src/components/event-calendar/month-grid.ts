/**
 * The month grid: WAI-ARIA grid of day cells (one roving tab stop; the element handles the keys),
 * events as `time title` buttons, "+N weitere" when a day has more than fit.
 */
import { html, nothing } from 'lit';
import type { IsoDate, KulturEvent } from '../../data/types.js';
import type { MatrixDay, MonthMatrix } from '../../time/index.js';
import { chipTime, startDay } from './event-text.js';
import { eventButton, type ViewContext } from './event-chip.js';

/** Lines of events a day cell shows; with more, one line becomes "+N weitere". */
export const LINES_PER_DAY = 3;

export interface GridContext extends ViewContext {
  matrix: MonthMatrix;
  /** The day cell that holds the tab stop. */
  focusDate: IsoDate;
  weekNumbers: boolean;
  weekdaysShort: string[];
  weekdaysLong: string[];
  eventsOn: (date: IsoDate) => KulturEvent[];
  onMore: (e: Event) => void;
  onKeydown: (e: KeyboardEvent) => void;
  onClick: (e: Event) => void;
  onFocus: (e: FocusEvent) => void;
  /** Still loading: cells without events, marked busy. */
  busy: boolean;
}

function dayCell(day: MatrixDay, ctx: GridContext) {
  const { msg } = ctx;
  const events = ctx.busy ? [] : ctx.eventsOn(day.date);
  const active = day.date === ctx.focusDate;
  const isToday = day.date === ctx.today;
  const shown = events.length > LINES_PER_DAY ? events.slice(0, LINES_PER_DAY - 1) : events;
  const label = [ctx.longDate(day.date), isToday ? msg.todayMark : '', events.length ? msg.count(events.length) : '']
    .filter(Boolean)
    .join(', ');
  const classes = `day${day.inMonth ? '' : ' outside'}${day.date < ctx.today ? ' past' : ''}${isToday ? ' today' : ''}${events.length ? ' has-events' : ''}`;
  const tab = active ? 0 : -1;
  return html`<div
    role="gridcell"
    part="day"
    class=${classes}
    data-date=${day.date}
    tabindex=${tab}
    aria-current=${isToday ? 'date' : nothing}
    aria-selected=${active ? 'true' : 'false'}
  >
    <span class="num" aria-hidden="true">${day.day}</span><span class="visually-hidden">${label}</span>
    ${events.length
      ? html`<ul class="chips">
          ${shown.map((event) => {
            const time = event.allDay || startDay(event) !== day.date ? '' : chipTime(event, day.date, ctx.lang, msg);
            return html`<li>
              ${eventButton(
                event,
                day.date,
                ctx,
                time ? html`<span class="time">${time}</span> <span class="chip-title">${event.title}</span>` : html`<span class="chip-title">${event.title}</span>`,
                { className: event.allDay ? 'chip all-day' : 'chip', tabindex: tab, text: time ? `${time} ${event.title}` : `${event.title} (${msg.allDay})` },
              )}
            </li>`;
          })}
          ${shown.length < events.length
            ? html`<li>
                <button type="button" class="more" tabindex=${tab} data-date=${day.date} @click=${ctx.onMore}>
                  <span class="more-long">${msg.more(events.length - shown.length)}</span
                  ><span class="more-short" aria-hidden="true">+${events.length - shown.length}</span
                  ><span class="visually-hidden">, ${ctx.longDate(day.date)}</span>
                </button>
              </li>`
            : nothing}
        </ul>`
      : nothing}
  </div>`;
}

export function monthGrid(ctx: GridContext, titleId: string) {
  const { msg } = ctx;
  return html`<div
    role="grid"
    part="grid"
    class="grid${ctx.weekNumbers ? ' with-weeks' : ''}"
    aria-labelledby=${titleId}
    aria-busy=${ctx.busy ? 'true' : 'false'}
    @keydown=${ctx.onKeydown}
    @click=${ctx.onClick}
    @focusin=${ctx.onFocus}
  >
    <div role="row" class="row head">
      ${ctx.weekNumbers ? html`<div role="columnheader" class="wk"><abbr title=${msg.weekNumberLong}>${msg.weekNumber}</abbr></div>` : nothing}
      ${ctx.weekdaysShort.map((name, i) => html`<div role="columnheader" class="dow"><abbr title=${ctx.weekdaysLong[i]}>${name}</abbr></div>`)}
    </div>
    ${ctx.matrix.weeks.map(
      (week) => html`<div role="row" class="row">
        ${ctx.weekNumbers ? html`<div role="rowheader" class="wk" aria-label=${msg.weekLabel(week.week)}>${week.week}</div>` : nothing}
        ${week.days.map((day) => dayCell(day, ctx))}
      </div>`,
    )}
  </div>`;
}
