import type { Catalogue } from '../../i18n/locale.js';
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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const catalogue: Catalogue<CalendarMessages> = {
  de: {
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
  },
  en: {
    previous: 'Previous month',
    next: 'Next month',
    today: 'Today',
    viewLabel: 'View',
    viewMonth: 'Month',
    viewList: 'List',
    search: 'Search',
    categories: 'Categories',
    resetFilters: 'Reset filters',
    weekNumber: 'Wk',
    weekNumberLong: 'Calendar week',
    upcoming: 'Upcoming events',
    weekLabel: (w) => `Week ${w}`,
    more: (n) => `+${n} more`,
    count: (n) => plural(n, 'event', 'events'),
    monthAnnounce: (m, n) => `${m}: ${plural(n, 'event', 'events')}`,
    filterAnnounce: (n) => `${plural(n, 'event', 'events')} found`,
    todayMark: 'today',
    allDay: 'all day',
    doors: 'Doors',
    free: 'Free admission',
    offerNormal: 'Advance',
    cancelled: 'cancelled',
    postponed: 'postponed',
    soldout: 'sold out',
    few: 'Few tickets left',
    loading: 'Loading the programme …',
    empty: 'No events are announced at the moment.',
    emptyMonth: (m) => `There are no events in ${m}.`,
    jumpTo: (m) => `Go to ${m}`,
    noMatches: 'No event matches the search and filters.',
    noUpcoming: 'No further events are announced at the moment.',
    error: {
      network: 'The programme could not be loaded: the server is not reachable.',
      cors: 'The programme could not be loaded: the browser blocked the request (CORS) or the server is not reachable.',
      timeout: 'The programme could not be loaded: the server did not answer in time.',
      http: 'The programme could not be loaded.',
      format: 'The programme could not be read: the file is not in the expected format.',
      empty: 'The programme contains no readable event.',
    },
    errorHttp: (s) => `The programme could not be loaded: the server answered with error ${s}.`,
    problems: (n) => `${plural(n, 'note', 'notes')} on the feed (for the webmaster)`,
    retry: 'Try again',
    details: 'Details',
    when: 'When',
    where: 'Where',
    prices: 'Prices',
    eventPage: 'Event page',
    addToCalendar: 'Add to calendar',
    reserve: 'Reserve tickets',
    close: 'Close',
    back: (d) => `Back to ${d}`,
  },
};
