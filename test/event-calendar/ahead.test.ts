import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, chipTitle, FEED, mountCalendar, visibleText } from './calendar-helpers.js';

const aheadGrid = (el: Element) => $(el, '.month.ahead .grid');
const shownGrid = (el: Element) => $(el, '[role=grid]');

describe('kultur-event-calendar renders the next month ahead', () => {
  it('keeps the next month laid out but hidden, inert and without grid semantics', async () => {
    const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
    await waitUntil(() => aheadGrid(el), 'the next month is rendered when idle');
    const ahead = $(el, '.month.ahead')!;
    expect(ahead.inert).to.equal(true);
    // Transparent (so it is painted ahead too), behind the shown grid, and never hit by a pointer.
    expect(getComputedStyle(ahead).opacity).to.equal('0');
    const box = ahead.querySelector('[data-date="2027-01-15"]')!.getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)!;
    expect(hit.closest('.month')).to.equal($(el, '.month:not(.ahead)'));
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
    expect(getComputedStyle(prepared.parentElement!).opacity).to.equal('1');
    expect(prepared.parentElement!.inert).to.equal(false);
    expect($$(el, '[role=grid]')).to.have.length(1);
    await waitUntil(() => aheadGrid(el)?.querySelector('[data-date="2027-02-15"]'), 'February is rendered ahead next');
    await expectAccessible(el);
  });

  it('shows the new month at once and gives it roles and focus a frame later', async () => {
    const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
    await waitUntil(() => aheadGrid(el));
    const december = shownGrid(el)!;
    const january = aheadGrid(el)!;
    el.next();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // On screen in the first frame: the swap changes classes only.
    expect(getComputedStyle(january.parentElement!).opacity).to.equal('1');
    expect(getComputedStyle(december.parentElement!).opacity).to.equal('0');
    await el.updateComplete;
    expect(shownGrid(el)).to.equal(january);
    expect(january.parentElement!.inert).to.equal(false);
    expect($$(el, '[role=grid]')).to.have.length(1);
    expect($$(el, '[role=gridcell]')).to.have.length(35);
    await expectAccessible(el);
  });

  it('keeps the month shown before, hidden, until the browser is idle: previous() shows it again', async () => {
    const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
    await waitUntil(() => aheadGrid(el));
    const december = shownGrid(el)!;
    el.next();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(december.parentElement!.classList.contains('ahead'), 'December is kept, hidden').to.equal(true);
    el.previous();
    await el.updateComplete;
    expect(shownGrid(el), 'December again, without rendering it').to.equal(december);
    expect(visibleText($(el, '[part~=title]')!)).to.equal('Dezember 2026');
    expect($$(el, '[role=grid]')).to.have.length(1);
    await waitUntil(() => aheadGrid(el)?.querySelector('[data-date="2027-01-15"]'), 'January is rendered ahead again');
  });

  it('moves focus into the grid shown ahead at once when the keyboard turns the month', async () => {
    const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
    await waitUntil(() => aheadGrid(el));
    const january = aheadGrid(el)!;
    $(el, '[role=gridcell][data-date="2026-12-09"]')!.focus();
    $(el, '[role=gridcell][data-date="2026-12-09"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shownGrid(el)).to.equal(january);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-date')).to.equal('2027-01-09');
    expect(el.shadowRoot!.activeElement?.getAttribute('role')).to.equal('gridcell');
  });

  it('renders the month ahead again when the filter changes, and not at all in the list view', async () => {
    const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
    await waitUntil(() => aheadGrid(el));
    expect([...aheadGrid(el)!.querySelectorAll('.chip')].map(chipTitle)).to.deep.equal(['Poetry Slam']);
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
    expect($$(el, '[role=grid] [part~=event]').map(chipTitle)).to.deep.equal(['Kinderkino: Die Schatzinsel', 'Nachtkino']);
    el.setAttribute('view', 'list');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect($(el, '.months')).to.equal(null);
  });
});
