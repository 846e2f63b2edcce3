import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, FEED, mountCalendar, visibleText } from './calendar-helpers.js';

const aheadGrid = (el: Element) => $(el, '.month.ahead .grid');
const shownGrid = (el: Element) => $(el, '[role=grid]');

describe('kultur-event-calendar renders the next month ahead', () => {
  it('keeps the next month laid out but hidden, inert and without grid semantics', async () => {
    const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
    await waitUntil(() => aheadGrid(el), 'the next month is rendered when idle');
    const ahead = $(el, '.month.ahead')!;
    expect(ahead.inert).to.equal(true);
    expect(getComputedStyle(ahead).visibility).to.equal('hidden');
    expect(ahead.querySelector('[role], [part]'), 'no roles or parts ahead').to.equal(null);
    expect(ahead.querySelector('[data-date="2027-01-15"]')).not.to.equal(null);
    expect($$(el, '[role=grid]')).to.have.length(1);
    expect($$(el, '[role=gridcell]')).to.have.length(35);
    await expectAccessible(el);
  });

  it('shows the grid rendered ahead on next(), then renders the month after it', async () => {
    const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
    await waitUntil(() => aheadGrid(el));
    const prepared = aheadGrid(el)!;
    el.next();
    await el.updateComplete;
    expect(shownGrid(el), 'the same element, now shown').to.equal(prepared);
    expect(visibleText($(el, '[part~=title]')!)).to.equal('Januar 2027');
    expect(prepared.getAttribute('role')).to.equal('grid');
    expect(prepared.querySelector('[role=gridcell][data-date="2027-01-15"]')).not.to.equal(null);
    expect(getComputedStyle(prepared.parentElement!).visibility).to.equal('visible');
    expect($$(el, '[role=grid]')).to.have.length(1);
    await waitUntil(() => aheadGrid(el)?.querySelector('[data-date="2027-02-15"]'), 'February is rendered ahead next');
    await expectAccessible(el);
  });

  it('renders the month ahead again when the filter changes, and not at all in the list view', async () => {
    const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
    await waitUntil(() => aheadGrid(el));
    expect([...aheadGrid(el)!.querySelectorAll('.chip-title')].map((t) => t.textContent)).to.deep.equal(['Poetry Slam']);
    const input = $<HTMLInputElement>(el, 'input[type=search]')!;
    input.value = 'kino';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    // January has no film: the grid ahead is rendered again, without the slam.
    await waitUntil(() => aheadGrid(el) && !aheadGrid(el)!.querySelector('.chip'), 'rendered again with the filter');
    el.next();
    await el.updateComplete;
    expect($$(el, '[role=grid] [part~=event]')).to.have.length(0);
    el.previous();
    await el.updateComplete;
    expect($$(el, '[role=grid] [part~=event] .chip-title').map((t) => t.textContent)).to.deep.equal(['Kinderkino: Die Schatzinsel', 'Nachtkino']);
    el.setAttribute('view', 'list');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect($(el, '.months')).to.equal(null);
  });
});
