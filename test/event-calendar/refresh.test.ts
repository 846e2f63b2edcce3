import { expect, waitUntil } from '@open-wc/testing';
import { newBackend } from '../helpers/backend.js';
import { createEvent } from '../ticket-reservation/helpers.js';
import { $, $$, chipTitle, countEvents, mountCalendar } from './calendar-helpers.js';

const titles = (el: Element) => $$(el, '[role=grid] [part~=event]').map(chipTitle);

describe('kultur-event-calendar refresh (real backend)', function () {
  this.timeout(20_000);

  it('reloads src every `refresh` seconds, shows new events without a loading state, and stops when removed', async () => {
    const backend = await newBackend();
    await createEvent(backend.endpoint, { title: 'Erstes Konzert', start: '2026-12-12T20:00:00+01:00', end: '2026-12-12T22:00:00+01:00' });
    // Fails once armed: a reload that goes wrong on the centre's side.
    let failing = false;
    let failures = 0;
    const transform = (raw: unknown) => {
      if (!failing) return raw;
      failures++;
      throw new Error('kaputt');
    };
    const loads: number[] = [];
    const el = await mountCalendar({ attributes: { src: `${backend.endpoint}/events`, month: '2026-12', refresh: '1' }, transform });
    el.addEventListener('kultur-load', (e) => loads.push((e as CustomEvent).detail.events.length));
    expect(titles(el)).to.deep.equal(['Erstes Konzert']);
    // A loading state after the first load would make the grid busy: watch for it.
    let busy = 0;
    const observer = new MutationObserver(() => ($(el, '[role=grid][aria-busy=true]') || $(el, '.skeleton')) && busy++);
    observer.observe(el.shadowRoot!, { subtree: true, attributes: true, childList: true });

    await createEvent(backend.endpoint, { title: 'Zweites Konzert', start: '2026-12-19T20:00:00+01:00', end: '2026-12-19T22:00:00+01:00' });
    await waitUntil(() => titles(el).includes('Zweites Konzert'), 'the reload shows the new event', { timeout: 5000 });
    expect(loads).to.deep.equal([2]);

    // A reload that fails keeps the programme on screen and says so in the console only.
    failing = true;
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await createEvent(backend.endpoint, { title: 'Drittes Konzert', start: '2026-12-20T20:00:00+01:00' });
      await waitUntil(() => failures > 0 && warnings.length > 0, 'the failed reload is reported', { timeout: 5000 });
    } finally {
      console.warn = warn;
    }
    expect(String(warnings[0][0])).to.contain('could not reload its feed');
    expect($(el, '[part~=error]')).to.equal(null);
    expect(titles(el)).to.deep.equal(['Erstes Konzert', 'Zweites Konzert']);
    observer.disconnect();
    expect(busy, 'no loading state while refreshing').to.equal(0);

    // Removed from the page: no more requests.
    el.remove();
    const feedRequests = () => performance.getEntriesByType('resource').filter((e) => e.name.startsWith(`${backend.endpoint}/events`)).length;
    const before = feedRequests();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(feedRequests()).to.equal(before);
  });

  it('loads once without refresh', async () => {
    const backend = await newBackend();
    await createEvent(backend.endpoint, { title: 'Erstes Konzert', start: '2026-12-12T20:00:00+01:00' });
    const el = await mountCalendar({ attributes: { src: `${backend.endpoint}/events`, month: '2026-12' } });
    const reloads = await countEvents(el, 'kultur-load', () => new Promise((resolve) => setTimeout(resolve, 2500)));
    expect(reloads).to.equal(0);
  });
});
