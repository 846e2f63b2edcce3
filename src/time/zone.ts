/** Venue time zone used when neither the element nor the feed names one. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

const valid = new Map<string, boolean>();

/** True when the runtime knows the IANA zone `name`. */
export function isValidTimeZone(name: string): boolean {
  let ok = valid.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      ok = true;
    } catch {
      ok = false;
    }
    valid.set(name, ok);
  }
  return ok;
}

/** `timezone` attribute value when it names a known zone, else Europe/Berlin. */
export function resolveTimeZone(attribute: string | null | undefined, onInvalid?: (name: string) => void): string {
  const name = attribute?.trim();
  if (!name) return DEFAULT_TIME_ZONE;
  if (isValidTimeZone(name)) return name;
  onInvalid?.(name);
  return DEFAULT_TIME_ZONE;
}
