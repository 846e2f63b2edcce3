import { expect } from '@open-wc/testing';
import { retryAfterSeconds } from '../../src/components/ticket-reservation/reserve-api.js';
import { offerMax, orderLimit, orderTotal, ticketLines } from '../../src/components/ticket-reservation/availability.js';
import { reservableEvents } from '../../src/components/ticket-reservation/event-source.js';
import { normalizeFeed } from '../../src/data/load-feed.js';
import { reservationIcs } from '../../src/components/ticket-reservation/ics-download.js';
import { fitQuantities } from '../../src/components/ticket-reservation/submission.js';
import type { Availability } from '../../src/components/ticket-reservation/types.js';
import { emptyContact, errorKey, validateAll } from '../../src/components/ticket-reservation/validation.js';

const offers = [
  { id: 'normal', name: 'Normal', price: 15, currency: 'EUR' },
  { id: 'reduced', name: 'ermäßigt', price: 10.1, currency: 'EUR' },
];
const open = (remaining: number, perOffer?: Record<string, number>): Availability => ({
  eventId: 'e',
  status: remaining <= 5 ? 'few' : 'available',
  remaining,
  offers: perOffer && Object.entries(perOffer).map(([id, left]) => ({ id, remaining: left })),
});

describe('reservation order logic (pure functions)', () => {
  it('bounds each category by seats left, its own stock and the per-order limit', () => {
    expect(offerMax('normal', { normal: 0, reduced: 0 }, open(42), 10)).to.equal(10);
    expect(offerMax('normal', { normal: 0, reduced: 3 }, open(42), 10)).to.equal(7);
    expect(offerMax('normal', { normal: 0, reduced: 3 }, open(4), 10)).to.equal(1);
    expect(offerMax('reduced', { normal: 1 }, open(42, { normal: 40, reduced: 2 }), 10)).to.equal(2);
    expect(offerMax('normal', {}, { ...open(0), status: 'online_soldout' }, 10)).to.equal(0);
    expect(orderLimit(10, { ...open(42), maxPerOrder: 6 })).to.equal(6);
    expect(orderLimit(4, { ...open(42), maxPerOrder: 6 })).to.equal(4);
  });

  it('fits an order to fewer seats, category by category in the order shown', () => {
    expect(fitQuantities(offers, { normal: 3, reduced: 2 }, open(4), 10)).to.deep.equal([{ normal: 3, reduced: 1 }, true]);
    expect(fitQuantities(offers, { normal: 1, reduced: 1 }, open(4), 10)).to.deep.equal([{ normal: 1, reduced: 1 }, false]);
    expect(fitQuantities(offers, { normal: 2 }, { ...open(0), status: 'soldout' }, 10)).to.deep.equal([{ normal: 0, reduced: 0 }, true]);
  });

  it('totals in cents and lists only chosen categories', () => {
    expect(orderTotal(offers, { normal: 1, reduced: 3 })).to.equal(45.3);
    expect(ticketLines({ normal: 2, reduced: 0 })).to.deep.equal([{ offerId: 'normal', quantity: 2 }]);
  });

  it('validates in field order with the backend codes, and maps codes to message keys', () => {
    const values = { ...emptyContact(), email: 'a@b' };
    expect(validateAll(['tickets', 'name', 'email', 'phone'], values, { count: 0, max: 10 })).to.deep.equal({
      tickets: 'required',
      name: 'required',
      email: 'invalid_email',
    });
    expect(validateAll(['phone'], { ...values, phone: '+49 (0)30 123-4567' }, { count: 1, max: 10 })).to.deep.equal({});
    expect(validateAll(['tickets'], values, { count: 11, max: 10 })).to.deep.equal({ tickets: 'too_many' });
    expect(errorKey('email', 'invalid_email')).to.equal('errorEmailInvalid');
    expect(errorKey('name', 'something_new')).to.equal('errorInvalid');
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('7')).to.equal(7);
    expect(retryAfterSeconds(null)).to.equal(5);
    expect(retryAfterSeconds(new Date(Date.UTC(2026, 0, 1, 0, 0, 30)).toUTCString(), Date.UTC(2026, 0, 1))).to.equal(30);
  });

  it('reads native events and offers only upcoming reservable ones', () => {
    const { events } = normalizeFeed({
      events: [
        { id: 'a', title: 'A', start: '2027-01-02T20:00:00+01:00', offers, reservable: true },
        { id: 'b', title: 'B', start: '2027-01-01T20:00:00+01:00', offers, status: 'cancelled', reservable: true },
        { id: 'c', title: 'C', start: '2027-01-01T19:00:00+01:00', offers, reservable: false },
        { id: 'd', title: 'D', start: '2025-01-01T19:00:00+01:00', offers, reservable: true },
        { id: 'e', title: 'E', start: '2027-01-03', allDay: true, offers, reservable: true },
        { title: 'no id', start: '2027-01-01T19:00:00+01:00' },
      ],
    });
    // The data layer gives an item without id one from its title and start; `reservable` defaults to false (schema).
    expect(events.map((e) => e.id).sort()).to.deep.equal(['2027-01-01T18:00-no-id', 'a', 'b', 'c', 'd', 'e']);
    expect(reservableEvents(events, Date.UTC(2026, 10, 26)).map((e) => e.id)).to.deep.equal(['a', 'e']);
  });

  it('writes an .ics in UTC with escaped text', () => {
    const [event] = normalizeFeed([{ id: 'jazz', title: 'Jazz; Blues, Soul', start: '2027-03-06T20:00:00+01:00', location: { name: 'Saal' }, offers }]).events;
    const ics = reservationIcs(event, 'Code: K7X\nAbholung', Date.UTC(2026, 10, 26));
    expect(ics).to.contain('DTSTART:20270306T190000Z\r\n').and.contain('SUMMARY:Jazz\\; Blues\\, Soul\r\n');
    expect(ics).to.contain('DESCRIPTION:Code: K7X\\nAbholung').and.contain('LOCATION:Saal').and.contain('DTSTAMP:20261126T000000Z');
    const long = reservationIcs(event, 'Bitte holen Sie Ihre Karten bis 30 Minuten vor Beginn an der Abendkasse ab. Ä'.repeat(3));
    for (const line of long.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(long.replace(/\r\n /g, '')).to.contain('Abendkasse ab. ÄBitte');
  });
});
