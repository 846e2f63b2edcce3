/**
 * The month grid: WAI-ARIA grid of day cells (one roving tab stop; the element handles the keys),
 * events as `time title` buttons, "+N weitere" when a day has more than fit.
 */
import { html, nothing } from 'lit';
import type { IsoDate, KulturEvent } from '../../data/types.js';
import type { MatrixDay, MonthMatrix } from '../../time/index.js';
import { chipTime, startDay, statusKey } from './event-text.js';
import { eventLabel, type ViewContext } from './event-chip.js';

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
  /**
   * False for a grid in the slot that is not shown (the month rendered ahead, or the one shown
   * before), and for a frame after it is shown (see the element's `#reveal`): no roles and no parts,
   * so it is no second grid to assistive technology, page CSS or tests.
   */
  active: boolean;
}

/** `value` on the shown grid, no attribute on the one rendered ahead. */
const when = (ctx: GridContext, value: string) => (ctx.active ? value : nothing);

/**
 * One event of a day cell: two elements (the button and its bold time; the title is a text node),
 * no list item, no nested template, no listener (the grid's click handler finds the event by
 * `data-id`): a month holds a hundred of these, and each node and binding costs time on the first
 * paint. (The time as `::before` content was slower to lay out than the element.)
 */
function chip(event: KulturEvent, date: IsoDate, ctx: GridContext, tab: number) {
  const time = event.allDay || startDay(event) !== date ? '' : chipTime(event, date, ctx.lang, ctx.msg);
  return html`<button
    type="button"
    part=${when(ctx, 'event')}
    class=${event.allDay ? 'chip all-day' : 'chip'}
    tabindex=${tab}
    aria-label=${eventLabel(event, date, ctx, time ? `${time} ${event.title}` : `${event.title} (${ctx.msg.allDay})`)}
    data-status=${statusKey(event) || nothing}
    data-id=${event.id}
  ><b ?hidden=${!time}>${time}</b> ${event.title}</button>`;
}

function dayCell(day: MatrixDay, ctx: GridContext) {
  const { msg } = ctx;
  const events = ctx.busy ? [] : ctx.eventsOn(day.date);
  const active = day.date === ctx.focusDate;
  const isToday = day.date === ctx.today;
  const shown = events.length > LINES_PER_DAY ? events.slice(0, LINES_PER_DAY - 1) : events;
  const more = events.length - shown.length;
  // Hidden text, not aria-label: a label would hide the events' names from the cell's name.
  const label = [ctx.longDate(day.date), isToday ? msg.todayMark : '', events.length ? msg.count(events.length) : '']
    .filter(Boolean)
    .join(', ');
  const classes = `day${day.inMonth ? '' : ' outside'}${day.date < ctx.today ? ' past' : ''}${isToday ? ' today' : ''}${events.length ? ' has-events' : ''}`;
  const tab = active ? 0 : -1;
  return html`<div
    role=${when(ctx, 'gridcell')}
    part=${when(ctx, 'day')}
    class=${classes}
    data-date=${day.date}
    tabindex=${tab}
    aria-current=${isToday ? 'date' : nothing}
    aria-selected=${active ? 'true' : 'false'}
  >
    <span class="num" aria-hidden="true">${day.day}</span><span class="visually-hidden">${label}</span>${shown.map((event) => chip(event, day.date, ctx, tab))}${more
      ? html`<button
          type="button"
          class="more"
          tabindex=${tab}
          data-date=${day.date}
          aria-label=${`${msg.more(more)}, ${ctx.longDate(day.date)}`}
          @click=${ctx.onMore}
        ><span class="more-long">${msg.more(more)}</span><span class="more-short" aria-hidden="true">+${more}</span></button>`
      : nothing}
  </div>`;
}

export function monthGrid(ctx: GridContext, titleId: string) {
  const { msg } = ctx;
  return html`<div
    role=${when(ctx, 'grid')}
    part=${when(ctx, 'grid')}
    class="grid${ctx.weekNumbers ? ' with-weeks' : ''}"
    aria-labelledby=${when(ctx, titleId)}
    aria-busy=${ctx.busy ? 'true' : 'false'}
    @keydown=${ctx.onKeydown}
    @click=${ctx.onClick}
    @focusin=${ctx.onFocus}
  >
    <div role=${when(ctx, 'row')} class="row head">
      ${ctx.weekNumbers ? html`<div role=${when(ctx, 'columnheader')} class="wk"><abbr title=${msg.weekNumberLong}>${msg.weekNumber}</abbr></div>` : nothing}
      ${ctx.weekdaysShort.map((name, i) => html`<div role=${when(ctx, 'columnheader')} class="dow"><abbr title=${ctx.weekdaysLong[i]}>${name}</abbr></div>`)}
    </div>
    ${ctx.matrix.weeks.map(
      (week) => html`<div role=${when(ctx, 'row')} class="row">
        ${ctx.weekNumbers ? html`<div role=${when(ctx, 'rowheader')} class="wk" aria-label=${msg.weekLabel(week.week)}>${week.week}</div>` : nothing}
        ${week.days.map((day) => dayCell(day, ctx))}
      </div>`,
    )}
  </div>`;
}
