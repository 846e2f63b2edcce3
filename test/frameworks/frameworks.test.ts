import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import '../../src/components/membership-badge/define.js';
import '../../src/components/ticket-reservation/define.js';
import { feedJson } from '../event-calendar/calendar-helpers.js';
import { membershipData } from '../membership-badge/badge-helpers.js';
import type { AppData, Seen } from './react-app.js';

type Mount = (container: Element, data: AppData) => { seen: Seen; unmount: () => void };

/** The apps are bundled by the test server (frameworks-plugin.mjs): React and Vue as a developer would use them. */
async function framework(name: 'react' | 'vue'): Promise<Mount> {
  const url = `/__kultur/frameworks/${name}-app.js`;
  const module = await import(/* @vite-ignore */ url);
  return name === 'react' ? module.mountReactApp : module.mountVueApp;
}

async function feedWithOneBadItem() {
  const feed = await feedJson();
  feed.events.push({ id: 'kaputt', title: 'Kaputt', start: '2026-13-01' });
  return feed;
}

const pause = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

for (const name of ['react', 'vue'] as const) {
  describe(`the widgets in a ${name === 'react' ? 'React 19' : 'Vue 3'} app`, () => {
    let uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
    let unmount: (() => void) | undefined;
    beforeEach(() => {
      uncaught = [];
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
    });
    afterEach(() => {
      unmount?.();
      unmount = undefined;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    });

    async function mountApp(data: AppData) {
      const mount = await framework(name);
      const container = await fixture<HTMLDivElement>(html`<div style="width: 960px"></div>`);
      const listened: CustomEvent[] = [];
      // A listener added the plain DOM way, next to the framework's own binding.
      container.addEventListener('kultur-load', (e) => listened.push(e as CustomEvent));
      const app = mount(container, data);
      unmount = app.unmount;
      return { container, listened, seen: app.seen };
    }

    it('hands events as a property; the handler gets detail.events and detail.problems of one bad item, once', async () => {
      const { container, listened, seen } = await mountApp({ events: await feedWithOneBadItem() });
      await waitUntil(() => seen.loads.length > 0, 'no kultur-load reached the app', { timeout: 5000 });
      await pause();
      expect(seen.loads).to.have.length(1);
      const { detail } = seen.loads[0];
      expect(detail.events).to.have.length(13);
      expect(detail.problems.map((p: { path: string }) => p.path)).to.deep.equal(['events[13].start']);
      expect(listened.filter((e) => (e.target as Element).localName === 'kultur-event-calendar')).to.deep.equal([seen.loads[0]]);
      await waitUntil(() => container.querySelector('#status')!.textContent === '13 Termine, 1 Problem(e)', 'the app did not render the load');
      expect(seen.renders, 'the app rendered again with a fresh copy of the events').to.be.greaterThan(0);
      await pause();
      expect(seen.loads, 'equal data after the re-render is no new load').to.have.length(1);
      const calendar = container.querySelector<HTMLElement & { loadedEvents: unknown[] }>('kultur-event-calendar')!;
      expect(calendar.loadedEvents).to.have.length(13);
      expect(uncaught).to.deep.equal([]);
    });

    it('survives a wrong shape: the calendar shows its error, the handler gets kultur-error, nothing is thrown', async () => {
      const { container, seen } = await mountApp({
        events: { id: 'jazz', title: 'Jazz', start: '2026-12-05T20:00:00' },
        event: { id: 'jazz', title: 'Jazz im Keller', start: '2027-03-06T20:00:00' },
        membership: { member: { id: 'im-puls' } },
      });
      await waitUntil(() => seen.errors.length > 0 && seen.badgeErrors.length > 0, 'no kultur-error reached the app', { timeout: 5000 });
      await pause();
      expect(seen.errors).to.have.length(1);
      expect(seen.errors[0].detail.error.kind).to.equal('format');
      expect(seen.badgeErrors.map((e) => e.detail.kind)).to.deep.equal(['format']);
      await waitUntil(() => container.querySelector('#status')!.textContent === 'Fehler: format', 'the app did not render the error');
      const calendar = container.querySelector('kultur-event-calendar')!;
      expect(calendar.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
      const form = container.querySelector('kultur-ticket-reservation')!;
      await waitUntil(() => form.shadowRoot!.querySelector('h2'), 'the form did not show the raw event');
      expect(form.shadowRoot!.querySelector('h2')!.textContent).to.equal('Jazz im Keller');
      expect(form.shadowRoot!.querySelector('.meta')!.textContent).to.contain('Sa, 06.03.2027, 20:00 Uhr');
      expect(uncaught).to.deep.equal([]);
    });

    it('hands a membership as a property: kultur-load with the membership and valid', async () => {
      const { seen } = await mountApp({ events: [], membership: membershipData({ validUntil: '2099-12-31' }) });
      await waitUntil(() => seen.badgeLoads.length > 0, 'no kultur-load from the badge', { timeout: 5000 });
      await pause();
      expect(seen.badgeLoads).to.have.length(1);
      expect(seen.badgeLoads[0].detail.valid).to.equal(true);
      expect(seen.badgeLoads[0].detail.membership.member.id).to.equal('im-puls');
    });
  });
}
