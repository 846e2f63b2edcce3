/** The form fields of each widget: which option, which control, which fieldset, which error text. */
import { OPTIONS, TOKENS, type Check, type WidgetName } from '../options.js';
import type { Messages } from './messages.js';

export type Group = 'data' | 'look' | 'tokens';
export type Control = 'url' | 'text' | 'number' | 'select' | 'colour';

export interface Field {
  name: string;
  group: Group;
  control: Control;
  /** Values of a select; the first is the default (written to no snippet). */
  choices?: string[];
  check: Check;
  /** Key of the message shown when the value fails its check. */
  error: keyof Messages;
  min?: number;
  max?: number;
}

const option = (widget: WidgetName, name: string) => OPTIONS[widget][name]!.check;

const url = (widget: WidgetName, name: string): Field => ({ name, group: 'data', control: 'url', check: option(widget, name), error: 'error-url' });
const select = (widget: WidgetName, name: string, choices: string[]): Field => ({ name, group: 'look', control: 'select', choices, check: option(widget, name), error: 'error-text' });
const looks = (widget: WidgetName): Field[] => [select(widget, 'lang', ['', 'de', 'en']), select(widget, 'theme', ['auto', 'light', 'dark'])];
const token = (name: string, control: Control, error: keyof Messages): Field => ({ name, group: 'tokens', control, check: TOKENS[name]!, error });
const tokens: Field[] = [
  token('color-accent', 'colour', 'error-colour'),
  token('color-background', 'colour', 'error-colour'),
  token('color-text', 'colour', 'error-colour'),
  token('radius', 'text', 'error-length'),
  token('font-family', 'text', 'error-font'),
];

export const FIELDS: Record<WidgetName, Field[]> = {
  calendar: [
    url('calendar', 'src'),
    { ...select('calendar', 'format', ['auto', 'json', 'jsonld', 'ics', 'wp-tribe', 'hessen-szene']), group: 'data' },
    url('calendar', 'reservation-endpoint'),
    url('calendar', 'privacy-url'),
    select('calendar', 'view', ['auto', 'month', 'list', 'upcoming']),
    { name: 'limit', group: 'look', control: 'number', min: 1, max: 100, check: option('calendar', 'limit'), error: 'error-number' },
    { name: 'category', group: 'look', control: 'text', check: option('calendar', 'category'), error: 'error-text' },
    ...looks('calendar'),
    ...tokens,
  ],
  reservation: [
    url('reservation', 'endpoint'),
    { name: 'event-id', group: 'data', control: 'text', check: option('reservation', 'event-id'), error: 'error-text' },
    url('reservation', 'privacy-url'),
    { name: 'phone-fallback', group: 'data', control: 'text', check: option('reservation', 'phone-fallback'), error: 'error-phone' },
    { name: 'max-tickets', group: 'look', control: 'number', min: 1, max: 50, check: option('reservation', 'max-tickets'), error: 'error-number' },
    ...looks('reservation'),
    ...tokens,
  ],
  badge: [
    url('badge', 'src'),
    { name: 'member', group: 'data', control: 'text', check: option('badge', 'member'), error: 'error-text' },
    { name: 'logo', group: 'data', control: 'text', check: option('badge', 'logo'), error: 'error-url' },
    select('badge', 'variant', ['full', 'compact', 'icon']),
    ...looks('badge'),
    ...tokens.filter((t) => t.name !== 'color-background'),
  ],
};

/** The label of a select's choice. */
export function choiceLabel(msg: Messages, field: string, choice: string): string {
  if (field === 'lang') return choice === '' ? msg.langAuto : choice === 'de' ? 'Deutsch' : 'English';
  const key = `${field}-${choice}` as keyof Messages;
  const text = msg[key];
  if (typeof text === 'string') return text;
  return choice === 'auto' ? msg.auto : choice;
}

/** Values that are set and pass their check, in field order; invalid ones are left out. */
export function validValues(widget: WidgetName, values: Record<string, string>): [string, string][] {
  const result: [string, string][] = [];
  for (const field of FIELDS[widget]) {
    const raw = values[field.name]?.trim() ?? '';
    if (!raw || (field.control === 'select' && raw === field.choices![0])) continue;
    const verdict = field.check(raw);
    if (verdict.ok) result.push([field.name, verdict.value]);
  }
  return result;
}
