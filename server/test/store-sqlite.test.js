// The SQLite engine passes the store contract.
import { join } from 'node:path';
import { after } from 'node:test';
import { openStore } from '../dist/db/open-store.js';
import { describeStoreContract } from './store-contract.js';
import { tempDir } from './helpers.js';

const temp = tempDir();
after(() => temp.remove());
let n = 0;
describeStoreContract('sqlite', () => openStore(join(temp.dir, `contract-${++n}.sqlite`)));
