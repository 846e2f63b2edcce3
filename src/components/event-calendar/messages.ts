import type { Catalogue } from '../../i18n/locale.js';
import { lazyEnglish } from '../../i18n/lazy-english.js';
import type { FeedErrorKind } from '../../data/fetch-json.js';

/**
 * Every visible string of `<kultur-event-calendar>`. Override any of them with the element's
 * `messages` property; strings with numbers or dates are functions.
 */
export interface CalendarMessages {
  previous: string;
  next: string;
  today: string;
  viewLabel: string;
  viewMonth: string;
  viewList: string;
  search: string;
  categories: string;
  resetFilters: string;
  weekNumber: string;
  weekNumberLong: string;
  upcoming: string;
  weekLabel: (week: number) => string;
  more: (count: number) => string;
  count: (count: number) => string;
  /** Live-region text after a month change: `Dezember 2026: 12 Veranstaltungen`. */
  monthAnnounce: (month: string, count: number) => string;
  /** Live-region text after the filter or search changed. */
  filterAnnounce: (count: number) => string;
  todayMark: string;
  allDay: string;
  /** Title of an event its feed gives none (iCalendar without SUMMARY). */
  untitled: string;
  doors: string;
  free: string;
  /** Label of the standard price (offer id `normal`): `VVK 15,00 €`. */
  offerNormal: string;
  cancelled: string;
  postponed: string;
  soldout: string;
  few: string;
  loading: string;
  empty: string;
  emptyMonth: (month: string) => string;
  jumpTo: (month: string) => string;
  noMatches: string;
  noUpcoming: string;
  error: Record<FeedErrorKind, string>;
  errorHttp: (status: number) => string;
  problems: (count: number) => string;
  retry: string;
  details: string;
  when: string;
  where: string;
  prices: string;
  eventPage: string;
  addToCalendar: string;
  reserve: string;
  close: string;
  back: (day: string) => string;
}

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const de: CalendarMessages = {
  previous: 'Vorheriger Monat',
  next: 'Nächster Monat',
  today: 'Heute',
  viewLabel: 'Ansicht',
  viewMonth: 'Monat',
  viewList: 'Liste',
  search: 'Suchen',
  categories: 'Kategorien',
  resetFilters: 'Filter zurücksetzen',
  weekNumber: 'KW',
  weekNumberLong: 'Kalenderwoche',
  upcoming: 'Nächste Veranstaltungen',
  weekLabel: (w) => `Kalenderwoche ${w}`,
  more: (n) => `+${n} weitere`,
  count: (n) => plural(n, 'Veranstaltung', 'Veranstaltungen'),
  monthAnnounce: (m, n) => `${m}: ${plural(n, 'Veranstaltung', 'Veranstaltungen')}`,
  filterAnnounce: (n) => `${plural(n, 'Veranstaltung', 'Veranstaltungen')} gefunden`,
  todayMark: 'heute',
  allDay: 'ganztägig',
  untitled: 'Ohne Titel',
  doors: 'Einlass',
  free: 'Eintritt frei',
  offerNormal: 'VVK',
  cancelled: 'abgesagt',
  postponed: 'verschoben',
  soldout: 'ausverkauft',
  few: 'Restkarten',
  loading: 'Programm wird geladen …',
  empty: 'Zurzeit sind keine Veranstaltungen angekündigt.',
  emptyMonth: (m) => `Im ${m} gibt es keine Veranstaltungen.`,
  jumpTo: (m) => `Weiter zu ${m}`,
  noMatches: 'Keine Veranstaltung passt zu Suche und Filter.',
  noUpcoming: 'Zurzeit sind keine weiteren Veranstaltungen angekündigt.',
  error: {
    network: 'Das Programm konnte nicht geladen werden: Der Server ist nicht erreichbar.',
    cors: 'Das Programm konnte nicht geladen werden: Der Browser hat den Zugriff blockiert (CORS) oder der Server ist nicht erreichbar.',
    timeout: 'Das Programm konnte nicht geladen werden: Der Server hat nicht rechtzeitig geantwortet.',
    http: 'Das Programm konnte nicht geladen werden.',
    format: 'Das Programm konnte nicht gelesen werden: Die Datei hat nicht das erwartete Format.',
    empty: 'Das Programm enthält keine lesbare Veranstaltung.',
  },
  errorHttp: (s) => `Das Programm konnte nicht geladen werden: Der Server antwortet mit Fehler ${s}.`,
  problems: (n) => `${plural(n, 'Hinweis', 'Hinweise')} zum Feed (für die Webmasterin oder den Webmaster)`,
  retry: 'Erneut versuchen',
  details: 'Details',
  when: 'Wann',
  where: 'Wo',
  prices: 'Preise',
  eventPage: 'Zur Veranstaltungsseite',
  addToCalendar: 'In den Kalender',
  reserve: 'Tickets reservieren',
  close: 'Schließen',
  back: (d) => `Zurück zu ${d}`,
};

/**
 * German built in; English (messages-en.ts) is a chunk loaded when an element first speaks it.
 * Until then `en` holds German: the element shows its loading state instead (see `hasEnglish`).
 */
export const catalogue: Catalogue<CalendarMessages> = { de, en: de };

const english = lazyEnglish(catalogue, () => import('./messages-en.js'));

/** True once the English texts are in the catalogue (or failed to load: German then). */
export const hasEnglish = english.ready;

/** Loads the English texts once (a separate chunk: German pages never download it). */
export const loadEnglish = english.load;
