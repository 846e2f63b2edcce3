/**
 * The `events` property is announced as a fetched feed is: `kultur-load` with the events and
 * problems, `kultur-error` when it cannot be read; never twice for equal data (a framework hands
 * over an equal new array on every render, and a listener that renders again must not loop).
 */
import type { FeedProblem, KulturEvent } from '../../data/types.js';
import { fire } from '../../shared/events.js';
import { fingerprint } from '../../shared/fingerprint.js';

/** `detail` of `kultur-load`. */
export interface CalendarLoadDetail {
  events: readonly KulturEvent[];
  problems: readonly FeedProblem[];
}
/** `detail` of `kultur-error`. */
export interface CalendarErrorDetail {
  error: unknown;
  problems: readonly FeedProblem[];
}

export class PropertyLoads {
  #key?: string;
  /** What the calendar showed after the last announced read (its index). */
  #shown?: object;
  #errorKey?: string;

  constructor(readonly host: HTMLElement) {}

  /** True while `shown` is still what the last announced read showed. */
  shows(shown: object | undefined): boolean {
    return !!shown && shown === this.#shown;
  }

  /** After the read data replaced `before` by `after` on screen: `kultur-load`, unless it equals what was shown. */
  loaded(detail: CalendarLoadDetail, before: object | undefined, after: object | undefined): void {
    const key = fingerprint([detail.events, detail.problems]);
    const same = key !== undefined && key === this.#key && this.shows(before);
    this.#key = key;
    this.#shown = after;
    this.#errorKey = undefined;
    if (!same) fire<CalendarLoadDetail>(this.host, 'kultur-load', detail);
  }

  /** The property could not be read: `kultur-error`, unless the same error was announced last. */
  failed(detail: CalendarErrorDetail): void {
    const key = fingerprint([String(detail.error), detail.problems]);
    const same = key !== undefined && key === this.#errorKey;
    this.#errorKey = key;
    this.#key = this.#shown = undefined;
    if (!same) fire<CalendarErrorDetail>(this.host, 'kultur-error', detail);
  }
}
