import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { KulturEventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import type { FeedProblem, KulturEvent } from '../../src/data/types.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, FEED, FIXTURES, NOW, countEvents, feedJson, mountCalendar, visibleText } from './calendar-helpers.js';

interface LoadDetail {
  events: KulturEvent[];
  problems: FeedProblem[];
}

/** A calendar connected without waiting for its load. */
async function connect(attributes: Record<string, string>, width = 960): Promise<KulturEventCalendar> {
  const el = document.createElement('kultur-event-calendar');
  el.now = NOW;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const link = document.createElement('a');
  link.href = 'https://im-puls.example/programm';
  link.textContent = 'Zum Programm';
  el.append(link);
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  box.append(el);
  document.body.append(box);
  after.push(() => box.remove());
  return el;
}
let after: (() => void)[] = [];
afterEach(() => {
  for (const f of after) f();
  after = [];
});

const jsonLd = (el: Element) => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');

describe('kultur-event-calendar states and loading', () => {
  it('loads src over HTTP and fires kultur-load with the normalized events and problems', async () => {
    const el = await connect({ src: FEED, month: '2026-12' });
    const { detail } = (await oneEvent(el, 'kultur-load')) as CustomEvent<LoadDetail>;
    expect(detail.events).to.have.length(13);
    expect(detail.problems).to.deep.equal([]);
    const jazz = detail.events.find((e) => e.id === '2026-12-05-jazz')!;
    expect(jazz.allDay).to.equal(false);
    expect(el.loadedEvents).to.equal(detail.events);
  });

  it('shows a loading skeleton with the final height reserved (no layout shift)', async () => {
    const el = await connect({ src: FEED, month: '2026-12' });
    const loaded = oneEvent(el, 'kultur-load');
    await el.updateComplete;
    expect($(el, '[role=grid]')!.getAttribute('aria-busy')).to.equal('true');
    expect(visibleText($(el, '[role=status]:not(.live)')!)).to.equal('Programm wird geladen …');
    const before = el.getBoundingClientRect().height;
    await expectAccessible(el);
    await loaded;
    await el.updateComplete;
    expect($(el, '[role=grid]')!.getAttribute('aria-busy')).to.equal('false');
    expect(el.getBoundingClientRect().height).to.equal(before);
  });

  it('shows the loading skeleton of the list and upcoming views accessibly', async () => {
    for (const attributes of [{ src: FEED, view: 'list' }, { src: FEED, view: 'upcoming' }]) {
      const el = await connect(attributes);
      const loaded = oneEvent(el, 'kultur-load');
      await el.updateComplete;
      expect($(el, '.skeleton')).to.not.equal(null);
      await expectAccessible(el);
      await loaded;
    }
  });

  it('shows an empty feed as such', async () => {
    const el = await mountCalendar({ events: [], attributes: { month: '2026-12' } });
    expect(visibleText($(el, '.notice')!)).to.equal('Zurzeit sind keine Veranstaltungen angekündigt.');
    await expectAccessible(el);
    const upcoming = await mountCalendar({ events: { events: [] }, attributes: { view: 'upcoming' } });
    expect(visibleText($(upcoming, '.notice')!)).to.equal('Zurzeit sind keine weiteren Veranstaltungen angekündigt.');
  });

  it('explains a feed without valid events, lists the problems, keeps the fallback and retries', async () => {
    const el = await connect({ src: `${FIXTURES}/kaputt.json` });
    const { detail } = (await oneEvent(el, 'kultur-error')) as CustomEvent<{ error: Error; problems: FeedProblem[] }>;
    expect(detail.problems.map((p) => p.path)).to.deep.equal(['events[0].start', 'events[1].start']);
    await el.updateComplete;
    const panel = $(el, '[part~=error]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(visibleText(panel.querySelector('.error-text')!)).to.equal('Das Programm enthält keine lesbare Veranstaltung.');
    expect(visibleText(panel.querySelector('summary')!)).to.equal('2 Hinweise zum Feed (für die Webmasterin oder den Webmaster)');
    expect(visibleText(panel.querySelectorAll('li')[1])).to.contain('events[1].start').and.contain('2026-13-01');
    const slot = $<HTMLSlotElement>(el, 'slot')!;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Zum Programm']);
    expect((slot.assignedElements()[0] as HTMLElement).offsetHeight).to.be.greaterThan(0);
    await expectAccessible(el);
    const again = await countEvents(el, 'kultur-error', async () => {
      panel.querySelector<HTMLButtonElement>('button')!.click();
      await oneEvent(el, 'kultur-error');
    });
    expect(again).to.equal(1);
  });

  it('names HTTP errors and unreadable files in words', async () => {
    const missing = await connect({ src: `${FIXTURES}/gibt-es-nicht.json` });
    await oneEvent(missing, 'kultur-error');
    await missing.updateComplete;
    expect(visibleText($(missing, '.error-text')!)).to.equal('Das Programm konnte nicht geladen werden: Der Server antwortet mit Fehler 404.');
    expect(visibleText($(missing, '.problems summary')!)).to.equal('Details');
    expect(visibleText($(missing, '.problems li')!)).to.contain('/test/event-calendar/fixtures/gibt-es-nicht.json').and.contain('404');
    const garbage = await connect({ src: `${FIXTURES}/kein-feed.json`, lang: 'en' });
    await oneEvent(garbage, 'kultur-error');
    await garbage.updateComplete;
    expect(visibleText($(garbage, '.error-text')!)).to.equal('The programme could not be read: the file is not in the expected format.');
    await expectAccessible(garbage);
  });

  it('aborts a load when src changes and shows only the newest feed', async () => {
    const el = await connect({ src: `${FIXTURES}/kaputt.json` });
    el.src = FEED;
    let errors = 0;
    el.addEventListener('kultur-error', () => errors++);
    const { detail } = (await oneEvent(el, 'kultur-load')) as CustomEvent<LoadDetail>;
    expect(detail.events).to.have.length(13);
    await new Promise((r) => setTimeout(r, 100));
    expect(errors).to.equal(0);
  });

  it('fires one kultur-load for data given as a property (issue #16), and reads the array without keeping a copy', async () => {
    const feed = await feedJson();
    const el = await mountCalendar({ attributes: { month: '2026-12' } });
    const fired = await countEvents(el, 'kultur-load', async () => {
      el.events = feed.events;
      await el.updateComplete;
    });
    expect(fired).to.equal(1);
    expect(el.events).to.equal(feed.events);
    expect(el.loadedEvents).to.have.length(13);
  });

  describe('structured data', () => {
    it('writes one schema.org JSON-LD script in the light DOM with the upcoming events', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' }, now: new Date('2026-12-01T12:00:00+01:00') });
      const scripts = el.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0].textContent!);
      expect(data['@context']).to.equal('https://schema.org');
      const graph = data['@graph'] as Record<string, unknown>[];
      expect(graph).to.have.length(13);
      const jazz = graph[0];
      expect(jazz.image).to.match(/^http:\/\/[^/]+\/test\/event-calendar\/fixtures\/plakat\.svg$/);
      delete jazz.image;
      expect(jazz).to.deep.equal({
        '@type': 'Event',
        name: 'Jazz im Keller',
        startDate: '2026-12-05T20:00:00+01:00',
        endDate: '2026-12-05T22:30:00+01:00',
        doorTime: '2026-12-05T19:00:00+01:00',
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        description: 'Ein Abend mit dem Trio Wellenlänge.',
        location: { '@type': 'Place', name: 'IM-PULS, Saal', address: 'Musterstraße 1, 12345 Musterstadt' },
        url: 'https://im-puls.example/programm/jazz',
        offers: [
          { '@type': 'Offer', name: 'Normal', price: 15, priceCurrency: 'EUR', availability: 'https://schema.org/InStock', url: 'https://im-puls.example/programm/jazz' },
          { '@type': 'Offer', name: 'ermäßigt', price: 10, priceCurrency: 'EUR', availability: 'https://schema.org/InStock', url: 'https://im-puls.example/programm/jazz' },
        ],
      });
      const byName = (name: string) => graph.find((g) => g.name === name)!;
      expect(byName('Lesung: Heimatkunde aus der Wetterau').eventStatus).to.equal('https://schema.org/EventCancelled');
      expect(byName('Lesung: Heimatkunde aus der Wetterau').description).to.equal('Mit Musik von Anna Beispiel.');
      expect(byName('Ü30-Party').eventStatus).to.equal('https://schema.org/EventPostponed');
      expect((byName('Improvisationstheater „Die Spontanen“').offers as { availability: string }[])[0].availability).to.equal('https://schema.org/SoldOut');
      expect((byName('Kinderkino: Die Schatzinsel').offers as { availability: string }[])[0].availability).to.equal('https://schema.org/LimitedAvailability');
      // 12–13 Dec: the feed's exclusive end 14 Dec is schema.org's last day 13 Dec.
      expect(byName('Winterflohmarkt')).to.include({ startDate: '2026-12-12', endDate: '2026-12-13', isAccessibleForFree: true });
    });

    it('escapes "<" so feed text cannot end the script, updates on reload and is removed on disconnect', async () => {
      const feed = await feedJson();
      feed.events[0].title = 'Jazz </script><script>alert(1)</script>';
      const el = await mountCalendar({ events: feed, attributes: { month: '2026-12' }, now: new Date('2026-12-01T12:00:00+01:00') });
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(script.textContent).to.contain('Jazz \\u003c/script>\\u003cscript>alert(1)\\u003c/script>');
      expect(JSON.parse(script.textContent!)['@graph'][0].name).to.equal('Jazz </script><script>alert(1)</script>');
      el.events = [feed.events[1]];
      await el.updateComplete;
      const updated = el.querySelectorAll('script[type="application/ld+json"]');
      expect(updated).to.have.length(1);
      expect(JSON.parse(updated[0].textContent!)['@graph'].map((g: { name: string }) => g.name)).to.deep.equal(['Winterflohmarkt']);
      const parent = el.parentElement!;
      el.remove();
      expect(el.querySelector('script')).to.equal(null);
      parent.append(el);
      await el.updateComplete;
      expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    });

    it('writes nothing with structured-data="off"', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12', 'structured-data': 'off' } });
      expect(jsonLd(el)).to.equal(null);
      el.structuredData = 'on';
      await el.updateComplete;
      expect(jsonLd(el)).to.not.equal(null);
    });
  });

  it('works under a strict CSP with Trusted Types required (JSON-LD through a policy, no violations)', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    document.body.append(frame);
    after.push(() => frame.remove());
    frame.src = `${FIXTURES}/csp.html`;
    await oneEvent(frame, 'load');
    const win = frame.contentWindow as Window & { __violations: string[]; __errors: string[] };
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('kultur-event-calendar script[type="application/ld+json"]'), 'JSON-LD written', { timeout: 5000 });
    const cal = doc.querySelector('kultur-event-calendar')!;
    expect(cal.shadowRoot!.querySelectorAll('[role=gridcell]').length).to.equal(35);
    // Open a details dialog with a sanitized HTML description.
    cal.shadowRoot!.querySelector<HTMLButtonElement>('[data-date="2026-12-08"] [part~=event]')!.click();
    await (cal as KulturEventCalendar).updateComplete;
    expect(cal.shadowRoot!.querySelector('dialog .description em')!.textContent).to.equal('Musik');
    // The fixture's hostile `<img onerror>` is reported once by the sanitizer's inert parse: CSP blocking
    // the feed's inline handler, as it should. Nothing the widget itself does may cause a violation.
    expect(win.__violations.filter((v) => !v.startsWith('script-src-attr: inline'))).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    // The page really enforces Trusted Types.
    expect(() => {
      doc.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw();
  });

  it('keeps working inside a page with aggressive global CSS', async () => {
    const style = document.createElement('style');
    style.textContent = `
      * { box-sizing: content-box !important; letter-spacing: 3px; text-transform: uppercase; line-height: 3; }
      div, button, h2, ul, li { padding: 30px !important; margin: 20px !important; display: inline !important; }
      button { background: hotpink !important; border: 5px dashed lime !important; }
      [role=grid], dialog, .day { display: none !important; }
      kultur-event-calendar { white-space: pre; text-indent: 40px; word-spacing: 20px; font-style: italic; }
    `;
    document.head.append(style);
    after.push(() => style.remove());
    const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
    const day = $(el, '[data-date="2026-12-05"]')!;
    const cs = getComputedStyle(day);
    expect(cs.display).to.equal('flex');
    const perDay = (el.getBoundingClientRect().width - 2) / 7;
    expect(day.getBoundingClientRect().width).to.be.within(perDay - 2, perDay + 1);
    const chip = day.querySelector('[part~=event]')!;
    expect(getComputedStyle(chip).backgroundColor).not.to.equal('rgb(255, 105, 180)');
    expect(getComputedStyle($(el, '.cal')!).whiteSpace).to.equal('normal');
    expect(getComputedStyle($(el, '.cal')!).textIndent).to.equal('0px');
    expect($$(el, '[role=gridcell]')).to.have.length(35);
  });
});
