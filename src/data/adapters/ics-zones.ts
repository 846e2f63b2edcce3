/**
 * Which zone an iCalendar `TZID` names. An IANA name the browser knows (also inside vendor
 * prefixes such as `/mozilla.org/20050126_1/Europe/Berlin`) is read with the browser's own zone
 * rules, even when the file has a `VTIMEZONE` for it: exported `VTIMEZONE`s are often truncated or
 * written in forms parsers misread. Other names use their `VTIMEZONE`; without one, Windows names
 * (`W. Europe Standard Time`, and Outlook's `(UTC+01:00) Amsterdam, Berlin, …`) are mapped through
 * CLDR's Windows → IANA table.
 */
import ICAL from 'ical.js';
import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { isValidTimeZone } from '../../time/zone.js';
import { zoneOffset } from '../../time/zoned.js';
import type { ProblemLog } from '../problems.js';

type Component = InstanceType<typeof ICAL.Component>;

/** An IANA name in a TZID, also inside vendor prefixes (`/mozilla.org/20050126_1/Europe/Berlin`). */
export function ianaZone(tzid: string | undefined): string | undefined {
  if (!tzid) return undefined;
  if (isValidTimeZone(tzid)) return tzid;
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(tzid)?.[1];
  if (tail && isValidTimeZone(tail)) return tail;
  const last = tail && /[A-Za-z_]+\/[A-Za-z_+-]+$/.exec(tail)?.[0];
  return last && isValidTimeZone(last) ? last : undefined;
}

const windowsCache = new Map<string, string | undefined>();

/**
 * The IANA zone of a Windows zone name: CLDR's row for territory "001" (the zone's main city) first.
 * Read from the table itself, not through findIana, which brings the package's alias table too.
 */
function windowsStandardZone(name: string): string | undefined {
  const rows = WINDOWS_TO_IANA_MAP.filter((row) => row.windowsName === name);
  const candidates = [...rows.filter((row) => row.territory === '001'), ...rows].flatMap((row) => row.iana);
  return candidates.find((zone) => isValidTimeZone(zone));
}

/** Outlook's display names: `(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien` → a listed city's zone with that standard offset. */
function displayNameZone(tzid: string): string | undefined {
  const match = /^\(?(?:UTC|GMT)\s*(?:([-+\u2212])\s*(\d{1,2})(?::?(\d{2}))?)?\)?\s*(.*)$/i.exec(tzid.trim());
  if (!match || !match[4]) return undefined;
  const offset = match[2] ? (match[1] === '+' ? 1 : -1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
  const known = Intl.supportedValuesOf('timeZone');
  const year = new Date().getUTCFullYear();
  const standardOffset = (zone: string) => Math.min(zoneOffset(Date.UTC(year, 0, 15), zone), zoneOffset(Date.UTC(year, 6, 15), zone)) / 60_000;
  for (const city of match[4].split(/[,;/]/)) {
    const name = city.trim().replace(/\s+/g, '_').toLowerCase();
    if (!name) continue;
    const zone = known.find((z) => z.toLowerCase().endsWith(`/${name}`));
    if (zone && standardOffset(zone) === offset) return zone;
  }
  return undefined;
}

/** The IANA zone of a TZID that has no VTIMEZONE: an IANA name, a Windows name or an Outlook display name. */
export function zoneWithoutVtimezone(tzid: string): string | undefined {
  const iana = ianaZone(tzid);
  if (iana) return iana;
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (!windowsCache.has(name)) windowsCache.set(name, windowsStandardZone(name) ?? displayNameZone(name));
  return windowsCache.get(name);
}

/**
 * ical.js takes an observance's onset from DTSTART only when it has no RDATE or RRULE, so an
 * observance written as DTSTART + RDATEs (iCalcreator) loses its first onset: add it as an RDATE.
 * Only VTIMEZONEs that are read (not IANA names) are repaired, each repair reported.
 */
export function repairRdateObservances(vtimezone: Component, log: ProblemLog): void {
  const tzid = String(vtimezone.getFirstPropertyValue('tzid') ?? '');
  if (ianaZone(tzid)) return;
  for (const observance of vtimezone.getAllSubcomponents()) {
    if (observance.hasProperty('rrule') || !observance.hasProperty('rdate')) continue;
    const dtstart = observance.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time> | null;
    if (!dtstart) continue;
    const written = observance.getAllProperties('rdate').flatMap((p) => p.getValues() as InstanceType<typeof ICAL.Time>[]);
    if (written.some((t) => t.year === dtstart.year && t.month === dtstart.month && t.day === dtstart.day)) continue;
    observance.addPropertyWithValue('rdate', dtstart.clone());
    log.warning(`VTIMEZONE[${tzid}].${observance.name.toUpperCase()}.RDATE`, `its DTSTART ${dtstart.toString()} is not among the RDATEs; counted as the first onset`);
  }
}
