/**
 * The month grid: WAI-ARIA grid of day cells (one roving tab stop; the element handles the keys),
 * events as `time title` buttons, "+N weitere" when a day has more than fit.
 *
 * Built with DOM calls, not Lit templates: a month is ~300 elements and a hundred event buttons,
 * and creating them directly took ~20 ms less script before the first paint of a 1,000-event month
 * than Lit's template instances and bindings (CPU profiles of 10 cold mounts each). The grid is
 * built once per month and data; what changes without new data (the focused day, whether the grid
 * is the one shown) is updated in place, so focus and the painted grid survive it. Text goes in as
 * text nodes only (`textContent`, `append(string)`): no feed text is ever parsed as HTML here.
 */
import type { IsoDate, KulturEvent } from '../../data/types.js';
import type { MatrixDay, MonthMatrix } from '../../time/index.js';
import { chipTime, startDay, statusKey } from './event-text.js';
import { eventLabel, type ViewContext } from './event-chip.js';

/** Lines of events a day cell shows; with more, one line becomes "+N weitere". */
export const LINES_PER_DAY = 3;

export interface GridContext extends ViewContext {
  matrix: MonthMatrix;
  weekNumbers: boolean;
  weekdaysShort: string[];
  weekdaysLong: string[];
  eventsOn: (date: IsoDate) => KulturEvent[];
  onMore: (e: Event) => void;
  onKeydown: (e: KeyboardEvent) => void;
  onClick: (e: Event) => void;
  onFocus: (e: FocusEvent) => void;
  /** Still loading: marked busy (`eventsOn` gives no events then). */
  busy: boolean;
}

/**
 * What a grid of `matrix` shows of the events, as one string: equal strings make equal grids.
 * (After a preview's first paint the whole read usually changes nothing on screen; comparing
 * this costs a fraction of a millisecond, building and painting the grid again ~30 ms.)
 */
