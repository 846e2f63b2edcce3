import { html, nothing, type PropertyValues } from 'lit';
import { FeedError } from '../../data/fetch-json.js';
import { afterPaint, clearFeedCache, FEED_FORMATS, type FeedFormat, type FeedResult, type FeedTransform, normalizeFeed, previewFeed } from '../../data/load-feed.js';
import { type FeedWatch, watchFeed } from '../../data/watch-feed.js';
import type { FeedProblem, IsoDate, KulturEvent } from '../../data/types.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { fire } from '../../shared/events.js';
import { KulturElement } from '../../shared/kultur-element.js';
import { warnOnce } from '../../shared/warn-once.js';
import { baseStyles, tokens } from '../../theme/tokens.js';
import {
  addDays,
  addMonths,
  daysInMonth,
  formatDateLong,
  formatMonthHeading,
  isoWeekday,
  monthMatrix,
  type MonthMatrix,
  parseYearMonth,
  resolveTimeZone,
  todayIn,
  toIsoDate,
  weekdayNames,
} from '../../time/index.js';
import { agendaList, upcomingList } from './agenda-list.js';
import { CalendarIndex, matcher } from './calendar-index.js';
import type { DialogContext } from './event-dialog.js';
import type { EventButton, ViewContext } from './event-chip.js';
import { type CalendarMessages, catalogue, hasEnglish, loadEnglish } from './messages.js';
import { gridContent, MonthGrid } from './month-grid.js';
import type { CalendarErrorDetail, CalendarLoadDetail } from './property-loads.js';
import { calendarStyles } from './styles.js';
import { errorPanel, loadingList, notice, toolbar } from './toolbar.js';

/** `view` values: `auto` is the month grid, or the agenda when the element is narrower than 600 px. */
export type CalendarView = 'auto' | 'month' | 'list' | 'upcoming';
const VIEWS: readonly CalendarView[] = ['auto', 'month', 'list', 'upcoming'];
/** Views that do not depend on the element's width. */
const VIEWS_CHOSEN: readonly string[] = ['month', 'list', 'upcoming'];
/** Equal lists of inputs, value by value. */
const sameValues = (a: unknown[], b: unknown[]) => a.every((value, k) => value === b[k]);
/** Below this container width `view="auto"` shows the agenda. */
const NARROW_PX = 600;

export type { CalendarErrorDetail, CalendarLoadDetail } from './property-loads.js';
/** `detail` of `kultur-event-select` and `kultur-reserve`. */
export interface CalendarEventDetail {
  event: KulturEvent;
}

type Phase = 'idle' | 'loading' | 'preview' | 'ready' | 'error';
interface YearMonth {
  year: number;
  month: number;
}
/** A grid slot's month that is not the shown one, and what it was rendered from. */
interface HiddenMonth extends YearMonth {
  slot: 0 | 1;
  basis: unknown[];
}
interface DialogState {
  event?: KulturEvent;
  /** The day whose list is shown, or the list the event was opened from. */
  day?: IsoDate;
}

/** Parts loaded on demand (separate chunks): the details dialog with the .ics export, and the JSON-LD writer. */
type DialogParts = typeof import('./event-dialog.js');
let dialogParts: DialogParts | undefined;
/** Upcoming events described in the JSON-LD at most: a season is enough for search results. */
const STRUCTURED_DATA_LIMIT = 100;
/** Events the agenda renders in its first frame (whole days; more than a screen holds). */
const FIRST_LIST_EVENTS = 40;
const JSON_LD = ':scope > script[type="application/ld+json"][data-kultur]';

/** Announces a read of the `events` property (a chunk: it follows the read). */
const announce = (...read: Parameters<typeof import('./property-loads.js').announce>) => void import('./property-loads.js').then((m) => m.announce(...read), () => {});

/** Runs `task` when the browser is idle (at the latest after a second). */
const whenIdle = (task: () => void) =>
  ((globalThis.requestIdleCallback as ((f: () => void, o?: object) => void) | undefined) ?? ((f: () => void) => setTimeout(f, 1)))(task, { timeout: 1000 });

/**
 * A centre's event programme: month grid, agenda and a compact "upcoming" list, with category
 * filter, search, details dialog, .ics export, ticket hand-off and schema.org JSON-LD.
 * Works with attributes alone: `<kultur-event-calendar src="/programm.json">`.
 *
 * @fires kultur-load - After a feed from `src` or the `events` property was read; `detail.events` (normalized) and `detail.problems`. Not again for equal data.
 * @fires kultur-error - Loading `src` or reading `events` failed; `detail.error` (a `FeedError`) and `detail.problems`.
 * @fires kultur-event-select - A visitor opened an event's details; `detail.event`. Cancelable: `preventDefault()` keeps the dialog closed.
 * @fires kultur-reserve - A visitor chose "Tickets reservieren"; `detail.event`. Cancelable: `preventDefault()` stops the hand-off to the `reservation` element.
 *
 * @slot - Fallback content (e.g. a link to the programme page): shown without JavaScript and when the feed cannot be loaded.
 *
 * @csspart toolbar - Navigation, title, view switch, search and filters.
 * @csspart title - The month heading.
 * @csspart previous - The previous-month button.
 * @csspart next - The next-month button.
 * @csspart today - The today button.
 * @csspart search - The search field.
 * @csspart filter - A category filter button.
 * @csspart grid - The month grid.
 * @csspart day - A day cell of the grid.
 * @csspart event - An event button (grid, lists, day dialog).
 * @csspart list - The agenda or upcoming list.
 * @csspart dialog - The details dialog.
 * @csspart error - The error panel.
 *
 * @cssprop --kultur-color-accent - Accent: today, chips, primary buttons.
 * @cssprop --kultur-color-background - Background of the widget and the dialog.
 * @cssprop --kultur-color-surface - Toolbar controls, days outside the month.
 * @cssprop --kultur-color-text - Text.
 * @cssprop --kultur-color-text-muted - Secondary text.
 * @cssprop --kultur-color-border - Grid lines and borders.
 * @cssprop --kultur-radius - Corner radius.
 * @cssprop --kultur-font-family - Font (default: the page's).
 * @cssprop --kultur-calendar-day-height - Height of a day cell in the month grid (default 7.25em).
 */
