import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from './version.js';

/** Values of the `theme` attribute every widget accepts. */
export type Theme = 'auto' | 'light' | 'dark';

/**
 * Base of every kultur element: the version stamp used by `defineElement`, and the attributes
 * all widgets share. Every attribute has a writable property of the same meaning, because React 19
 * and Vue 3 set properties whenever an element defines them.
 */
export class KulturElement extends LitElement {
  /** Library version of this definition; a second copy of the bundle compares against it. */
  static readonly kulturVersion = VERSION;

  /** Language (`de`, `en`); empty → nearest `[lang]` ancestor, then `<html lang>`, then German. */
  @property({ reflect: true }) override lang = '';

  /** Colour scheme: `auto` follows `prefers-color-scheme`; `light` or `dark` pins it. */
  @property({ reflect: true }) theme: Theme = 'auto';
}
