/**
 * One event as an iCalendar file (RFC 5545) for "In den Kalender", built in the browser; shared
 * by the calendar's details and the reservation confirmation.
 * Timed events are written in UTC (no VTIMEZONE needed; calendar apps show them in the
 * viewer's zone), all-day events as dates with an exclusive end.
 */
import type { KulturEvent } from './types.js';

const utcStamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
const dateValue = (iso: string) => iso.replace(/-/g, '');

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n|\r/g, '\\n');
}

/** Folds a content line at 75 octets of UTF-8 without splitting a character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

export interface IcsOptions {
  /** DTSTAMP: when the file was made. */
  now: number;
  /** Plain-text description (HTML descriptions already reduced to text by the caller). */
  description?: string;
  /** Domain part of the UID, so the same event keeps the same UID across downloads. */
  domain?: string;
  /** The element that made the file, for PRODID (`kultur-event-calendar`). */
  product?: string;
}

/** The `.ics` text for `event`, lines ending in CRLF. */
export function eventToIcs(event: KulturEvent, options: IcsOptions): string {
  const props: [string, string][] = [
    ['UID', `${event.id}@${options.domain || 'kultur-widgets'}`],
    ['DTSTAMP', utcStamp(options.now)],
  ];
  if (event.allDay) {
    props.push(['DTSTART;VALUE=DATE', dateValue(event.startDate)], ['DTEND;VALUE=DATE', dateValue(event.endDate)]);
  } else {
    props.push(['DTSTART', utcStamp(event.start.instant)]);
    if (event.end) props.push(['DTEND', utcStamp(event.end.instant)]);
  }
  props.push(['SUMMARY', escapeText(event.title)]);
  if (options.description) props.push(['DESCRIPTION', escapeText(options.description)]);
  const place = event.location && [event.location.name, event.location.address].filter(Boolean).join(', ');
  if (place) props.push(['LOCATION', escapeText(place)]);
  if (event.url) props.push(['URL', event.url]);
  if (event.category) props.push(['CATEGORIES', escapeText(event.category)]);
  props.push(['STATUS', event.status === 'cancelled' ? 'CANCELLED' : event.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED']);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//kultur-widgets//${options.product ?? 'kultur-event-calendar'}//DE`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    ...props.map(([name, value]) => foldLine(`${name}:${value}`)),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.join('\r\n') + '\r\n';
}

/** A file name from the title: `jazz-im-keller.ics`. */
export function icsFileName(event: KulturEvent): string {
  const slug = event.title
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'veranstaltung'}.ics`;
}

/**
 * Offers `text` as a file download through a Blob URL (no data: URL, no inline script), which
 * works under a strict CSP with Trusted Types.
 */
export function downloadText(fileName: string, text: string, type = 'text/calendar'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