export class KulturEventCalendar extends KulturElement {
  static override styles = [tokens, baseStyles, calendarStyles];
  // Reactive properties without decorators: smaller than one decorator call each.
  static override properties = {
    src: {},
    format: {},
    view: {},
    limit: { type: Number },
    category: {},
    timezone: {},
    reservation: {},
    structuredData: { attribute: 'structured-data' },
    month: {},
    weekNumbers: { type: Boolean, attribute: 'week-numbers' },
    refresh: { type: Number },
    events: { attribute: false },
    transform: { attribute: false },
    now: { attribute: false },
    messages: { attribute: false },
    _phase: { state: true },
    _error: { state: true },
    _index: { state: true },
    _shown: { state: true },
    _focusDate: { state: true },
    _narrow: { state: true },
    _userView: { state: true },
    _categories: { state: true },
    _query: { state: true },
    _dialog: { state: true },
    _announcement: { state: true },
    _ahead: { state: true },
    _liveSlot: { state: true },
  };

  readonly #locale = new LocaleController<CalendarMessages>(this, catalogue);

  /** Builds the constructable style sheets ahead of the first render (called at registration). */
  static prepareStyles(): void {
    for (const style of this.finalizeStyles(this.styles)) void (style as { styleSheet?: CSSStyleSheet }).styleSheet;
  }

  // --- public properties (each attribute has a writable property of the same meaning)

  /** URL of the feed (native JSON, JSON-LD, iCalendar, WordPress …). Ignored while `events` is set. */
  src = '';
  /** Feed format: `auto` (detected), `json`, `jsonld`, `ics`, `wp-tribe`, `hessen-szene`. */
  format: FeedFormat = 'auto';
  /** `month`, `list`, `upcoming`, or `auto` (default: month grid, agenda in narrow containers). */
  view: CalendarView = 'auto';
  /** How many events the `upcoming` view shows. */
  limit = 5;
  /** Preset category filter; several separated by commas. */
  category = '';
  /** IANA time zone of the venue for times without offset (default `Europe/Berlin`). */
  timezone = '';
  /** CSS selector of the `<kultur-ticket-reservation>` that "Tickets reservieren" hands the event to. */
  reservation = '';
  /** `on` (default) writes schema.org JSON-LD for search engines into the light DOM; `off` does not. */
  structuredData: 'on' | 'off' = 'on';
  /** The month shown first, `YYYY-MM`; default: the current month. */
  month = '';
  /** Shows ISO week numbers in the month grid. */
  weekNumbers = false;
  /**
   * Reloads `src` every this many seconds while the page is visible (at least 1; 0: load once).
   * Unchanged feeds cost a 304; a failed reload keeps the programme shown and warns in the console.
   */
  refresh = 0;
  /** Events in the native feed shape (or a Promise of them), given directly: no fetch. Read, never copied. */
  events?: unknown;
  /** Maps a raw response (or the `events` value) to the native feed shape. */
  transform?: FeedTransform;
  /** "Now" for today, past days and upcoming (tests, previews); default: the clock. */
  now?: Date | number;
  /** Overrides for any visible string. */
  messages?: Partial<CalendarMessages>;

  // --- private state

  private _phase: Phase = 'idle';
  private _error?: unknown;
  private _index?: CalendarIndex;
  private _shown = { year: 0, month: 0 };
  private _focusDate: IsoDate = '';
  private _narrow = false;
  private _userView?: 'month' | 'list';
  private _categories: ReadonlySet<string> = new Set();
  private _query = '';
  private _dialog?: DialogState;
  private _announcement = '';
  /**
   * The month in the slot that is not shown (see `#renderMonth`): the next month, rendered ahead,
   * or for a moment after a month change the month shown before.
   */
  private _ahead?: HiddenMonth;
  /** The slot whose grid has roles, parts and focus (not inert): the shown one, or a frame later. */
  private _liveSlot: 0 | 1 = 0;

