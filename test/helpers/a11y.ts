import { expect } from '@open-wc/testing';

/**
 * Asserts that axe-core finds no violations in `element` (shadow roots included).
 * Every component test calls this in each state it renders.
 */
export async function expectAccessible(element: Element, options: { ignoredRules?: string[] } = {}): Promise<void> {
  await expect(element).to.be.accessible(options);
}
