/** The elements of an embed plan, with setAttribute only: no markup is ever parsed. */
import { WIDGETS } from './options.js';
import type { EmbedPlan } from './plan.js';

function make(tag: string, attributes: [string, string][]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of attributes) node.setAttribute(name, value);
  return node;
}

/** The widget element, then the hand-off form when the plan has one. */
export function planElements(plan: EmbedPlan): [HTMLElement, ...HTMLElement[]] {
  const element = make(plan.tag, plan.attributes);
  return plan.form ? [element, make(WIDGETS.reservation.tag, plan.form)] : [element];
}
