import { LitElement, type PropertyDeclarations } from 'lit';
import { VERSION } from './version.js';

/** Values of the `theme` attribute every widget accepts. */
export type Theme = 'auto' | 'light' | 'dark';

/**
 * Base of every Lit-based kultur element: the version stamp used by `defineElement`, and the
 * attributes all widgets share. Every attribute has a writable property of the same meaning,
 * because React 19 and Vue 3 set properties whenever an element defines them.
 * (`static properties` rather than decorators: the decorator helpers cost bytes in every bundle.)
 */
export class KulturElement extends LitElement {
  /** Library version of this definition; a second copy of the bundle compares against it. */
  static readonly kulturVersion = VERSION;

  // Typed as the general map so subclasses can declare their own `static properties` (Lit merges them).
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    theme: { reflect: true },
  };

  /** Language (`de`, `en`); empty → nearest `[lang]` ancestor, then `<html lang>`, then German. */
  declare lang: string;

  /** Colour scheme: `auto` follows `prefers-color-scheme`; `light` or `dark` pins it. */
  declare theme: Theme;

  constructor() {
    super();
    this.lang = '';
    this.theme = 'auto';
  }
}
