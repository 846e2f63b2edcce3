import type { Catalogue } from '../../i18n/locale.js';

/** Every visible (or announced) string of the badge; `{network}` and `{date}` are filled in. */
export interface MembershipBadgeMessages {
  /** `Mitglied der {network}`. Networks whose name needs another article override it (`Mitglied des {network}`). */
  memberOf: string;
  /** `seit {date}`, `{date}` being month and year (`November 2022`). */
  since: string;
  /** Tooltip of the link: where it leads. */
  verify: string;
}

export const catalogue: Catalogue<MembershipBadgeMessages> = {
  de: { memberOf: 'Mitglied der {network}', since: 'seit {date}', verify: 'Mitgliedschaft bei {network} prüfen' },
  en: { memberOf: 'Member of {network}', since: 'since {date}', verify: 'Verify the membership with {network}' },
};

/** Fills `{name}` placeholders; text only, the result goes into `textContent`. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);
}
