import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'server/dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'server/data/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended ?? {},
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/**/*.js', 'server/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.mjs', '*.mjs', '*.js', 'test/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
