import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, chipTitle, FEED, cell, dayLabel, feedJson, mountCalendar, visibleText } from './calendar-helpers.js';

describe('kultur-event-calendar views', () => {
  describe('month grid', () => {
    it('shows the month from the month attribute, Monday first, with German weekday headers', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      expect(visibleText($(el, '[part~=title]')!)).to.equal('Dezember 2026');
      expect($$(el, '[role=columnheader]').map((h) => h.textContent!.trim())).to.deep.equal(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
      const first = $$(el, '[role=gridcell]')[0];
      expect(first.dataset.date).to.equal('2026-11-30');
      expect($$(el, '[role=row]')).to.have.length(6); // header + 5 weeks
      await expectAccessible(el);
    });

    it('places events on their venue day and time (Berlin), not the viewer’s (New York)', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      // 00:30 in Berlin on the 19th is 18:30 on the 18th in New York.
      const party = $$(el, '[role=gridcell][data-date="2026-12-19"] [part~=event]');
      expect(party.map(visibleText)).to.deep.equal(['00:30 Ü30-Party']);
      expect(visibleText(cell(el, '2026-12-05').querySelector('[part~=event]')!)).to.equal('20:00 Jazz im Keller');
    });

    it('gives every day and event an accessible name with the full date and status in words', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      expect(dayLabel(el, '2026-12-05')).to.equal('Samstag, 5. Dezember 2026, 1 Veranstaltung');
      expect(dayLabel(el, '2026-12-09')).to.equal('Mittwoch, 9. Dezember 2026, heute');
      const lesung = cell(el, '2026-12-08').querySelector('[part~=event]')!;
      expect(lesung.getAttribute('aria-label')).to.equal('19:30 Lesung: Heimatkunde aus der Wetterau, Dienstag, 8. Dezember 2026, abgesagt');
      expect(cell(el, '2026-12-12').querySelector('[part~=event]')!.getAttribute('aria-label')).to.equal('Winterflohmarkt (ganztägig), Samstag, 12. Dezember 2026');
    });

    it('marks today, dims past days, and spreads all-day events over their days (end exclusive)', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      expect(cell(el, '2026-12-09').getAttribute('aria-current')).to.equal('date');
      expect(cell(el, '2026-12-08').classList.contains('past')).to.equal(true);
      expect(cell(el, '2026-12-10').classList.contains('past')).to.equal(false);
      for (const day of ['2026-12-12', '2026-12-13']) {
        expect(visibleText(cell(el, day).querySelector('[part~=event]')!)).to.equal('Winterflohmarkt');
      }
      expect(cell(el, '2026-12-14').querySelector('[part~=event]')).to.equal(null);
    });

    it('shows "+N weitere" when a day has more events than fit, and opens that day’s list', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      const day = cell(el, '2026-12-18');
      expect(day.querySelectorAll('[part~=event]')).to.have.length(2);
      const more = day.querySelector<HTMLButtonElement>('.more')!;
      expect(visibleText(more)).to.equal('+3 weitere');
      more.click();
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(visibleText(dialog.querySelector('h2')!)).to.equal('Freitag, 18. Dezember 2026');
      expect(dialog.querySelectorAll('[part~=event]')).to.have.length(5);
      await expectAccessible(el);
    });

    it('shows ISO week numbers on request', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12', 'week-numbers': '' } });
      expect($$(el, '[role=rowheader]').map((h) => h.textContent!.trim())).to.deep.equal(['49', '50', '51', '52', '53']);
      await expectAccessible(el);
    });
  });

  describe('agenda list', () => {
    it('is the default in a container narrower than 600 px, grouped by day with German headings', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' }, width: 420 });
      expect($(el, '[role=grid]')).to.equal(null);
      const headings = $$(el, '[part~=list] h3').map(visibleText);
      expect(headings[0]).to.equal('Samstag, 5. Dezember 2026');
      expect(headings).to.include('Donnerstag, 10. Dezember 2026');
      expect(headings).to.include('Samstag, 12. Dezember 2026');
      expect(headings).to.include('Sonntag, 13. Dezember 2026');
      const jazz = $(el, '[part~=list] [data-date="2026-12-05"] .item')!;
      expect(visibleText(jazz)).to.equal('20:00 Jazz im Keller Konzert · IM-PULS, Saal');
      await expectAccessible(el);
    });

    it('stays the month grid in a wide container and switches with the view buttons', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      expect($(el, '[role=grid]')).to.not.equal(null);
      $(el, '[data-view=list]')!.click();
      await el.updateComplete;
      expect($(el, '[role=grid]')).to.equal(null);
      expect($(el, '[data-view=list]')!.getAttribute('aria-pressed')).to.equal('true');
      expect($$(el, '[part~=list] .tag').map(visibleText)).to.deep.equal(['abgesagt', 'ausverkauft', 'Restkarten', 'verschoben']);
      await expectAccessible(el);
    });

    it('follows view="list" on a wide container and view="month" on a narrow one', async () => {
      const list = await mountCalendar({ attributes: { src: FEED, month: '2026-12', view: 'list' } });
      expect($(list, '[part~=list]')).to.not.equal(null);
      const month = await mountCalendar({ attributes: { src: FEED, month: '2026-12', view: 'month' }, width: 360 });
      expect($(month, '[role=grid]')).to.not.equal(null);
      await expectAccessible(month);
    });
  });

  describe('agenda list of a big programme', () => {
    // 12 events a day in December 2026: more than the first frame renders.
    const events = Array.from({ length: 31 * 12 }, (_, i) => ({
      id: `e${i}`,
      title: `Veranstaltung ${i}`,
      start: `2026-12-${String(1 + Math.floor(i / 12)).padStart(2, '0')}T${String(10 + (i % 12)).padStart(2, '0')}:00:00+01:00`,
    }));

    it('paints the first days at once and the whole month a frame later', async () => {
      const el = document.createElement('kultur-event-calendar');
      Object.assign(el, { now: new Date('2026-12-09T12:00:00+01:00'), events });
      el.setAttribute('month', '2026-12');
      el.setAttribute('view', 'list');
      document.body.append(el);
      try {
        await new Promise((ok) => setTimeout(ok, 0)); // the first render, before the next frame
        const first = $$(el, '[part~=list] h3').length;
        expect(first).to.be.greaterThan(0).and.lessThan(31);
        await el.updateComplete;
        expect($$(el, '[part~=list] h3')).to.have.length(31);
        expect($$(el, '[part~=list] [part~=event]')).to.have.length(31 * 12);
        el.next();
        await el.updateComplete;
        expect($(el, '[part~=list]')).to.equal(null); // January has no events
        el.previous();
        await el.updateComplete;
        expect($$(el, '[part~=list] h3')).to.have.length(31);
      } finally {
        el.remove();
      }
    });
  });

  describe('upcoming', () => {
    it('lists the next `limit` events from now, without toolbar', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, view: 'upcoming', limit: '3' } });
      expect($(el, '[part~=toolbar]')).to.equal(null);
      const titles = $$(el, '[part~=list] [part~=event]').map((b) => visibleText(b));
      expect(titles).to.deep.equal(['Improvisationstheater „Die Spontanen“', 'Kinderkino: Die Schatzinsel', 'Winterflohmarkt']);
      expect(visibleText($(el, '[part~=list] .meta')!)).to.equal('Do, 10.12.2026, 20:00 Uhr');
      await expectAccessible(el);
    });
  });

  describe('finding', () => {
    it('builds a multi-select category filter from the feed', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      const filters = $$(el, '[part~=filter]');
      expect(filters.map((f) => f.textContent!.trim())).to.deep.equal(['Kino', 'Konzert', 'Lesung', 'Markt', 'Party', 'Theater', 'Treff', 'Workshop']);
      filters.find((f) => f.textContent!.trim() === 'Kino')!.click();
      filters.find((f) => f.textContent!.trim() === 'Markt')!.click();
      await el.updateComplete;
      const shown = $$(el, '[role=grid] [part~=event]').map(chipTitle);
      expect([...new Set(shown)]).to.deep.equal(['Kinderkino: Die Schatzinsel', 'Winterflohmarkt', 'Nachtkino']);
      expect(filters.filter((f) => f.getAttribute('aria-pressed') === 'true')).to.have.length(2);
      await waitUntil(() => visibleText($(el, '.live')!) !== '', 'filter result announced');
      expect(visibleText($(el, '.live')!)).to.equal('3 Veranstaltungen gefunden');
      await expectAccessible(el);
    });

    it('takes a preset filter from the category attribute', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12', category: 'Theater, Party' } });
      const shown = $$(el, '[role=grid] [part~=event]').map(chipTitle);
      expect(shown).to.deep.equal(['Improvisationstheater „Die Spontanen“', 'Ü30-Party']);
    });

    it('searches title, description and location', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      const input = $<HTMLInputElement>(el, 'input[type=search]')!;
      for (const [query, expected] of [
        ['wellenlänge', ['Jazz im Keller']],
        ['hof', ['Winterflohmarkt']],
        ['SCHATZ', ['Kinderkino: Die Schatzinsel']],
      ] as const) {
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
        const titles = [...new Set($$(el, '[role=grid] [part~=event]').map(chipTitle))];
        expect(titles, query).to.deep.equal(expected);
      }
    });

    it('offers the next month with events when a month is empty', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2027-02' } });
      const notice = $(el, '.notice')!;
      expect(visibleText(notice)).to.equal('Im Februar 2027 gibt es keine Veranstaltungen. Weiter zu März 2027');
      notice.querySelector('button')!.click();
      await el.updateComplete;
      expect(visibleText($(el, '[part~=title]')!)).to.equal('März 2027');
      expect(el.shadowRoot!.activeElement).to.equal(cell(el, '2027-03-06'));
      await expectAccessible(el);
    });

    it('says so when nothing matches the search, and resets the filters on request', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2027-03' } });
      const input = $<HTMLInputElement>(el, 'input[type=search]')!;
      input.value = 'gibt es nicht';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect(visibleText($(el, '.notice')!)).to.equal('Keine Veranstaltung passt zu Suche und Filter. Filter zurücksetzen');
      $(el, '.notice button')!.click();
      await el.updateComplete;
      expect($(el, '.notice')).to.equal(null);
      expect($$(el, '[role=grid] [part~=event]')).to.have.length(1);
    });
  });

  describe('language and theme', () => {
    it('speaks English with lang="en"', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12', lang: 'en' } });
      expect(visibleText($(el, '[part~=title]')!)).to.equal('December 2026');
      expect($$(el, '[role=columnheader]').map((h) => h.textContent!.trim())).to.deep.equal(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);
      expect(dayLabel(el, '2026-12-05')).to.equal('Saturday, 5 December 2026, 1 event');
      expect(visibleText(cell(el, '2026-12-18').querySelector('.more')!)).to.equal('+3 more');
      await expectAccessible(el);
    });

    it('respects prefers-reduced-motion: no skeleton animation', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await mountCalendar({ events: new Promise(() => {}), attributes: { month: '2026-12' } });
        const day = cell(el, '2026-12-10');
        expect(getComputedStyle(day).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
      const moving = await mountCalendar({ events: new Promise(() => {}), attributes: { month: '2026-12' } });
      expect(getComputedStyle(cell(moving, '2026-12-10')).animationName).to.equal('pulse');
    });

    it('passes axe in dark mode', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12', theme: 'dark' } });
      await expectAccessible(el);
      $(el, '[data-view=list]')!.click();
      await el.updateComplete;
      await expectAccessible(el);
    });

    it('renders events given as a property (native feed shape), without fetching', async () => {
      const feed = await feedJson();
      const el = await mountCalendar({ events: feed.events, attributes: { month: '2026-12' } });
      expect(el.loadedEvents).to.have.length(13);
      expect(visibleText(cell(el, '2026-12-05').querySelector('[part~=event]')!)).to.equal('20:00 Jazz im Keller');
    });
  });
});
