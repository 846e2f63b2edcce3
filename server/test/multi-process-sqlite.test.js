// Two server processes on one SQLite file: no overbooking, one reservation per Idempotency-Key.
import { join } from 'node:path';
import { after } from 'node:test';
import { openStore } from '../dist/db/open-store.js';
import { tempDir } from './helpers.js';
import { describeMultiProcess } from './multi-process.js';

const temp = tempDir();
after(() => temp.remove());
const databasePath = join(temp.dir, 'shared.sqlite');

describeMultiProcess('SQLite', 2, () => ({ env: { DATABASE_PATH: databasePath }, openStore: () => openStore(databasePath) }));
