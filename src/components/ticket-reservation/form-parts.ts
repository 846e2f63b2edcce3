/** Small template pieces of the reservation form; they take plain data and handlers. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldName } from './types.js';

/** One entry of the error summary and the inline error of its field. */
export interface ShownError {
  field: FieldName;
  /** Id of the control the summary link moves focus to. */
  target: string;
  text: string;
}

/** GOV.UK error summary: receives focus after a failed submit, links move focus to each field. */
export function errorSummary(title: string, errors: ShownError[], onLink: (event: Event) => void): TemplateResult {
  // As GOV.UK: the inner alert is announced even where moving focus is not.
  return html`<div class="summary" tabindex="-1">
    <div role="alert">
      <h3>${title}</h3>
      <ul>
        ${errors.map((e) => html`<li><a href="#${e.target}" data-target=${e.target} @click=${onLink}>${e.text}</a></li>`)}
      </ul>
    </div>
  </div>`;
}

/** Inline error line; the visually hidden prefix tells screen reader users it is an error. */
export function inlineError(id: string, prefix: string, text: string | undefined) {
  return text ? html`<p class="error" id=${id}><span class="visually-hidden">${prefix}</span> ${text}</p>` : nothing;
}

/** `aria-describedby` from the ids that exist; `nothing` removes the attribute. */
export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || nothing;

export interface TextFieldView {
  name: Exclude<FieldName, 'tickets'>;
  label: string;
  value: string;
  /** `autocomplete` token: `name`, `email`, `tel`, `off`. */
  autocomplete: string;
  type?: 'text' | 'email' | 'tel';
  required?: boolean;
  hint?: string;
  error?: string;
  errorPrefix: string;
  multiline?: boolean;
  readonly?: boolean;
}

/** A labelled text input (or textarea) with hint and inline error. */
export function textField(f: TextFieldView, onInput: (event: Event) => void, onChange: (event: Event) => void): TemplateResult {
  const hintId = f.hint ? `${f.name}-hint` : undefined;
  const errorId = f.error ? `${f.name}-error` : undefined;
  const described = describedBy(hintId, errorId);
  const invalid = f.error ? 'true' : nothing;
  const control = f.multiline
    ? html`<textarea id=${f.name} name=${f.name} autocomplete=${f.autocomplete} aria-describedby=${described}
        aria-invalid=${invalid} ?readonly=${f.readonly} .value=${f.value} @input=${onInput} @change=${onChange}></textarea>`
    : html`<input id=${f.name} name=${f.name} type=${f.type ?? 'text'} autocomplete=${f.autocomplete} ?required=${!!f.required}
        spellcheck="false" aria-describedby=${described} aria-invalid=${invalid} ?readonly=${f.readonly} .value=${f.value}
        @input=${onInput} @change=${onChange} />`;
  return html`<div class="field ${f.error ? 'invalid' : ''}">
    <label for=${f.name}>${f.label}${f.required ? html`<span class="required" aria-hidden="true">${' *'}</span>` : nothing}</label>
    ${f.hint ? html`<p class="hint" id=${hintId!}>${f.hint}</p>` : nothing} ${inlineError(errorId ?? '', f.errorPrefix, f.error)} ${control}
  </div>`;
}

export interface StepperView {
  id: string;
  label: string;
  /** Extra words after the label (`ausverkauft`). */
  note?: string;
  value: number;
  max: number;
  decreaseLabel: string;
  increaseLabel: string;
  describedBy?: string;
  invalid: boolean;
  readonly: boolean;
}

/**
 * A labelled number input with − and + buttons. The input is the spinbutton (arrow keys, typing);
 * the buttons are for pointers and stay out of the tab order, as in Lion's input-stepper.
 */
export function stepper(s: StepperView, onSet: (id: string, value: number) => void): TemplateResult {
  const atMin = s.readonly || s.value <= 0;
  const atMax = s.readonly || s.value >= s.max;
  return html`<div class="offer">
    <label for="offer-${s.id}">${s.label}${s.note ? html`<span class="note">${` (${s.note})`}</span>` : nothing}</label>
    <span class="stepper">
      <button type="button" tabindex="-1" aria-label=${s.decreaseLabel} aria-controls="offer-${s.id}" aria-disabled=${atMin ? 'true' : 'false'}
        @click=${() => !atMin && onSet(s.id, s.value - 1)}>−</button>
      <input id="offer-${s.id}" type="number" inputmode="numeric" min="0" max=${s.max} step="1" ?readonly=${s.readonly} .value=${String(s.value)}
        aria-describedby=${s.describedBy ?? nothing} aria-invalid=${s.invalid ? 'true' : nothing}
        @input=${(e: Event) => {
          const typed = Number((e.target as HTMLInputElement).value);
          // While typing, take only values that fit; leaving the field corrects the rest.
          if (Number.isInteger(typed) && typed >= 0 && typed <= s.max) onSet(s.id, typed);
        }}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const value = Math.max(0, Math.min(s.max, Math.trunc(Number(input.value)) || 0));
          // Lit skips an unchanged binding, so a corrected entry is written back here.
          input.value = String(value);
          onSet(s.id, value);
        }} />
      <button type="button" tabindex="-1" aria-label=${s.increaseLabel} aria-controls="offer-${s.id}" aria-disabled=${atMax ? 'true' : 'false'}
        @click=${() => !atMax && onSet(s.id, s.value + 1)}>+</button>
    </span>
  </div>`;
}
