/**
 * What an embed consists of, from its checked options: the widget element, the reservation form a
 * calendar hands events to, and the files they need. The iframe page, the configurator's preview and
 * its snippets all build from this one plan. No DOM.
 */
import { WIDGETS, type ParsedOptions, type WidgetName } from './options.js';

export interface EmbedPlan {
  tag: string;
  attributes: [string, string][];
  /** `[--kultur-name, value]` pairs, for the container (or each element's style). */
  tokens: [string, string][];
  /** Attributes of the hand-off form below a calendar, when there is one. */
  form?: [string, string][];
  /** Script-tag files defining the elements of the plan. */
  files: string[];
}

const SHARED_WITH_FORM = ['lang', 'theme'];

export function embedPlan(widget: WidgetName, options: Pick<ParsedOptions, 'attributes' | 'page' | 'tokens'>, formId: string): EmbedPlan {
  const { attributes, page, tokens } = options;
  const plan: EmbedPlan = { tag: WIDGETS[widget].tag, attributes: [...attributes], tokens, files: [WIDGETS[widget].file] };
  const endpoint = widget === 'calendar' ? page['reservation-endpoint'] : undefined;
  if (!endpoint) return plan;
  const form: [string, string][] = [['id', formId], ['endpoint', endpoint]];
  if (page['privacy-url']) form.push(['privacy-url', page['privacy-url']]);
  form.push(...attributes.filter(([name]) => SHARED_WITH_FORM.includes(name)));
  plan.attributes.push(['reservation', `#${formId}`]);
  // Without a feed of its own the calendar shows what the reservation API offers.
  if (!attributes.some(([name]) => name === 'src')) plan.attributes.push(['src', `${endpoint.replace(/\/$/, '')}/events`]);
  return { ...plan, form, files: [...plan.files, WIDGETS.reservation.file] };
}
