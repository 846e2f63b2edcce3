/**
 * The form's one reader of the native shape: the data layer's, so floating times are read in the
 * venue zone as the calendar reads them. A chunk of its own, loaded with the first events.
 */
import { loadFeed, normalizeFeed } from '../../data/load-feed.js';
import type { KulturEvent } from '../../data/types.js';
import type { ReservationReader } from './api.js';

/** The `src` feed (any format the calendar reads) or the backend's native `GET /events`. */
export async function loadEvents(source: ReservationReader, src: string, zone: string, signal?: AbortSignal): Promise<KulturEvent[]> {
  if (src) return (await loadFeed(src, { timeZone: zone, signal })).events;
  const feed = await source.events(signal);
  signal?.throwIfAborted();
  return normalizeFeed(feed, { timeZone: zone }).events;
}

/** One raw event item, diagnosed as a feed item; a `FeedError` when it is no event. */
export function readEvent(raw: unknown, zone: string): KulturEvent {
  return normalizeFeed([raw], { timeZone: zone }).events[0];
}
