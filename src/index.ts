/**
 * The single-file script-tag bundle (`dist/cdn/kultur-widgets.js`): registers every element.
 * Importing it twice, or next to another version, never throws (see `defineElement`).
 */
import './components/event-calendar/define.js';
import './components/ticket-reservation/define.js';
import './components/membership-badge/define.js';

export { KulturEventCalendar } from './components/event-calendar/event-calendar.js';
export { KulturTicketReservation } from './components/ticket-reservation/ticket-reservation.js';
export { KulturMembershipBadge } from './components/membership-badge/membership-badge.js';
export type {
  BadgeVariant,
  KulturMembershipBadgeEventMap,
  MembershipBadgeMessages,
  MembershipErrorDetail,
  MembershipLoadDetail,
} from './components/membership-badge/membership-badge.js';
export { defineElement, type DefineOptions } from './shared/define.js';
export { VERSION } from './shared/version.js';
export type { Lang } from './i18n/locale.js';
