import { defineElement } from '../../shared/define.js';
import { KulturTicketReservation } from './ticket-reservation.js';

/** Registers `<kultur-ticket-reservation>`; importing this file twice, or next to another version, never throws. */
defineElement('kultur-ticket-reservation', KulturTicketReservation);

declare global {
  interface HTMLElementTagNameMap {
    'kultur-ticket-reservation': KulturTicketReservation;
  }
}
