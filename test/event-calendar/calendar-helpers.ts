import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import type { KulturEventCalendar } from '../../src/components/event-calendar/event-calendar.js';

export const FIXTURES = '/test/event-calendar/fixtures';
export const FEED = `${FIXTURES}/programm.json`;

/** "Now" for every test: Wednesday 9 December 2026, noon in Berlin (the browser sits in New York). */
export const NOW = new Date('2026-12-09T12:00:00+01:00');

let feedCache: unknown;
/** The fixture feed as parsed JSON, for the `events` property. */
export async function feedJson(): Promise<{ events: Record<string, unknown>[] }> {
  feedCache ??= await (await fetch(FEED)).json();
  return structuredClone(feedCache) as { events: Record<string, unknown>[] };
}

export interface CalendarSetup {
  attributes?: Record<string, string>;
  events?: unknown;
  transform?: KulturEventCalendar['transform'];
  now?: Date;
  /** Width of the container in px (default 960: the month grid). */
  width?: number;
  fallback?: boolean;
}

/** A calendar configured before it is connected, inside a container of the given width. */
export async function mountCalendar(setup: CalendarSetup = {}): Promise<KulturEventCalendar> {
  const el = document.createElement('kultur-event-calendar');
  el.now = setup.now ?? NOW;
  for (const [name, value] of Object.entries(setup.attributes ?? {})) el.setAttribute(name, value);
  if (setup.events !== undefined) el.events = setup.events;
  if (setup.transform) el.transform = setup.transform;
  if (setup.fallback !== false) {
    const link = document.createElement('a');
    link.href = 'https://im-puls.example/programm';
    link.textContent = 'Zum Programm';
    el.append(link);
  }
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.style.width = `${setup.width ?? 960}px`;
  const loaded = setup.attributes?.src && setup.events === undefined ? oneEvent(el, 'kultur-load') : undefined;
  container.append(el);
  await loaded;
  await el.updateComplete;
  // The ResizeObserver may switch the view once after the first layout.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

/** Shadow-root query helpers. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The day cell of `date`. */
export const cell = (el: Element, date: string) => $(el, `[role=gridcell][data-date="${date}"]`)!;

/** The title of a month-grid chip (its text after the bold time). */
export const chipTitle = (chip: Element) =>
  [...chip.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('')
    .trim();

/** Text without the screen-reader-only and screen-reader-hidden parts, whitespace collapsed. */
export function visibleText(node: Element): string {
  const clone = node.cloneNode(true) as Element;
  for (const hidden of clone.querySelectorAll('.visually-hidden, [aria-hidden="true"]')) hidden.remove();
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Counts the events of `type` fired on `el` while `action` runs (and one frame after). */
export async function countEvents(el: Element, type: string, action: () => unknown | Promise<unknown>): Promise<number> {
  let count = 0;
  const listener = () => count++;
  el.addEventListener(type, listener);
  try {
    await action();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    el.removeEventListener(type, listener);
  }
  return count;
}

/** The accessible name of a day cell (its screen-reader text). */
export const dayLabel = (el: Element, date: string) => cell(el, date).querySelector('.visually-hidden')!.textContent;
