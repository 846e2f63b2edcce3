// Two builds from one source tree:
//  - dist/*.js: ESM modules for npm users, dependencies external (their bundler dedupes lit and ical.js);
//  - dist/cdn/*.js: self-contained, minified script-tag files (one per widget and one for all).
import { readdirSync, rmSync } from 'node:fs';
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
];
