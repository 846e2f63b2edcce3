import { html, nothing, type TemplateResult } from 'lit';

export interface ConfirmationView {
  heading: string;
  codeLabel: string;
  code: string;
  /** Title, date line, location. */
  eventLines: string[];
  ticketLines: string[];
  total: string;
  pickup: string;
  calendarLabel: string;
  cancelLabel: string;
  cancelUrl?: string;
  againLabel: string;
}

/** The confirmation: code first (what the visitor needs at the box office), then the summary. */
export function confirmation(v: ConfirmationView, onCalendar: () => void, onAgain: () => void): TemplateResult {
  return html`<section class="box confirmed" part="confirmation" aria-labelledby="confirmed-title">
    <h2 id="confirmed-title" tabindex="-1">${v.heading}</h2>
    <p>${v.codeLabel}: <strong class="code">${v.code}</strong></p>
    ${v.eventLines.map((line, i) => html`<p class=${i ? 'meta' : ''}>${i ? line : html`<strong>${line}</strong>`}</p>`)}
    <ul class="lines">
      ${v.ticketLines.map((line) => html`<li>${line}</li>`)}
    </ul>
    <p class="total">${v.total}</p>
    <p>${v.pickup}</p>
    <div class="actions">
      <button type="button" class="secondary" @click=${onCalendar}>${v.calendarLabel}</button>
      ${v.cancelUrl ? html`<a href=${v.cancelUrl} rel="noopener">${v.cancelLabel}</a>` : nothing}
      <button type="button" class="secondary" @click=${onAgain}>${v.againLabel}</button>
    </div>
  </section>`;
}
