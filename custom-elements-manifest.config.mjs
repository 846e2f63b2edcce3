import { resolveModuleOrPackageSpecifier } from '@custom-elements-manifest/analyzer/src/utils/index.js';

/**
 * Teaches the analyzer our registration call: `defineElement('kultur-x', KulturX)` in each
 * `define.ts` (see src/shared/define.ts) links the tag to the class, as `customElements.define` would.
 */
function defineElementCalls() {
  return {
    name: 'kultur-define-element-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (node.kind !== ts.SyntaxKind.CallExpression || node.expression.getText() !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !ts.isStringLiteral(tagArg) || !classArg || !ts.isIdentifier(classArg)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tagArg.text,
          declaration: { name: classArg.text, ...resolveModuleOrPackageSpecifier(moduleDoc, context, classArg.text) },
        },
      ];
    },
  };
}

/**
 * `static properties = { x: { state: true } }` declares internal reactive state, not an attribute;
 * the analyzer's Lit plugin only knows that from `@state()`, so drop such entries from the public API.
 */
function staticStateProperties() {
  const stateByClass = new Map();
  return {
    name: 'kultur-static-state-properties',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || node.name.getText() !== 'properties') return;
      if (!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) return;
      if (!node.initializer || !ts.isObjectLiteralExpression(node.initializer)) return;
      const className = node.parent?.name?.getText();
      const state = new Set();
      for (const entry of node.initializer.properties) {
        if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
        const isState = entry.initializer.properties.some(
          (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'state' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (isState) state.add(entry.name.getText());
      }
      if (className) stateByClass.set(className, state);
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const state = stateByClass.get(declaration.name);
        if (!state?.size) continue;
        declaration.attributes = declaration.attributes?.filter((a) => !state.has(a.fieldName));
        declaration.members = declaration.members?.filter((m) => !state.has(m.name));
      }
    },
  };
}

/** Links a documented `@attr` to the property of the same meaning (`event-id` → `eventId`) when the analyzer could not. */
const NATIVE_PROPERTIES = new Set(['lang', 'dir', 'title', 'hidden']);

function linkAttributesToFields() {
  const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  return {
    name: 'kultur-link-attributes-to-fields',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        for (const attribute of declaration.attributes ?? []) {
          if (attribute.fieldName) continue;
          const field = declaration.members?.find((m) => m.kind === 'field' && m.name === camel(attribute.name));
          if (field) attribute.fieldName = field.name;
          // Global attributes whose property HTMLElement itself provides (the badge reads `lang` that way).
          else if (NATIVE_PROPERTIES.has(attribute.name)) attribute.fieldName = attribute.name;
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [defineElementCalls(), staticStateProperties(), linkAttributesToFields()],
};
