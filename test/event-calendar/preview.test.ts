import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, visibleText } from './calendar-helpers.js';

/** A year of programme: `count` evening events spread over 2026-10 … 2027-09 (Berlin time). */
function bigFeed(count: number) {
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2026, 9, 1 + (i % 365))).toISOString().slice(0, 10);
    events.push({ id: `e${i}`, title: `Abend ${i}`, start: `${day}T${String(18 + (i % 4)).padStart(2, '0')}:00:00+01:00`, category: i % 2 ? 'Konzert' : 'Kino' });
  }
  return { events };
}

/** A December calendar given `feed` as its events property, connected at once. */
function withEvents(feed: unknown) {
  const el = document.createElement('kultur-event-calendar');
  el.setAttribute('month', '2026-12');
  el.now = new Date('2026-12-09T12:00:00+01:00');
  el.events = feed;
  document.body.append(el);
  return el;
}

const gridLabels = (el: Element) => $$(el, '[role=grid] [part~=event]').map((b) => b.getAttribute('aria-label'));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('kultur-event-calendar with a big programme: the month on screen first, then the rest', () => {
  it('paints the shown month from a preview and ends with the whole feed (events property)', async () => {
    const feed = bigFeed(1000);
    feed.events.push({ id: 'fest', title: 'Sommerfest', start: '2027-07-03', category: 'Open Air' });
    const el = withEvents(feed);
    try {
      await el.updateComplete;
      // The filter shows every category of the feed at once: it does not grow (and shift the grid) after the whole read.
      const filters = () => $$(el, '[part~=filter]').map((f) => f.textContent!.trim());
      expect(filters()).to.deep.equal(['Kino', 'Konzert', 'Open Air']);
      // First paint: December, from the items of December's grid only (the private index shows it).
      const index = (el as unknown as { _index: { events: unknown[] } })._index;
      expect(index.events.length).to.be.within(90, 120);
      const first = gridLabels(el);
      expect(first.length).to.be.greaterThan(30);
      const grid = $(el, '[role=grid]');
      await nextFrame();
      await nextFrame();
      await el.updateComplete;
      expect(gridLabels(el)).to.deep.equal(first);
      // The whole read changed nothing on screen: the painted grid stays (no second build, layout and paint).
      expect($(el, '[role=grid]') === grid, 'the same grid element').to.equal(true);
      expect(el.loadedEvents).to.have.length(1001);
      expect(filters()).to.deep.equal(['Kino', 'Konzert', 'Open Air']);
    } finally {
      el.remove();
    }
  });

  it('opens an event clicked before the whole read with its details (the preview reads none)', async () => {
    const feed = bigFeed(300);
    feed.events.push({ id: 'rich', title: 'Mit Details', start: '2026-12-10T20:00:00+01:00', description: '<p>Mit <b>Band</b></p>', offers: [{ name: 'VVK', price: 15 }] });
    const el = withEvents(feed);
    try {
      await el.updateComplete;
      expect((el as unknown as { _index: { events: unknown[] } })._index.events.length, 'still the preview').to.be.below(300);
      let selected: { description?: string; offers: unknown[] } | undefined;
      el.addEventListener('kultur-event-select', (e) => (selected = (e as CustomEvent).detail.event));
      $$<HTMLButtonElement>(el, '[role=grid] [part~=event]').find((b) => b.getAttribute('aria-label')!.startsWith('20:00 Mit Details'))!.click();
      expect(selected?.description).to.equal('<p>Mit <b>Band</b></p>');
      expect(selected?.offers).to.have.length(1);
      await waitUntil(() => $(el, 'dialog[open]'));
      expect(visibleText($(el, 'dialog')!)).to.contain('15,00');
    } finally {
      el.remove();
    }
  });

  it('reads the whole feed before anything else happens: loadedEvents, navigation and announcements at once', async () => {
    const el = withEvents(bigFeed(1000));
    try {
      await el.updateComplete;
      expect(el.loadedEvents, 'asked before the rest was read').to.have.length(1000);
      $<HTMLButtonElement>(el, '[part~=next]')!.click();
      await el.updateComplete;
      expect(visibleText($(el, '[part~=title]')!)).to.equal('Januar 2027');
      // Three events a day in January (1000 over 365 days, the first 270 days get three).
      await waitUntil(() => visibleText($(el, '.live')!) !== '');
      expect(visibleText($(el, '.live')!)).to.equal('Januar 2027: 93 Veranstaltungen');
    } finally {
      el.remove();
    }
  });

  it('previews a big src feed too, and fires kultur-load once with every event', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(bigFeed(2000))], { type: 'application/json' }));
    let loads = 0;
    let shownBeforeLoad = 0;
    const el = document.createElement('kultur-event-calendar');
    el.addEventListener('kultur-load', () => loads++);
    // Count the event buttons on screen before the load event: the preview painted them.
    const observer = new MutationObserver(() => {
      if (!loads && el.shadowRoot) shownBeforeLoad = Math.max(shownBeforeLoad, el.shadowRoot.querySelectorAll('[role=grid] [part~=event]').length);
    });
    try {
      el.setAttribute('month', '2026-12');
      el.setAttribute('src', url);
      el.now = new Date('2026-12-09T12:00:00+01:00');
      document.body.append(el);
      observer.observe(el.shadowRoot!, { subtree: true, childList: true });
      await waitUntil(() => loads > 0, 'loaded', { timeout: 5000 });
      expect(shownBeforeLoad, 'events painted before the whole feed was read').to.be.greaterThan(30);
      expect(el.loadedEvents).to.have.length(2000);
      await nextFrame();
      expect(loads).to.equal(1);
    } finally {
      observer.disconnect();
      el.remove();
      URL.revokeObjectURL(url);
    }
  });
});
