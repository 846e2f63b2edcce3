// Human-readable texts of the API, German first with English built in. Widgets localize by the
// `error` and field codes; the `message` is for people reading the raw answer (and a fallback).

export const errorMessages: Record<string, { de: string; en: string }> = {
  not_found: { de: 'Nicht gefunden.', en: 'Not found.' },
  method_not_allowed: { de: 'Diese Methode ist hier nicht erlaubt.', en: 'This method is not allowed here.' },
  invalid_encoding: { de: 'Der Inhalt ist kein gültiger UTF-8-Text.', en: 'The body is not valid UTF-8 text.' },
  invalid_json: { de: 'Der Inhalt ist kein gültiges JSON.', en: 'The body is not valid JSON.' },
  payload_too_large: { de: 'Die Anfrage ist zu groß.', en: 'The request body is too large.' },
  unsupported_media_type: { de: 'Bitte als application/json senden.', en: 'Please send application/json.' },
  invalid: { de: 'Bitte prüfen Sie die markierten Angaben.', en: 'Please check the marked fields.' },
  idempotency_key_required: { de: 'Der Header Idempotency-Key fehlt.', en: 'The Idempotency-Key header is missing.' },
  invalid_idempotency_key: { de: 'Der Idempotency-Key muss 8 bis 255 sichtbare ASCII-Zeichen lang sein.', en: 'The Idempotency-Key must be 8 to 255 visible ASCII characters.' },
  idempotency_mismatch: { de: 'Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet.', en: 'This Idempotency-Key was already used for a different request.' },
  in_progress: { de: 'Diese Reservierung wird gerade bearbeitet. Bitte gleich noch einmal versuchen.', en: 'This reservation is being processed. Please retry in a moment.' },
  sold_out: { de: 'Für diese Veranstaltung sind online keine Plätze mehr frei.', en: 'No seats are left online for this event.' },
  insufficient: { de: 'So viele Plätze sind nicht mehr frei.', en: 'Not that many seats are left.' },
  closed: { de: 'Für diese Veranstaltung sind keine Online-Reservierungen mehr möglich.', en: 'Online reservations for this event are closed.' },
  cancelled: { de: 'Diese Veranstaltung fällt aus.', en: 'This event is cancelled.' },
  cancellation_closed: { de: 'Die Veranstaltung hat begonnen; die Reservierung kann nicht mehr storniert werden.', en: 'The event has started; the reservation can no longer be cancelled.' },
  rate_limited: { de: 'Zu viele Anfragen. Bitte warten Sie einen Moment.', en: 'Too many requests. Please wait a moment.' },
  unauthorized: { de: 'Anmeldung erforderlich.', en: 'Authentication required.' },
  unavailable: { de: 'Die Datenbank ist gerade nicht erreichbar. Bitte gleich noch einmal versuchen.', en: 'The database is unavailable right now. Please retry in a moment.' },
  internal_error: { de: 'Interner Fehler. Bitte später erneut versuchen.', en: 'Internal error. Please try again later.' },
};

/** The pickup rule returned with every reservation. */
export const pickupNotes = {
  de: 'Bitte holen Sie Ihre Karten bis 30 Minuten vor Beginn an der Abendkasse ab.',
  en: 'Please collect your tickets at the box office at least 30 minutes before the start.',
};

/** `en` when the request prefers English, else `de`. */
export function requestLang(acceptLanguage: string | undefined): 'de' | 'en' {
  return acceptLanguage && /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'de';
}
