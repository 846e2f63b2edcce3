/** The code a webmaster pastes: script tag plus element, or an iframe plus the resize script. */
import { WIDGETS, parseOptions, type WidgetName } from '../options.js';
import { embedPlan } from '../plan.js';
import type { Messages } from './messages.js';

/** Default iframe heights without the resize script (also in docs/embed). */
export const FRAME_HEIGHT: Record<WidgetName, number> = { calendar: 600, reservation: 800, badge: 120 };

export const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const attrs = (pairs: [string, string][]) => pairs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');

export interface SnippetInput {
  widget: WidgetName;
  values: [string, string][];
  /** Absolute URL of the folder holding the widget files (`…/cdn/`). */
  cdn: string;
  msg: Messages;
  title: string;
}

/** Script tag and element(s); theme tokens as a style attribute, the hand-off form below the calendar. */
export function scriptSnippet({ widget, values, cdn, msg }: SnippetInput): string {
  const plan = embedPlan(widget, parseOptions(widget, values), 'tickets');
  const style: [string, string][] = plan.tokens.length ? [['style', plan.tokens.map(([name, value]) => `${name}: ${value}`).join('; ')]] : [];
  const file = plan.form ? 'kultur-widgets.js' : WIDGETS[widget].file;
  const src = plan.attributes.find(([name]) => name === 'src')?.[1];
  const fallback =
    widget === 'calendar' && src ? `\n  <a href="${escapeAttribute(src)}">${msg.fallbackLink}</a>\n` : widget === 'badge' ? `\n  ${msg.fallbackBadge}\n` : '';
  let code = `<script type="module" src="${escapeAttribute(cdn + file)}"></script>\n\n<${plan.tag}${attrs([...plan.attributes, ...style])}>${fallback}</${plan.tag}>`;
  if (plan.form) code += `\n\n<${WIDGETS.reservation.tag}${attrs([...plan.form, ...style])}></${WIDGETS.reservation.tag}>`;
  return code;
}

/** The iframe page URL with every option in its query; relative URLs made absolute against `base`. */
export function frameUrl({ widget, values, cdn }: SnippetInput, base: string): string {
  const url = new URL(`embed-${widget}.html`, cdn);
  for (const [name, value] of values) {
    const isUrl = ['src', 'endpoint', 'reservation-endpoint', 'privacy-url'].includes(name) || (name === 'logo' && value !== 'none');
    url.searchParams.set(name, isUrl ? new URL(value, base).href : value);
  }
  return url.href;
}

export function iframeSnippet(input: SnippetInput, base: string): string {
  const height = FRAME_HEIGHT[input.widget];
  return (
    `<iframe src="${escapeAttribute(frameUrl(input, base))}" title="${escapeAttribute(input.title)}" ` +
    `width="100%" height="${height}" style="border:0;width:100%" loading="lazy" data-kultur-resize></iframe>\n` +
    `<script src="${escapeAttribute(input.cdn + 'kultur-embed-resize.js')}" defer></script>`
  );
}
