import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/membership-badge/define.js';
import type { KulturMembershipBadge, MembershipErrorDetail, MembershipLoadDetail } from '../../src/components/membership-badge/membership-badge.js';

export const FIXTURES = '/test/fixtures/membership';

/** A moment given as Berlin wall-clock time with its offset (the test browser sits in New York). */
export const berlin = (isoWithOffset: string) => new Date(isoWithOffset);

/** A day well inside every fixture's validity. */
export const SOME_DAY = berlin('2026-06-15T12:00:00+02:00');

export interface BadgeSetup {
  attributes?: Record<string, string>;
  now?: Date;
  membership?: unknown;
  messages?: KulturMembershipBadge['messages'];
}

/**
 * A badge with the usual fallback link, configured before it is connected, so no load can
 * finish before the test listens.
 */
export function createBadge(setup: BadgeSetup = {}): KulturMembershipBadge {
  const badge = document.createElement('kultur-membership-badge');
  for (const [name, value] of Object.entries(setup.attributes ?? {})) badge.setAttribute(name, value);
  badge.now = setup.now ?? SOME_DAY;
  if (setup.membership !== undefined) badge.membership = setup.membership;
  if (setup.messages) badge.messages = setup.messages;
  const fallback = document.createElement('a');
  fallback.href = 'https://laks-hessen.example/mitglieder';
  fallback.textContent = 'Mitglied der LAKS Hessen e.V.';
  badge.append(fallback);
  return badge;
}

/** Connects `element` (a badge, or something holding badges) inside a fresh fixture container. */
export async function mount<T extends HTMLElement>(element: T): Promise<T> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(element);
  await settled();
  return element;
}

/** Connects a badge with `src` and waits for its `kultur-load`. */
export async function loadBadge(setup: BadgeSetup): Promise<{ badge: KulturMembershipBadge; detail: MembershipLoadDetail }> {
  const badge = createBadge(setup);
  const loaded = oneEvent(badge, 'kultur-load');
  await mount(badge);
  const event = (await loaded) as CustomEvent<MembershipLoadDetail>;
  return { badge, detail: event.detail };
}

/** Connects a badge with `src` and waits for its `kultur-error`. */
export async function failBadge(setup: BadgeSetup): Promise<{ badge: KulturMembershipBadge; detail: MembershipErrorDetail }> {
  const badge = createBadge(setup);
  const failed = oneEvent(badge, 'kultur-error');
  await mount(badge);
  const event = (await failed) as CustomEvent<MembershipErrorDetail>;
  return { badge, detail: event.detail };
}

/** Renders are batched in a microtask; a macrotask later they are done. */
export const settled = () => new Promise((resolve) => setTimeout(resolve));

/** The valid badge (the link), or null when the fallback is shown. */
export const badgeLink = (badge: KulturMembershipBadge) => badge.shadowRoot!.querySelector<HTMLElement>('.badge');

/** True when the light-DOM fallback is what the visitor sees. */
export function showsFallback(badge: KulturMembershipBadge): boolean {
  const slot = badge.shadowRoot!.querySelector('slot');
  return !badgeLink(badge) && !!slot && slot.assignedNodes().length > 0 && badge.querySelector('a')!.getClientRects().length > 0;
}

/** Collects console warnings while `run` runs. */
export async function captureWarnings<T>(run: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return { result: await run(), warnings };
  } finally {
    console.warn = original;
  }
}

/** A valid membership object for property-driven tests. */
export function membershipData(member: Record<string, unknown> = {}, network: Record<string, unknown> = {}) {
  return {
    network: { id: 'laks-hessen', name: 'LAKS Hessen e.V.', url: 'https://laks-hessen.example/', membersUrl: 'https://laks-hessen.example/mitglieder', ...network },
    member: {
      id: 'im-puls',
      name: 'IM-PULS',
      since: '2022-11-01',
      status: 'active',
      validUntil: '2026-12-31',
      profileUrl: 'https://laks-hessen.example/mitglieder/im-puls',
      ...member,
    },
  };
}
