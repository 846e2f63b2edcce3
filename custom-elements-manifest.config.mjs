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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [defineElementCalls()],
};
