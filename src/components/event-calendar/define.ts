import { defineElement } from '../../shared/define.js';
import { KulturEventCalendar } from './event-calendar.js';

/** Registers `<kultur-event-calendar>`; importing this file twice, or next to another version, never throws. */
defineElement('kultur-event-calendar', KulturEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'kultur-event-calendar': KulturEventCalendar;
  }
}