export function gridContent(matrix: MonthMatrix, eventsOn: (date: IsoDate) => KulturEvent[]): string {
  let text = '';
  for (const week of matrix.weeks) {
    for (const day of week.days) {
      const events = eventsOn(day.date);
      text += `\n${events.length}`;
      for (let i = 0; i < events.length && i < LINES_PER_DAY; i++) {
        const e = events[i];
        text += `\t${e.id}\t${e.title}\t${e.allDay ? e.startDate : e.start.instant}\t${statusKey(e)}`;
      }
    }
  }
  return text;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Sets the attribute to `value`, or removes it when there is none. */
function toggle(node: Element, name: string, value: string | false | undefined): void {
  if (value) node.setAttribute(name, value);
  else node.removeAttribute(name);
}

function button(className: string, tab: number): HTMLButtonElement {
  const node = element('button', className);
  node.type = 'button';
  node.tabIndex = tab;
  return node;
}

/**
 * One month's grid. `root` is the `.grid` element; the calendar renders it into a slot and keeps
 * it while month and data stay the same.
 */
export class MonthGrid {
  readonly root: HTMLDivElement;
  /** Day cells by date. */
  readonly #cells = new Map<IsoDate, HTMLElement>();
  /** Elements with a role and a part only while the grid is shown (`setActive`): [element, role, part]. */
  readonly #semantics: [HTMLElement, string, string?][] = [];
  readonly #titleId: string;
  #active?: boolean;
  #focusDate?: IsoDate;

  constructor(ctx: GridContext, titleId: string) {
    const { msg } = ctx;
    const grid = (this.root = element('div', `grid${ctx.weekNumbers ? ' with-weeks' : ''}`));
    grid.setAttribute('aria-busy', String(ctx.busy));
    this.#semantics.push([grid, 'grid', 'grid']);
    grid.addEventListener('keydown', ctx.onKeydown);
    grid.addEventListener('click', ctx.onClick);
    grid.addEventListener('focusin', ctx.onFocus);
    this.#titleId = titleId;

    const head = this.#row('row head');
    if (ctx.weekNumbers) head.append(this.#headCell('wk', msg.weekNumber, msg.weekNumberLong));
    ctx.weekdaysShort.forEach((name, i) => head.append(this.#headCell('dow', name, ctx.weekdaysLong[i])));
    grid.append(head);

    for (const week of ctx.matrix.weeks) {
      const row = this.#row('row');
      if (ctx.weekNumbers) {
        const wk = element('div', 'wk', String(week.week));
        wk.setAttribute('aria-label', msg.weekLabel(week.week));
        this.#semantics.push([wk, 'rowheader']);
        row.append(wk);
      }
      for (const day of week.days) row.append(this.#day(day, ctx));
      grid.append(row);
    }
  }

  #row(className: string): HTMLDivElement {
    const row = element('div', className);
    this.#semantics.push([row, 'row']);
    return row;
  }

  #headCell(className: string, short: string, long: string): HTMLDivElement {
    const cell = element('div', className);
    const abbr = element('abbr', '', short);
    abbr.title = long;
    cell.append(abbr);
    this.#semantics.push([cell, 'columnheader']);
    return cell;
  }

  #day(day: MatrixDay, ctx: GridContext): HTMLDivElement {
    const { msg } = ctx;
    const events = ctx.eventsOn(day.date);
    const isToday = day.date === ctx.today;
    const shown = events.length > LINES_PER_DAY ? events.slice(0, LINES_PER_DAY - 1) : events;
    const more = events.length - shown.length;
    const cell = element('div', `day${day.inMonth ? '' : ' outside'}${day.date < ctx.today ? ' past' : ''}${isToday ? ' today' : ''}${events.length ? ' has-events' : ''}`);
    cell.dataset.date = day.date;
    cell.tabIndex = -1;
    if (isToday) cell.setAttribute('aria-current', 'date');
    cell.setAttribute('aria-selected', 'false');
    this.#semantics.push([cell, 'gridcell', 'day']);
    this.#cells.set(day.date, cell);
    const num = element('span', 'num', String(day.day));
    num.setAttribute('aria-hidden', 'true');
    // Hidden text, not aria-label: a label would hide the events' names from the cell's name.
    const label = [ctx.longDate(day.date), isToday ? msg.todayMark : '', events.length ? msg.count(events.length) : ''].filter(Boolean).join(', ');
    cell.append(num, element('span', 'visually-hidden', label));
    for (const event of shown) cell.append(this.#chip(event, day.date, ctx));
    if (more) {
      const moreButton = button('more', -1);
      moreButton.dataset.date = day.date;
      moreButton.setAttribute('aria-label', `${msg.more(more)}, ${ctx.longDate(day.date)}`);
      moreButton.addEventListener('click', ctx.onMore);
      const short = element('span', 'more-short', `+${more}`);
      short.setAttribute('aria-hidden', 'true');
      moreButton.append(element('span', 'more-long', msg.more(more)), short);
      cell.append(moreButton);
    }
    return cell;
  }

  /**
   * One event: the button and its bold time, the title a text node; no listener (the grid's click
   * handler finds the event by `data-id`).
   */
  #chip(event: KulturEvent, date: IsoDate, ctx: GridContext): HTMLButtonElement {
    const time = event.allDay || startDay(event) !== date ? '' : chipTime(event, date, ctx.lang, ctx.msg);
    const chip = button(event.allDay ? 'chip all-day' : 'chip', -1);
    chip.setAttribute('aria-label', eventLabel(event, date, ctx, time ? `${time} ${event.title}` : `${event.title} (${ctx.msg.allDay})`));
    const status = statusKey(event);
    if (status) chip.dataset.status = status;
    chip.dataset.id = event.id;
    const bold = element('b', '', time);
    bold.hidden = !time;
    chip.append(bold, ` ${event.title}`);
    this.#semantics.push([chip, '', 'event']);
    return chip;
  }

  /**
   * Roles and parts on for the grid shown; off for one rendered ahead or kept hidden, so that it
   * is no second grid to assistive technology, page CSS or tests.
   */
  setActive(active: boolean): void {
    if (active === this.#active) return;
    this.#active = active;
    for (const [node, role, part] of this.#semantics) {
      toggle(node, 'role', active && role);
      toggle(node, 'part', active && part);
    }
    toggle(this.root, 'aria-labelledby', active && this.#titleId);
  }

  /** Moves the grid's one tab stop (the cell and its buttons) and `aria-selected` to `date`. */
  focusOn(date: IsoDate): void {
    if (date === this.#focusDate) return;
    this.#tabStop(this.#focusDate, false);
    this.#tabStop(date, true);
    this.#focusDate = date;
  }

  #tabStop(date: IsoDate | undefined, on: boolean): void {
    const cell = date && this.#cells.get(date);
    if (!cell) return;
    cell.tabIndex = on ? 0 : -1;
    cell.setAttribute('aria-selected', String(on));
    for (const node of cell.querySelectorAll('button')) node.tabIndex = on ? 0 : -1;
  }
}
