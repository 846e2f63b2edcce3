import { expect } from '@open-wc/testing';
import { clearFeedCache } from '../../src/data/load-feed.js';
import { $$, mountCalendar, visibleText } from './calendar-helpers.js';

const FEED = '/test/corpus/ics/thunderbird-no-summary.ics';

describe('kultur-event-calendar: events without a title (iCalendar without SUMMARY)', () => {
  beforeEach(clearFeedCache);

  it('shows them with the localized neutral title in the grid and in the loaded events', async () => {
    const el = await mountCalendar({ attributes: { src: FEED, month: '2026-06', lang: 'de' }, now: new Date('2026-06-01T12:00:00+02:00') });
    const untitled = el.loadedEvents.filter((e) => e.untitled);
    expect(untitled.map((e) => e.title)).to.deep.equal(['Ohne Titel', 'Ohne Titel']);
    expect(el.problems.map((p) => p.path)).to.include('VEVENT[0].SUMMARY');
    expect($$(el, '[role=gridcell] button').map((b) => visibleText(b)).some((t) => t.includes('Ohne Titel'))).to.equal(true);
  });

  it('uses the English title on an English page', async () => {
    const el = await mountCalendar({ attributes: { src: FEED, month: '2026-06', lang: 'en' }, now: new Date('2026-06-01T12:00:00+02:00') });
    expect(el.loadedEvents.filter((e) => e.untitled).map((e) => e.title)).to.deep.equal(['Untitled', 'Untitled']);
  });
});
