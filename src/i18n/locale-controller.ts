import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Catalogue, type Lang, INTL_LOCALE, resolveLang } from './locale.js';

export interface LocalizedHost<M> extends ReactiveControllerHost, HTMLElement {
  /** Per-element overrides of any visible string. */
  messages?: Partial<M>;
}

/**
 * Resolves the element's language (see `resolveLang`) and merges the built-in catalogue with the
 * element's `messages` overrides. Re-resolves before each update, and when an ancestor's or
 * `<html>`'s `lang` changes, so a page that switches language switches the widget too.
 */
export class LocaleController<M extends object> implements ReactiveController {
  #lang: Lang = 'de';
  #merged?: M;
  #mergedFrom?: [M, Partial<M> | undefined];
  #observer?: MutationObserver;

  constructor(
    private readonly host: LocalizedHost<M>,
    private readonly catalogue: Catalogue<M>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#lang = resolveLang(this.host);
    // Watching <html lang> is enough for CMS language switchers; other ancestors are read on update.
    this.#observer = new MutationObserver(() => {
      if (resolveLang(this.host) !== this.#lang) this.host.requestUpdate();
    });
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  hostUpdate(): void {
    this.#lang = resolveLang(this.host);
  }

  /** The resolved language. */
  get lang(): Lang {
    return this.#lang;
  }

  /** `Intl` locale tag for the resolved language (`de-DE`, `en-GB`). */
  get intlLocale(): string {
    return INTL_LOCALE[this.#lang];
  }

  /**
   * Messages in the resolved language with the host's overrides applied. Kept until the texts or
   * the overrides change: keyed by the catalogue's entry, not the language, because a lazily
   * loaded language replaces its entry (German stands in until then).
   */
  get msg(): M {
    const overrides = this.host.messages;
    const texts = this.catalogue[this.#lang];
    const from = this.#mergedFrom;
    if (!this.#merged || !from || from[0] !== texts || from[1] !== overrides) {
      this.#merged = { ...texts, ...overrides } as M;
      this.#mergedFrom = [texts, overrides];
    }
    return this.#merged;
  }
}
