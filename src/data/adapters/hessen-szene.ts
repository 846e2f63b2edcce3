/**
 * hessen-szene.de XML, the LAKS Hessen network's TYPO3 `laks_calendar` export: `<Event>` with
 * `Id`, `Title`, `Description` (HTML), `StartDate/Value`, `StartTime/Value`,
 * `BoxOfficeStartTime/Value`, `Categories/Category/Title`, `noFee`, `FeeAdvanced`, `FeeRegular`,
 * `soldOut`, `Locations/Location/{Title,Street,Zip,City}`, `Links/Link`, `Image1..N/PublicUrl`
 * (relative to the feed). Times are Europe/Berlin wall clock whatever the widget's zone.
 */
import { addDays, parseIsoDate, toIsoDate } from '../../time/civil.js';
import { localDate } from '../../time/zoned.js';
import { EventCollector, type EventDraft } from '../event-builder.js';
import { describeValue } from '../problems.js';
import { normalizeDescription } from '../sanitize.js';
import { parseInert } from '../trusted-types.js';
import type { KulturOffer } from '../types.js';
import { parseAmount, readUrl, readWhen, type FieldContext, type When } from '../values.js';
import type { AdapterContext, AdapterResult } from './context.js';
import { plainText } from './shared.js';

const BERLIN = 'Europe/Berlin';

/** Direct children named `name` (case-insensitive: exports differ in spelling). */
function children(parent: Element | undefined, name: string): Element[] {
  if (!parent) return [];
  const lower = name.toLowerCase();
  return [...parent.children].filter((c) => c.localName.toLowerCase() === lower);
}

/** The element at a path of child names (`StartDate/Value`). */
function at(parent: Element | undefined, path: string): Element | undefined {
  let node = parent;
  for (const name of path.split('/')) node = children(node, name)[0];
  return node;
}

/** Trimmed text at a path, `undefined` when absent or empty. */
function textAt(parent: Element | undefined, path: string): string | undefined {
  const text = at(parent, path)?.textContent?.trim();
  return text || undefined;
}

function flag(parent: Element, name: string): boolean {
  return /^(1|true|yes|ja)$/i.test(textAt(parent, name) ?? '');
}

/** A date as `2026-12-05`, `05.12.2026` or a Unix timestamp (TYPO3 stores dates as timestamps). */
function isoDate(text: string): string | undefined {
  if (/^\d{9,11}$/.test(text)) return localDate(+text * 1000, BERLIN);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : german ? [german[3], german[2], german[1]] : undefined;
  const date = parts && parseIsoDate(toIsoDate(+parts[0], +parts[1], +parts[2]));
  return date ? toIsoDate(date.year, date.month, date.day) : undefined;
}

/** A time as `20:00`, `20:00:00` or seconds after midnight (`72000`). */
function clock(text: string): string | undefined {
  let m = /^(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*Uhr)?$/i.exec(text);
  if (m) return `${m[1].padStart(2, '0')}:${m[2]}`;
  m = /^\d{1,5}$/.exec(text);
  if (m && +text < 86_400) return `${`${Math.floor(+text / 3600)}`.padStart(2, '0')}:${`${Math.floor((+text % 3600) / 60)}`.padStart(2, '0')}`;
  return undefined;
}

/** Date plus optional time, in Berlin; reports unreadable parts. */
function readDateTime(event: Element, dateField: string, timeField: string, ctx: FieldContext, severity: 'error' | 'warning', date?: string) {
  const dateText = textAt(event, `${dateField}/Value`);
  const day = dateText ? isoDate(dateText) : date;
  if (dateText && !day) {
    ctx.log.add(severity, `${ctx.path}.${dateField}`, `${describeValue(dateText)} is not a date`, ctx.item);
    return { rejected: true };
  }
  if (!day) return {};
  const timeText = textAt(event, `${timeField}/Value`);
  const time = timeText ? clock(timeText) : undefined;
  if (timeText && !time) ctx.log.warning(`${ctx.path}.${timeField}`, `${describeValue(timeText)} is not a time; ignored`, ctx.item);
  return { day, when: readWhen(time ? `${day}T${time}` : day, dateField, ctx, BERLIN, severity), timed: !!time };
}

const instantOf = (when: When | undefined) => (when && 'instant' in when ? when.instant : NaN);

