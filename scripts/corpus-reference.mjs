// Prints the independent reference of every corpus fixture (what test/data/corpus.test.ts compares with).
import process from 'node:process';
import { computeReferences } from '../test/corpus/reference.mjs';

const only = process.argv[2];
const cases = computeReferences().filter((c) => !only || `${c.format}/${c.file}`.includes(only));
process.stdout.write(`${JSON.stringify(cases, null, 2)}\n`);
