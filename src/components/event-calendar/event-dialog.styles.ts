import { css } from 'lit';

/**
 * Styles of the details dialog, loaded with the dialog's chunk and adopted by the calendar
 * then: the first paint does not parse them.
 */
export const dialogStyles = css`
  dialog {
    width: min(36rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 0;
    overflow: auto;
    border: 0;
    border-radius: calc(var(--_k-radius) * 2);
    background: var(--_k-bg);
    color: var(--_k-text);
    box-shadow: 0 1.5rem 4rem rgb(0 0 0 / 0.35);
    font-family: var(--_k-font);
    line-height: 1.45;
  }
  dialog::backdrop {
    background: rgb(24 20 16 / 0.55);
  }
  .dialog-body {
    position: relative;
    padding-bottom: 1.5em;
  }
  .dialog-bar {
    display: flex;
    align-items: center;
    gap: 0.5em;
    position: absolute;
    inset: 0.75em 0.75em auto 0.75em;
    z-index: 1;
    pointer-events: none;
  }
  .dialog-bar > * {
    pointer-events: auto;
  }
  .close {
    display: grid;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
    margin-inline-start: auto;
    padding: 0;
    border: 1px solid var(--_k-border);
    border-radius: 50%;
    background: var(--_k-bg);
    color: var(--_k-text);
    font-size: 1.5em;
    line-height: 1;
  }
  .back {
    min-height: 2.5rem;
    padding: 0 1em;
    border: 1px solid var(--_k-border);
    border-radius: 999px;
    background: var(--_k-bg);
    color: var(--_k-text);
    font-size: 0.875em;
    font-weight: 700;
  }
  .image {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--_k-surface);
  }
  .details {
    padding: 1.5em 1.5em 0;
  }
  .image + .details {
    padding-top: 1em;
  }
  .dialog-bar + .details > :first-child,
  .dialog-bar + .details > .eyebrow + .dialog-title {
    padding-inline-end: 2.75rem;
  }
  .dialog-bar.with-back + .details {
    padding-top: 4em;
  }
  .eyebrow {
    margin-bottom: 0.25em;
    color: var(--_k-accent);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  .dialog-title {
    margin-bottom: 0.5em;
    font-size: 1.5em;
    line-height: 1.2;
    outline: none;
    hyphens: auto;
  }
  .status {
    margin-bottom: 0.75em;
    font-size: 0.8125em;
  }
  .facts {
    display: grid;
    gap: 0.35em;
  }
  .when {
    font-weight: 700;
  }
  .address {
    color: var(--_k-muted);
  }
  .prices {
    font-variant-numeric: tabular-nums;
  }
  .description {
    margin-top: 1em;
    padding-top: 1em;
    border-top: 1px solid var(--_k-border);
  }
  .description.plain {
    white-space: pre-line;
  }
  .description p + p,
  .description ul,
  .description ol {
    margin-top: 0.75em;
  }
  .description ul,
  .description ol {
    padding-inline-start: 1.25em;
    list-style: revert;
  }
  .description a {
    color: var(--_k-accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 1.25em;
  }
  .button.primary {
    border-color: var(--_k-accent);
    background: var(--_k-accent);
    color: var(--_k-on-accent);
  }
  .button.primary:hover {
    background: color-mix(in srgb, var(--_k-accent) 85%, var(--_k-text));
  }
  .details .items {
    margin-top: 0.5em;
  }
`;
