// Which sources the bytes of a dist/cdn entry come from: `node bench/size-breakdown.mjs [entry]`
// (entry: kultur-event-calendar, kultur-ticket-reservation, …). Builds that entry with the
// rollup configuration of dist/cdn plus source maps, attributes every minified character to its
// source file, and estimates each file's share of the gzip size (gzip of its own characters,
// scaled so that the shares add up to the real gzip size).
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const entry = process.argv[2] ?? 'kultur-event-calendar';
const { default: configs } = await import(new URL('../rollup.config.mjs', import.meta.url));
const config = configs.find((c) => c.output.dir === 'dist/cdn' && c.output.entryFileNames === `${entry}.js`);
const bundle = await rollup({ ...config, onwarn: () => {} });
const { output } = await bundle.generate({ ...config.output, sourcemap: true });
await bundle.close();
const chunk = output.find((o) => o.type === 'chunk' && o.isEntry);
const map = new TraceMap(chunk.map);
const perFile = new Map();
const lines = chunk.code.split('\n');
lines.forEach((line, l) => {
  for (let c = 0; c < line.length; c++) {
    const { source } = originalPositionFor(map, { line: l + 1, column: c });
    const key = (source ?? '(none)').replace(/^.*node_modules\//, 'npm:').replace(/^.*\/src\//, 'src/');
    perFile.set(key, (perFile.get(key) ?? '') + line[c]);
  }
});
const total = gzipSync(chunk.code, { level: 9 }).length;
const rows = [...perFile].map(([file, text]) => ({ file, raw: text.length, gz: gzipSync(text, { level: 9 }).length }));
const sum = rows.reduce((s, r) => s + r.gz, 0);
rows.sort((a, b) => b.gz - a.gz);
console.log(`${entry}.js: ${chunk.code.length} B minified, ${total} B gzip`);
for (const r of rows) console.log(`${((r.gz * total) / sum / 1000).toFixed(2).padStart(6)} KB  ${String(r.raw).padStart(6)} B  ${r.file}`);
