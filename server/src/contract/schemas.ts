// The JSON Schemas of schemas/, the one source of the contract's rules, read once at start.

import { readFileSync } from 'node:fs';

export type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[]; items?: JsonSchema };

const SCHEMAS = new URL('../../../schemas/', import.meta.url);

/** `name` without `.schema.json`, e.g. `reservation-request`. */
export function loadSchema(name: string): JsonSchema {
  return JSON.parse(readFileSync(new URL(`${name}.schema.json`, SCHEMAS), 'utf8')) as JsonSchema;
}
