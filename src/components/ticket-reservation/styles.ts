import { css } from 'lit';

/** Layout of the form, GOV.UK-like: big touch targets, bold labels, errors with a red bar. */
export const reservationStyles = css`
  :host {
    container-type: inline-size;
  }
  .box {
    background: var(--_k-bg);
    border: 1px solid var(--_k-border);
    border-radius: var(--_k-radius);
    padding: calc(var(--_k-space) * 3);
    max-width: 40rem;
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
    margin: 0 0 var(--_k-space);
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    box-shadow: var(--_k-focus);
  }
  p {
    margin: 0 0 var(--_k-space);
  }
  .meta,
  .hint,
  .note {
    color: var(--_k-muted);
  }
  .state {
    font-weight: 600;
    margin-block: var(--_k-space) calc(var(--_k-space) * 2);
  }
  .state.few,
  .state.closed {
    color: var(--_k-warning);
  }
  .state.soldout,
  .state.cancelled,
  .state.online_soldout {
    color: var(--_k-danger);
  }
  form,
  fieldset {
    display: grid;
    gap: calc(var(--_k-space) * 2);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
    gap: var(--_k-space);
  }
  legend {
    font-size: 1.125em;
    font-weight: 700;
    padding: 0;
    margin-bottom: var(--_k-space);
  }
  label,
  .label {
    display: block;
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: calc(var(--_k-space) / 2);
  }
  .field.invalid,
  fieldset.invalid {
    border-inline-start: 4px solid var(--_k-danger);
    padding-inline-start: calc(var(--_k-space) * 1.5);
  }
  input,
  textarea,
  select {
    font: inherit;
    color: var(--_k-text);
    background: var(--_k-bg);
    border: 2px solid var(--_k-text);
    border-radius: 0.25rem;
    padding: 0.4em 0.5em;
    min-height: 2.75rem;
    width: 100%;
    max-width: 28rem;
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_k-danger);
  }
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_k-accent);
    outline-offset: 0;
    box-shadow: none;
  }
  .error {
    color: var(--_k-danger);
    font-weight: 700;
    margin: 0;
  }
  .required {
    color: var(--_k-danger);
  }
  .offer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_k-space);
    padding-block: var(--_k-space);
    border-bottom: 1px solid var(--_k-border);
  }
  .offer .note {
    font-weight: 400;
  }
  .stepper {
    display: inline-flex;
    align-items: stretch;
  }
  .stepper input {
    width: 4rem;
    text-align: center;
    border-radius: 0;
    -moz-appearance: textfield;
  }
  .stepper input::-webkit-inner-spin-button {
    appearance: none;
  }
  .stepper button {
    min-width: 2.75rem;
    font-size: 1.25em;
    line-height: 1;
    border: 2px solid var(--_k-text);
    background: var(--_k-surface);
    cursor: pointer;
  }
  .stepper button:first-child {
    border-radius: 0.25rem 0 0 0.25rem;
    border-inline-end: 0;
  }
  .stepper button:last-child {
    border-radius: 0 0.25rem 0.25rem 0;
    border-inline-start: 0;
  }
  .stepper button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: not-allowed;
  }
  .total {
    font-size: 1.125em;
    font-weight: 700;
    text-align: end;
    margin: 0;
  }
  .check {
    display: flex;
    gap: var(--_k-space);
    align-items: flex-start;
    font-weight: 400;
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    min-height: 0;
    margin: 0;
    flex: none;
  }
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .summary {
    border: 4px solid var(--_k-danger);
    padding: calc(var(--_k-space) * 2);
  }
  .summary:focus {
    outline: 3px solid var(--_k-accent);
    outline-offset: 2px;
  }
  .summary h3 {
    margin: 0 0 var(--_k-space);
    font-size: 1.125em;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_k-accent);
    text-underline-offset: 0.15em;
  }
  .summary a {
    color: var(--_k-danger);
    font-weight: 700;
  }
  .notice {
    border-inline-start: 6px solid var(--_k-warning);
    background: var(--_k-surface);
    padding: calc(var(--_k-space) * 1.5);
    margin: 0;
  }
  .primary,
  .secondary {
    font-weight: 700;
    border-radius: 0.25rem;
    padding: 0.6em 1.2em;
    min-height: 2.75rem;
    cursor: pointer;
    justify-self: start;
  }
  .primary {
    background: var(--_k-accent);
    color: var(--_k-on-accent);
    border: 2px solid transparent;
    box-shadow: 0 2px 0 var(--_k-text);
  }
  .secondary {
    background: var(--_k-surface);
    border: 2px solid var(--_k-border);
  }
  .primary[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.5em;
    vertical-align: -0.15em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .code {
    font-size: 1.75em;
    font-weight: 700;
    letter-spacing: 0.08em;
    font-family: ui-monospace, monospace;
  }
  .confirmed {
    border-color: var(--_k-success);
    border-width: 2px;
  }
  .confirmed h2 {
    color: var(--_k-success);
  }
  ul.lines {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_k-space);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_k-space) calc(var(--_k-space) * 2);
    align-items: center;
    margin-top: calc(var(--_k-space) * 2);
  }
  @container (max-width: 30rem) {
    .box {
      padding: calc(var(--_k-space) * 2);
    }
    .primary {
      width: 100%;
    }
  }
`;
