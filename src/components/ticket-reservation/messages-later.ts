/**
 * German texts shown only once the visitor has submitted (failures, confirmation): they travel
 * in the lazily loaded submit chunk. English has every text in messages-en.ts, itself lazy.
 */
export const deLater = {
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
