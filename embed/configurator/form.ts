/** Builds the options form from the field list: labels, fieldsets, errors tied with aria-describedby. */
import type { WidgetName } from '../options.js';
import { FIELDS, choiceLabel, type Field, type Group } from './fields.js';
import type { Messages } from './messages.js';

type Props = Record<string, string | boolean | undefined>;

/** A tiny element factory: attributes through setAttribute, children as nodes or text. */
export function h(tag: string, props: Props = {}, ...children: (Node | string | null | undefined)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) if (child != null) element.append(child);
  return element;
}

export interface FormState {
  widget: WidgetName;
  mode: 'script' | 'iframe';
  values: Record<string, string>;
}

/** The widgets' own light defaults (src/theme/tokens.ts), where a colour picker starts. */
const PICKER_DEFAULTS: Record<string, string> = { 'color-accent': '#b3261e', 'color-background': '#ffffff', 'color-text': '#1d1b19' };

const WIDGET_NAMES: WidgetName[] = ['calendar', 'reservation', 'badge'];

function radioGroup(legend: string, name: string, choices: [string, string][], current: string): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, legend),
    ...choices.map(([value, label]) =>
      h('div', { class: 'choice' }, h('input', { type: 'radio', name, id: `${name}-${value}`, value, checked: value === current }), h('label', { for: `${name}-${value}` }, label)),
    ),
  );
}

function control(field: Field, msg: Messages, value: string): HTMLElement {
  const id = `f-${field.name}`;
  const common = { id, name: field.name, 'data-option': field.name };
  if (field.control === 'select') {
    const select = h('select', common, ...field.choices!.map((c) => h('option', { value: c, selected: c === (value || field.choices![0]) }, choiceLabel(msg, field.name, c))));
    return select;
  }
  const input = h('input', {
    ...common,
    type: field.control === 'number' ? 'number' : 'text',
    value,
    min: field.min?.toString(),
    max: field.max?.toString(),
    inputmode: field.control === 'url' ? 'url' : undefined,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  if (field.control !== 'colour') return input;
  const label = msg[`field-${field.name}` as keyof Messages] as string;
  const picker = h('input', { type: 'color', id: `p-${field.name}`, 'data-picker': field.name, 'aria-label': `${msg.picker}: ${label}`, value: /^#[0-9a-f]{6}$/i.test(value) ? value : (PICKER_DEFAULTS[field.name] ?? '#b3261e') });
  return h('div', { class: 'colour' }, input, picker);
}

function fieldRow(field: Field, msg: Messages, value: string): HTMLElement {
  const id = `f-${field.name}`;
  const help = msg[`help-${field.name}` as keyof Messages];
  const helpNode = typeof help === 'string' ? h('p', { class: 'help', id: `h-${field.name}` }, help) : null;
  const row = h(
    'div',
    { class: 'field' },
    h('label', { for: id }, msg[`field-${field.name}` as keyof Messages] as string),
    control(field, msg, value),
    helpNode,
    h('p', { class: 'error', id: `e-${field.name}` }),
  );
  const input = row.querySelector<HTMLElement>(`#${id}`)!;
  if (helpNode) input.setAttribute('aria-describedby', helpNode.id);
  return row;
}

/** The whole form for the current widget and language. */
export function renderForm(form: HTMLFormElement, state: FormState, msg: Messages): void {
  const groups: [Group, string][] = [
    ['data', msg.data],
    ['look', msg.look],
    ['tokens', msg.tokens],
  ];
  const fieldsets = groups.map(([group, legend]) =>
    h(
      'fieldset',
      {},
      h('legend', {}, legend),
      group === 'tokens' ? h('p', { class: 'help' }, msg.tokensHint) : null,
      ...FIELDS[state.widget].filter((f) => f.group === group).map((f) => fieldRow(f, msg, state.values[f.name] ?? '')),
    ),
  );
  form.replaceChildren(
    radioGroup(msg.widget, 'widget', WIDGET_NAMES.map((w) => [w, msg[w]]), state.widget),
    ...fieldsets,
    radioGroup(msg.mode, 'mode', [['script', msg.modeScript], ['iframe', msg.modeIframe]], state.mode),
  );
  for (const field of FIELDS[state.widget]) showError(form, field, msg, state.values[field.name] ?? '', false);
}

/** Shows or clears the field's error; `announce` false only clears (errors appear on change, not on every key). */
export function showError(form: HTMLFormElement, field: Field, msg: Messages, raw: string, announce: boolean): boolean {
  const input = form.querySelector<HTMLElement>(`#f-${field.name}`);
  const error = form.querySelector<HTMLElement>(`#e-${field.name}`);
  if (!input || !error) return true;
  const valid = !raw.trim() || field.check(raw.trim()).ok;
  if (valid || announce) {
    error.textContent = valid ? '' : (msg[field.error] as string);
    const described = [valid ? '' : error.id, form.querySelector(`#h-${field.name}`)?.id ?? ''].filter(Boolean).join(' ');
    if (described) input.setAttribute('aria-describedby', described);
    else input.removeAttribute('aria-describedby');
    if (valid) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
  }
  return valid;
}
