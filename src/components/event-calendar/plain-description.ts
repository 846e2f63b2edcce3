import { htmlToText } from '../../data/sanitize.js';
import type { KulturEvent } from '../../data/types.js';

/** The description as plain text (for the .ics file and the JSON-LD), or `undefined`. */
export function plainDescription(event: KulturEvent): string | undefined {
  return event.description && (event.descriptionIsHtml ? htmlToText(event.description) : event.description);
}
