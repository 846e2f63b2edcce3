import type { Catalogue } from '../../i18n/locale.js';
import { lazyEnglish } from '../../i18n/lazy-english.js';
import type { KulturEvent } from '../../data/types.js';

/**
 * The visible strings of `<kultur-ticket-reservation>`'s form, German first (the texts shown only
 * after a submit are in messages-later.ts). `{name}`-style placeholders are filled in by the
 * element; override any entry through the element's `messages` property.
 * Error texts follow GOV.UK's pattern: say what to do, not what went wrong.
 */
const de = {
  chooseEvent: 'Veranstaltung',
  untitled: 'Ohne Titel',
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
};

/** Every text of the element; `messages` overrides are partial. */
export type ReservationMessages = Record<keyof typeof de | keyof typeof import('./messages-later.js').deLater, string>;

/** Keys of the texts the form always has. */
export type FormMessageKey = keyof typeof de;

/** The texts the form has before the submit chunk is loaded: German lacks the later ones. */
export type FormMessages = Record<FormMessageKey, string> & Partial<ReservationMessages>;

/** A failure shown above the submit button. */
export interface Notice {
  key: keyof ReservationMessages;
  values?: Record<string, string | number>;
}

/**
 * The catalogue handed to the LocaleController. English starts out as German and is replaced by
 * `loadEnglish()`; the element renders nothing in English before that, so no German flashes.
 */
export const catalogue: Catalogue<FormMessages> = { de, en: de };

const english = lazyEnglish(catalogue, () => import('./messages-en.js'));

/** True once the English texts are in the catalogue (or failed to load: German then). */
export const hasEnglish = english.ready;

/** Loads the English texts once (a separate chunk: German pages never download it). */
export const loadEnglish = english.load;

/** The event's title, or the form's own words for an event its feed gave none (`untitled`). */
export function eventTitle(event: KulturEvent, msg: FormMessages): string {
  return event.untitled ? msg.untitled : event.title;
}

/** Fills `{key}` placeholders: `fill('Nur noch {count} Plätze', { count: 4 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
