// Venue wall-clock times (Europe/Berlin) ↔ ISO 8601 strings with the right offset, without a date library.

export const VENUE_ZONE = 'Europe/Berlin';

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: VENUE_ZONE, timeZoneName: 'longOffset' });
const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: VENUE_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Offset of the venue zone from UTC at `ms`, in minutes (60 in winter, 120 in summer). */
export function venueOffsetMinutes(ms: number): number {
  const name = offsetFormat.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The venue's calendar date (`YYYY-MM-DD`) at `ms`. */
export function venueDate(ms: number): string {
  return dateFormat.format(ms);
}

/** Adds `days` to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const utc = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(utc).toISOString().slice(0, 10);
}

/**
 * A venue wall-clock time as an ISO string with its offset and as epoch ms:
 * `venueTime('2026-12-05', '20:00')` → `{ iso: '2026-12-05T20:00:00+01:00', ms }`.
 */
export function venueTime(date: string, time: string): { iso: string; ms: number } {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // The offset at the wall time read as UTC is right except within hours of a DST change; a second pass fixes that.
  let offset = venueOffsetMinutes(wall - 60 * 60_000);
  offset = venueOffsetMinutes(wall - offset * 60_000);
  const ms = wall - offset * 60_000;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return { iso: `${date}T${time}:00${sign}${hh}:${mm}`, ms };
}
