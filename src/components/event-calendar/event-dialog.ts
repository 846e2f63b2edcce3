/**
 * What the details dialog shows: one event (image, date line, place, prices, status in words,
 * description, actions), or the list of one day's events ("+N weitere"). Loaded on demand (a
 * separate chunk), with the .ics export: pages whose visitors never open an event never load it.
 */
import { html, nothing } from 'lit';
import type { IsoDate, KulturEvent } from '../../data/types.js';
import { dateLine, priceLine, statusKey, statusWord } from './event-text.js';
import { eventButton, itemTime, statusTag, type ViewContext } from './event-chip.js';
import { eventToIcs, icsFileName } from '../../data/ics-writer.js';
import { safeHtmlFragment } from '../../data/sanitize.js';
import { fire } from '../../shared/events.js';
import { warnOnce } from '../../shared/warn-once.js';
import { plainDescription } from './plain-description.js';

import { dialogStyles } from './event-dialog.styles.js';
import type { CalendarIndex, matcher } from './calendar-index.js';

/** Adds the dialog's style sheet to the calendar's shadow root, once. */
export function adoptDialogStyles(root: ShadowRoot | null): void {
  const sheet = dialogStyles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** The dialog's content: one event's details, or the list of one day's events (those the filter `match` keeps). */
export function dialogContent(state: { event?: KulturEvent; day?: IsoDate }, ctx: DialogContext, index: CalendarIndex | undefined, match: ReturnType<typeof matcher>) {
  if (state.event) return eventDetails(state.event, ctx, state.day);
  return state.day ? dayEvents(state.day, index?.on(state.day, match) ?? [], ctx) : nothing;
}

/**
 * Points the "In den Kalender" link at a fresh `.ics` Blob for `event` (on click, before the
 * browser follows it). Returns the object URL, which the caller revokes when it is no longer needed.
 */
export function prepareIcsLink(link: HTMLAnchorElement, event: KulturEvent, now: number): string {
  const text = eventToIcs(event, { now, description: plainDescription(event), domain: location.hostname });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  link.href = url;
  link.download = icsFileName(event);
  return url;
}

/**
 * Fires `kultur-reserve` on `calendar` and, unless a listener prevents it, hands `event` to the
 * reservation element that `selector` names, scrolled to and focused, after `close` (the dialog
 * closes first: closing a modal dialog moves focus back to where it came from).
 * Nothing but a console warning for the webmaster when the selector names no element.
 */
export function handOff(calendar: HTMLElement, selector: string, event: KulturEvent, close: () => void): void {
  if (!fire<{ event: KulturEvent }>(calendar, 'kultur-reserve', { event }, { cancelable: true })) return;
  const smooth = !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  let target: (HTMLElement & { event?: KulturEvent }) | null = null;
  try {
    target = document.querySelector(selector);
  } catch {
    warnOnce(`reservation="${selector}" is not a valid CSS selector.`);
    return;
  }
  if (!target) {
    warnOnce(`reservation="${selector}" matches no element on this page.`);
    return;
  }
  close();
  target.event = event;
  target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  target.focus({ preventScroll: true });
}

const descriptions = new WeakMap<KulturEvent, Node>();

/** The sanitized description as fresh nodes (built once per event), or plain text. */
function descriptionContent(event: KulturEvent): Node | string | undefined {
  if (!event.description || !event.descriptionIsHtml) return event.description;
  let node = descriptions.get(event);
  if (!node) {
    node = document.createElement('div');
    node.appendChild(safeHtmlFragment(event.description));
    descriptions.set(event, node);
  }
  return node;
}

export interface DialogContext extends ViewContext {
  /** Show "Tickets reservieren" (the element has a `reservation` target). */
  canReserve: boolean;
  onClose: () => void;
  onBack: () => void;
  onIcs: (e: Event) => void;
  onReserve: () => void;
}

const closeButton = (ctx: DialogContext) =>
  html`<button type="button" class="close" @click=${ctx.onClose}><span aria-hidden="true">×</span><span class="visually-hidden">${ctx.msg.close}</span></button>`;

/** Details of one event; `backTo` adds a way back to that day's list. */
export function eventDetails(event: KulturEvent, ctx: DialogContext, backTo?: IsoDate) {
  const { msg, lang } = ctx;
  const status = statusWord(event, msg);
  const prices = priceLine(event, lang, msg);
  const description = descriptionContent(event);
  const loc = event.location;
  const bookable = ctx.canReserve && event.reservable && event.status !== 'cancelled' && statusKey(event) !== 'soldout';
  return html`
    <div class="dialog-bar${backTo ? ' with-back' : ''}">
      ${backTo ? html`<button type="button" class="back" @click=${ctx.onBack}>‹ ${msg.back(ctx.longDate(backTo))}</button>` : nothing}
      ${closeButton(ctx)}
    </div>
    ${event.image ? html`<img class="image" src=${event.image} alt=${event.imageAlt ?? ''} loading="lazy" decoding="async" />` : nothing}
    <div class="details">
      ${event.category ? html`<p class="eyebrow">${event.category}</p>` : nothing}
      <h2 id="dialog-title" class="dialog-title${event.status === 'cancelled' ? ' struck' : ''}" tabindex="-1">${event.title}</h2>
      ${status ? html`<p class="status" data-status=${statusKey(event)}>${status}</p>` : nothing}
      <dl class="facts">
        <div><dt class="visually-hidden">${msg.when}</dt><dd class="when">${dateLine(event, lang, msg)}</dd></div>
        ${loc
          ? html`<div>
              <dt class="visually-hidden">${msg.where}</dt>
              <dd class="where">${loc.name}${loc.address ? html`<br /><span class="address">${loc.address}</span>` : nothing}</dd>
            </div>`
          : nothing}
        ${prices ? html`<div><dt class="visually-hidden">${msg.prices}</dt><dd class="prices">${prices}</dd></div>` : nothing}
      </dl>
      ${description ? html`<div class="description${typeof description === 'string' ? ' plain' : ''}">${description}</div>` : nothing}
      <div class="actions">
        ${bookable ? html`<button type="button" class="button primary" @click=${ctx.onReserve}>${msg.reserve}</button>` : nothing}
        <a class="button" href="#" download="" @click=${ctx.onIcs}>${msg.addToCalendar}</a>
        ${event.url ? html`<a class="button link" href=${event.url}>${msg.eventPage}</a>` : nothing}
      </div>
    </div>
  `;
}

/** All events of one day, each opening its details in the same dialog. */
export function dayEvents(day: IsoDate, events: KulturEvent[], ctx: DialogContext) {
  return html`
    <div class="dialog-bar">${closeButton(ctx)}</div>
    <div class="details">
      <h2 id="dialog-title" class="dialog-title" tabindex="-1">${ctx.longDate(day)}</h2>
      <ul class="items">
        ${events.map(
          (event) => html`<li class="item">
            ${itemTime(event, day, ctx)}
            <div class="item-body">${eventButton(event, day, ctx, event.title, { className: 'item-title', text: event.title })} ${statusTag(event, ctx.msg)}</div>
          </li>`,
        )}
      </ul>
    </div>
  `;
}
