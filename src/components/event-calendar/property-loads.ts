/**
 * The `events` property is announced as a fetched feed is: `kultur-load` with the events and
 * problems, `kultur-error` when it cannot be read; never twice for equal data (a framework hands
 * over an equal new array on every render, and a listener that renders again must not loop).
 * A chunk of its own: the calendar loads it after a read of the property.
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

interface Announced {
  key?: string;
  /** The events the calendar showed after the last announced read. */
  shown?: readonly KulturEvent[];
  errorKey?: string;
}
const announced = new WeakMap<HTMLElement, Announced>();

/**
 * After a read of the property: `kultur-load` (`before`: the events shown until then), unless it
 * equals what the last announced read showed and that is still what was shown; `kultur-error`
 * for an `error`, unless the same one was announced last.
 */
export function announce(host: HTMLElement & { loadedEvents: readonly KulturEvent[] }, read: CalendarLoadDetail | { error: unknown }, before?: readonly KulturEvent[]): void {
  let state = announced.get(host);
  if (!state) announced.set(host, (state = {}));
  if ('error' in read) {
    const { error } = read;
    const problems = (error as { problems?: readonly FeedProblem[] } | null)?.problems ?? [];
    const key = fingerprint([String(error), problems]);
    const same = key !== undefined && key === state.errorKey;
    Object.assign(state, { key: undefined, shown: undefined, errorKey: key });
    if (!same) fire<CalendarErrorDetail>(host, 'kultur-error', { error, problems });
    return;
  }
  const { events, problems } = read;
  const key = fingerprint([events, problems]);
  const same = key !== undefined && key === state.key && before === state.shown;
  Object.assign(state, { key, shown: host.loadedEvents, errorKey: undefined });
  if (!same) fire<CalendarLoadDetail>(host, 'kultur-load', { events, problems });
}
