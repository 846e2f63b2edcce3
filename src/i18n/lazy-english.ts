import type { Catalogue } from './locale.js';

/**
 * English texts as a chunk that only English pages fetch. `catalogue.en` holds German until
 * `load()` has put the English texts in; `ready()` is true from then on (also when loading
 * failed: German stays, with a console warning). Elements render their loading state meanwhile,
 * so German words never flash on an English page.
 */
export function lazyEnglish<M>(catalogue: Catalogue<M>, importEnglish: () => Promise<{ en: M }>) {
  let loading: Promise<void> | undefined;
  let ready = false;
  return {
    ready: () => ready,
    load: (): Promise<void> =>
      (loading ??= importEnglish()
        .then(({ en }) => {
          catalogue.en = en;
        })
        .catch((error: unknown) => console.warn('kultur-widgets: English texts could not be loaded; showing German.', error))
        .finally(() => {
          ready = true;
        })),
  };
}
