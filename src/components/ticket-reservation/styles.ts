import { css } from 'lit';

/**
 * GOV.UK-like form layout: large touch targets, bold labels, errors marked by a red bar and
 * words (never colour alone). Written compactly: the reservation bundle has a 16 KB budget.
 */
export const reservationStyles = css`
  :host { container-type: inline-size; }
  .box { background: var(--_k-bg); border: 1px solid var(--_k-border); border-radius: var(--_k-radius); padding: calc(var(--_k-space) * 3); max-width: 40rem; }
  h2 { font-size: 1.375em; line-height: 1.25; margin: 0 0 var(--_k-space); }
  /* Headings get focus only to move the reading position there (GOV.UK): no ring. */
  h2:focus { outline: 0; box-shadow: none; }
  p { margin: 0 0 var(--_k-space); }
  .meta, .hint, .note { color: var(--_k-muted); }
  .state { font-weight: 700; }
  .few, .closed { color: var(--_k-warning); }
  .soldout, .cancelled, .online_soldout { color: var(--_k-danger); }
  form, fieldset, .field { display: grid; gap: calc(var(--_k-space) * 2); }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  legend { font-size: 1.125em; font-weight: 700; padding: 0; margin-bottom: var(--_k-space); }
  label { font-weight: 600; }
  .box > .field { margin-bottom: calc(var(--_k-space) * 3); }
  .field { gap: calc(var(--_k-space) / 2); }
  .invalid { border-inline-start: 4px solid var(--_k-danger); padding-inline-start: calc(var(--_k-space) * 1.5); }
  input, textarea, select { font: inherit; color: inherit; background: var(--_k-bg); border: 2px solid var(--_k-text); border-radius: 0.25rem; padding: 0.4em 0.5em; min-height: 2.75rem; width: 100%; max-width: 28rem; }
  textarea { min-height: 6rem; }
  [aria-invalid='true'] { border-color: var(--_k-danger); }
  [readonly] { background: var(--_k-surface); border-style: dashed; }
  input:focus-visible, textarea:focus-visible, select:focus-visible { outline: 3px solid var(--_k-accent); box-shadow: none; }
  .error, .required { color: var(--_k-danger); font-weight: 700; margin: 0; }
  .offer { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_k-space); padding-bottom: var(--_k-space); border-bottom: 1px solid var(--_k-border); }
  .offer .note { font-weight: 400; }
  .stepper { display: inline-flex; }
  .stepper input { width: 3.25rem; text-align: center; border-radius: 0; appearance: textfield; }
  .stepper input::-webkit-inner-spin-button { appearance: none; }
  .stepper button { min-width: 2.75rem; font-size: 1.25em; border: 2px solid var(--_k-text); background: var(--_k-surface); cursor: pointer; }
  .stepper button:first-child { border-radius: 0.25rem 0 0 0.25rem; border-inline-end: 0; }
  .stepper button:last-child { border-radius: 0 0.25rem 0.25rem 0; border-inline-start: 0; }
  [aria-disabled='true'] { opacity: 0.6; cursor: not-allowed; }
  .total { font-size: 1.125em; font-weight: 700; text-align: end; margin: 0; }
  .check { display: flex; gap: var(--_k-space); font-weight: 400; }
  .check input { width: 1.5rem; min-height: 1.5rem; margin: 0; }
  .honeypot { position: absolute; left: -9999px; width: 1px; overflow: hidden; }
  .summary { border: 4px solid var(--_k-danger); padding: calc(var(--_k-space) * 2); }
  .summary h3 { margin: 0 0 var(--_k-space); font-size: 1.125em; }
  .summary ul { margin: 0; padding-inline-start: 1.25em; }
  a { color: var(--_k-accent); }
  .summary a { color: var(--_k-danger); font-weight: 700; }
  .notice { border-inline-start: 6px solid var(--_k-warning); background: var(--_k-surface); padding: calc(var(--_k-space) * 1.5); margin: 0; }
  .primary, .secondary { font-weight: 700; border-radius: 0.25rem; padding: 0.6em 1.2em; min-height: 2.75rem; cursor: pointer; justify-self: start; border: 2px solid var(--_k-border); background: var(--_k-surface); }
  .primary { background: var(--_k-accent); color: var(--_k-on-accent); border-color: transparent; }
  .spinner { display: inline-block; width: 1em; height: 1em; margin-inline-end: 0.5em; vertical-align: -0.15em; border: 2px solid; border-inline-end-color: transparent; border-radius: 50%; animation: spin 0.8s linear infinite; }
  @keyframes spin { to { transform: rotate(1turn); } }
  .code { display: inline-block; white-space: nowrap; font-size: 1.75em; letter-spacing: 0.08em; font-family: ui-monospace, monospace; }
  .confirmed { border: 2px solid var(--_k-success); }
  .confirmed h2 { color: var(--_k-success); }
  .confirmed .total { text-align: start; margin-bottom: var(--_k-space); }
  .lines { list-style: none; padding: 0; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_k-space) calc(var(--_k-space) * 2); align-items: center; }
  @container (max-width: 30rem) { .box { padding: calc(var(--_k-space) * 2); } .primary { width: 100%; } .code { font-size: 1.375em; } }
`;
