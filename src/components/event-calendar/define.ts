import { defineElement } from '../../shared/define.js';
import { KulturEventCalendar } from './event-calendar.js';

/** Registers `<kultur-event-calendar>`; importing this file twice, or next to another version, never throws. */
const defined = defineElement('kultur-event-calendar', KulturEventCalendar);

// Parse the styles now, while the script loads (like a stylesheet in the page's head), not when
// the first calendar renders.
if (defined === KulturEventCalendar) KulturEventCalendar.prepareStyles();

declare global {
  interface HTMLElementTagNameMap {
    'kultur-event-calendar': KulturEventCalendar;
  }
}
