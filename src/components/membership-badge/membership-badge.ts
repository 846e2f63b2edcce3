import { FeedError, fetchJson, isAbortError, type FeedErrorKind } from '../../data/fetch-json.js';
import { membershipValidity, readMembership, type InvalidReason, type MembershipReading } from '../../data/membership.js';
import { formatProblem } from '../../data/problems.js';
import type { KulturMembership } from '../../data/types.js';
import { INTL_LOCALE, resolveLang } from '../../i18n/locale.js';
import { fire } from '../../shared/events.js';
import { fingerprint } from '../../shared/fingerprint.js';
import type { Theme } from '../../shared/kultur-element.js';
import { VERSION } from '../../shared/version.js';
import { warnOnce } from '../../shared/warn-once.js';
import { badgePart, fallbackPart, formatMonth, markLetters, type BadgeVariant } from './badge-parts.js';
import { badgeStyles } from './membership-badge.styles.js';
import { catalogue, fill, type MembershipBadgeMessages } from './messages.js';

export type { BadgeVariant } from './badge-parts.js';
export type { MembershipBadgeMessages } from './messages.js';

/** `detail` of `kultur-load`. */
export interface MembershipLoadDetail {
  /** The membership read from `src` or `membership`; absent for an unknown member. */
  membership?: KulturMembership;
  /** True when the badge shows as valid. */
  valid: boolean;
  /** Why not, when `valid` is false. */
  reason?: InvalidReason;
}

/** `detail` of `kultur-error`. */
export interface MembershipErrorDetail {
  kind: FeedErrorKind;
  /** For developers (English). */
  message: string;
  url: string;
  /** HTTP status for `kind: 'http'`. */
  status?: number;
}

/** The events `<kultur-membership-badge>` fires, for typed listeners (`kultur-load` is shared by every widget with its own detail). */
export interface KulturMembershipBadgeEventMap {
  'kultur-load': CustomEvent<MembershipLoadDetail>;
  'kultur-error': CustomEvent<MembershipErrorDetail>;
}

const VARIANTS: readonly BadgeVariant[] = ['full', 'compact', 'icon'];


/**
 * A network membership badge ("Mitglied der LAKS Hessen e.V. seit November 2022") that links to
 * the member's page on the network's own site. It shows as valid only while the network's JSON
 * says so: status `active`, `validUntil` not past (Europe/Berlin), and, when the member lists
 * `websites`, only on those origins. In every other state (loading, expired, suspended, ended,
 * unknown member, unreachable or malformed JSON) it shows its light-DOM content instead, or nothing.
 *
 * A small vanilla custom element (no Lit) so that its script-tag file stays under 8 KB gzip.
 *
 * @tagname kultur-membership-badge
 * @fires {CustomEvent<MembershipLoadDetail>} kultur-load - After `src` was loaded or the `membership` property read: `detail.membership`, `detail.valid`, `detail.reason`. Not again for equal data.
 * @fires {CustomEvent<MembershipErrorDetail>} kultur-error - `src` or `membership` could not be used: `detail.kind` is `network`, `cors`, `timeout`, `http` or `format` (`url` is empty for the property).
 * @attr src - URL of the membership JSON or network directory.
 * @attr member - Member id to pick from a network directory.
 * @attr {'full' | 'compact' | 'icon'} variant - `full` (default), `compact` (one line) or `icon`.
 * @attr {'auto' | 'light' | 'dark'} theme - Colour scheme; `auto` follows the visitor's setting.
 * @attr lang - `de` or `en`; default: nearest `lang` ancestor, then German.
 * @attr logo - Self-hosted logo URL instead of the network's, or `none` for the typographic mark.
 * @slot - Fallback content (e.g. a plain link to the network's member list): the no-JS and invalid state.
 *   While loading, an empty box of the badge's height is shown instead.
 * @csspart badge - The valid badge: a link to the member's page on the network's site.
 * @csspart mark - The logo tile or the typographic mark.
 * @csspart logo - The network's logo image.
 * @csspart text - The text block (`full`, `compact`).
 * @csspart network - "Mitglied der …".
 * @csspart member - The member's name (`full`).
 * @csspart since - "seit November 2022".
 * @csspart fallback - The box around the fallback content.
 * @cssprop [--kultur-color-surface=#f6f5f2] - Badge background.
 * @cssprop [--kultur-color-text=#1d1b19] - Text.
 * @cssprop [--kultur-color-text-muted=#5c5750] - "seit …".
 * @cssprop [--kultur-color-border=#d9d5ce] - Badge border.
 * @cssprop [--kultur-color-accent=#b3261e] - Typographic mark, hover border, focus ring.
 * @cssprop [--kultur-color-on-accent=#ffffff] - Letters on the typographic mark.
 * @cssprop [--kultur-color-success=#1e6b3a] - The check on the mark.
 * @cssprop [--kultur-radius=0.5rem] - Corner radius.
 * @cssprop [--kultur-font-family=inherit] - Font.
 * @cssprop [--kultur-font-size=1rem] - Base font size.
 */
