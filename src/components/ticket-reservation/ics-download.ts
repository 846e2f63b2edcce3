import { downloadText, eventToIcs, icsFileName } from '../../data/ics-writer.js';
import type { KulturEvent } from '../../data/types.js';

/**
 * The reserved event as iCalendar text, with the reservation code and pickup rule as its
 * description. Same writer and UID as the calendar's "In den Kalender", so a calendar app that
 * already has the event updates it instead of adding a second copy.
 */
export function reservationIcs(event: KulturEvent, description: string, now = Date.now()): string {
  return eventToIcs(event, { now, description, product: 'kultur-ticket-reservation', domain: globalThis.location?.hostname });
}

/** "In den Kalender" on the confirmation: downloads the .ics (Blob URL, CSP-safe). */
export function downloadIcs(event: KulturEvent, description: string): void {
  downloadText(icsFileName(event), reservationIcs(event, description));
}
