/**
 * Everything around the views: the toolbar (navigation, month heading, view switch, search,
 * category filter), notices (empty month, no matches), the loading skeleton and the error panel.
 */
import { html, nothing } from 'lit';
import { FeedError } from '../../data/fetch-json.js';
import { formatProblem } from '../../data/problems.js';
import type { FeedProblem } from '../../data/types.js';
import type { CalendarMessages } from './messages.js';

export interface ToolbarContext {
  msg: CalendarMessages;
  title: string;
  view: 'month' | 'list';
  categories: string[];
  selected: ReadonlySet<string>;
  query: string;
  onPrevious: () => void;
  onNext: () => void;
  onToday: () => void;
  onView: (e: Event) => void;
  onCategory: (e: Event) => void;
  onSearch: (e: Event) => void;
}

// The icons and both view buttons are written out in the one toolbar template, not nested
// templates: each nested template is an instance more to create and commit before the first paint.
export function toolbar(t: ToolbarContext) {
  const { msg } = t;
  return html`<div part="toolbar" class="toolbar">
    <h2 part="title" id="title" class="title">${t.title}</h2>
    <div class="nav-buttons">
      <button type="button" part="previous" class="icon-button" @click=${t.onPrevious}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" /></svg
        ><span class="visually-hidden">${msg.previous}</span>
      </button>
      <button type="button" part="today" class="today-button" @click=${t.onToday}>${msg.today}</button>
      <button type="button" part="next" class="icon-button" @click=${t.onNext}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" /></svg
        ><span class="visually-hidden">${msg.next}</span>
      </button>
    </div>
    <span class="break narrow-only"></span>
    <div class="segmented" role="group" aria-label=${msg.viewLabel}>
      <button type="button" data-view="month" aria-pressed=${t.view === 'month' ? 'true' : 'false'} @click=${t.onView}>${msg.viewMonth}</button>
      <button type="button" data-view="list" aria-pressed=${t.view === 'list' ? 'true' : 'false'} @click=${t.onView}>${msg.viewList}</button>
    </div>
    <span class="break wide-only"></span>
    <label class="search">
      <svg class="search-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2" />
        <path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg
      ><span class="visually-hidden">${msg.search}</span>
      <input part="search" type="search" .value=${t.query} @input=${t.onSearch} placeholder=${msg.search} autocomplete="off" />
    </label>
    ${t.categories.length > 1
      ? html`<div class="filters" role="group" aria-label=${msg.categories}>
          ${t.categories.map(
            (name) =>
              html`<button type="button" part="filter" class="filter" data-category=${name} aria-pressed=${t.selected.has(name) ? 'true' : 'false'} @click=${t.onCategory}>
                ${name}
              </button>`,
          )}
        </div>`
      : nothing}
  </div>`;
}

/** A message in place of events, with an optional action (jump to a month, reset filters). */
export function notice(text: string, action?: { label: string; onClick: () => void }) {
  return html`<div class="notice">
    <p>${text}</p>
    ${action ? html`<button type="button" class="button" @click=${action.onClick}>${action.label}</button>` : nothing}
  </div>`;
}

/** Placeholder rows while loading, as tall as the list they stand for. */
export function loadingList(msg: CalendarMessages, kind: 'list' | 'upcoming') {
  const rows = kind === 'upcoming' ? 3 : 4;
  return html`<div class="skeleton ${kind}-skeleton" aria-hidden="false">
    <p class="visually-hidden" role="status">${msg.loading}</p>
    ${Array.from({ length: rows }, () => html`<div class="bone" aria-hidden="true"><span></span><span></span></div>`)}
  </div>`;
}

/** The error state: the reason in words, the feed's diagnostics, retry, and the page's fallback content. */
export function errorPanel(error: unknown, problems: readonly FeedProblem[], msg: CalendarMessages, onRetry: () => void) {
  // The developer message (URL, status, where the JSON broke) for the webmaster; the problems list covers `empty`.
  const detail = error instanceof Error && !(error instanceof FeedError && error.kind === 'empty') ? error.message : '';
  const text =
    error instanceof FeedError ? (error.kind === 'http' && error.status ? msg.errorHttp(error.status) : msg.error[error.kind]) : msg.error.format;
  return html`<div class="cal">
    <div part="error" class="error" role="alert">
      <p class="error-text">${text}</p>
      ${problems.length || detail
        ? html`<details class="problems">
            <summary>${problems.length ? msg.problems(problems.length) : msg.details}</summary>
            <ul>
              ${detail ? html`<li><code>${detail}</code></li>` : nothing}
              ${problems.slice(0, 20).map((p) => html`<li><code>${formatProblem(p)}</code></li>`)}
            </ul>
          </details>`
        : nothing}
      <button type="button" class="button" @click=${onRetry}>${msg.retry}</button>
    </div>
    <div class="fallback"><slot></slot></div>
  </div>`;
}
