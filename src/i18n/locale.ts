/** Languages with built-in catalogues. German is the default: the widgets are made for German centres. */
export type Lang = 'de' | 'en';
export const DEFAULT_LANG: Lang = 'de';

/** A message catalogue per built-in language; `M` is the element's typed message shape. */
export type Catalogue<M> = Record<Lang, M>;

/** BCP 47 tag used with `Intl` for each language (`en` is British: 24-hour times, day before month). */
export const INTL_LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

/** Maps any BCP 47 tag to a built-in language, or `undefined` when there is none for it. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'de' || primary === 'en' ? primary : undefined;
}

/**
 * Language for `element`: its own `lang`, then the nearest ancestor with `lang` (crossing shadow
 * roots), then `<html lang>`, then German. Unsupported tags fall through to the next source.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = toLang(node.getAttribute('lang'));
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLang(document.documentElement.lang) ?? DEFAULT_LANG;
}
