import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../helpers/a11y.js';
import type { ReservationFailedDetail } from '../../src/components/ticket-reservation/ticket-reservation.js';
import { addTickets, backendWithEvent, confirmed, fillValidOrder, mountForm, nextEvent, part, parts, submitButton, text, typeInto } from './helpers.js';

/** The inline error of a field and the control's wiring to it. */
function inlineErrorOf(el: HTMLElement, name: string) {
  const control = part<HTMLInputElement>(el, `#${name}`)!;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ');
  const error = part(el, `#${name}-error`);
  return { control, error: error?.textContent?.replace(/\s+/g, ' ').trim(), linked: !!error && ids.includes(error.id), invalid: control.getAttribute('aria-invalid') };
}

describe('<kultur-ticket-reservation>: validation', () => {
  let endpoint: string;
  let eventId: string;
  before(async () => {
    ({ endpoint, eventId } = await backendWithEvent({ capacity: 500, onlineQuota: 500 }));
  });

  it('marks required fields and explains the mark; browser validation is off', async () => {
    const el = await mountForm(endpoint, eventId);
    expect(part<HTMLFormElement>(el, 'form')!.noValidate).to.equal(true);
    expect(text(el, 'fieldset:nth-of-type(2) .hint')).to.equal('Felder mit * müssen ausgefüllt werden.');
    expect(text(el, 'label[for="name"]')).to.equal('Name *');
    expect(part(el, 'label[for="name"] .required')!.getAttribute('aria-hidden')).to.equal('true');
    expect(part<HTMLInputElement>(el, '#name')!.required).to.equal(true);
    expect(part<HTMLInputElement>(el, '#email')!.required).to.equal(true);
  });

  it('an empty submit shows a focused error summary linking to each field, and inline errors', async () => {
    const el = await mountForm(endpoint, eventId);
    let submitted = false;
    el.addEventListener('kultur-reservation-submit', () => (submitted = true));
    submitButton(el).click();
    await el.updateComplete;
    await aTimeout(0);

    const summary = part(el, '.summary')!;
    expect(summary, 'error summary').to.not.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(text(el, '.summary h3')).to.equal('Es gibt ein Problem');
    expect(parts(el, '.summary a').map((a) => a.textContent!.trim())).to.deep.equal([
      'Wählen Sie mindestens eine Karte aus',
      'Geben Sie Ihren Namen ein',
      'Geben Sie Ihre E-Mail-Adresse ein',
    ]);
    expect(submitted, 'nothing is sent').to.equal(false);

    const name = inlineErrorOf(el, 'name');
    expect(name.error).to.equal('Fehler: Geben Sie Ihren Namen ein');
    expect(name.linked).to.equal(true);
    expect(name.invalid).to.equal('true');
    const tickets = part(el, 'fieldset')!;
    expect(tickets.getAttribute('aria-describedby')).to.contain('tickets-error');
    expect(part(el, '#offer-normal')!.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(el);

    // A summary link moves focus to its field.
    parts(el, '.summary a')[2].click();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '#email'));
    parts(el, '.summary a')[0].click();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '#offer-normal'));
  });

  it('validates a changed field when leaving it, and clears the error once it is right', async () => {
    const el = await mountForm(endpoint, eventId);
    await typeInto(el, 'email', 'erika@');
    expect(inlineErrorOf(el, 'email').error).to.equal('Fehler: Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.org');
    expect(inlineErrorOf(el, 'email').linked).to.equal(true);
    expect(part(el, '.summary'), 'no summary before a submit').to.equal(null);
    await typeInto(el, 'email', 'erika@example.org');
    expect(inlineErrorOf(el, 'email').error).to.equal(undefined);
    expect(part(el, '#email')!.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('checks the optional phone and message fields and the name length', async () => {
    const el = await mountForm(endpoint, eventId, { fields: 'phone message' });
    expect(part<HTMLInputElement>(el, '#phone')!.autocomplete).to.equal('tel');
    await typeInto(el, 'phone', 'ruf mich an');
    expect(inlineErrorOf(el, 'phone').error).to.equal('Fehler: Geben Sie eine Telefonnummer ein, zum Beispiel 030 1234567');
    await typeInto(el, 'phone', '');
    expect(inlineErrorOf(el, 'phone').error, 'optional: empty is fine').to.equal(undefined);
    await typeInto(el, 'message', 'x'.repeat(1001));
    expect(inlineErrorOf(el, 'message').error).to.equal('Fehler: Die Nachricht darf höchstens 1000 Zeichen lang sein');
    await typeInto(el, 'name', 'N'.repeat(101));
    expect(inlineErrorOf(el, 'name').error).to.equal('Fehler: Der Name darf höchstens 100 Zeichen lang sein');
    await expectAccessible(el);
  });

  it('bounds the steppers by max-tickets and says so', async () => {
    const el = await mountForm(endpoint, eventId);
    el.maxTickets = 3;
    await el.updateComplete;
    expect(text(el, '#tickets-hint')).to.contain('Höchstens 3 Karten');
    await addTickets(el, 'normal', 5);
    expect(part<HTMLInputElement>(el, '#offer-normal')!.value).to.equal('3');
    expect(part(el, '[aria-controls="offer-normal"]:last-child')!.getAttribute('aria-disabled')).to.equal('true');
    expect(part<HTMLInputElement>(el, '#offer-reduced')!.max).to.equal('0');
    // Typing more than allowed is corrected when leaving the field.
    const input = part<HTMLInputElement>(el, '#offer-normal')!;
    input.value = '9';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(input.value).to.equal('3');
  });

  it("maps the server's 422 field codes to the same messages and focuses the summary", async () => {
    const el = await mountForm(endpoint, eventId);
    await fillValidOrder(el);
    // Passes the form's check, but is longer than the backend stores (254).
    await typeInto(el, 'email', `${'a'.repeat(250)}@example.org`);
    const failed = nextEvent<ReservationFailedDetail>(el, 'kultur-reservation-failed');
    submitButton(el).click();
    expect((await failed).detail).to.deep.equal({ eventId, reason: 'invalid' });
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, '.summary'), 'summary focused');
    expect(parts(el, '.summary a').map((a) => a.textContent!.trim())).to.deep.equal([
      'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.org',
    ]);
    expect(inlineErrorOf(el, 'email').invalid).to.equal('true');
    await expectAccessible(el);

    // Corrected, the same form goes through.
    await typeInto(el, 'email', 'erika@example.org');
    submitButton(el).click();
    await confirmed(el);
  });

  it('every visible string can be overridden through messages', async () => {
    const el = await mountForm(endpoint, eventId);
    el.messages = { submit: 'Jetzt verbindlich reservieren', errorNameRequired: 'Bitte Namen angeben' };
    await el.updateComplete;
    expect(submitButton(el).textContent!.trim()).to.equal('Jetzt verbindlich reservieren');
    submitButton(el).click();
    await el.updateComplete;
    expect(parts(el, '.summary a')[1].textContent!.trim()).to.equal('Bitte Namen angeben');
  });

  it('speaks English with lang="en", errors included', async () => {
    const el = await mountForm(endpoint, eventId, { lang: 'en' });
    expect(parts(el, '.offer label').map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Normal, €15.00', 'ermäßigt, €10.00']);
    expect(submitButton(el).textContent!.trim()).to.equal('Reserve tickets');
    submitButton(el).click();
    await el.updateComplete;
    expect(text(el, '.summary h3')).to.equal('There is a problem');
    expect(parts(el, '.summary a').map((a) => a.textContent!.trim())).to.deep.equal(['Select at least one ticket', 'Enter your name', 'Enter your email address']);
    await expectAccessible(el);
  });
});
