/** One request per feed URL in flight, shared by every element that asks for it meanwhile. */
import { fetchText, type FetchedText } from './fetch-json.js';

// A CORS-safelisted Accept value (under 128 bytes, no unsafe characters): it never causes a preflight.
const ACCEPT = 'application/json, application/ld+json;q=0.9, text/calendar;q=0.9, application/xml;q=0.8, */*;q=0.5';

interface Flight {
  promise: Promise<FetchedText>;
  controller: AbortController;
  users: number;
}

const flights = new Map<string, Flight>();

/** `fetchText` shared by every caller asking for `url` while a request runs; aborted when all callers abort. */
export function sharedFetch(url: string, timeoutMs: number | undefined, signal: AbortSignal | undefined): Promise<FetchedText> {
  signal?.throwIfAborted();
  let flight = flights.get(url);
  if (!flight) {
    const controller = new AbortController();
    const created: Flight = {
      controller,
      users: 0,
      promise: fetchText(url, { timeoutMs, signal: controller.signal, accept: ACCEPT }).finally(() => {
        if (flights.get(url) === created) flights.delete(url);
      }),
    };
    flights.set(url, (flight = created));
  }
  const shared = flight;
  shared.users++;
  return new Promise<FetchedText>((resolve, reject) => {
    let settled = false;
    const leave = () => {
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      shared.users--;
    };
    const onAbort = () => {
      if (settled) return;
      leave();
      if (shared.users === 0) {
        shared.controller.abort(signal!.reason);
        if (flights.get(url) === shared) flights.delete(url);
      }
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (value) => {
        if (settled) return;
        leave();
        resolve(value);
      },
      (error) => {
        if (settled) return;
        leave();
        reject(error);
      },
    );
  });
}
