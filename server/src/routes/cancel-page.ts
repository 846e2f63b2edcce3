// The page behind `cancelUrl` when a person opens it in a browser: the reservation in plain HTML and
// a button that cancels it (a form POST, no JavaScript), so the link in a confirmation is usable as
// it is. Programs fetching the same URL get JSON (see reservations.ts).

import { createHash } from 'node:crypto';
import { VENUE_ZONE } from '../domain/time.js';
import type { OwnerView } from './reservations.js';

const STYLE = `body{font:1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem}ul{margin:0;padding-left:1.1rem}dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{font-weight:600}
.status{display:inline-block;padding:.1rem .5rem;border:1px solid;border-radius:.25rem}
button{font:inherit;padding:.5rem 1rem;border:2px solid #8c1d2b;background:#fff;color:#8c1d2b;border-radius:.25rem;cursor:pointer}
button:focus-visible{outline:3px solid #1d4f6e;outline-offset:2px}`;

// The page allows exactly its own inline stylesheet and nothing else.
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
export const CANCEL_PAGE_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

const TEXT: Record<'de' | 'en', Record<string, string>> = {
  de: {
    title: 'Ihre Reservierung', event: 'Veranstaltung', when: 'Beginn', tickets: 'Karten', total: 'Gesamt', status: 'Status',
    confirmed: 'bestätigt', cancelled: 'storniert', cancel: 'Reservierung stornieren',
    cancelHint: 'Stornieren gibt die Plätze für andere frei. Das lässt sich nicht rückgängig machen.',
    tooLate: 'Die Veranstaltung hat begonnen; stornieren ist nicht mehr möglich.', doneCancelled: 'Die Reservierung ist storniert.',
  },
  en: {
    title: 'Your reservation', event: 'Event', when: 'Starts', tickets: 'Tickets', total: 'Total', status: 'Status',
    confirmed: 'confirmed', cancelled: 'cancelled', cancel: 'Cancel reservation',
    cancelHint: 'Cancelling releases the seats for others. It cannot be undone.',
    tooLate: 'The event has started; it can no longer be cancelled.', doneCancelled: 'The reservation is cancelled.',
  },
};

/** Text for HTML: the only way data from the database enters this page. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function formatMoney(amount: number, currency: string, lang: 'de' | 'en'): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { style: 'currency', currency }).format(amount);
}

function formatStart(start: unknown, lang: 'de' | 'en'): string {
  if (typeof start !== 'string') return '';
  const locale = lang === 'en' ? 'en-GB' : 'de-DE';
  if (/^\d{4}-\d{2}-\d{2}$/.test(start)) {
    return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' }).format(Date.parse(`${start}T00:00:00Z`));
  }
  const text = new Intl.DateTimeFormat(locale, { timeZone: VENUE_ZONE, weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(Date.parse(start));
  return lang === 'en' ? text : `${text} Uhr`;
}

export interface CancelPageOptions {
  lang: 'de' | 'en';
  formAction: string;
  token: string;
  canCancel: boolean;
  started: boolean;
}

/** The page for the owner's view of a reservation. */
export function cancelPageHtml(view: OwnerView, { lang, formAction, token, canCancel, started }: CancelPageOptions): string {
  const t = TEXT[lang];
  const tickets = view.tickets.map((ticket) => `<li>${ticket.quantity} × ${escapeHtml(ticket.name)} (${formatMoney(ticket.price, view.currency, lang)})</li>`).join('');
  const status = view.status === 'confirmed' ? t.confirmed : t.cancelled;
  let action = '';
  if (view.status === 'cancelled') action = `<p role="status">${t.doneCancelled}</p>`;
  else if (canCancel) {
    action = `<form method="post" action="${escapeHtml(formAction)}"><input type="hidden" name="token" value="${escapeHtml(token)}">
<p>${t.cancelHint}</p><button type="submit">${t.cancel}</button></form>`;
  } else if (started) action = `<p>${t.tooLate}</p>`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${t.title} ${escapeHtml(view.code)}</title><style>${STYLE}</style></head>
<body><main><h1>${t.title} ${escapeHtml(view.code)}</h1>
<dl><dt>${t.event}</dt><dd>${escapeHtml(view.event?.title)}</dd><dt>${t.when}</dt><dd>${escapeHtml(formatStart(view.event?.start, lang))}</dd>
<dt>${t.tickets}</dt><dd><ul>${tickets}</ul></dd><dt>${t.total}</dt><dd>${formatMoney(view.total, view.currency, lang)}</dd>
<dt>${t.status}</dt><dd><span class="status">${status}</span></dd></dl>
${view.status === 'confirmed' ? `<p>${escapeHtml(view.pickupNote)}</p>` : ''}
${action}</main></body></html>
`;
}
