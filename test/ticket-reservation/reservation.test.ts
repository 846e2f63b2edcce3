import { expect } from '@open-wc/testing';
import { expectAccessible } from '../helpers/a11y.js';
import type { ReservationConfirmedDetail } from '../../src/components/ticket-reservation/ticket-reservation.js';
import { availabilityOf, backendWithEvent, confirmed, fillValidOrder, mountForm, nextEvent, part, parts, submitButton, text } from './helpers.js';

describe('<kultur-ticket-reservation>: a full reservation against the reference backend', () => {
  it('shows the event, reserves 3 tickets and confirms with code, total and pickup rule', async () => {
    const { endpoint, eventId } = await backendWithEvent();
    const el = await mountForm(endpoint, eventId);

    expect(text(el, 'h2')).to.equal('Jazz im Keller');
    expect(text(el, '.meta')).to.contain('Sa, 06.03.2027, 20:00 Uhr');
    expect(text(el, '.meta')).to.contain('IM-PULS, Saal');
    expect(parts(el, '.offer label').map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Normal, 15,00 €', 'ermäßigt, 10,00 €']);
    expect(text(el, '#total')).to.equal('Gesamt: 0,00 €');
    await expectAccessible(el);

    await fillValidOrder(el);
    expect(text(el, '#total')).to.equal('Gesamt: 40,00 €');
    expect(part(el, '#total')!.getAttribute('aria-live'), 'the total is announced').to.equal('polite');
    await expectAccessible(el);

    const confirmedEvent = nextEvent<ReservationConfirmedDetail>(el, 'kultur-reservation-confirmed');
    submitButton(el).click();
    const { detail } = await confirmedEvent;
    expect(detail.code).to.match(/^\S{4,}$/);
    expect(detail).to.include({ eventId, total: 40, currency: 'EUR' });
    expect(JSON.stringify(detail)).not.to.contain('Erika').and.not.to.contain('example.org');
    await confirmed(el);

    expect(text(el, '[part="confirmation"] h2')).to.equal('Ihre Karten sind reserviert');
    expect(text(el, '.code')).to.equal(detail.code);
    expect(text(el, '[part="confirmation"]')).to.contain('2 × Normal').and.contain('1 × ermäßigt').and.contain('Gesamt: 40,00 €');
    expect(text(el, '[part="confirmation"]')).to.contain('Abendkasse');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part="confirmation"] h2'));
    await expectAccessible(el);

    expect((await availabilityOf(endpoint, eventId)).remaining).to.equal(77);
  });
});
