// Writes src/shared/reservation-rules.ts from schemas/reservation-request.schema.json, so the
// reservation form checks exactly the lengths and patterns the backend checks. `--check` only
// compares (exit code 1 when the file is stale); server/test/contract.test.js does the same.
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';

const SCHEMA = new URL('../schemas/reservation-request.schema.json', import.meta.url);
export const RULES_FILE = new URL('../src/shared/reservation-rules.ts', import.meta.url);

/** The TypeScript module for `schema`. */
export function renderRules(schema) {
  const p = schema.properties;
  const limits = {
    eventId: p.eventId.maxLength,
    name: p.name.maxLength,
    email: p.email.maxLength,
    phone: p.phone.maxLength,
    message: p.message.maxLength,
    ticketLines: p.tickets.maxItems,
    quantity: p.tickets.items.properties.quantity.maximum,
  };
  return `// Generated from schemas/reservation-request.schema.json by scripts/generate-reservation-rules.mjs: do not edit.

/** Longest accepted values (characters; ticket lines; tickets per line). */
export const RESERVATION_LIMITS = ${JSON.stringify(limits).replace(/"(\w+)":/g, '$1: ').replace(/,/g, ', ').replace(/^\{/, '{ ').replace(/\}$/, ' }')} as const;

/** The e-mail rule, checked without surrounding spaces. */
export const EMAIL_PATTERN = new RegExp(${JSON.stringify(p.email.pattern)}, 'u');

/** The phone rule, checked without surrounding spaces. */
export const PHONE_PATTERN = new RegExp(${JSON.stringify(p.phone.pattern)}, 'u');
`;
}

export const readSchema = () => JSON.parse(readFileSync(SCHEMA, 'utf8'));

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = renderRules(readSchema());
  if (process.argv.includes('--check')) {
    if (readFileSync(RULES_FILE, 'utf8') !== text) {
      console.error('src/shared/reservation-rules.ts is stale: run node scripts/generate-reservation-rules.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(RULES_FILE, text);
  }
}
