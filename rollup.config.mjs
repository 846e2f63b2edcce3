// Two builds from one source tree:
//  - dist/*.js: ESM modules for npm users, dependencies external (their bundler dedupes lit and ical.js);
//  - dist/cdn/*.js: self-contained, minified script-tag files (one per widget and one for all).
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

// Stale lazy chunks from earlier builds would pile up in dist/cdn/chunks: the first build (rollup runs
// the configurations in order) empties dist. A hook, not a top-level call: the benchmarks import this
// file for one CDN configuration and must not delete a build someone is serving.
const cleanDist = { name: 'clean-dist', buildStart: () => rmSync('dist', { recursive: true, force: true }) };

const tsOptions = { target: 'es2022', tsconfig: 'tsconfig.json' };
const components = readdirSync('src/components');

const npmInputs = {
  index: 'src/index.ts',
  'data/index': 'src/data/index.ts',
  ...Object.fromEntries(
    components.flatMap((c) => [
      [`components/${c}/${c}`, `src/components/${c}/${c}.ts`],
      [`components/${c}/define`, `src/components/${c}/define.ts`],
    ]),
  ),
};

const cdnEntries = {
  'kultur-widgets': 'src/index.ts',
  ...Object.fromEntries(components.map((c) => [`kultur-${c}`, `src/components/${c}/define.ts`])),
};

// V8's explicit compile hint (Chrome 136+): the functions of a file that starts with this comment are
// compiled eagerly, on the background thread that streams the script, instead of one by one on the
// main thread when first called. Only the entry files get it: everything in them runs for the first
// paint (measured: ~20 ms less main-thread script before the calendar's first paint, at 1,000 events);
// lazy chunks are loaded when needed and keep V8's lazy compilation.
const compileHint = {
  name: 'compile-hint',
  renderChunk(code, chunk) {
    if (!chunk.isEntry) return null;
    const text = new MagicString(code).prepend('//# allFunctionsCalledOnLoad\n');
    return { code: text.toString(), map: text.generateMap({ hires: true }) };
  },
};

// Static files of the embed pages, written as they are (the iframe pages from one template).
const embedPages = { calendar: 'Veranstaltungskalender', reservation: 'Ticketreservierung', badge: 'Mitgliedschaft' };
const copyFiles = (files) => ({
  name: 'copy-files',
  generateBundle() {
    for (const [fileName, source] of Object.entries(files)) this.emitFile({ type: 'asset', fileName, source: source() });
  },
});
const embedTemplate = () => readFileSync('embed/pages/embed.html', 'utf8');
const embedFiles = {
  'embed.css': () => readFileSync('embed/pages/embed.css'),
  ...Object.fromEntries(
    Object.entries(embedPages).map(([widget, title]) => [
      `embed-${widget}.html`,
      () => embedTemplate().replaceAll('{{widget}}', widget).replaceAll('{{title}}', title),
    ]),
  ),
};
const embedPlugins = [esbuild({ ...tsOptions, minify: false }), terser({ ecma: 2022, format: { comments: false } })];

const isExternal = (id) => /^(lit|@lit|ical\.js|windows-iana)(\/|$)/.test(id);

export default [
  {
    input: npmInputs,
    external: isExternal,
    plugins: [cleanDist, esbuild(tsOptions)],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  },
  // Each CDN file is built on its own so that it is self-contained (no shared chunks to fetch),
  // except for lazily imported code (the iCalendar parser), which stays a separate chunk.
  ...Object.entries(cdnEntries).map(([name, input]) => ({
    input,
    // No export signature to keep: lets Rollup put everything the entry needs into the entry file
    // itself instead of a facade that imports a shared chunk.
    preserveEntrySignatures: false,
    plugins: [resolve({ browser: true }), esbuild({ ...tsOptions, minify: false }), minifyTemplateLiterals(), terser({ ecma: 2022, module: true, compress: { passes: 2, keep_fargs: false }, format: { comments: false } }), compileHint],
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: `${name}.js`, chunkFileNames: 'chunks/[name]-[hash].js' },
  })),
  // The embed pages' own code, never inside the widget files: the iframe boot script and the host
  // page's resize script next to the widgets, the configurator in dist/embed.
  {
    input: 'embed/boot.ts',
    plugins: [...embedPlugins, copyFiles(embedFiles)],
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: 'kultur-embed-boot.js' },
  },
  {
    input: 'embed/resize.ts',
    plugins: embedPlugins,
    output: { dir: 'dist/cdn', format: 'iife', entryFileNames: 'kultur-embed-resize.js' },
  },
  {
    input: 'embed/configurator/main.ts',
    plugins: [
      ...embedPlugins,
      copyFiles({ 'index.html': () => readFileSync('embed/configurator/index.html'), 'configurator.css': () => readFileSync('embed/configurator/configurator.css') }),
    ],
    output: { dir: 'dist/embed', format: 'es', entryFileNames: 'configurator.js' },
  },
];
