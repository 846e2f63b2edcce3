import type { KulturEvent } from '../../data/types.js';

const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d+/g, '');
const text = (value: string) => value.replace(/[\\;,]/g, '\\$&').replace(/\r?\n/g, '\\n');
const encoder = new TextEncoder();

/** Folds a content line at 75 octets of UTF-8, never inside a character (RFC 5545 §3.1). */
function fold(line: string): string {
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

/** The event as iCalendar text (RFC 5545): times in UTC, all-day events as dates. */
export function reservationIcs(event: KulturEvent, description: string, now = Date.now()): string {
  const when = event.allDay
    ? [`DTSTART;VALUE=DATE:${event.startDate.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${event.endDate.replace(/-/g, '')}`]
    : [`DTSTART:${stamp(event.start.instant)}`, ...(event.end ? [`DTEND:${stamp(event.end.instant)}`] : [])];
  const place = event.location && [event.location.name, event.location.address].filter(Boolean).join(', ');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//kultur-widgets//kultur-ticket-reservation//DE',
    'BEGIN:VEVENT',
    `UID:${event.id}@kultur-widgets`,
    `DTSTAMP:${stamp(now)}`,
    ...when,
    `SUMMARY:${text(event.title)}`,
    `DESCRIPTION:${text(description)}`,
    ...(place ? [`LOCATION:${text(place)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ]
    .map(fold)
    .join('\r\n') + '\r\n';
}

/**
 * "In den Kalender": downloads the .ics through a Blob URL (no data: URL, no inline script),
 * which works under a strict CSP with Trusted Types.
 */
export function downloadIcs(event: KulturEvent, description: string): void {
  const url = URL.createObjectURL(new Blob([reservationIcs(event, description)], { type: 'text/calendar' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${event.id.replace(/[^\w-]+/g, '-')}.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
