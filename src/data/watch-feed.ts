/**
 * A feed kept fresh: loads now, then again every `refreshMs` while the page is visible (a
 * background tab does not poll), and reports only changes. Revalidation makes an unchanged
 * reload cheap: a 304 from the server, no parsing here (see `loadFeed`).
 */
import { isAbortError } from './fetch-json.js';
import { loadFeed, type FeedResult, type LoadOptions } from './load-feed.js';

/** Shortest refresh interval: a typo in an attribute must not hammer a centre's server. */
export const MIN_REFRESH_MS = 1000;

export interface WatchOptions extends Omit<LoadOptions, 'signal'> {
  /** Reload interval in milliseconds (at least {@link MIN_REFRESH_MS}); 0 or absent loads once. */
  refreshMs?: number;
  /** Called with the first result and with every changed one. */
  onResult: (result: FeedResult) => void;
  /** Called for every failed load (polling goes on; the last good result stays valid). */
  onError?: (error: unknown) => void;
}

export interface FeedWatch {
  /** Loads now (e.g. a retry button); resolves when done. */
  refresh(): Promise<void>;
  /** Stops polling and aborts a load in progress (the source changed or the element disconnected). */
  stop(): void;
}

/** Loads `url` now and, with `refreshMs`, again and again until `stop()`. */
export function watchFeed(url: string, options: WatchOptions): FeedWatch {
  const { refreshMs, onResult, onError, ...loadOptions } = options;
  const interval = refreshMs && refreshMs > 0 ? Math.max(MIN_REFRESH_MS, refreshMs) : 0;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due = false;
  let stopped = false;
  // `unchanged` compares with what any element on the page loaded before; this watch's first result is always new to it.
  let delivered = false;

  const hidden = () => globalThis.document?.visibilityState === 'hidden';

  const schedule = () => {
    if (!interval || stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (hidden()) due = true;
      else void refresh();
    }, interval);
  };

  async function refresh(): Promise<void> {
    if (stopped) return;
    due = false;
    clearTimeout(timer);
    try {
      const result = await loadFeed(url, { ...loadOptions, signal: controller.signal });
      if (!stopped && !(delivered && result.unchanged)) {
        delivered = true;
        onResult(result);
      }
    } catch (error) {
      if (!stopped && !isAbortError(error)) onError?.(error);
    } finally {
      schedule();
    }
  }

  const onVisibility = () => {
    if (due && !hidden()) void refresh();
  };
  if (interval) globalThis.document?.addEventListener('visibilitychange', onVisibility);

  void refresh();
  return {
    refresh,
    stop() {
      stopped = true;
      clearTimeout(timer);
      controller.abort();
      globalThis.document?.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
