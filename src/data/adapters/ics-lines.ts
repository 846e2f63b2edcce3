/**
 * Repairs an iCalendar text before ical.js parses it. ical.js rejects a whole document for one
 * bad content line, and a value it accepts may still break later (an empty `RRULE:`), so lines
 * are checked here and each repair or dropped line is reported against its item and field.
 */
import ICAL from 'ical.js';
import type { ProblemLog } from '../problems.js';

/** Properties whose value is a date or date-time (a bare `20190101` is a DATE there). */
const TIME_PROPERTIES = new Set(['DTSTART', 'DTEND', 'DUE', 'RECURRENCE-ID', 'EXDATE', 'RDATE']);
/** A date or date-time value, or a list of them (EXDATE, RDATE). */
const TIME_VALUE = /^\d{8}(T\d{6}Z?)?(,\d{8}(T\d{6}Z?)?)*$/i;

/** An item problems are reported against: `VEVENT[2]`, `VTIMEZONE[Europe/Berlin]`, the calendar. */
interface Owner {
  path: string;
  item?: string;
  pending: { field: string; message: string }[];
}

/** An open component: its owner and the prefix of its fields there (`VALARM.` inside a VEVENT). */
interface Place {
  owner: Owner;
  prefix: string;
}

function unescapeText(value: string): string {
  return value.replace(/\\n/gi, ' ').replace(/\\([,;\\])/g, '$1').trim();
}

/** The name (upper case) and the value of a content line, split at the first colon outside quotes. */
function splitLine(line: string): { name: string; params: string; value: string } | undefined {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      const head = line.slice(0, i);
      const semi = head.indexOf(';');
      return { name: (semi < 0 ? head : head.slice(0, semi)).toUpperCase(), params: semi < 0 ? '' : head.slice(semi), value: line.slice(i + 1) };
    }
  }
  return undefined;
}

/**
 * The repaired text. With `strict`, every content line is also parsed on its own and the ones
 * ical.js cannot parse are dropped (used after the whole document failed to parse).
 */
export function repairIcsText(raw: string, log: ProblemLog, strict: boolean): string {
  const lines = raw.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const out: string[] = [];
  const stack: Place[] = [];
  let veventIndex = 0;
  const flush = (owner: Owner) => {
    for (const p of owner.pending) log.warning(`${owner.path}.${p.field}`, p.message, owner.item);
  };
  for (let line of lines) {
    if (!line.trim()) continue;
    const parts = splitLine(line);
    const place = stack[stack.length - 1];
    if (parts && parts.params === '' && (parts.name === 'BEGIN' || parts.name === 'END')) {
      const component = parts.value.trim().toUpperCase();
      if (parts.name === 'BEGIN') {
        const own = !place || (stack.length === 1 && (component === 'VEVENT' || component === 'VTIMEZONE'));
        const path = component === 'VEVENT' ? `VEVENT[${veventIndex++}]` : component;
        stack.push(own ? { owner: { path, pending: [] }, prefix: '' } : { owner: place.owner, prefix: `${place.prefix}${component}.` });
      } else {
        const done = stack.pop();
        if (done && !done.prefix) flush(done.owner);
      }
      out.push(line);
      continue;
    }
    const owner = place?.owner;
    const report = (field: string, message: string) => owner?.pending.push({ field: `${place!.prefix}${field}`, message });
    if (!parts) {
      if (strict) {
        report('line', `${JSON.stringify(line.slice(0, 40))} is not a content line; ignored`);
        continue;
      }
      out.push(line);
      continue;
    }
    const { name, params, value } = parts;
    if (owner && !place.prefix) {
      if (name === 'SUMMARY') owner.item = unescapeText(value) || owner.item;
      if (name === 'UID') owner.item ??= value.trim() || undefined;
      if (name === 'TZID' && owner.path === 'VTIMEZONE') owner.path = `VTIMEZONE[${value.trim()}]`;
    }
    if (name === 'RRULE' && !/(^|;)FREQ=/i.test(value)) {
      report('RRULE', `${JSON.stringify(value)} has no FREQ; read as a single event`);
      continue;
    }
    if (TIME_PROPERTIES.has(name) && !/;VALUE=PERIOD/i.test(params)) {
      const written = value.trim();
      if (!TIME_VALUE.test(written)) {
        report(name, `${JSON.stringify(written)} is not an iCalendar date or date-time (YYYYMMDD or YYYYMMDDTHHMMSS); ignored`);
        continue;
      }
      if (!/;VALUE=/i.test(params) && /^\d{8}(,\d{8})*$/.test(written)) {
        report(name, `${JSON.stringify(written)} is a date without VALUE=DATE; read as a date`);
        line = `${name}${params};VALUE=DATE:${written}`;
      }
    }
    if (strict) {
      try {
        ICAL.parse.property(line);
      } catch (error) {
        const reason = (error as Error)?.message ?? String(error);
        report(name, `could not be parsed and is ignored (the iCalendar parser says: ${reason})`);
        continue;
      }
    }
    out.push(line);
  }
  for (const open of stack) if (!open.prefix) flush(open.owner);
  return out.join('\r\n');
}
