import { css } from 'lit';

/**
 * Design tokens. Every value reads a public `--kultur-*` custom property with a built-in
 * fallback, so a widget looks finished on a page without any stylesheet. Components use the
 * private `--_k-*` aliases only. Dark mode is a second set of fallbacks, chosen by
 * `prefers-color-scheme` unless the host has `theme="light"` or `theme="dark"`.
 */

/**
 * Light fallbacks on `:host`; the dark ones for `theme="dark"` and, under `theme="auto"`, for
 * `prefers-color-scheme: dark`. The dark block is written out twice rather than interpolated: the
 * build's CSS minifier skips templates with interpolations, and gzip makes the repeat almost free.
 */
export const tokens = css`
  :host {
    --_k-font: var(--kultur-font-family, inherit);
    --_k-radius: var(--kultur-radius, 0.5rem);
    --_k-space: var(--kultur-space, 0.5rem);
    --_k-focus: var(--kultur-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_k-accent) 45%, transparent));
    --_k-bg: var(--kultur-color-background, #ffffff);
    --_k-surface: var(--kultur-color-surface, #f6f5f2);
    --_k-text: var(--kultur-color-text, #1d1b19);
    --_k-muted: var(--kultur-color-text-muted, #5c5750);
    --_k-border: var(--kultur-color-border, #d9d5ce);
    --_k-accent: var(--kultur-color-accent, #b3261e);
    --_k-on-accent: var(--kultur-color-on-accent, #ffffff);
    --_k-success: var(--kultur-color-success, #1e6b3a);
    --_k-warning: var(--kultur-color-warning, #8a5300);
    --_k-danger: var(--kultur-color-danger, #a4161a);
    color-scheme: light;
  }
  :host([theme='dark']) {
    --_k-bg: var(--kultur-color-background, #1b1a18);
    --_k-surface: var(--kultur-color-surface, #262421);
    --_k-text: var(--kultur-color-text, #f3f0ea);
    --_k-muted: var(--kultur-color-text-muted, #b9b3a9);
    --_k-border: var(--kultur-color-border, #45413b);
    --_k-accent: var(--kultur-color-accent, #ff8a80);
    --_k-on-accent: var(--kultur-color-on-accent, #1b1a18);
    --_k-success: var(--kultur-color-success, #7fd49a);
    --_k-warning: var(--kultur-color-warning, #f5c26b);
    --_k-danger: var(--kultur-color-danger, #ff8a80);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_k-bg: var(--kultur-color-background, #1b1a18);
      --_k-surface: var(--kultur-color-surface, #262421);
      --_k-text: var(--kultur-color-text, #f3f0ea);
      --_k-muted: var(--kultur-color-text-muted, #b9b3a9);
      --_k-border: var(--kultur-color-border, #45413b);
      --_k-accent: var(--kultur-color-accent, #ff8a80);
      --_k-on-accent: var(--kultur-color-on-accent, #1b1a18);
      --_k-success: var(--kultur-color-success, #7fd49a);
      --_k-warning: var(--kultur-color-warning, #f5c26b);
      --_k-danger: var(--kultur-color-danger, #ff8a80);
      color-scheme: dark;
    }
  }
`;

/**
 * Base styles every widget shares: inherit the host page's font, reset what aggressive
 * global CSS could leak in through inheritance, visible focus, reduced motion.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_k-font);
    font-size: var(--kultur-font-size, 1rem);
    line-height: 1.45;
    color: var(--_k-text);
    text-align: start;
    letter-spacing: normal;
    text-transform: none;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_k-focus);
  }
  button {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
