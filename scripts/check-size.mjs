// Size budgets of the script-tag files (gzip), read from size-budgets.json: the one place they live.
// Lazily loaded chunks (dist/cdn/chunks/, e.g. the iCalendar parser) are reported but not budgeted:
// pages that never load an .ics feed never download them.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const kb = (bytes) => (bytes / 1000).toFixed(1);
let failed = 0;
for (const [file, budget] of Object.entries(budgets)) {
  if (file.startsWith('$')) continue;
  if (!existsSync(file)) {
    console.error(`✗ ${file} is missing: run npm run build first`);
    failed++;
    continue;
  }
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const ok = gz <= budget * 1000;
  if (!ok) failed++;
  console.log(`${ok ? '✓' : '✗'} ${file}: ${kb(gz)} KB gzip (${kb(raw.length)} KB raw), budget ${budget} KB`);
}
if (existsSync('dist/cdn/chunks')) {
  for (const chunk of readdirSync('dist/cdn/chunks')) {
    const raw = readFileSync(`dist/cdn/chunks/${chunk}`);
    console.log(`  lazy chunk ${chunk}: ${kb(gzipSync(raw, { level: 9 }).length)} KB gzip`);
  }
}
if (failed) {
  console.error(`${failed} size budget(s) exceeded`);
  process.exit(1);
}
