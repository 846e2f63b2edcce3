import { expect } from '@open-wc/testing';
import type { CalendarErrorDetail, CalendarLoadDetail } from '../../src/components/event-calendar/event-calendar.js';
import { FeedError } from '../../src/data/fetch-json.js';
import { $, feedJson, mountCalendar } from './calendar-helpers.js';

/** Every `type` event of `el` from now on. */
function record<T>(el: Element, type: string): CustomEvent<T>[] {
  const seen: CustomEvent<T>[] = [];
  el.addEventListener(type, (e) => seen.push(e as CustomEvent<T>));
  return seen;
}
const settle = async (el: { updateComplete: Promise<unknown> }) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
};

describe('kultur-event-calendar: the events property is read like a feed', () => {
  it('fires kultur-load with the normalized events and the problems of a bad item, once per change of data', async () => {
    const feed = await feedJson();
    feed.events.push({ id: 'kaputt', title: 'Kaputt', start: '2026-13-01' });
    const el = await mountCalendar({ attributes: { month: '2026-12' } });
    const loads = record<CalendarLoadDetail>(el, 'kultur-load');
    el.events = feed;
    await settle(el);
    expect(loads).to.have.length(1);
    expect(loads[0].detail.events).to.have.length(13);
    expect(loads[0].detail.events).to.equal(el.loadedEvents);
    expect(loads[0].detail.problems.map((p) => `${p.path} ${p.severity}`)).to.deep.equal(['events[13].start error']);
    expect(loads[0].bubbles && loads[0].composed).to.equal(true);

    el.events = structuredClone(feed); // what a framework's render hands over again
    await settle(el);
    expect(loads, 'equal data is no new load').to.have.length(1);

    const changed = structuredClone(feed);
    changed.events[0].title = 'Jazz im Hof';
    el.events = changed;
    await settle(el);
    expect(loads).to.have.length(2);
    expect(loads[1].detail.events.map((e) => e.title)).to.include('Jazz im Hof');
  });

  it('a Promise of events fires kultur-load when it settled and was read', async () => {
    const feed = await feedJson();
    const el = await mountCalendar({ attributes: { month: '2026-12' } });
    const loads = record<CalendarLoadDetail>(el, 'kultur-load');
    el.events = Promise.resolve(feed);
    await settle(el);
    expect(loads.map((e) => e.detail.events.length)).to.deep.equal([13]);
  });

  it('a wrong shape never throws: the error panel, one kultur-error with a FeedError, not again for the same shape', async () => {
    const el = await mountCalendar({ attributes: { month: '2026-12' } });
    const errors = record<CalendarErrorDetail>(el, 'kultur-error');
    const loads = record<CalendarLoadDetail>(el, 'kultur-load');
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    window.addEventListener('error', onError);
    try {
      el.events = { id: 'jazz', title: 'Jazz', start: '2026-12-05T20:00:00' };
      await settle(el);
      el.events = { id: 'jazz', title: 'Jazz', start: '2026-12-05T20:00:00' };
      await settle(el);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
    expect(loads).to.have.length(0);
    expect(errors).to.have.length(1);
    expect(errors[0].detail.error).to.be.instanceOf(FeedError);
    expect((errors[0].detail.error as FeedError).kind).to.equal('format');
    expect($(el, '[part="error"]')).to.not.equal(null);

    el.events = [{ id: 'kaputt', title: 'Kaputt', start: 'bald' }];
    await settle(el);
    expect(errors).to.have.length(2);
    expect((errors[1].detail.error as FeedError).kind).to.equal('empty');
    expect(errors[1].detail.problems.map((p) => p.path)).to.deep.equal(['events[0].start']);
  });
});
