import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/ticket-reservation/define.js';
import { ReservationError, type ReservationTransport } from '../src/components/ticket-reservation/api.js';
import type { KulturTicketReservation } from '../src/components/ticket-reservation/ticket-reservation.js';
import type { Availability, AvailabilityStatus, Reservation, ReservationRequest } from '../src/components/ticket-reservation/types.js';

/**
 * Every state of the reservation form without a backend: the element's `transport` property is
 * given an in-memory fake (stories only; the tests use the real reference backend). States that
 * need a visitor (errors, submitting, timeout, 409, confirmed) are reached by each story's `play`.
 */

const FEED = {
  events: [
    {
      id: 'jazz-im-keller',
      title: 'Jazz im Keller: Trio Nachtschwärmer',
      start: '2027-03-06T20:00:00+01:00',
      end: '2027-03-06T22:30:00+01:00',
      location: { name: 'IM-PULS, Saal', address: 'Musterstraße 1, 12345 Musterstadt' },
      reservable: true,
      offers: [
        { id: 'normal', name: 'Normal', price: 15, currency: 'EUR' },
        { id: 'reduced', name: 'ermäßigt', price: 10, currency: 'EUR' },
      ],
    },
    {
      id: 'lesung',
      title: 'Lesung: Geschichten vom Fluss',
      start: '2027-03-12T19:30:00+01:00',
      location: { name: 'IM-PULS, Café' },
      reservable: true,
      offers: [{ id: 'normal', name: 'Eintritt', price: 8, currency: 'EUR' }],
    },
    {
      id: 'kindertheater',
      title: 'Kindertheater: Der kleine Drache',
      start: '2027-03-14T15:00:00+01:00',
      location: { name: 'IM-PULS, Saal' },
      reservable: true,
      offers: [
        { id: 'kinder', name: 'Kinder', price: 5, currency: 'EUR' },
        { id: 'erwachsene', name: 'Erwachsene', price: 8, currency: 'EUR' },
      ],
    },
  ],
};

type Outcome = 'confirm' | 'hang' | 'timeout' | 'conflict' | 'offline';

const availability = (status: AvailabilityStatus, remaining: number): Availability => ({
  eventId: 'jazz-im-keller',
  status,
  remaining: status === 'available' || status === 'few' ? remaining : 0,
  offers: [
    { id: 'normal', remaining },
    { id: 'reduced', remaining },
  ],
  maxPerOrder: 10,
});

/** An in-memory backend: answers from `FEED`, with a fixed availability and a chosen outcome. */
class FakeTransport implements ReservationTransport {
  #calls = 0;
  constructor(
    private readonly state: Availability,
    private readonly outcome: Outcome = 'confirm',
  ) {}

  async events(): Promise<unknown> {
    return FEED;
  }

  async availability(eventId: string): Promise<Availability> {
    // After a 409 the next look shows fewer seats, as the real backend would.
    const afterConflict = this.outcome === 'conflict' && this.#calls++ >= 2;
    return { ...(afterConflict ? availability('few', 1) : this.state), eventId };
  }

  async reserve(request: ReservationRequest): Promise<Reservation> {
    await new Promise((resolve) => setTimeout(resolve, 200));
    switch (this.outcome) {
      case 'hang':
        return new Promise(() => {});
      case 'timeout':
        throw new ReservationError('timeout', 'no answer in time (story)');
      case 'offline':
        throw new ReservationError('offline', 'offline (story)');
      case 'conflict':
        throw new ReservationError('conflict', '409 (story)', { status: 409, remaining: 1 });
    }
    const prices: Record<string, number> = { normal: 15, reduced: 10 };
    return {
      code: 'K7X2QP',
      eventId: request.eventId,
      tickets: request.tickets,
      total: request.tickets.reduce((sum, t) => sum + (prices[t.offerId] ?? 0) * t.quantity, 0),
      currency: 'EUR',
      status: 'confirmed',
      pickupNote: 'Bitte holen Sie Ihre Karten bis 30 Minuten vor Beginn an der Abendkasse ab.',
      cancelUrl: '#storno',
    };
  }
}

interface Args {
  status: AvailabilityStatus;
  remaining: number;
  outcome: Outcome;
  eventId: string;
  fields: string;
  newsletter: boolean;
  maxTickets: number;
  phoneFallback: string;
  privacyUrl: string;
  lang: string;
  theme: 'auto' | 'light' | 'dark';
}

