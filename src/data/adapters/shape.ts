/** Shape checks that format detection needs without loading any adapter. */

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for `{ events: [...] }` and for bare arrays (of anything: bad items are reported one by one). */
export function isNativeFeed(raw: unknown): boolean {
  return Array.isArray(raw) || (isObject(raw) && Array.isArray(raw.events));
}
