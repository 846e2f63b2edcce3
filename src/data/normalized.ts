/** Recognizes data that is already the normalized model (what `kultur-load` hands out), without reading it again. */
import type { KulturEvent } from './types.js';

const isDateTime = (value: unknown): boolean =>
  typeof (value as { instant?: unknown } | null)?.instant === 'number' && typeof (value as { zone?: unknown }).zone === 'string';

/** True for a `KulturEvent` (timed with `{ instant, zone }`, or all-day with dates and a zone); false for raw feed items. */
export function isKulturEvent(value: unknown): value is KulturEvent {
  const event = value as Record<string, unknown> | null;
  if (typeof event !== 'object' || !event || typeof event.id !== 'string' || typeof event.title !== 'string') return false;
  if (!Array.isArray(event.offers) || !Array.isArray(event.categories) || typeof event.status !== 'string') return false;
  return event.allDay === true
    ? typeof event.startDate === 'string' && typeof event.endDate === 'string' && typeof event.zone === 'string'
    : event.allDay === false && isDateTime(event.start);
}
