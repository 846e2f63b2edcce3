import type { Catalogue } from '../../i18n/locale.js';

/**
 * Every visible string of `<kultur-ticket-reservation>`, German first. `{name}`-style placeholders
 * are filled in by the element; override any entry through the element's `messages` property.
 * Error texts follow GOV.UK's pattern: say what to do, not what went wrong.
 */
const de = {
  chooseEvent: 'Veranstaltung',
  choosePrompt: 'Bitte wählen',
  noEvents: 'Zurzeit gibt es keine Veranstaltungen, für die Sie online reservieren können.',
  loading: 'Wird geladen …',
  loadFailed: 'Die Reservierung ist gerade nicht erreichbar.',
  reload: 'Erneut laden',
  stateAvailable: 'Plätze frei',
  stateFew: 'Nur noch {count} Plätze',
  stateFewOne: 'Nur noch 1 Platz',
  stateOnlineSoldout: 'Online ausgebucht – Restkarten an der Abendkasse',
  stateSoldout: 'Ausverkauft',
  stateClosed: 'Die Online-Reservierung ist geschlossen.',
  stateCancelled: 'Die Veranstaltung fällt aus.',
  phoneFallback: 'Telefonisch reservieren: {phone}',
  ticketsLegend: 'Karten',
  ticketsHint: 'Höchstens {max} Karten pro Reservierung. Bezahlt wird an der Abendkasse.',
  offerLabel: '{name}, {price}',
  free: 'Eintritt frei',
  offerSoldout: 'ausverkauft',
  decrease: '{name}: eine Karte weniger',
  increase: '{name}: eine Karte mehr',
  total: 'Gesamt: {total}',
  contactLegend: 'Ihre Angaben',
  requiredNote: 'Felder mit * müssen ausgefüllt werden.',
  name: 'Name',
  email: 'E-Mail-Adresse',
  emailHint: 'Nur für Rückfragen zu Ihrer Reservierung.',
  phone: 'Telefonnummer',
  message: 'Nachricht an uns',
  newsletter: 'Ja, schicken Sie mir den Newsletter.',
  honeypot: 'Bitte dieses Feld leer lassen',
  privacyNotice: 'Wir verwenden Ihre Angaben nur, um Ihre Reservierung zu bearbeiten.',
  privacyLink: 'Mehr in unserer Datenschutzerklärung',
  submit: 'Tickets reservieren',
  submitting: 'Reservierung wird gesendet …',
  retry: 'Erneut versuchen',
  errorSummary: 'Es gibt ein Problem',
  errorPrefix: 'Fehler:',
  errorTicketsRequired: 'Wählen Sie mindestens eine Karte aus',
  errorTicketsTooMany: 'Wählen Sie höchstens {max} Karten aus',
  errorNameRequired: 'Geben Sie Ihren Namen ein',
  errorNameTooLong: 'Der Name darf höchstens 100 Zeichen lang sein',
  errorEmailRequired: 'Geben Sie Ihre E-Mail-Adresse ein',
  errorEmailInvalid: 'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.org',
  errorPhoneInvalid: 'Geben Sie eine Telefonnummer ein, zum Beispiel 030 1234567',
  errorMessageTooLong: 'Die Nachricht darf höchstens 1000 Zeichen lang sein',
  errorInvalid: 'Prüfen Sie diese Angabe',
  failTimeout: 'Der Server hat nicht rechtzeitig geantwortet; vielleicht ist Ihre Reservierung schon angekommen. Versuchen Sie es erneut – doppelt reserviert wird dabei nicht. Bis dahin bleiben Ihre Angaben unverändert.',
  failNetwork: 'Der Reservierungsdienst ist nicht erreichbar. Ihre Angaben sind noch da. Versuchen Sie es gleich noch einmal – doppelt reserviert wird dabei nicht.',
  failOffline: 'Sie sind offline. Sobald die Verbindung wieder steht, senden wir Ihre Reservierung automatisch.',
  failRateLimited: 'Gerade kommen sehr viele Anfragen. Wir senden Ihre Reservierung in {seconds} Sekunden automatisch.',
  failConflict: 'Inzwischen sind nicht mehr so viele Karten frei. Wir haben Ihre Auswahl angepasst. Prüfen Sie sie und senden Sie erneut.',
  failUnavailable: 'Inzwischen sind online keine Karten mehr frei.',
  failServer: 'Bei der Reservierung ist ein Fehler aufgetreten. Ihre Angaben sind noch da. Versuchen Sie es erneut.',
  confirmed: 'Ihre Karten sind reserviert',
  code: 'Reservierungscode',
  ticketLine: '{quantity} × {name}',
  pickup: 'Bitte holen Sie Ihre Karten bis 30 Minuten vor Beginn an der Abendkasse ab und bezahlen Sie dort.',
  addToCalendar: 'In den Kalender',
  cancelLink: 'Reservierung stornieren',
  again: 'Weitere Tickets reservieren',
};

/** The message shape; `messages` overrides are partial. */
export type ReservationMessages = Record<keyof typeof de, string>;

/**
 * The catalogue handed to the LocaleController. English starts out as German and is replaced by
 * `loadEnglish()`; the element renders nothing in English before that, so no German flashes.
 */
export const catalogue: Catalogue<ReservationMessages> = { de, en: de };

let english: Promise<void> | undefined;
let englishLoaded = false;

/** True once the English texts are in the catalogue. */
export const hasEnglish = () => englishLoaded;

/** Loads the English texts once (a separate chunk: German pages never download it). */
export function loadEnglish(): Promise<void> {
  english ??= import('./messages-en.js')
    .then(({ en }) => {
      catalogue.en = en;
    })
    .catch((error) => console.warn('kultur-widgets: English texts could not be loaded; showing German.', error))
    .finally(() => {
      englishLoaded = true;
    });
  return english;
}

/** Fills `{key}` placeholders: `fill('Nur noch {count} Plätze', { count: 4 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
