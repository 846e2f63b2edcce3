/**
 * A structural JSON Schema (2020-12) checker for the keywords the project's schemas use: type,
 * required, properties, additionalProperties, items, enum, const, oneOf, anyOf, not, $ref (local),
 * minimum, minLength, maxLength, minItems, pattern. Formats are not checked. Test-only, so the
 * package needs no validator dependency.
 */
type Schema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Problems of `value` against `schema` (`[]` when valid), each `path: reason`. */
export function validate(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref.replace(/^#\//, '').split('/').reduce<unknown>((node, key) => (node as Schema)[key], root);
    return validate(target as Schema, value, root, path);
  }
  const errors: string[] = [];
  const fail = (reason: string) => errors.push(`${path}: ${reason}`);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => matchesType(value, t as string))) return [`${path}: expected ${types.join(' | ')}, got ${typeOf(value)}`];
  }
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) fail(`${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`);
  if ('const' in schema && schema.const !== value) fail(`expected ${JSON.stringify(schema.const)}`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail(`shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) fail(`longer than ${schema.maxLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail(`${JSON.stringify(value)} does not match ${schema.pattern}`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) fail(`below ${schema.minimum}`);
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail(`fewer than ${schema.minItems} items`);
    if (schema.items) value.forEach((item, i) => errors.push(...validate(schema.items as Schema, item, root, `${path}[${i}]`)));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in object)) fail(`missing required "${key}"`);
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const [key, child] of Object.entries(object)) {
      if (properties[key]) errors.push(...validate(properties[key], child, root, `${path}.${key}`));
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        errors.push(...validate(schema.additionalProperties as Schema, child, root, `${path}.${key}`));
      }
    }
  }
  if (schema.anyOf && !(schema.anyOf as Schema[]).some((s) => validate(s, value, root, path).length === 0)) fail('matches none of anyOf');
  if (schema.oneOf) {
    const results = (schema.oneOf as Schema[]).map((s) => validate(s, value, root, path));
    const passing = results.filter((r) => r.length === 0).length;
    // None passing: report the branch of the value's own type (the others only say "expected array").
    const ownType = results.find((r) => !r[0]?.startsWith(`${path}: expected `)) ?? results[0];
    if (passing !== 1) errors.push(...(passing === 0 ? ownType : [`${path}: matches ${passing} of oneOf`]));
  }
  if (schema.not && validate(schema.not as Schema, value, root, path).length === 0) fail('matches a forbidden schema (not)');
  return errors;
}
