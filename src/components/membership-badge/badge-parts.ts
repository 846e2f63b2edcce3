/**
 * The badge's DOM, built node by node: names and URLs from the JSON only ever become
 * `textContent`, `href` and `src` (never markup). No Lit: the badge has an 8 KB budget.
 */

export type BadgeVariant = 'full' | 'compact' | 'icon';

/** What a valid badge shows, already localized. */
export interface BadgeContent {
  variant: BadgeVariant;
  /** Where the badge links to (the member's profile on the network's site); absent → no link. */
  href?: string;
  /** Logo URL; absent → the typographic mark. */
  logo?: string;
  /** Letters of the typographic mark (`LAKS`). */
  mark: string;
  /** `Mitglied der LAKS Hessen e.V.` */
  memberOf: string;
  member: string;
  /** `seit November 2022` */
  since?: string;
  /** Tooltip of the link. */
  verify: string;
}

/** `<tag class="name" part="name">` with optional text. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, name: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = name;
  node.setAttribute('part', name);
  if (text !== undefined) node.textContent = text;
  return node;
}

const SKIPPED = /^(e\.?V\.?|g?GmbH|eG|der|die|das|des|und|für|the|of|and|for)$/i;

/**
 * Letters for the typographic mark: a leading acronym (`LAKS Hessen e.V.` → `LAKS`), else the
 * initials of the first three significant words (`Bundesvereinigung Soziokultureller Zentren` → `BSZ`).
 */
export function markLetters(name: string): string {
  const words = name.split(/[\s/–-]+/).filter((word) => /^\p{L}/u.test(word) && !SKIPPED.test(word));
  if (/^\p{Lu}{2,5}$/u.test(words[0] ?? '')) return words[0];
  return words
    .slice(0, 3)
    .map((word) => word[0].toUpperCase())
    .join('');
}

/** `November 2022` for `2022-11-01` in `locale`; the date is a calendar date, so it is read in UTC. */
export function formatMonth(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

function markPart(content: BadgeContent): HTMLElement {
  const mark = h('span', 'mark');
  mark.setAttribute('aria-hidden', 'true');
  if (content.logo) {
    const logo = h('img', 'logo');
    logo.alt = '';
    logo.width = logo.height = 48;
    logo.decoding = 'async';
    logo.referrerPolicy = 'no-referrer';
    // A logo that does not load falls back to the letters instead of a broken-image icon.
    logo.onerror = () => logo.replaceWith(content.mark);
    logo.src = content.logo;
    mark.append(logo);
  } else {
    mark.textContent = content.mark;
  }
  return mark;
}

/** The valid badge: one link (or a plain box without a link target) holding mark and text. */
export function badgePart(content: BadgeContent): HTMLElement {
  const { variant, href } = content;
  const badge = href ? h('a', 'badge') : h('span', 'badge');
  badge.classList.add(variant);
  if (href) {
    (badge as HTMLAnchorElement).href = href;
    badge.title = content.verify;
  }
  const text = h('span', variant === 'icon' ? 'hidden' : 'text');
  if (variant === 'icon') {
    // The icon shows only the mark: its accessible name says everything the full badge shows.
    text.textContent = [content.memberOf, content.member, content.since].filter(Boolean).join(', ');
  } else {
    // Spaces between the lines keep words apart in copied text and in the link's accessible name.
    text.append(h('span', 'network', content.memberOf));
    if (variant === 'full') text.append(' ', h('span', 'member', content.member));
    if (content.since) text.append(' ', h('span', 'since', content.since));
  }
  badge.append(markPart(content), text);
  return badge;
}

/**
 * Not a valid badge: the element's light-DOM content; while loading, an empty box of the badge's
 * height instead (the fallback would be swapped out a moment later, shifting the layout twice).
 */
export function fallbackPart(variant: BadgeVariant, loading: boolean): HTMLElement {
  if (loading) {
    const box = h('span', 'reserve');
    box.classList.add(variant);
    return box;
  }
  const box = h('span', 'fallback');
  box.append(document.createElement('slot'));
  return box;
}
