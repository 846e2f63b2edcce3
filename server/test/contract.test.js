// One contract: the server's TypeScript types and the form's generated rules match schemas/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { availabilityResponseFields, reservationRequestFields, reservationResponseFields } from '../dist/contract/types.js';
import { readSchema, renderRules, RULES_FILE } from '../../scripts/generate-reservation-rules.mjs';

const schema = (name) => JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8'));

/** `{ field: 'required' | 'optional' }` as the schema says. */
function presence(s) {
  return Object.fromEntries(Object.keys(s.properties).map((key) => [key, s.required.includes(key) ? 'required' : 'optional']));
}

describe('contract', () => {
  it('types every field of the request and answer schemas, required where the schema requires it', () => {
    assert.deepEqual(reservationRequestFields, presence(schema('reservation-request')));
    assert.deepEqual(reservationResponseFields, presence(schema('reservation')));
    assert.deepEqual(availabilityResponseFields, presence(schema('availability')));
  });

  it("gives the form the schema's rules (src/shared/reservation-rules.ts is up to date)", () => {
    assert.equal(readFileSync(RULES_FILE, 'utf8'), renderRules(readSchema()), 'run node scripts/generate-reservation-rules.mjs');
  });
});
