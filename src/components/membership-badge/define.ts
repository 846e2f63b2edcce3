import { defineElement } from '../../shared/define.js';
import { KulturMembershipBadge } from './membership-badge.js';

/** Registers `<kultur-membership-badge>`; importing this file twice, or next to another version, never throws. */
defineElement('kultur-membership-badge', KulturMembershipBadge);

declare global {
  interface HTMLElementTagNameMap {
    'kultur-membership-badge': KulturMembershipBadge;
  }
}
