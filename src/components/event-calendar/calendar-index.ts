/**
 * The calendar's view model: the normalized events grouped by local day once per data set, and
 * the filter (categories + text search) applied per visible day. Navigation only reads this
 * index; nothing is parsed or grouped again when the month changes.
 */
import type { IsoDate, KulturEvent } from '../../data/types.js';
import { eventRange, groupByLocalDay } from '../../time/index.js';

/** Categories chosen (empty: all) and the search text. */
export interface CalendarFilter {
  categories: ReadonlySet<string>;
  query: string;
}

const searchText = new WeakMap<KulturEvent, string>();

/** Lower-case text the search looks in: title, description, location, categories. */
function haystack(event: KulturEvent): string {
  let text = searchText.get(event);
  if (text === undefined) {
    const loc = event.location;
    text = [event.title, event.description, loc?.name, loc?.address, event.category, ...event.categories]
      .filter(Boolean)
      .join('\n')
      .toLocaleLowerCase('de');
    searchText.set(event, text);
  }
  return text;
}

/** Category names of an event (the first and the extra ones). */
export function categoriesOf(event: KulturEvent): string[] {
  return event.category ? [event.category, ...event.categories] : event.categories;
}

/**
 * German dictionary order (DIN 5007-1: ä as a, ß as ss) without `Intl.Collator`, whose ICU
 * start-up would cost tens of milliseconds before the first paint.
 */
function sortKey(name: string): string {
  return name.toLowerCase().replace(/[äöüß]/g, (c) => (c === 'ß' ? 'ss' : 'aou'['äöü'.indexOf(c)]));
}

/** A predicate for `filter`, or `undefined` when nothing is filtered (the fast path). */
export function matcher(filter: CalendarFilter): ((event: KulturEvent) => boolean) | undefined {
  const words = filter.query.toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  const cats = filter.categories;
  if (!words.length && !cats.size) return undefined;
  return (event) =>
    (!cats.size || categoriesOf(event).some((c) => cats.has(c))) && words.every((w) => haystack(event).includes(w));
}

export class CalendarIndex {
  /** Events by local day (`YYYY-MM-DD`), each day sorted: all-day first, then by time. */
  readonly byDay: Map<IsoDate, KulturEvent[]>;
  /** Days that have events, ascending. */
  readonly days: IsoDate[];
  /** Category names in the feed, sorted for people. */
  readonly categories: string[];
  /**
   * `events` as every feed adapter returns them: by start (`EventCollector#sorted`). A preview
   * passes the whole feed's `categories`, so the filter does not grow when the rest is read.
   */
  constructor(
    readonly events: readonly KulturEvent[],
    categories: readonly string[] = [],
  ) {
    this.byDay = groupByLocalDay(events);
    this.days = [...this.byDay.keys()];
    const names = new Set<string>(categories);
    for (const event of events) {
      if (event.category) names.add(event.category);
      for (const c of event.categories) names.add(c);
    }
    const keyed = [...names].map((name) => [sortKey(name), name]).sort(([a, x], [b, y]) => (a < b || (a === b && x < y) ? -1 : 1));
    this.categories = keyed.map(([, name]) => name);
  }

  #byId?: Map<string, KulturEvent>;

  /** The event with `id` (ids are unique within a feed), built on first use. */
  byId(id: string | undefined): KulturEvent | undefined {
    this.#byId ??= new Map(this.events.map((event) => [event.id, event]));
    return id === undefined ? undefined : this.#byId.get(id);
  }

  /** Events on `date` that pass `match`. */
  on(date: IsoDate, match?: (event: KulturEvent) => boolean): KulturEvent[] {
    const list = this.byDay.get(date);
    if (!list) return [];
    return match ? list.filter(match) : list;
  }

  /** Days in `[from, to]` with at least one matching event, in order. */
  daysBetween(from: IsoDate, to: IsoDate, match?: (event: KulturEvent) => boolean): IsoDate[] {
    const out: IsoDate[] = [];
    for (let i = this.#firstAtOrAfter(from); i < this.days.length && this.days[i] <= to; i++) {
      if (!match || this.byDay.get(this.days[i])!.some(match)) out.push(this.days[i]);
    }
    return out;
  }

  /** Distinct matching events on the days `[from, to]` (a multi-day event counts once). */
  countBetween(from: IsoDate, to: IsoDate, match?: (event: KulturEvent) => boolean): number {
    const seen = new Set<KulturEvent>();
    for (const day of this.daysBetween(from, to, match)) for (const e of this.on(day, match)) seen.add(e);
    return seen.size;
  }

  /** The first day after `date` with a matching event, or `undefined`. */
  nextDayAfter(date: IsoDate, match?: (event: KulturEvent) => boolean): IsoDate | undefined {
    for (let i = this.#firstAtOrAfter(date); i < this.days.length; i++) {
      const day = this.days[i];
      if (day > date && (!match || this.byDay.get(day)!.some(match))) return day;
    }
    return undefined;
  }

  /** The next `limit` matching events that have not ended at `now`, by start. */
  upcoming(now: number, limit: number, match?: (event: KulturEvent) => boolean): KulturEvent[] {
    const out: KulturEvent[] = [];
    for (const event of this.events) {
      if (out.length >= limit) break;
      const { start, end } = eventRange(event);
      if (Math.max(start, end) > now && (!match || match(event))) out.push(event);
    }
    return out;
  }

  /** Binary search: index of the first day ≥ `date`. */
  #firstAtOrAfter(date: IsoDate): number {
    let lo = 0;
    let hi = this.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.days[mid] < date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