const render = (args: Args) => html`<kultur-ticket-reservation
  event-id=${args.eventId || nothing}
  fields=${args.fields || nothing}
  ?newsletter=${args.newsletter}
  max-tickets=${args.maxTickets}
  phone-fallback=${args.phoneFallback || nothing}
  privacy-url=${args.privacyUrl || nothing}
  lang=${args.lang || nothing}
  theme=${args.theme !== 'auto' ? args.theme : nothing}
  ?data-theme-pinned=${args.theme !== 'auto'}
  .transport=${new FakeTransport(availability(args.status, args.remaining), args.outcome)}
></kultur-ticket-reservation>`;

const meta: Meta<Args> = {
  title: 'Widgets/Ticket reservation',
  component: 'kultur-ticket-reservation',
  render,
  args: {
    status: 'available',
    remaining: 42,
    outcome: 'confirm',
    eventId: 'jazz-im-keller',
    fields: '',
    newsletter: false,
    maxTickets: 10,
    phoneFallback: '0561 123 45 67',
    privacyUrl: '/datenschutz.html',
    lang: '',
    theme: 'auto',
  },
  argTypes: {
    status: { control: 'select', options: ['available', 'few', 'online_soldout', 'soldout', 'closed', 'cancelled'] },
    outcome: { control: 'select', options: ['confirm', 'hang', 'timeout', 'conflict', 'offline'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

// ---- visitor steps for `play`

async function form(canvasElement: HTMLElement): Promise<KulturTicketReservation> {
  const el = canvasElement.querySelector('kultur-ticket-reservation')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('form'); i++) await new Promise((r) => setTimeout(r, 20));
  return el;
}

async function fill(el: KulturTicketReservation, name: string, value: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function order(el: KulturTicketReservation) {
  for (const [offer, times] of [['normal', 2], ['reduced', 1]] as const) {
    for (let i = 0; i < times; i++) {
      el.shadowRoot!.querySelector<HTMLElement>(`[aria-controls="offer-${offer}"]:last-child`)?.click();
      await el.updateComplete;
    }
  }
  await fill(el, 'name', 'Erika Mustermann');
  await fill(el, 'email', 'erika@example.org');
}

const submit = (el: KulturTicketReservation) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

// ---- stories

/** The form as it first appears for a preset event. */
export const Available: Story = {};

/** No `event-id`: a labelled choice of upcoming reservable events. */
export const ChooseEvent: Story = { args: { eventId: '' } };

/** Tickets chosen, the total updates live, name and e-mail filled in. */
export const Filling: Story = {
  play: async ({ canvasElement }) => order(await form(canvasElement)),
};

/** With the optional phone and message fields and the newsletter opt-in. */
export const OptionalFields: Story = {
  args: { fields: 'phone message', newsletter: true },
  play: async ({ canvasElement }) => order(await form(canvasElement)),
};

/** Sent empty: the error summary receives focus and links to each field. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    await fill(el, 'email', 'erika@');
    submit(el);
  },
};

/** While the reservation is on its way: the button is busy and says so. */
export const Submitting: Story = {
  args: { outcome: 'hang' },
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    await order(el);
    submit(el);
  },
};

/** No answer in time: the form stays filled and offers "Erneut versuchen" (same attempt). */
export const Timeout: Story = {
  args: { outcome: 'timeout' },
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    await order(el);
    submit(el);
  },
};

/** 409: someone was faster; availability is refreshed and the steppers corrected. */
export const Conflict: Story = {
  args: { outcome: 'conflict', status: 'few', remaining: 4 },
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    await order(el);
    submit(el);
  },
};

/** Offline: the reservation waits for the connection and is sent then. */
export const Offline: Story = {
  args: { outcome: 'offline' },
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    await order(el);
    submit(el);
  },
};

/** Few seats left. */
export const FewLeft: Story = { args: { status: 'few', remaining: 4 } };

/** The online quota is gone, tickets remain at the box office. */
export const BoxOfficeOnly: Story = { args: { status: 'online_soldout' } };

export const SoldOut: Story = { args: { status: 'soldout' } };

/** Online reservations have closed (shortly before the start). */
export const Closed: Story = { args: { status: 'closed' } };

export const Cancelled: Story = { args: { status: 'cancelled' } };

/** Reservation code, summary, pickup rule, .ics, cancellation link; focus on the heading. */
export const Confirmed: Story = {
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    await order(el);
    submit(el);
  },
};

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    submit(el);
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#121110;padding:1rem">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    await fill(el, 'email', 'erika@');
    submit(el);
  },
};