export class KulturMembershipBadge extends HTMLElement {
  /** Library version of this definition; a second copy of the bundle compares against it. */
  static readonly kulturVersion = VERSION;
  static readonly observedAttributes = ['src', 'member', 'variant', 'theme', 'lang', 'logo'];

  readonly #root: ShadowRoot;
  #membership?: unknown;
  #messages?: Partial<MembershipBadgeMessages>;
  #now?: Date;
  /** What was read last (from `membership` or from `src`). */
  #reading?: MembershipReading;
  /** The `membership` object the reading came from. */
  #readObject?: unknown;
  /** `src` + `member` (or `member` alone for `membership`) of the reading or of the request in flight. */
  #loadedKey?: string;
  #request?: AbortController;
  /** A Promise given as `membership` that is being waited for, and what the last one settled to. */
  #pending?: PromiseLike<unknown>;
  #settled?: { from: PromiseLike<unknown>; value: unknown };
  #queued = false;
  /** The `membership` data and member read last, as JSON: equal data handed over again is no new load. */
  #propertyKey?: string;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets.push(badgeStyles());
    this.#root = root;
  }

  /** URL of the membership JSON or network directory (usually on the network's server). */
  get src(): string {
    return this.getAttribute('src') ?? '';
  }
  set src(value: string) {
    this.#reflect('src', value);
  }

  /** Member id to pick from a network directory. */
  get member(): string {
    return this.getAttribute('member') ?? '';
  }
  set member(value: string) {
    this.#reflect('member', value);
  }

  /** `full` (logo, network, member, since), `compact` (one line, for footers) or `icon` (the mark alone). */
  get variant(): BadgeVariant {
    const value = this.getAttribute('variant') as BadgeVariant | null;
    return value && VARIANTS.includes(value) ? value : 'full';
  }
  set variant(value: BadgeVariant) {
    this.#reflect('variant', value);
  }

  /** Colour scheme: `auto` follows `prefers-color-scheme`; `light` or `dark` pins it. */
  get theme(): Theme {
    return (this.getAttribute('theme') as Theme | null) ?? 'auto';
  }
  set theme(value: Theme) {
    this.#reflect('theme', value);
  }

  /**
   * Logo URL to use instead of the network's (e.g. a copy on the member's own server, so that
   * no request goes to the network's server); `none` shows the typographic mark.
   */
  get logo(): string {
    return this.getAttribute('logo') ?? '';
  }
  set logo(value: string) {
    this.#reflect('logo', value);
  }

  /**
   * Membership JSON given directly (`{ network, member }` or a directory `{ network, members }`),
   * instead of `src`: nothing is fetched. The object is read, never cloned or changed. A Promise of
   * it (data the page fetches itself) shows the loading state until it settles.
   */
  get membership(): unknown {
    return this.#membership;
  }
  set membership(value: unknown) {
    this.#membership = value;
    this.#schedule();
  }

  /** Overrides for any visible string, e.g. `{ memberOf: 'Mitglied des {network}' }`. */
  get messages(): Partial<MembershipBadgeMessages> | undefined {
    return this.#messages;
  }
  set messages(value: Partial<MembershipBadgeMessages> | undefined) {
    this.#messages = value;
    this.#schedule();
  }

  /** The moment validity is judged at; default: the current time. For previews and tests. */
  get now(): Date | undefined {
    return this.#now;
  }
  set now(value: Date | undefined) {
    this.#now = value;
    this.#schedule();
  }

  /** True while the badge shows as valid. */
  get valid(): boolean {
    return this.#verdict()?.valid ?? false;
  }

  connectedCallback(): void {
    this.#schedule();
  }

  disconnectedCallback(): void {
    // An unfinished load is dropped; it starts again when the element is connected again.
    if (this.#request) {
      this.#request.abort();
      this.#request = undefined;
      this.#loadedKey = undefined;
    }
  }

  attributeChangedCallback(): void {
    this.#schedule();
  }

  #reflect(name: string, value: string | null | undefined): void {
    if (value == null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  /** Coalesces changes made in one task (`el.src = …; el.member = …`) into one load and one render. */
  #schedule(): void {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (this.isConnected) this.#update();
    });
  }

  #update(): void {
    const variant = this.getAttribute('variant');
    if (variant && !VARIANTS.includes(variant as BadgeVariant)) {
      warnOnce(`<kultur-membership-badge variant="${variant}"> is unknown; use full, compact or icon. Showing full.`);
    }
    let data = this.#membership;
    if (typeof (data as PromiseLike<unknown> | undefined)?.then === 'function') {
      const pending = data as PromiseLike<unknown>;
      if (this.#settled?.from !== pending) {
        this.#wait(pending);
        this.#render();
        return;
      }
      data = this.#settled.value;
    }
    if (data !== undefined) {
      // Read again (and warn again) only when the data or the member changed, not on every render.
      if (data !== this.#readObject || this.#loadedKey !== this.member) {
        this.#cancel();
        this.#readObject = data;
        this.#loadedKey = this.member;
        this.#reading = readMembership(data, { member: this.member });
        const key = fingerprint([data, this.member]);
        if (key === undefined || key !== this.#propertyKey) {
          this.#propertyKey = key;
          this.#report(this.#reading, 'membership property');
          this.#render();
          this.#announce(this.#reading);
          return;
        }
      }
    } else if (this.src) {
      this.#propertyKey = undefined;
      const key = `${this.src}\n${this.member}`;
      if (key !== this.#loadedKey || this.#readObject !== undefined) void this.#load(this.src, this.member, key);
    } else {
      this.#cancel();
      this.#loadedKey = this.#reading = this.#readObject = this.#propertyKey = undefined;
    }
    this.#render();
  }

  /** Loading state until `pending` settles; a rejected Promise reads as no data (neutral state). */
  #wait(pending: PromiseLike<unknown>): void {
    if (this.#pending === pending && this.#request) return;
    this.#cancel();
    this.#reading = this.#readObject = undefined;
    this.#pending = pending;
    const marker = (this.#request = new AbortController());
    const settle = (value: unknown) => {
      if (this.#request === marker) this.#request = undefined;
      this.#settled = { from: pending, value };
      this.#schedule();
    };
    pending.then(settle, () => settle(null));
  }

  #cancel(): void {
    this.#request?.abort();
    this.#request = undefined;
  }

  async #load(src: string, member: string, key: string): Promise<void> {
    this.#cancel();
    const request = (this.#request = new AbortController());
    this.#readObject = undefined;
    this.#loadedKey = key;
    this.#reading = undefined;
    let reading: MembershipReading | undefined;
    try {
      const url = new URL(src, document.baseURI).href;
      reading = readMembership(await fetchJson(url, { signal: request.signal }), { member, baseUrl: url });
      if (!reading.membership && !reading.reason) {
        throw new FeedError('format', url, `${url} is not membership JSON:\n${reading.problems.map(formatProblem).join('\n')}`);
      }
    } catch (error) {
      if (request.signal.aborted || isAbortError(error)) return;
      this.#request = undefined;
      const failure = error instanceof FeedError ? error : new FeedError('network', src, String(error));
      console.warn(`kultur-widgets: <kultur-membership-badge> shows its fallback content. ${failure.message}`);
      this.#render();
      const { kind, message, url, status } = failure;
      fire<MembershipErrorDetail>(this, 'kultur-error', { kind, message, url, status });
      return;
    }
    this.#request = undefined;
    this.#reading = reading;
    const verdict = this.#verdict();
    this.#report(reading, src, verdict?.reason);
    this.#render();
    fire<MembershipLoadDetail>(this, 'kultur-load', { membership: reading.membership, valid: !!verdict?.valid, reason: verdict?.reason });
  }

  /** A read of the `membership` property is announced as a load of `src` is; data that is no membership as a `format` error. */
  #announce(reading: MembershipReading): void {
    const verdict = this.#verdict();
    if (verdict) {
      fire<MembershipLoadDetail>(this, 'kultur-load', { membership: reading.membership, valid: verdict.valid, reason: verdict.reason });
    } else {
      const message = `The membership property is not membership JSON:\n${reading.problems.map(formatProblem).join('\n')}`;
      fire<MembershipErrorDetail>(this, 'kultur-error', { kind: 'format', message, url: '' });
    }
  }

  /** Valid or not, and why; `undefined` while nothing usable was read. */
  #verdict(): { valid: boolean; reason?: InvalidReason } | undefined {
    const reading = this.#reading;
    if (!reading) return undefined;
    if (!reading.membership) return reading.reason ? { valid: false, reason: reading.reason } : undefined;
    return membershipValidity(reading.membership, this.#now ?? new Date(), globalThis.location?.origin);
  }

  /** One grouped console warning per reading: the problems in the JSON and why the badge is not shown. */
  #report(reading: MembershipReading, source: string, reason = this.#verdict()?.reason): void {
    const lines = reading.problems.map(formatProblem);
    const member = reading.membership?.member;
    if (reason === 'unknown-member') lines.push(`member "${this.member}" is not in this membership JSON.`);
    else if (reason === 'origin') lines.push(`this page's origin ${location.origin} is not among the member's websites (${member?.websites?.join(', ')}).`);
    else if (reason === 'expired') lines.push(`the membership of "${member?.name}" expired on ${member?.validUntil}.`);
    else if (reason) lines.push(`the membership of "${member?.name}" is ${reason}.`);
    if (lines.length) {
      const shown = reason || !reading.membership ? 'shows its fallback content' : 'found problems';
      console.warn(`kultur-widgets: <kultur-membership-badge> ${shown} (${source}):\n${lines.join('\n')}`);
    }
  }

  #render(): void {
    const variant = this.variant;
    const verdict = this.#verdict();
    const membership = this.#reading?.membership;
    if (!verdict?.valid || !membership) {
      this.#root.replaceChildren(fallbackPart(variant, !!this.#request));
      return;
    }
    const { network, member } = membership;
    const lang = resolveLang(this);
    const text = { ...catalogue[lang], ...this.#messages };
    const logo = this.logo === 'none' ? undefined : this.logo || network.logo;
    this.#root.replaceChildren(
      badgePart({
        variant,
        href: member.profileUrl ?? network.membersUrl ?? network.url,
        logo,
        mark: markLetters(network.name),
        memberOf: fill(text.memberOf, { network: network.name }),
        member: member.name,
        since: member.since && fill(text.since, { date: formatMonth(member.since, INTL_LOCALE[lang]) }),
        verify: fill(text.verify, { network: network.name }),
      }),
    );
  }
}
