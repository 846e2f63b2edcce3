import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { KulturEvent } from '../../src/data/types.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, FEED, cell, countEvents, feedJson, mountCalendar, visibleText } from './calendar-helpers.js';

const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
/** Closes the details dialog and waits until the element has noticed. */
async function closeDialog(el: Element & { updateComplete: Promise<boolean> }) {
  const dialog = el.shadowRoot!.querySelector('dialog')!;
  const closed = oneEvent(dialog, 'close');
  dialog.close();
  await closed;
  await el.updateComplete;
}
const press = async (el: Element & { updateComplete: Promise<boolean> }, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};

describe('kultur-event-calendar interaction', () => {
  describe('grid keyboard (WAI-ARIA grid pattern)', () => {
    it('has one tab stop on today, moves with arrows, Home/End and pages months with PageUp/PageDown', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      expect($$(el, '[role=gridcell][tabindex="0"]').map((c) => c.dataset.date)).to.deep.equal(['2026-12-09']);
      cell(el, '2026-12-09').focus();
      await press(el, 'ArrowRight');
      expect(focused(el)!.dataset.date).to.equal('2026-12-10');
      await press(el, 'ArrowDown');
      expect(focused(el)!.dataset.date).to.equal('2026-12-17');
      await press(el, 'ArrowLeft');
      await press(el, 'ArrowUp');
      expect(focused(el)!.dataset.date).to.equal('2026-12-09');
      await press(el, 'Home');
      expect(focused(el)!.dataset.date).to.equal('2026-12-07');
      await press(el, 'End');
      expect(focused(el)!.dataset.date).to.equal('2026-12-13');
      await press(el, 'PageDown');
      expect(visibleText($(el, '[part~=title]')!)).to.equal('Januar 2027');
      expect(focused(el)!.dataset.date).to.equal('2027-01-13');
      await press(el, 'PageUp');
      await press(el, 'PageUp');
      expect(visibleText($(el, '[part~=title]')!)).to.equal('November 2026');
      expect(focused(el)!.dataset.date).to.equal('2026-11-13');
      expect(visibleText($(el, '[role=status].live')!)).to.equal('November 2026: 0 Veranstaltungen');
    });

    it('crosses into the next month with the arrow keys', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      cell(el, '2026-12-09').focus();
      for (let i = 0; i < 4; i++) await press(el, 'ArrowDown');
      expect(visibleText($(el, '[part~=title]')!)).to.equal('Januar 2027');
      expect(focused(el)!.dataset.date).to.equal('2027-01-06');
      expect(visibleText($(el, '.live')!)).to.equal('Januar 2027: 1 Veranstaltung');
    });

    it('reaches every event by keyboard: Tab from the focused day goes through its events', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      cell(el, '2026-12-09').focus();
      for (let i = 0; i < 9; i++) await press(el, 'ArrowRight'); // → Friday 18th
      expect(focused(el)!.dataset.date).to.equal('2026-12-18');
      await press(el, 'Tab');
      expect(visibleText(focused(el)!)).to.equal('10:00 Siebdruck-Werkstatt');
      await press(el, 'Tab');
      await press(el, 'Tab');
      expect(visibleText(focused(el)!)).to.equal('+3 weitere');
      await press(el, 'Enter');
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(focused(el)!.id).to.equal('dialog-title');
    });

    it('keeps the grid while focus moves, and keeps focus on its day when the data change under it', async () => {
      const el = await mountCalendar({ events: await feedJson(), attributes: { month: '2026-12' } });
      const grid = $(el, '[role=grid]')!;
      cell(el, '2026-12-09').focus();
      await press(el, 'ArrowRight');
      // Moving the tab stop changes attributes, not the grid (its cells keep their identity and paint).
      expect($(el, '[role=grid]') === grid, 'the same grid element').to.equal(true);
      expect($$(el, '[role=gridcell][tabindex="0"]').map((c) => c.dataset.date)).to.deep.equal(['2026-12-10']);
      expect(cell(el, '2026-12-09').getAttribute('aria-selected')).to.equal('false');
      expect(cell(el, '2026-12-10').getAttribute('aria-selected')).to.equal('true');
      // New data (a reload, a page script): a new grid, and focus on the same day in it.
      const feed = await feedJson();
      feed.events.push({ id: 'neu', title: 'Neu im Programm', start: '2026-12-10T19:00:00+01:00' });
      el.events = feed;
      await el.updateComplete;
      expect($(el, '[role=grid]') === grid, 'a new grid element').to.equal(false);
      expect(focused(el)!.dataset.date).to.equal('2026-12-10');
      expect(visibleText(cell(el, '2026-12-10'))).to.contain('Neu im Programm');
    });

    it('opens the day with Enter: its only event directly, several as a list', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      cell(el, '2026-12-05').focus();
      await press(el, 'Enter');
      expect(visibleText($(el, 'dialog h2')!)).to.equal('Jazz im Keller');
    });
  });

  describe('navigation', () => {
    it('moves by month with the buttons and the methods, and announces user navigation only', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      $(el, '[part~=next]')!.click();
      await el.updateComplete;
      expect(visibleText($(el, '[part~=title]')!)).to.equal('Januar 2027');
      expect(visibleText($(el, '.live')!)).to.equal('Januar 2027: 1 Veranstaltung');
      $(el, '[part~=previous]')!.click();
      $(el, '[part~=previous]')!.click();
      await el.updateComplete;
      expect(visibleText($(el, '[part~=title]')!)).to.equal('November 2026');
      el.next();
      el.next();
      await el.updateComplete;
      expect(visibleText($(el, '[part~=title]')!)).to.equal('Januar 2027');
      el.today();
      await el.updateComplete;
      expect(visibleText($(el, '[part~=title]')!)).to.equal('Dezember 2026');
      el.previous();
      await el.updateComplete;
      expect(visibleText($(el, '[part~=title]')!)).to.equal('November 2026');
    });

    it('warns once about an invalid month and shows the current one', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
      try {
        const el = await mountCalendar({ attributes: { src: FEED, month: '2026-13' } });
        await mountCalendar({ attributes: { src: FEED, month: '2026-13' } });
        expect(visibleText($(el, '[part~=title]')!)).to.equal('Dezember 2026');
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((w) => w.includes('month="2026-13"'))).to.have.length(1);
    });
  });

  describe('details dialog', () => {
    it('shows image, date line, place, prices, status, sanitized description and actions', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12', reservation: '#reservierung' } });
      cell(el, '2026-12-05').querySelector<HTMLButtonElement>('[part~=event]')!.click();
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      const img = dialog.querySelector('img')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.alt).to.equal('Plakat: ein Saxofon im Scheinwerferlicht');
      expect(visibleText(dialog.querySelector('.when')!)).to.equal('Sa, 05.12.2026, 20:00 Uhr · Einlass 19:00 Uhr');
      expect(dialog.querySelector('.where')!.textContent!.trim()).to.match(/^IM-PULS, Saal\s*Musterstraße/);
      expect(dialog.querySelector('.where .address')!.textContent).to.equal('Musterstraße 1, 12345 Musterstadt');
      expect(visibleText(dialog.querySelector('.prices')!)).to.equal('VVK 15,00 € · ermäßigt 10,00 €');
      expect(dialog.querySelector('a[href="https://im-puls.example/programm/jazz"]')!.textContent!.trim()).to.equal('Zur Veranstaltungsseite');
      expect([...dialog.querySelectorAll('.actions > *')].map(visibleText)).to.deep.equal(['Tickets reservieren', 'In den Kalender', 'Zur Veranstaltungsseite']);
      await expectAccessible(el);
    });

    it('writes all-day, free, cancelled and few-tickets events in words', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12', reservation: '#reservierung' } });
      const open = async (date: string) => {
        cell(el, date).querySelector<HTMLButtonElement>('[part~=event]')!.click();
        await el.updateComplete;
        return $<HTMLDialogElement>(el, 'dialog')!;
      };
      let dialog = await open('2026-12-12');
      expect(visibleText(dialog.querySelector('.when')!)).to.equal('Sa, 12.12.2026 – So, 13.12.2026');
      expect(visibleText(dialog.querySelector('.prices')!)).to.equal('Eintritt frei');
      await closeDialog(el);
      dialog = await open('2026-12-08');
      expect(visibleText(dialog.querySelector('.status')!)).to.equal('abgesagt');
      expect(dialog.querySelector('.button.primary'), 'no reservation for a cancelled event').to.equal(null);
      const description = dialog.querySelector('.description')!;
      expect(description.querySelector('em')!.textContent).to.equal('Musik');
      expect(description.querySelector('script, img')).to.equal(null);
      await expectAccessible(el);
      await closeDialog(el);
      dialog = await open('2026-12-11');
      expect(visibleText(dialog.querySelector('.status')!)).to.equal('Restkarten');
      expect(visibleText(dialog.querySelector('.when')!)).to.equal('Fr, 11.12.2026, 15:00 Uhr');
      expect(visibleText(dialog.querySelector('.prices')!)).to.equal('VVK 4,50 €');
    });

    it('closes with Escape and returns focus to the event it was opened from', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      cell(el, '2026-12-05').focus();
      await press(el, 'Tab');
      const chip = focused(el)!;
      expect(visibleText(chip)).to.equal('20:00 Jazz im Keller');
      await press(el, 'Enter');
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
      await press(el, 'Escape');
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
      expect(focused(el)).to.equal(chip);
    });

    it('goes from a day list to an event and back, and returns focus to "+N weitere"', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      const more = cell(el, '2026-12-18').querySelector<HTMLButtonElement>('.more')!;
      more.focus();
      await press(el, 'Enter');
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      const events = [...dialog.querySelectorAll<HTMLButtonElement>('[part~=event]')];
      events[4].click();
      await el.updateComplete;
      expect(visibleText(dialog.querySelector('h2')!)).to.equal('Nachtkino');
      dialog.querySelector<HTMLButtonElement>('.back')!.click();
      await el.updateComplete;
      expect(visibleText(dialog.querySelector('h2')!)).to.equal('Freitag, 18. Dezember 2026');
      dialog.querySelector<HTMLButtonElement>('.close')!.click();
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(focused(el)).to.equal(more);
    });

    it('closes on a click on the backdrop (light dismiss)', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      cell(el, '2026-12-05').querySelector<HTMLButtonElement>('[part~=event]')!.click();
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      const closed = oneEvent(dialog, 'close');
      await sendMouse({ type: 'click', position: [3, 3] });
      await closed;
      expect(dialog.open).to.equal(false);
    });

    it('opens the day list with a tap on a day of the narrow grid', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12', view: 'month' }, width: 360 });
      cell(el, '2026-12-18').click();
      await el.updateComplete;
      expect(visibleText($(el, 'dialog h2')!)).to.equal('Freitag, 18. Dezember 2026');
    });

    it('fires a cancelable kultur-event-select on user action only', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      const chip = cell(el, '2026-12-05').querySelector<HTMLButtonElement>('[part~=event]')!;
      setTimeout(() => chip.click());
      const { detail } = await oneEvent(el, 'kultur-event-select');
      expect((detail as { event: KulturEvent }).event.id).to.equal('2026-12-05-jazz');
      await el.updateComplete;
      await closeDialog(el);
      el.addEventListener('kultur-event-select', (e) => e.preventDefault(), { once: true });
      chip.click();
      await el.updateComplete;
      expect($<HTMLDialogElement>(el, 'dialog')!.open, 'prevented: the page shows its own details').to.equal(false);
      const fired = await countEvents(el, 'kultur-event-select', async () => {
        el.month = '2027-01';
        el.category = 'Kino';
        el.next();
        await el.updateComplete;
      });
      expect(fired).to.equal(0);
    });

    it('builds a valid .ics file for the event on click', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      cell(el, '2026-12-05').querySelector<HTMLButtonElement>('[part~=event]')!.click();
      await el.updateComplete;
      const link = $<HTMLAnchorElement>(el, 'dialog .actions a[download]')!;
      link.addEventListener('click', (e) => e.preventDefault(), { once: true }); // no real download in the test
      link.click();
      expect(link.href).to.match(/^blob:/);
      expect(link.download).to.equal('jazz-im-keller.ics');
      const text = await (await fetch(link.href)).text();
      const lines = text.split('\r\n');
      expect(lines.slice(0, 6)).to.deep.equal(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//kultur-widgets//kultur-event-calendar//DE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT']);
      expect(lines).to.include.members([
        'UID:2026-12-05-jazz@localhost',
        'DTSTAMP:20261209T110000Z',
        'DTSTART:20261205T190000Z',
        'DTEND:20261205T213000Z',
        'SUMMARY:Jazz im Keller',
        'DESCRIPTION:Ein Abend mit dem Trio Wellenlänge.',
        'LOCATION:IM-PULS\\, Saal\\, Musterstraße 1\\, 12345 Musterstadt',
        'URL:https://im-puls.example/programm/jazz',
        'STATUS:CONFIRMED',
        'END:VEVENT',
        'END:VCALENDAR',
      ]);
      expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    });
  });

  describe('data options', () => {
    it('maps any shape through transform, and reads times without offset in the timezone attribute', async () => {
      const el = await mountCalendar({
        attributes: { month: '2026-12', timezone: 'Europe/Lisbon' },
        events: { items: [{ name: 'Fado-Abend', when: '2026-12-04T21:00:00' }] },
      });
      el.transform = (raw) => ({ events: (raw as { items: { name: string; when: string }[] }).items.map((i) => ({ title: i.name, start: i.when })) });
      await el.updateComplete;
      const chip = cell(el, '2026-12-04').querySelector('[part~=event]')!;
      expect(visibleText(chip)).to.equal('21:00 Fado-Abend');
      expect((el.loadedEvents[0] as { start: { zone: string } }).start.zone).to.equal('Europe/Lisbon');
    });
  });

  describe('ticket hand-off', () => {
    it('hands the event to the reservation element, scrolls to it, focuses it, and fires kultur-reserve', async () => {
      const target = document.createElement('div') as HTMLDivElement & { event?: KulturEvent };
      target.id = 'reservierung';
      target.tabIndex = -1;
      document.body.append(target);
      try {
        const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12', reservation: '#reservierung' } });
        cell(el, '2026-12-05').querySelector<HTMLButtonElement>('[part~=event]')!.click();
        await el.updateComplete;
        const reserve = $<HTMLButtonElement>(el, 'dialog .button.primary')!;
        setTimeout(() => reserve.click());
        const { detail } = await oneEvent(el, 'kultur-reserve');
        expect((detail as { event: KulturEvent }).event.id).to.equal('2026-12-05-jazz');
        await el.updateComplete;
        expect(target.event!.id).to.equal('2026-12-05-jazz');
        expect(target.event!.allDay).to.equal(false);
        expect(document.activeElement).to.equal(target);
        expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
      } finally {
        target.remove();
      }
    });

    it('hands the event to a real <kultur-ticket-reservation>, which takes focus', async () => {
      await import('../../src/components/ticket-reservation/define.js');
      const target = document.createElement('kultur-ticket-reservation') as HTMLElement & { event?: KulturEvent; updateComplete: Promise<unknown> };
      target.id = 'echte-reservierung';
      document.body.append(target);
      try {
        const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12', reservation: '#echte-reservierung' } });
        cell(el, '2026-12-05').querySelector<HTMLButtonElement>('[part~=event]')!.click();
        await el.updateComplete;
        $<HTMLButtonElement>(el, 'dialog .button.primary')!.click();
        await target.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(target.event!.id).to.equal('2026-12-05-jazz');
        expect(document.activeElement).to.equal(target);
      } finally {
        target.remove();
      }
    });

    it('leaves the reservation element alone when kultur-reserve is prevented', async () => {
      const target = document.createElement('div') as HTMLDivElement & { event?: KulturEvent };
      target.id = 'reservierung-2';
      document.body.append(target);
      try {
        const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12', reservation: '#reservierung-2' } });
        el.addEventListener('kultur-reserve', (e) => e.preventDefault());
        cell(el, '2026-12-05').querySelector<HTMLButtonElement>('[part~=event]')!.click();
        await el.updateComplete;
        $<HTMLButtonElement>(el, 'dialog .button.primary')!.click();
        await el.updateComplete;
        expect(target.event).to.equal(undefined);
        expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
      } finally {
        target.remove();
      }
    });

    it('offers no reservation without a reservation target or for sold-out events', async () => {
      const el = await mountCalendar({ attributes: { src: FEED, month: '2026-12' } });
      cell(el, '2026-12-05').querySelector<HTMLButtonElement>('[part~=event]')!.click();
      await el.updateComplete;
      expect($(el, 'dialog .button.primary')).to.equal(null);
      const sold = await mountCalendar({ attributes: { src: FEED, month: '2026-12', reservation: '#x' } });
      cell(sold, '2026-12-10').querySelector<HTMLButtonElement>('[part~=event]')!.click();
      await sold.updateComplete;
      expect(visibleText($(sold, 'dialog .status')!)).to.equal('ausverkauft');
      expect($(sold, 'dialog .button.primary')).to.equal(null);
    });
  });
});
