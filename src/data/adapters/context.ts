import type { ProblemLog } from '../problems.js';
import type { KulturEvent } from '../types.js';

/** What every adapter gets: where to report, the venue's zone, and the feed's URL for relative links. */
export interface AdapterContext {
  log: ProblemLog;
  /** IANA zone for times without offset and for the events' local dates. */
  zone: string;
  /** The feed's URL: relative image and link URLs are resolved against it. */
  baseUrl?: string;
  /** iCalendar: recurrences are expanded within `[rangeStart, rangeEnd)` (epoch ms). */
  rangeStart: number;
  rangeEnd: number;
  /** iCalendar: title of events without `SUMMARY` (default `Untitled`); they are marked `untitled`. */
  untitledTitle?: string;
  /** Native preview (`previewFeed`): read only what the grid and the lists show, not the details. */
  preview?: boolean;
}

/** What every adapter returns: the valid events, sorted, and how many items the feed had. */
export interface AdapterResult {
  events: KulturEvent[];
  itemCount: number;
}
