import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/event-calendar/define.js';

/**
 * Every view × state, driven by the `events` property (a feed in the native shape, a never-settling
 * Promise for "loading", unusable data for "error"), so the stories need no server. "Now" is pinned
 * to Wednesday 9 December 2026 so that today, past days and "upcoming" look the same every day.
 */

const NOW = new Date('2026-12-09T12:00:00+01:00');
const PLACE = { name: 'IM-PULS, Saal', address: 'Musterstraße 1, 12345 Musterstadt' };
const OFFERS = [
  { id: 'normal', name: 'Normal', price: 15, currency: 'EUR' },
  { id: 'reduced', name: 'ermäßigt', price: 10, currency: 'EUR' },
];
const POSTER =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90"><rect width="160" height="90" fill="#2b2118"/>' +
      '<circle cx="58" cy="45" r="26" fill="#e8b04a"/><rect x="92" y="22" width="44" height="8" rx="4" fill="#f3f0ea"/>' +
      '<rect x="92" y="40" width="32" height="6" rx="3" fill="#b9b3a9"/><rect x="92" y="54" width="38" height="6" rx="3" fill="#b9b3a9"/></svg>',
  );

type Item = Record<string, unknown>;
const at = (day: number, time: string, month = '12', year = '2026') => `${year}-${month}-${String(day).padStart(2, '0')}T${time}:00+01:00`;

/** A December programme of a small centre: concerts, theatre, readings, cinema, workshops. */
function programme(): Item[] {
  const plan: [number, string, string, string, Item?][] = [
    [1, '19:30', 'Lesung: Heimatkunde aus der Wetterau', 'Lesung'],
    [3, '20:00', 'Jazz im Keller: Trio Wellenlänge', 'Konzert', { image: POSTER, imageAlt: 'Plakat des Trios Wellenlänge' }],
    [4, '15:00', 'Kinderkino: Die Schatzinsel', 'Kino', { availability: { remaining: 6, capacity: 80 } }],
    [5, '20:00', 'Improvisationstheater „Die Spontanen“', 'Theater', { status: 'soldout' }],
    [8, '19:00', 'Siebdruck-Werkstatt', 'Workshop'],
    [10, '20:00', 'Poetry Slam', 'Lesung', { status: 'cancelled' }],
    [11, '21:00', 'Folk-Abend mit offener Bühne', 'Konzert'],
    [12, '16:00', 'Kinderkino: Ronja Räubertochter', 'Kino'],
    [15, '19:30', 'Chorkonzert zum Advent', 'Konzert'],
    [17, '20:00', 'Kabarett: Hessisch für Fortgeschrittene', 'Theater', { status: 'postponed' }],
    [18, '20:00', 'Jazz im Keller: Session', 'Konzert'],
    [19, '22:00', 'Ü30-Party', 'Party'],
    [22, '18:00', 'Offenes Café', 'Treff', { free: true }],
    [29, '20:00', 'Jahresrückblick mit Musik', 'Theater'],
  ];
  const events: Item[] = plan.map(([day, time, title, category, extra], i) => ({
    id: `e${i}`,
    title,
    start: at(day, time),
    end: at(day, `${String(+time.slice(0, 2) + 2).padStart(2, '0')}${time.slice(2)}`),
    doors: at(day, `${String(+time.slice(0, 2) - 1).padStart(2, '0')}${time.slice(2)}`),
    category,
    description: 'Ein Abend für alle, die gute Musik, gute Gesellschaft und gute Getränke mögen.\nEinlass eine Stunde vor Beginn.',
    location: PLACE,
    url: 'https://im-puls.example/programm',
    status: 'scheduled',
    offers: OFFERS,
    availability: { remaining: 60, capacity: 120 },
    reservable: true,
    ...extra,
  }));
  events.push({ id: 'markt', title: 'Winterflohmarkt', start: '2026-12-12', end: '2026-12-14', allDay: true, category: 'Markt', location: { name: 'IM-PULS, Hof' }, free: true, offers: [], reservable: false });
  events.push({ id: 'slam', title: 'Poetry Slam', start: at(15, '20:00', '01', '2027'), category: 'Lesung', offers: OFFERS, reservable: true });
  return events;
}

/** Five to seven events on several days. */
function crowded(): Item[] {
  const titles = ['Yoga am Morgen', 'Repair-Café', 'Seniorentreff', 'Kindertheater', 'Chorprobe', 'Konzert', 'Tanzabend'];
  const events: Item[] = [];
  for (const day of [4, 5, 11, 12, 18, 19]) {
    const count = 5 + (day % 3);
    for (let i = 0; i < count; i++) {
      events.push({ id: `c${day}-${i}`, title: titles[i], start: at(day, `${String(9 + i * 2).padStart(2, '0')}:00`), category: i % 2 ? 'Kurs' : 'Kultur', location: PLACE, offers: [], free: true, reservable: false });
    }
  }
  return events;
}

/** Titles as German centres write them. */
function longTitles(): Item[] {
  return [
    ['Donaudampfschifffahrtsgesellschaftskapitänsball', 5],
    ['Generalversammlung des Fördervereins für Soziokultur und Stadtteilarbeit e.V. mit anschließendem Umtrunk', 8],
    ['Lesung und Gespräch: „Wie wir wurden, was wir sind – Geschichten aus fünfzig Jahren Jugendzentrumsbewegung“', 10],
    ['Kinder- und Jugendbuchwochenendwerkstatt', 12],
  ].map(([title, day], i) => ({ id: `l${i}`, title, start: at(day as number, '19:00'), category: 'Lang', location: PLACE, offers: OFFERS, reservable: true }));
}