  private get _dialogEl(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  #problems: readonly FeedProblem[] = [];
  #watch?: FeedWatch;
  /** Which of the two grid slots shows `_shown`. */
  #activeSlot: 0 | 1 = 0;
  #aheadPending = false;
  /** The grid per slot and what it was built from: unchanged slots cost nothing. */
  #slotGrids: { look: unknown[]; data: unknown[]; content: string; grid: MonthGrid }[] = [];
  /** Reads the whole `events` value after a preview of the shown month was painted. */
  #readAll?: () => void;
  #resize?: ResizeObserver;
  #returnFocus?: HTMLElement;
  #pendingFocus: 'day' | 'dialog' | undefined;
  #showDialog = false;
  #icsUrl?: string;
  #dates = new Map<string, string>();
  #announceTimer?: ReturnType<typeof setTimeout>;
  #jsonLdFor?: CalendarIndex | null;
  /** Month and filter of the agenda that may render all its days (a frame after its first, partial render). */
  #listComplete?: string;
  /** Chunks being loaded; `updateComplete` waits for them and the update they cause. */
  #loading = new Set<Promise<unknown>>();

  /** The normalized events of the last load (or of `events`). Read-only. */
  get loadedEvents(): readonly KulturEvent[] {
    this.#readAll?.();
    return this._index?.events ?? [];
  }

  /** Problems found in the feed by the last load, for diagnostics. Read-only. */
  get problems(): readonly FeedProblem[] {
    this.#readAll?.();
    return this.#problems;
  }

  // --- public methods

  /** Shows the next month. */
  next(): void {
    this.#moveMonth(1, false);
  }

  /** Shows the previous month. */
  previous(): void {
    this.#moveMonth(-1, false);
  }

  /** Shows the current month. */
  today(): void {
    const today = this.#today();
    this.#showMonth(+today.slice(0, 4), +today.slice(5, 7), today, false);
  }

  // --- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // Measured now, so the first paint already shows the right view; later changes wait a frame,
    // because re-rendering inside the observer's callback would change the observed height at once.
    // Only when the width picks the view: measuring forces the host page's style and layout in the
    // middle of the script (~3–5 ms of a cold mount); a chosen view leaves that to the observer.
    if (!VIEWS_CHOSEN.includes(this.view)) {
      const width = this.getBoundingClientRect().width;
      if (width) this._narrow = width < NARROW_PX;
    }
    this.#resize = new ResizeObserver(([entry]) => {
      const narrow = entry.contentRect.width < NARROW_PX;
      if (narrow !== this._narrow && entry.contentRect.width) requestAnimationFrame(() => (this._narrow = narrow));
    });
    this.#resize.observe(this);
    // Reconnected: load again if a load or the refresh was stopped on disconnect, and write the JSON-LD again.
    if (this.hasUpdated && (this._phase === 'loading' || this._phase === 'preview' || this.refresh > 0) && this.src && this.events == null) this.#load(true);
    else if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#stopLoading();
    this.querySelector(JSON_LD)?.remove();
    this.#jsonLdFor = undefined;
    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
    this.#icsUrl = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Anything after the preview's first paint (navigation, filters) works on the whole feed.
    if (this.hasUpdated) this.#readAll?.();
    if (changed.has('lang')) this.#dates.clear();
    if (changed.has('view')) {
      // The page chose a view: it wins over the visitor's earlier click on the view switch.
      if (this.hasUpdated) this._userView = undefined;
      if (!VIEWS.includes(this.view)) warnOnce(`<kultur-event-calendar view="${this.view}"> is not a view; use month, list, upcoming or auto.`);
    }
    if (changed.has('limit') && !(this.limit >= 1)) warnOnce(`limit="${this.limit}" is not a positive number; showing 5 events.`);
    if (changed.has('category')) {
      this._categories = new Set(this.category.split(',').map((c) => c.trim()).filter(Boolean));
    }
    if (!this._shown.year || changed.has('month')) this.#showInitialMonth();
    if (changed.has('events') || changed.has('transform') || changed.has('timezone') || changed.has('src') || changed.has('format') || changed.has('refresh')) {
      if (this.events !== undefined && this.events !== null) this.#useEvents();
      // Only the interval changed: keep showing the loaded programme while the watch restarts.
      else if (this.src) this.#load(changed.size === 1 && changed.has('refresh'));
      else if (changed.has('events') || changed.has('src')) this.#setData(undefined, []);
    }
    // Last, when month and data are settled: reveal the grid rendered ahead, or drop it if it is stale.
    const ahead = this._ahead;
    if (ahead) {
      const basis = this.#aheadBasis();
      if (!sameValues(basis, ahead.basis)) this._ahead = undefined;
      else if (ahead.year === this._shown.year && ahead.month === this._shown.month) this.#reveal(ahead, (changed as Map<string, unknown>).get('_shown') as YearMonth | undefined, basis);
    }
  }

  /**
   * Shows the grid of the hidden slot and keeps the one shown so far, hidden, in the other slot
   * (`previous()` right after `next()` shows it again). The swap changes two classes: the grid was
   * laid out and painted while hidden. Roles, parts and focus move to the shown grid one frame later
   * (`_liveSlot`): flipping them and `inert` restyles both grids, ~15 ms that would delay the new
   * month on screen. Keyboard navigation moves focus into the grid, so it swaps them at once.
   */
  #reveal(ahead: HiddenMonth, before: YearMonth | undefined, basis: unknown[]): void {
    const shown = ahead.slot;
    this._ahead = before?.year ? { ...before, slot: this.#activeSlot, basis } : undefined;
    this.#activeSlot = shown;
    if (this.#pendingFocus === 'day') this._liveSlot = shown;
    else
      this.#whenLoaded(afterPaint(), () => {
        this._liveSlot = this.#activeSlot;
      });
  }

  protected override updated(): void {
    if (this.#showDialog && dialogParts) {
      const dialog = this._dialogEl;
      if (this._dialog && dialog && !dialog.open) dialog.showModal();
      this.#showDialog = false;
    }
    if (this.#pendingFocus === 'day') {
      this.renderRoot.querySelector<HTMLElement>(`[role=gridcell][data-date="${this._focusDate}"]`)?.focus();
    } else if (this.#pendingFocus === 'dialog') {
      this.renderRoot.querySelector<HTMLElement>('#dialog-title')?.focus();
    }
    this.#pendingFocus = undefined;
    this.#writeStructuredData();
    this.#prepareAhead();
  }

  // --- rendering

  override render() {
    // English texts are a chunk: until they are here, the loading state (never German words).
    if (this.#locale.lang === 'en' && !hasEnglish()) {
      this.#whenLoaded(loadEnglish(), () => this.requestUpdate());
      return html`<div class="cal skeleton" aria-busy="true"></div>`;
    }
    const msg = this.#locale.msg;
    if (this._phase === 'error') return errorPanel(this._error, this.#problems, msg, this.#retry);
    const view = this.#view();
    const ctx = this.#viewContext();
    if (view === 'upcoming') {
      const events = this._index?.upcoming(this.#nowMs(), Math.max(1, this.limit || 5), this.#match()) ?? [];
      return html`<div class="cal upcoming-view" aria-busy=${this.#busy()}>
        ${this.#busy()
          ? loadingList(msg, 'upcoming')
          : events.length
            ? upcomingList(events, ctx)
            : notice(msg.noUpcoming)}
        ${this.#renderDialog(ctx)}
      </div>`;
    }
    const { year, month } = this._shown;
    const title = formatMonthHeading(year, month, this.#locale.lang);
    return html`<div class="cal ${view}-view">
      ${toolbar({
        msg,
        title,
        view,
        categories: this._index?.categories ?? [],
        selected: this._categories,
        query: this._query,
        onPrevious: this.#onPrevious,
        onNext: this.#onNext,
        onToday: this.#onToday,
        onView: this.#onView,
        onCategory: this.#onCategory,
        onSearch: this.#onSearch,
      })}
      <div class="live visually-hidden" role="status">${this._announcement}</div>
      ${view === 'month' ? this.#renderMonth(ctx) : this.#renderList(ctx)}
      ${this.#renderDialog(ctx)}
    </div>`;
  }

  #renderMonth(ctx: ViewContext) {
    const { year, month } = this._shown;
    const busy = this.#busy();
    const ahead = this._ahead;
    // Two slots whose DOM stays put: the shown month, and the next one rendered ahead (hidden)
    // once the shown one was painted; `next()` then reveals a grid that is already laid out and
    // painted (see `#reveal`).
    const slot = (n: 0 | 1) => {
      const shown = n === this.#activeSlot;
      if (!shown && ahead?.slot !== n) return nothing;
      const [y, m] = shown ? [year, month] : [ahead!.year, ahead!.month];
      const live = n === this._liveSlot;
      return html`<div class=${shown ? 'month' : 'month ahead'} ?inert=${!live}>${this.#grid(ctx, n, y, m, busy, live)}</div>`;
    };
    return html`${busy ? html`<p class="visually-hidden" role="status">${ctx.msg.loading}</p>` : this.#emptyNotice()}
      <div class="months">${slot(0)}${slot(1)}</div>`;
  }

  #grid(ctx: ViewContext, slot: 0 | 1, year: number, month: number, busy: boolean, active: boolean) {
    // Built again only when what it shows changed; the focused day and being the grid shown are
    // updated in place (a new grid would lose the focus, and the paint of the grid rendered ahead).
    // What it shows is compared as text (a fraction of a millisecond): data that changes nothing on
    // screen (the whole read after a preview, a reload, a filter that hides nothing here) keeps it.
    const [look, data] = this.#gridInputs();
    look.push(year, month, busy);
    const last = this.#slotGrids[slot];
    // The very same inputs (most renders: focus moves, announcements, the dialog): nothing to compare.
    const sameLook = last && sameValues(look, last.look);
    let entry = sameLook && sameValues(data, last.data) ? last : undefined;
    if (!entry) {
      const match = this.#match();
      const eventsOn = (date: IsoDate) => (busy ? [] : this._index?.on(date, match) ?? []);
      const matrix = monthMatrix(year, month);
      const content = gridContent(matrix, eventsOn);
      const kept = sameLook && content === last.content;
      entry = { look, data, content, grid: kept ? last.grid : this.#newGrid(ctx, matrix, eventsOn, busy) };
      // The data changed under a visitor in the grid (e.g. a reload): focus goes to the same day in the new one.
      if (!kept && last?.grid.root.contains(this.shadowRoot?.activeElement ?? null)) this.#pendingFocus ??= 'day';
      this.#slotGrids[slot] = entry;
    }
    const { grid } = entry;
    grid.setActive(active);
    grid.focusOn(this._focusDate);
    return grid.root;
  }

  #newGrid(ctx: ViewContext, matrix: MonthMatrix, eventsOn: (date: IsoDate) => KulturEvent[], busy: boolean): MonthGrid {
    const lang = this.#locale.lang;
    return new MonthGrid(
      {
        ...ctx,
        matrix,
        weekNumbers: this.weekNumbers,
        weekdaysShort: weekdayNames(lang, 'short'),
        weekdaysLong: weekdayNames(lang, 'long'),
        eventsOn,
        onMore: this.#onMore,
        onKeydown: this.#onGridKey,
        onClick: this.#onGridClick,
        onFocus: this.#onGridFocus,
        busy,
      },
      'title',
    );
  }

  /**
   * What a month grid depends on besides its month: how it looks (texts, week numbers, today, view)
   * and its data (events and filter). New data that show the same keep the grid (see `#grid`).
   */
  #gridInputs(): [look: unknown[], data: unknown[]] {
    return [
      [this.#locale.msg, this.weekNumbers, this.#today(), this.#view()],
      [this._index, this._query, [...this._categories].join()],
    ];
  }

  /** What the grid rendered ahead depends on besides its month: when it changes, it is rendered again. */
  #aheadBasis(): unknown[] {
    return [...this.#gridInputs().flat(), this._phase];
  }

  /** Once the shown month was painted and the browser is idle: render the next month, hidden. */
  #prepareAhead(): void {
    if (this.#aheadIsNext() || this.#aheadPending || this.#view() !== 'month' || this._phase !== 'ready') return;
    this.#aheadPending = true;
    // After the paint: an idle moment before it would delay the month just shown.
    void afterPaint().then(() =>
      whenIdle(() => {
        this.#aheadPending = false;
        if (this.#aheadIsNext() || !this.isConnected || this.#view() !== 'month' || this._phase !== 'ready') return;
        const { year, month } = addMonths(this._shown.year, this._shown.month, 1);
        this._ahead = { year, month, slot: this.#activeSlot === 0 ? 1 : 0, basis: this.#aheadBasis() };
      }),
    );
  }

  #aheadIsNext(): boolean {
    const next = addMonths(this._shown.year, this._shown.month, 1);
    return this._ahead?.year === next.year && this._ahead.month === next.month;
  }

  #renderList(ctx: ViewContext) {
    if (this.#busy()) return loadingList(ctx.msg, 'list');
    const { first, last } = this.#monthBounds();
    const match = this.#match();
    const index = this._index;
    const days = index?.daysBetween(first, last, match) ?? [];
    if (!days.length) return this.#emptyNotice();
    // A month of a big programme is hundreds of events: the first frame shows the days that fill
    // the screen, the rest of the month follows in the next frame (`updateComplete` waits for it).
    const key = `${first}|${this._query}|${[...this._categories]}`;
    let shown = days;
    if (this.#listComplete !== key) {
      let count = 0;
      let cut = 0;
      while (cut < days.length && count < FIRST_LIST_EVENTS) count += index!.on(days[cut++], match).length;
      if (cut < days.length) {
        shown = days.slice(0, cut);
        // After the next paint; a hidden page paints no frames, so a timer finishes the list there.
        const frame = new Promise((ok) => {
          requestAnimationFrame(() => setTimeout(ok));
          setTimeout(ok, 100);
        });
        this.#whenLoaded(frame, () => {
          this.#listComplete = key;
          this.requestUpdate();
        });
      }
    }
    return agendaList(shown, (d) => index!.on(d, match), ctx, 'title');
  }

  /** The empty month, no matches, or no events at all; offers the next month with events. */
  #emptyNotice() {
    const index = this._index;
    if (!index) return nothing;
    const msg = this.#locale.msg;
    if (!index.events.length) return notice(msg.empty);
    const { first, last } = this.#monthBounds();
    const match = this.#match();
    if (index.daysBetween(first, last, match).length) return nothing;
    const lang = this.#locale.lang;
    const next = index.nextDayAfter(last, match);
    const here = formatMonthHeading(this._shown.year, this._shown.month, lang);
    if (next) {
      const label = formatMonthHeading(+next.slice(0, 4), +next.slice(5, 7), lang);
      return notice(msg.emptyMonth(here), { label: msg.jumpTo(label), onClick: () => this.#jumpTo(next) });
    }
    if (match) return notice(msg.noMatches, { label: msg.resetFilters, onClick: this.#resetFilters });
    return notice(msg.emptyMonth(here));
  }

  #renderDialog(ctx: ViewContext) {
    const d = this._dialog;
    const parts = dialogParts;
    const dialogCtx: DialogContext = {
      ...ctx,
      canReserve: !!this.reservation,
      onClose: this.#closeDialog,
      onBack: this.#onBack,
      onIcs: this.#onIcs,
      onReserve: this.#onReserve,
    };
    const content = parts && d ? parts.dialogContent(d, dialogCtx, this._index, this.#match()) : nothing;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" closedby="any" @close=${this.#onDialogClose}>
      <div class="dialog-body">${content}</div>
    </dialog>`;
  }

  // --- derived values

  #view(): 'month' | 'list' | 'upcoming' {
    if (this.view === 'upcoming') return 'upcoming';
    if (this._userView) return this._userView;
    if (this.view === 'month' || this.view === 'list') return this.view;
    return this._narrow ? 'list' : 'month';
  }

  #busy(): boolean {
    return this._phase === 'loading' || (this._phase === 'idle' && !!this.src && this.events == null);
  }

  #format(): FeedFormat {
    if (FEED_FORMATS.includes(this.format)) return this.format;
    warnOnce(`format="${this.format}" is not a feed format; use ${FEED_FORMATS.join(', ')}.`);
    return 'auto';
  }

  #zone(): string {
    return resolveTimeZone(this.timezone, (name) => warnOnce(`timezone="${name}" is not a known IANA time zone; using Europe/Berlin.`));
  }

  #nowMs(): number {
    const now = this.now;
    return now === undefined ? Date.now() : typeof now === 'number' ? now : now.getTime();
  }

  #today(): IsoDate {
    return todayIn(this.#zone(), this.#nowMs());
  }

  #match() {
    return matcher({ categories: this._categories, query: this._query });
  }

  #monthBounds(): { first: IsoDate; last: IsoDate } {
    const { year, month } = this._shown;
    return { first: toIsoDate(year, month, 1), last: toIsoDate(year, month, daysInMonth(year, month)) };
  }

  #viewContext(): ViewContext {
    const lang = this.#locale.lang;
    return {
      lang,
      msg: this.#locale.msg,
      today: this.#today(),
      longDate: (date) => {
        let text = this.#dates.get(date);
        if (text === undefined) this.#dates.set(date, (text = formatDateLong(date, lang)));
        return text;
      },
      onEvent: this.#onEvent,
    };
  }

  // --- data

  /**
   * Normalizes the `events` property; a Promise shows the loading state until it settles.
   * Unusable data shows the error state and fires `kultur-error`, as a feed that cannot be read does.
   */
  #useEvents(): void {
    this.#stopLoading();
    this.#readAll = undefined;
    const given = this.events;
    if (typeof (given as PromiseLike<unknown> | undefined)?.then === 'function') {
      this._phase = 'loading';
      (given as PromiseLike<unknown>).then(
        (raw) => this.events === given && this.#normalize(raw),
        (error: unknown) => this.events === given && this.#fail(error, true),
      );
      return;
    }
    this.#normalize(given);
  }

  /**
   * A big programme is read in two steps: the days on screen first, painted, then everything
   * (each item is still read once for the index; the preview's few are read again).
   */
  #normalize(raw: unknown): void {
    const options = { transform: this.transform, timeZone: this.#zone(), now: this.#nowMs() };
    const range = this.#previewRange();
    // Data on screen stays there until the whole read: a preview is for the first paint.
    const preview = range && this._phase !== 'ready' ? previewFeed(raw, range.from, range.to, options) : undefined;
    const readAll = () => {
      if (this.#readAll !== readAll) return;
      this.#readAll = undefined;
      let feed: FeedResult;
      try {
        feed = normalizeFeed(raw, options);
      } catch (error) {
        this.#fail(error, true);
        return;
      }
      const before = this.loadedEvents;
      this.#setData(feed.events, feed.problems);
      announce(this, feed, before);
    };
    this.#readAll = readAll;
    if (!preview?.events.length) return readAll();
    this.#setData(preview.events, [], preview.categories);
    void afterPaint().then(readAll);
  }

  /** The days a preview must cover: the shown month's grid or list, a day wider for offsets; none for `upcoming`. */
  #previewRange(): { from: IsoDate; to: IsoDate } | undefined {
    if (this.#view() === 'upcoming') return undefined;
    const { year, month } = this._shown;
    const weeks = monthMatrix(year, month).weeks;
    return { from: addDays(weeks[0].days[0].date, -1), to: addDays(weeks[weeks.length - 1].days[6].date, 1) };
  }

  /** The error state; `fromProperty`: the `events` value could not be read, announced as a failed load. */
  #fail(error: unknown, fromProperty?: boolean): void {
    this.#problems = (error instanceof FeedError && error.problems) || [];
    this._error = error;
    this._phase = 'error';
    if (fromProperty) announce(this, { error });
  }

  /**
   * Loads `src`, and with `refresh` keeps reloading it. A failed reload keeps the last good
   * programme on screen (`keep` also skips the loading state when the watch merely restarts).
   */
  #load(keep = false): void {
    this.#stopLoading();
    if (!(keep && this._phase === 'ready')) this._phase = 'loading';
    const seconds = this.refresh;
    const range = this.#previewRange();
    if (seconds && !(seconds >= 1)) warnOnce(`refresh="${seconds}" is not a number of seconds (at least 1); loading once.`);
    this.#watch = watchFeed(this.src, {
      format: this.#format(),
      transform: this.transform,
      timeZone: this.#zone(),
      // Until the English texts are here the catalogue is German: the data layer's default is the English title.
      untitledTitle: this.#locale.lang !== 'en' || hasEnglish() ? this.#locale.msg.untitled : undefined,
      now: this.#nowMs(),
      refreshMs: seconds >= 1 ? seconds * 1000 : 0,
      preview: range && {
        ...range,
        // The first load only: a reload keeps the whole programme on screen until it is read.
        show: ({ events, categories }) => this._phase === 'loading' && this.#setData(events, [], categories),
      },
      onResult: (feed) => {
        this.#setData(feed.events, feed.problems);
        fire<CalendarLoadDetail>(this, 'kultur-load', { events: feed.events, problems: feed.problems });
      },
      onError: (error) => {
        if (this._phase === 'ready') {
          console.warn('kultur-widgets: <kultur-event-calendar> could not reload its feed; the last programme stays shown.', error);
          return;
        }
        this.#fail(error);
        fire<CalendarErrorDetail>(this, 'kultur-error', { error, problems: this.#problems });
      },
    });
  }

  #stopLoading(): void {
    this.#watch?.stop();
    this.#watch = undefined;
  }

  /**
   * Shows `events`. A preview (the days on screen of a feed still being read; `preview` holds the
   * whole feed's categories) stays in the loading phase for events and structured data.
   */
  #setData(events: KulturEvent[] | undefined, problems: readonly FeedProblem[], preview?: string[]): void {
    this.#problems = problems;
    const index = (this._index = events ? new CalendarIndex(events, preview) : undefined);
    this._error = undefined;
    this._phase = events ? (preview ? 'preview' : 'ready') : 'idle';
    // A safety net, not urgent: after the idle work people notice (the month ahead, the JSON-LD).
    if (index?.days.length && !preview) setTimeout(() => whenIdle(() => this.#verifyZones(index)), 2000);
  }

  /**
   * The time layer reads Berlin, Vienna and Zurich from the built-in EU summer-time rule, which
   * keeps ICU out of the first paint. Once idle, a chunk (`zone-check.ts`) checks the rule against
   * the browser's time-zone data for the years shown; should they ever differ, everything is read again.
   */
  #verifyZones(index: CalendarIndex): void {
    if (this._index !== index) return;
    void import('./zone-check.js').then(
      ({ zonesAgree }) => {
        if (this._index !== index || zonesAgree(index, this.#zone())) return;
        clearFeedCache();
        if (this.events != null) this.#useEvents();
        else if (this.src) this.#load(true);
      },
      () => {},
    );
  }

  #writeStructuredData(): void {
    const index = this.structuredData === 'off' || this._phase !== 'ready' ? null : this._index ?? null;
    if (index === this.#jsonLdFor) return;
    this.#jsonLdFor = index;
    if (!index) {
      this.querySelector(JSON_LD)?.remove();
      return;
    }
    // Search engines need it, people do not: loaded and written when the browser is idle after
    // rendering (even issuing the import costs ~2 ms, before the first paint of a small feed).
    const chunk = new Promise<void>((ok) => whenIdle(ok)).then(() => import('./structured-data.js'));
    this.#whenLoaded(chunk, (m) => {
      if (this.#jsonLdFor !== index || !this.isConnected) return;
      m.writeStructuredData(this, index.upcoming(this.#nowMs(), STRUCTURED_DATA_LIMIT));
    });
  }

  /** Runs `then` when a chunk has loaded; `updateComplete` waits for it meanwhile. */
  #whenLoaded<T>(chunk: Promise<T>, then: (module: T) => void): void {
    const done = chunk.then(then, (error: unknown) => console.warn('kultur-widgets: could not load a part of <kultur-event-calendar>:', error));
    this.#loading.add(done);
    void done.finally(() => this.#loading.delete(done));
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#loading.size) {
      await Promise.all(this.#loading);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  // --- navigation

  #showInitialMonth(): void {
    const parsed = parseYearMonth(this.month);
    if (this.month && !parsed) warnOnce(`month="${this.month}" is not a month; use YYYY-MM, e.g. 2026-12.`);
    const today = this.#today();
    const year = parsed?.year ?? +today.slice(0, 4);
    const month = parsed?.month ?? +today.slice(5, 7);
    this.#showMonth(year, month, undefined, false);
  }

  /** Shows a month; the roving focus goes to `focus`, today, or the first of the month. */
  #showMonth(year: number, month: number, focus: IsoDate | undefined, announce: boolean): void {
    this._shown = { year, month };
    const today = this.#today();
    const prefix = toIsoDate(year, month, 1).slice(0, 8);
    this._focusDate = focus ?? (today.startsWith(prefix) ? today : `${prefix}01`);
    if (announce) this.#announceMonth();
  }

  #moveMonth(delta: number, announce: boolean): void {
    const { year, month } = addMonths(this._shown.year, this._shown.month, delta);
    this.#showMonth(year, month, undefined, announce);
  }

  #jumpTo(date: IsoDate): void {
    this.#showMonth(+date.slice(0, 4), +date.slice(5, 7), date, true);
    if (this.#view() === 'month') this.#pendingFocus = 'day';
  }

  #announceMonth(): void {
    this.#readAll?.();
    const { year, month } = this._shown;
    const { first, last } = this.#monthBounds();
    const count = this._index?.countBetween(first, last, this.#match()) ?? 0;
    this.#announce(this.#locale.msg.monthAnnounce(formatMonthHeading(year, month, this.#locale.lang), count));
  }

  #announce(text: string): void {
    // The same words twice in a row would not be read again: vary them invisibly.
    this._announcement = text === this._announcement ? `${text}\u00a0` : text;
  }

  // --- event handlers (arrow functions: stable identity, so Lit never re-binds them)

  #onPrevious = () => this.#moveMonth(-1, true);
  #onNext = () => this.#moveMonth(1, true);
  #onToday = () => {
    this.today();
    this.#announceMonth();
  };

  #onView = (e: Event) => {
    this._userView = (e.currentTarget as HTMLElement).dataset.view as 'month' | 'list';
  };

  #onCategory = (e: Event) => {
    const name = (e.currentTarget as HTMLElement).dataset.category!;
    const next = new Set(this._categories);
    if (!next.delete(name)) next.add(name);
    this._categories = next;
    this.#announceFilter(0);
  };

  #onSearch = (e: Event) => {
    this._query = (e.target as HTMLInputElement).value;
    this.#announceFilter(600);
  };

  #resetFilters = () => {
    this._categories = new Set();
    this._query = '';
    this.#announceFilter(0);
  };

  /** Announces how many events the filter leaves in the shown month; typing waits for a pause. */
  #announceFilter(delay: number): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.#readAll?.();
      const { first, last } = this.#monthBounds();
      this.#announce(this.#locale.msg.filterAnnounce(this._index?.countBetween(first, last, this.#match()) ?? 0));
    }, delay);
  }

  /** Grid keys (WAI-ARIA grid pattern): arrows, Home/End (week), PageUp/PageDown (month, with Shift: year), Enter/Space opens the day. */
  #onGridKey = (e: KeyboardEvent) => {
    const cell = e.target as HTMLElement;
    if (cell.getAttribute?.('role') !== 'gridcell' || e.altKey || e.metaKey) return;
    const date = cell.dataset.date!;
    let next: IsoDate | undefined;
    switch (e.key) {
      case 'ArrowLeft':
        next = addDays(date, -1);
        break;
      case 'ArrowRight':
        next = addDays(date, 1);
        break;
      case 'ArrowUp':
        next = addDays(date, -7);
        break;
      case 'ArrowDown':
        next = addDays(date, 7);
        break;
      case 'Home':
        next = e.ctrlKey ? `${date.slice(0, 8)}01` : addDays(date, 1 - isoWeekday(date));
        break;
      case 'End':
        next = e.ctrlKey
          ? toIsoDate(+date.slice(0, 4), +date.slice(5, 7), daysInMonth(+date.slice(0, 4), +date.slice(5, 7)))
          : addDays(date, 7 - isoWeekday(date));
        break;
      case 'PageUp':
      case 'PageDown': {
        const { year, month } = addMonths(+date.slice(0, 4), +date.slice(5, 7), (e.key === 'PageUp' ? -1 : 1) * (e.shiftKey ? 12 : 1));
        next = toIsoDate(year, month, Math.min(+date.slice(8, 10), daysInMonth(year, month)));
        break;
      }
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.#openDay(date);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.#focusDay(next);
  };

  #focusDay(date: IsoDate): void {
    const { year, month } = this._shown;
    const y = +date.slice(0, 4);
    const m = +date.slice(5, 7);
    if (y !== year || m !== month) this.#showMonth(y, m, date, true);
    else this._focusDate = date;
    this.#pendingFocus = 'day';
  }

  /** The roving tab stop follows focus, also when a day is clicked or focused by script. */
  #onGridFocus = (e: FocusEvent) => {
    const cell = e.target as HTMLElement;
    if (cell.getAttribute?.('role') === 'gridcell' && cell.dataset.date !== this._focusDate) this._focusDate = cell.dataset.date!;
  };

  #onGridClick = (e: Event) => {
    const target = e.target as HTMLElement;
    // One listener for every chip of the month.
    const chip = target.closest?.<HTMLElement>('.chip');
    const event = chip && this._index?.byId(chip.dataset.id);
    if (event) return this.#openEvent(event);
    const cell = target.closest?.<HTMLElement>('[role=gridcell]');
    if (!cell || target.closest('button')) return;
    this._focusDate = cell.dataset.date!;
    // In a narrow grid the chips are dots: a tap on the day opens its list.
    if (this._narrow) this.#openDay(cell.dataset.date!);
  };

  #openDay(date: IsoDate): void {
    this.#readAll?.();
    const events = this._index?.on(date, this.#match()) ?? [];
    if (events.length === 1) this.#openEvent(events[0]);
    else if (events.length) this.#openDialog({ day: date });
  }

  #onEvent = (e: Event) => {
    const button = e.currentTarget as EventButton;
    if (button.kulturEvent) this.#openEvent(button.kulturEvent, this._dialog?.day);
  };

  #onMore = (e: Event) => {
    this.#openDialog({ day: (e.currentTarget as HTMLElement).dataset.date });
  };

  #openEvent(shown: KulturEvent, fromDay?: IsoDate): void {
    // Clicked before the whole read (one frame after a preview's paint): the preview's event has no
    // details. (A duplicate id may name another item in the preview; the whole read's is the one.)
    this.#readAll?.();
    const event = this._index?.byId(shown.id) ?? shown;
    if (!fire<CalendarEventDetail>(this, 'kultur-event-select', { event }, { cancelable: true })) return;
    this.#openDialog({ event, day: fromDay });
  }

  #openDialog(state: DialogState): void {
    if (!this._dialog) {
      const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
      this.#returnFocus = (active as HTMLElement | null) ?? undefined;
    }
    this._dialog = state;
    this.#showDialog = true;
    this.#pendingFocus = 'dialog';
    if (!dialogParts) {
      this.#whenLoaded(import('./event-dialog.js'), (m) => {
        dialogParts = m;
        m.adoptDialogStyles(this.shadowRoot);
        this.#pendingFocus = 'dialog';
        this.requestUpdate();
      });
    } else dialogParts.adoptDialogStyles(this.shadowRoot);
  }

  #onBack = () => {
    this._dialog = { day: this._dialog?.day };
    this.#pendingFocus = 'dialog';
  };

  #closeDialog = () => this._dialogEl?.close();

  #onDialogClose = () => {
    this._dialog = undefined;
    const back = this.#returnFocus;
    this.#returnFocus = undefined;
    if (back?.isConnected) back.focus();
  };

  #retry = () => this.#load();

  #onIcs = (e: Event) => {
    const event = this._dialog?.event;
    if (!event) return;
    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
    this.#icsUrl = dialogParts!.prepareIcsLink(e.currentTarget as HTMLAnchorElement, event, this.#nowMs());
  };

  #onReserve = () => {
    const event = this._dialog?.event;
    if (!event) return;
    // The dialog is open, so its chunk is here (it fires kultur-reserve); focus goes to the form, not back into the grid.
    dialogParts!.handOff(this, this.reservation, event, () => {
      this.#returnFocus = undefined;
      this._dialogEl?.close();
    });
  };
}

/** The events `<kultur-event-calendar>` fires, for typed listeners. */
export interface KulturEventCalendarEventMap {
  'kultur-load': CustomEvent<CalendarLoadDetail>;
  'kultur-error': CustomEvent<CalendarErrorDetail>;
  'kultur-event-select': CustomEvent<CalendarEventDetail>;
  'kultur-reserve': CustomEvent<CalendarEventDetail>;
}
