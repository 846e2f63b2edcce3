// Packages the WordPress plugin: its sources, its own copy of dist/cdn (assets/) and the compiled
// translations, as dist/wordpress/kultur-widgets/ and the installable dist/kultur-widgets-wordpress.zip.
// Run after rollup (npm run build does).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compileMo, parsePo } from './wordpress/gettext-mo.mjs';
import { writeZip } from './wordpress/zip-writer.mjs';

const source = 'integrations/wordpress/kultur-widgets';
const staged = 'dist/wordpress/kultur-widgets';
const zipPath = 'dist/kultur-widgets-wordpress.zip';

if (!existsSync('dist/cdn/kultur-widgets.js')) throw new Error('dist/cdn is missing: run rollup first (npm run build)');
rmSync('dist/wordpress', { recursive: true, force: true });
mkdirSync(staged, { recursive: true });
cpSync(source, staged, { recursive: true });
cpSync('dist/cdn', join(staged, 'assets'), { recursive: true, filter: (path) => !path.endsWith('.map') });

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const header = readFileSync(join(staged, 'kultur-widgets.php'), 'utf8');
if (!header.includes(`Version:           ${version}`)) throw new Error(`kultur-widgets.php's Version header is not ${version} (package.json)`);

for (const file of readdirSync(join(staged, 'languages')).filter((name) => name.endsWith('.po'))) {
  const po = join(staged, 'languages', file);
  writeFileSync(po.replace(/\.po$/, '.mo'), compileMo(parsePo(readFileSync(po, 'utf8'))));
}

/** Every file under `dir`, sorted, as zip entries below the plugin's folder name. */
function entries(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort()
    .map((path) => ({ name: `kultur-widgets/${relative(dir, path).split(sep).join('/')}`, data: readFileSync(path) }));
}

const files = entries(staged);
writeFileSync(zipPath, writeZip(files));
console.log(`${zipPath}: ${files.length} files, ${(statSync(zipPath).size / 1024).toFixed(0)} KiB`);
