import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(manifest);

// Toolbar language and theme apply to every story: language through an ancestor `lang` (the
// widgets resolve it like on a real page), theme on each widget that does not pin its own.
const withLangAndTheme: Decorator = (story, context) => {
  const { lang, theme } = context.globals as { lang: string; theme: string };
  document.body.dataset.kulturTheme = theme;
  requestAnimationFrame(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-story-root] :is(kultur-event-calendar, kultur-ticket-reservation, kultur-membership-badge)')) {
      if (!el.hasAttribute('data-theme-pinned')) el.setAttribute('theme', theme);
    }
  });
  return html`<div data-story-root lang=${lang}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLangAndTheme],
  globalTypes: {
    lang: {
      description: 'Sprache / language',
      toolbar: { title: 'Sprache', icon: 'globe', items: [{ value: 'de', title: 'Deutsch' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    theme: {
      description: 'Theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: [{ value: 'light', title: 'Hell' }, { value: 'dark', title: 'Dunkel' }], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'de', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