function readEvent(event: Element, ctx: FieldContext, baseUrl?: string): EventDraft {
  const title = plainText(textAt(event, 'Title'));
  ctx.item = title ?? textAt(event, 'Id');
  const start = readDateTime(event, 'StartDate', 'StartTime', ctx, 'error');
  let end = start.day ? readDateTime(event, 'EndDate', 'EndTime', ctx, 'warning', start.day) : {};
  // Without an EndDate, an end time before the start time is after midnight (21:00–01:00).
  if (start.timed && end.timed && !textAt(event, 'EndDate/Value') && instantOf(end.when) <= instantOf(start.when)) {
    end = readDateTime(event, 'EndDate', 'EndTime', ctx, 'warning', addDays(start.day!, 1));
  }
  // EndDate is the last day of an all-day event; the model's end date is exclusive.
  const endWhen = !start.timed && end.day && !end.timed && end.day >= start.day! ? { date: addDays(end.day, 1) } : end.when;
  const offers: KulturOffer[] = [];
  for (const [field, id, name] of [
    ['FeeAdvanced', 'advance', 'Vorverkauf'],
    ['FeeRegular', 'regular', 'Abendkasse'],
  ]) {
    const text = textAt(event, field);
    if (!text) continue;
    const price = parseAmount(text);
    if (price === undefined) ctx.log.warning(`${ctx.path}.${field}`, `${describeValue(text)} is not a price; ignored`, ctx.item);
    else offers.push({ id, name, price, currency: 'EUR' });
  }
  const free = flag(event, 'noFee') || (offers.length > 0 && offers.every((o) => o.price === 0));
  const location = at(event, 'Locations/Location');
  const name = plainText(textAt(location, 'Title'));
  const cityLine = [textAt(location, 'Zip'), textAt(location, 'City')].filter(Boolean).join(' ');
  const address = [textAt(location, 'Street'), cityLine].filter(Boolean).join(', ') || undefined;
  const links = children(at(event, 'Links'), 'Link').map((l) => textAt(l, 'Url') ?? l.getAttribute('href') ?? l.textContent?.trim());
  const images = [...event.children].filter((c) => /^image\d+$/i.test(c.localName)).sort((a, b) => parseInt(a.localName.slice(5)) - parseInt(b.localName.slice(5)));
  const image = images.map((i) => textAt(i, 'PublicUrl')).find(Boolean);
  const draft: EventDraft = {
    id: textAt(event, 'Id'),
    title,
    start: start.when,
    end: endWhen && (start.timed ? end.timed : true) ? endWhen : undefined,
    allDay: start.when ? !start.timed : undefined,
    categories: children(at(event, 'Categories'), 'Category').map((c) => plainText(textAt(c, 'Title'))).filter((c): c is string => !!c),
    offers: free ? [] : offers,
    free: free || undefined,
    status: flag(event, 'soldOut') ? 'soldout' : 'scheduled',
    location: name || address ? (address ? { name: name ?? address, address } : { name: name! }) : undefined,
    url: links.length ? readUrl(links.find(Boolean), 'Links.Link', ctx, baseUrl) : undefined,
    image: image ? readUrl(image, `${images[0].localName}.PublicUrl`, ctx, baseUrl) : undefined,
    imageAlt: images.length ? plainText(textAt(images[0], 'Title') ?? textAt(images[0], 'Alternative')) : undefined,
    zone: BERLIN,
    rejected: start.rejected,
  };
  if (start.timed && start.day) {
    const doors = clock(textAt(event, 'BoxOfficeStartTime/Value') ?? '');
    if (doors) draft.doors = readWhen(`${start.day}T${doors}`, 'BoxOfficeStartTime', ctx, BERLIN, 'warning');
  }
  const description = textAt(event, 'Description');
  if (description) {
    const d = normalizeDescription(description, { baseUrl });
    draft.description = d.description;
    draft.descriptionIsHtml = d.isHtml;
  }
  return draft;
}

/** Normalizes a hessen-szene XML document (the response text). */
export function normalizeHessenSzene(raw: unknown, context: AdapterContext): AdapterResult {
  if (typeof raw !== 'string') throw new Error('expected the XML text of a hessen-szene feed');
  const doc = parseInert(raw, 'application/xml');
  if (!doc) throw new Error('this page does not allow parsing XML (Trusted Types policy "kultur-widgets" not allowed)');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML (${error.textContent?.trim().split('\n')[0] ?? 'parser error'})`);
  const collector = new EventCollector(context.log, BERLIN);
  const events = [...doc.getElementsByTagName('Event')];
  if (!events.length) context.log.warning('(root)', `no events found: no <Event> element in this XML (root element <${doc.documentElement?.localName}>)`);
  events.forEach((event, index) => {
    const ctx: FieldContext = { log: context.log, path: `Event[${index}]` };
    const draft = readEvent(event, ctx, context.baseUrl);
    if (!draft.start && !draft.rejected) {
      collector.skip(`${ctx.path}.StartDate`, 'missing: every event needs a start date', draft.title);
      return;
    }
    collector.add(draft, ctx);
  });
  return collector.result();
}
