import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * The design tokens every widget reads. Set any of them on a widget or an ancestor to theme it;
 * each has a built-in fallback, so nothing is required.
 */
const TOKENS: [string, string][] = [
  ['--kultur-font-family', 'inherit (the host page’s font)'],
  ['--kultur-font-size', '1rem'],
  ['--kultur-radius', '0.5rem'],
  ['--kultur-space', '0.5rem'],
  ['--kultur-color-background', '#ffffff / dark #1b1a18'],
  ['--kultur-color-surface', '#f6f5f2 / dark #262421'],
  ['--kultur-color-text', '#1d1b19 / dark #f3f0ea'],
  ['--kultur-color-text-muted', '#5c5750 / dark #b9b3a9'],
  ['--kultur-color-border', '#d9d5ce / dark #45413b'],
  ['--kultur-color-accent', '#b3261e / dark #ff8a80'],
  ['--kultur-color-on-accent', '#ffffff / dark #1b1a18'],
  ['--kultur-color-success', '#1e6b3a / dark #7fd49a'],
  ['--kultur-color-warning', '#8a5300 / dark #f5c26b'],
  ['--kultur-color-danger', '#a4161a / dark #ff8a80'],
  ['--kultur-focus-ring', '0 0 0 3px accent at 45 %'],
];

const meta: Meta = {
  title: 'Foundation/Theme tokens',
  parameters: { docs: { description: { component: 'CSS custom properties shared by all kultur widgets.' } } },
};
export default meta;

export const Tokens: StoryObj = {
  render: () => html`
    <table>
      <caption>Design tokens (<code>--kultur-*</code>) and their built-in values</caption>
      <thead>
        <tr><th scope="col">Custom property</th><th scope="col">Default</th></tr>
      </thead>
      <tbody>
        ${TOKENS.map(([name, value]) => html`<tr><td><code>${name}</code></td><td>${value}</td></tr>`)}
      </tbody>
    </table>
  `,
};
