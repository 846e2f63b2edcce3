/**
 * The check of the built-in EU summer-time rule (zoned.ts) against the browser's time-zone data.
 * Idle-time work long after the first paint, so it is a module of its own: the calendar loads it
 * as a chunk instead of shipping it in the script every page needs first.
 */
import { builtInZoneRule, EU_RULE_SINCE, euRuleYear, intlYear, setZoneRuleOff } from './zoned.js';

/**
 * Checks the built-in EU rule of `zone` against the browser's time-zone data (`Intl`) for the UTC
 * years `from`–`to`. On a difference the rule is switched off for the zone, its cached offsets
 * are dropped, and `false` says that times computed so far in the zone must be computed again.
 * `true` for zones without a built-in rule. Meant for idle time after the first paint.
 * (`browserYear` stands in for the browser's data in tests.)
 */
export function verifyZoneRules(zone: string, from: number, to: number, browserYear = intlYear): boolean {
  const standard = builtInZoneRule(zone);
  if (standard === undefined) return true;
  for (let year = Math.max(from, EU_RULE_SINCE); year <= to; year++) {
    if (JSON.stringify(browserYear(zone, year)) !== JSON.stringify(euRuleYear(year, standard))) {
      setZoneRuleOff(zone, true);
      return false;
    }
  }
  return true;
}