/** Cancelled, postponed, sold out and few tickets side by side. */
function statuses(): Item[] {
  return [
    { id: 's1', title: 'Poetry Slam', start: at(10, '20:00'), status: 'cancelled', category: 'Lesung' },
    { id: 's2', title: 'Kabarett', start: at(11, '20:00'), status: 'postponed', category: 'Theater' },
    { id: 's3', title: 'Improvisationstheater', start: at(12, '20:00'), status: 'soldout', category: 'Theater' },
    { id: 's4', title: 'Kinderkino', start: at(13, '15:00'), availability: { remaining: 3, capacity: 80 }, category: 'Kino' },
    { id: 's5', title: 'Jazz im Keller', start: at(14, '20:00'), availability: { remaining: 80, capacity: 120 }, category: 'Konzert' },
  ].map((e) => ({ location: PLACE, offers: OFFERS, reservable: true, ...e }));
}

interface CalendarArgs {
  view: 'auto' | 'month' | 'list' | 'upcoming';
  month: string;
  limit: number;
  category: string;
  lang: string;
  theme: 'auto' | 'light' | 'dark';
  weekNumbers: boolean;
  width: string;
  events: unknown;
}

const render = (args: Partial<CalendarArgs>) => html`
  <div style=${styleMap({ maxWidth: args.width ?? '1000px' })}>
    <kultur-event-calendar
      view=${args.view ?? 'auto'}
      month=${args.month ?? '2026-12'}
      limit=${args.limit ?? 5}
      category=${args.category || nothing}
      lang=${args.lang || nothing}
      theme=${args.theme && args.theme !== 'auto' ? args.theme : nothing}
      ?data-theme-pinned=${!!args.theme && args.theme !== 'auto'}
      ?week-numbers=${args.weekNumbers}
      .now=${NOW}
      .events=${args.events}
    >
      <a href="https://im-puls.example/programm">Zum Programm</a>
    </kultur-event-calendar>
  </div>
`;

const meta: Meta<CalendarArgs> = {
  title: 'Widgets/Veranstaltungskalender',
  component: 'kultur-event-calendar',
  render,
  args: { view: 'auto', month: '2026-12', limit: 5, category: '', lang: '', theme: 'auto', weekNumbers: false, width: '1000px', events: programme() },
  argTypes: {
    view: { control: 'inline-radio', options: ['auto', 'month', 'list', 'upcoming'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['', 'de', 'en'] },
    width: { control: 'text' },
    events: { control: 'object' },
  },
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<CalendarArgs>;

export const Month: Story = {};
export const MonthWithWeekNumbers: Story = { args: { weekNumbers: true } };
export const List: Story = { args: { view: 'list' } };
export const Upcoming: Story = { args: { view: 'upcoming', width: '340px' } };
export const Narrow: Story = { name: 'Narrow (agenda by default)', args: { width: '380px' } };
export const NarrowMonth: Story = { name: 'Narrow month grid', args: { width: '380px', view: 'month' } };
export const Loading: Story = { args: { events: new Promise(() => {}) } };
export const LoadingList: Story = { args: { view: 'list', events: new Promise(() => {}) } };
export const LoadingUpcoming: Story = { args: { view: 'upcoming', width: '340px', events: new Promise(() => {}) } };
export const Empty: Story = { args: { events: [] } };
export const EmptyMonth: Story = { name: 'Empty month (offers the next)', args: { month: '2026-11' } };
export const ErrorNoValidEvents: Story = { name: 'Error (feed without valid events)', args: { events: [{ title: 'Ohne Datum' }, { title: 'Falsches Datum', start: '2026-13-01' }] } };
export const ErrorFormat: Story = { name: 'Error (not a feed)', args: { events: { programm: 'Dezember' } } };
export const ManyEventsPerDay: Story = { args: { events: crowded() } };
export const ManyEventsPerDayList: Story = { args: { events: crowded(), view: 'list' } };
export const LongGermanTitles: Story = { args: { events: longTitles() } };
export const LongGermanTitlesNarrow: Story = { args: { events: longTitles(), width: '360px' } };
export const CancelledAndSoldOut: Story = { args: { events: statuses() } };
export const CancelledAndSoldOutList: Story = { args: { events: statuses(), view: 'list' } };
export const FilteredByCategory: Story = { args: { category: 'Konzert, Kino' } };
export const English: Story = { args: { lang: 'en' } };
export const EnglishList: Story = { args: { lang: 'en', view: 'list' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkList: Story = { args: { theme: 'dark', view: 'list' } };
export const DarkUpcoming: Story = { args: { theme: 'dark', view: 'upcoming', width: '340px' } };

/** The details dialog, opened on the jazz evening. */
export const DetailsDialog: Story = {
  play: async ({ canvasElement }) => {
    const calendar = canvasElement.querySelector('kultur-event-calendar')!;
    await (calendar as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    calendar.shadowRoot!.querySelector<HTMLButtonElement>('[data-date="2026-12-03"] [part~=event]')?.click();
  },
};
