import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { KulturEvent } from '../../data/types.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { fire } from '../../shared/events.js';
import { KulturElement } from '../../shared/kultur-element.js';
import { warnOnce } from '../../shared/warn-once.js';
import { baseStyles, tokens } from '../../theme/tokens.js';
import { formatPrice } from '../../time/format.js';
import { DEFAULT_TIME_ZONE } from '../../time/zone.js';
import { HttpReadApi, type HttpApiOptions, type ReservationReader, type ReservationTransport } from './api.js';
import { availabilityKey, isReservable, offerMax, orderLimit, orderTotal, ticketCount, ticketLines, type Quantities } from './availability.js';
import { dateLine } from './date-line.js';
import { loadEvents, readEvent, reservableEvents } from './event-source.js';
import { errorSummary, inlineError, describedBy, stepper, textField, type ShownError } from './form-parts.js';
import { catalogue, eventTitle, fill, hasEnglish, loadEnglish, type FormMessages, type Notice, type ReservationMessages } from './messages.js';
import { reservationStyles } from './styles.js';
import type { Submission, SubmitHost } from './submission.js';
import type { Availability, FieldName, Reservation, ReservationConfirmedDetail, ReservationFailedDetail, ReservationRequest, ReservationSubmitDetail } from './types.js';
import { emptyContact, errorKey, isFieldName, validateAll, validateField, type ContactValues, type FieldErrors } from './validation.js';

export type { ReservationConfirmedDetail, ReservationFailedDetail, ReservationSubmitDetail } from './types.js';

let submitChunk: typeof import('./submit-chunk.js') | undefined;
let submitChunkLoad: Promise<typeof import('./submit-chunk.js')> | undefined;

/** Loads the submit chunk once (sending, failures, confirmation; see submit-chunk.ts); a failed load is tried again next time. */
const loadSubmitChunk = () =>
  (submitChunkLoad ??= import('./submit-chunk.js').then(
    (chunk) => (submitChunk = chunk),
    (error) => {
      submitChunkLoad = undefined;
      throw error;
    },
  ));
/** Starts loading it early (first focus in the form, first ticket chosen); a failure shows on submit. */
const prepareSubmit = () => void loadSubmitChunk().catch(() => undefined);

type Optional = 'phone' | 'message';

/**
 * Ticket reservation form: the visitor reserves tickets for one event and pays at the box office.
 * Never loses what was typed (memory only: no cookies, no storage), never double-books (one
 * `Idempotency-Key` per attempt, reused on every retry), keyboard and screen reader friendly
 * (error summary, inline errors, GOV.UK patterns).
 *
 * @fires kultur-reservation-submit - Before sending; cancelable. `detail`: `{ eventId, tickets, total }`.
 * @fires kultur-reservation-confirmed - Reservation stored. `detail`: `{ code, eventId, tickets, total, currency }`.
 * @fires kultur-reservation-failed - A send failed. `detail`: `{ eventId, reason }` (`timeout`, `offline`, `network`, `conflict`, `invalid`, `rate_limited`, `not_found`, `server`).
 * @fires kultur-load - Availability loaded. `detail`: `{ eventId, availability }`.
 * @fires kultur-error - Events or availability could not be loaded, or the `event` property is no event. `detail`: `{ error }`.
 * @slot - Fallback content (for example a phone number); hidden once the widget runs.
 * @csspart form - The form box.
 * @csspart confirmation - The confirmation box.
 * @cssprop --kultur-color-accent - Submit button and links.
 * @cssprop --kultur-color-danger - Errors.
 */
export class KulturTicketReservation extends KulturElement implements SubmitHost {
  static override styles = [tokens, baseStyles, reservationStyles];
  // Reactive properties without decorators: smaller than one decorator call each.
  static override properties = {
    endpoint: {},
    eventId: { attribute: 'event-id' },
    src: {},
    privacyUrl: { attribute: 'privacy-url' },
    maxTickets: { attribute: 'max-tickets', type: Number },
    fields: {},
    newsletter: { type: Boolean },
    phoneFallback: { attribute: 'phone-fallback' },
    event: { attribute: false },
    messages: { attribute: false },
    transport: { attribute: false },
    requestTimeout: { attribute: false },
    requestHeaders: { attribute: false },
    choices: { state: true },
    selected: { state: true },
    availability: { state: true },
    loadState: { state: true },
    quantities: { state: true },
    contact: { state: true },
    errors: { state: true },
    summaryShown: { state: true },
    sending: { state: true },
    waiting: { state: true },
    notice: { state: true },
    retryLabel: { state: true },
    reservation: { state: true },
    announcement: { state: true },
    locked: { state: true },
  };

  readonly #locale = new LocaleController<FormMessages>(this, catalogue);

  /** Reservation API base URL, e.g. `https://example.org/api`. */
  endpoint = '';
  /** Id of the event to reserve for (preset). */
  eventId = '';
  /** Events feed (any format the calendar reads) to choose the event from (a select of upcoming reservable events). */
  src = '';
  /** Privacy policy page, linked from the Art. 13 notice. */
  privacyUrl = '';
  /** Most tickets per reservation. */
  maxTickets = 10;
  /** Optional extra fields, space-separated: `phone`, `message`. */
  fields = '';
  /** Shows an unticked newsletter opt-in. */
  newsletter = false;
  /** Box-office phone number, offered when reservations cannot be made online. */
  phoneFallback = '';
  /** The event to reserve for: a normalized `KulturEvent` (the calendar's hand-off) or an item in the native feed shape. */
  event?: KulturEvent | Record<string, unknown>;
  /** Overrides for any visible string. */
  messages?: Partial<ReservationMessages>;
  /** Talks to the backend; default: HTTP to `endpoint`. Storybook injects an in-memory one. */
  transport?: ReservationTransport;
  /** Milliseconds before a request counts as failed. */
  requestTimeout = 15_000;
  /** Extra headers on the reservation POST. For tests only (the backend's `X-Test-Delay-Ms`). */
  requestHeaders?: Record<string, string>;

  private choices?: KulturEvent[];
  private loadState: 'idle' | 'loading' | 'error' = 'idle';
  private contact: ContactValues = emptyContact();

  // Reactive state a submission changes too (see SubmitHost in submission.ts).
  /** @internal */ selected?: KulturEvent;
  /** @internal */ availability?: Availability;
  /** @internal */ quantities: Quantities = {};
  /** @internal */ errors: FieldErrors = {};
  /** @internal */ summaryShown = false;
  /** @internal */ sending = false;
  /** @internal */ waiting = false;
  /** @internal */ notice?: Notice;
  /** @internal */ retryLabel = false;
  /** @internal */ locked = false;
  /** @internal */ reservation?: Reservation;
  /** @internal */ announcement = '';

  #loads?: AbortController;
  /** Created with the first submit, kept for the element's life (it holds the attempt to retry). */
  #submission?: Submission;

  // ---- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('kultur-reserve', this.#onHandOff);
    // Moved in the DOM while loading: the load was aborted on disconnect, so start it again.
    if (this.hasUpdated && this.loadState === 'loading') this.#reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('kultur-reserve', this.#onHandOff);
    this.#loads?.abort();
    this.#submission?.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('event') && this.event) {
      this.#useEvent(this.event);
    } else if (changed.has('src') || changed.has('eventId') || changed.has('endpoint') || changed.has('transport')) {
      if (!this.event && (this.src || this.endpoint || this.transport)) this.#loadChoices();
    }
    if (changed.has('maxTickets') && !(this.maxTickets >= 1)) warnOnce(`max-tickets="${this.getAttribute('max-tickets')}" is not a positive number; using 10.`);
    if (!this.endpoint && !this.transport) warnOnce('<kultur-ticket-reservation> needs the reservation API as endpoint, e.g. endpoint="/api".');
    if (!this.privacyUrl && this.hasUpdated) warnOnce('<kultur-ticket-reservation> needs privacy-url: the Art. 13 notice links to your privacy policy.');
  }

  /** Moves focus to the form's (or confirmation's) heading, as after the calendar's hand-off. */
  override focus(options?: FocusOptions): void {
    // The calendar sets `event` and calls focus() at once: wait for that event's heading.
    void this.updateComplete.then(() => this.renderRoot.querySelector('h2')?.focus(options));
  }

  // ---- derived

  /** @internal */
  get msg(): FormMessages {
    return this.#locale.msg;
  }

  /** @internal */
  get httpOptions(): HttpApiOptions {
    return { timeoutMs: this.requestTimeout, headers: this.requestHeaders, lang: this.#locale.lang };
  }

  get #reader(): ReservationReader {
    return this.transport ?? new HttpReadApi(this.endpoint, this.httpOptions);
  }

  /** @internal */
  get limit(): number {
    return orderLimit(this.maxTickets >= 1 ? this.maxTickets : 10, this.availability);
  }

  get #optional(): Optional[] {
    return (['phone', 'message'] as const).filter((f) => this.fields.split(/[\s,]+/).includes(f));
  }

  get #fieldOrder(): FieldName[] {
    return ['tickets', 'name', 'email', ...this.#optional];
  }

  #price(amount: number, currency: string): string {
    return formatPrice(amount, currency, this.#locale.lang);
  }

  #dateLine(event: KulturEvent): string {
    return dateLine(event, this.#locale.lang);
  }

  // ---- render

  override render(): TemplateResult | typeof nothing {
    if (this.#locale.lang === 'en' && !hasEnglish()) {
      void loadEnglish().then(() => this.requestUpdate());
      return nothing;
    }
    return html`<div role="status" class="visually-hidden">${this.announcement}</div>
      ${this.reservation && this.selected && submitChunk ? this.#renderConfirmation(submitChunk, this.selected, this.reservation) : this.#renderForm()}`;
  }

  #renderForm(): TemplateResult {
    const msg = this.msg;
    const event = this.selected;
    // `availability` belongs to the selected event (reset whenever another one is chosen).
    const availability = this.availability;
    return html`<div class="box" part="form">
      ${this.choices && (this.src || !this.eventId) ? this.#renderPicker(this.choices) : nothing}
      ${event
        ? html`<h2 tabindex="-1">${eventTitle(event, msg)}</h2>
            <p class="meta">${this.#dateLine(event)}${event.location ? html`<br />${event.location.name}` : nothing}</p>`
        : nothing}
      ${availability
        ? html`<p class="state ${availability.status}">${fill(msg[availabilityKey(availability)], { count: availability.remaining })}</p>`
        : this.loadState === 'loading'
          ? html`<p>${msg.loading}</p>`
          : nothing}
      ${this.loadState === 'error' ? this.#renderLoadError() : nothing}
      ${!event && this.choices?.length === 0 ? html`<p>${msg.noEvents}</p>${this.#renderPhone()}` : nothing}
      ${availability && !isReservable(availability) ? html`${this.#renderNotice()}${this.#renderPhone()}` : nothing}
      ${event && isReservable(availability) ? this.#renderOrderForm(event) : nothing}
    </div>`;
  }

  #renderPicker(choices: KulturEvent[]): TemplateResult | typeof nothing {
    if (!choices.length) return nothing;
    return html`<div class="field">
      <label for="event">${this.msg.chooseEvent}</label>
      <select id="event" @change=${this.#onPick}>
        <option value="" ?selected=${!this.selected}>${this.msg.choosePrompt}</option>
        ${choices.map(
          (event) => html`<option value=${event.id} ?selected=${event.id === this.selected?.id}>${eventTitle(event, this.msg)} – ${this.#dateLine(event)}</option>`,
        )}
      </select>
    </div>`;
  }

  #renderLoadError(): TemplateResult {
    return html`<p class="notice">${this.msg.loadFailed}</p>
      ${this.#renderPhone()}
      <button type="button" class="secondary" @click=${this.#reload}>${this.msg.reload}</button>`;
  }

  #renderPhone(): TemplateResult | typeof nothing {
    const phone = this.phoneFallback.trim();
    if (!phone) return nothing;
    const [before, after] = this.msg.phoneFallback.split('{phone}');
    return html`<p>${before}<a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a>${after}</p>`;
  }

  #renderNotice(): TemplateResult | typeof nothing {
    const notice = this.notice;
    // Notices come from the submit chunk, with its texts; only its own failure to load does not.
    const texts = submitChunk?.withLater(this.msg) ?? this.msg;
    return notice ? html`<p class="notice" role="alert">${fill(texts[notice.key] ?? '', notice.values ?? {})}</p>` : nothing;
  }

  #shownErrors(): ShownError[] {
    return this.#fieldOrder
      .filter((field) => this.errors[field])
      .map((field) => ({
        field,
        // The tickets error leads to the first stepper.
        target: field === 'tickets' ? `offer-${this.selected?.offers[0]?.id}` : field,
        text: fill(this.msg[errorKey(field, this.errors[field]!)], { max: this.limit }),
      }));
  }

  #renderOrderForm(event: KulturEvent): TemplateResult {
    const msg = this.msg;
    const errors = this.#shownErrors();
    const errorOf = (field: FieldName) => errors.find((e) => e.field === field)?.text;
    const ticketError = errorOf('tickets');
    const currency = event.offers[0]?.currency ?? 'EUR';
    const busy = this.sending || this.waiting;
    const field = (name: 'name' | 'email' | Optional) => {
      const spec = {
        name: { label: msg.name, autocomplete: 'name', required: true },
        email: { label: msg.email, autocomplete: 'email', type: 'email' as const, required: true, hint: msg.emailHint },
        phone: { label: msg.phone, autocomplete: 'tel', type: 'tel' as const },
        message: { label: msg.message, autocomplete: 'off', multiline: true },
      }[name];
      return textField({ name, value: this.contact[name], error: errorOf(name), errorPrefix: msg.errorPrefix, readonly: this.locked, ...spec }, this.#onInput, this.#onChange);
    };
    return html`<form novalidate @submit=${this.#onSubmit} @focusin=${prepareSubmit}>
      ${this.summaryShown && errors.length ? errorSummary(msg.errorSummary, errors, this.#onSummaryLink) : nothing}
      <fieldset class=${ticketError ? 'invalid' : ''} aria-describedby=${describedBy('tickets-hint', ticketError && 'tickets-error')}>
        <legend>${msg.ticketsLegend}</legend>
        <p class="hint" id="tickets-hint">${fill(msg.ticketsHint, { max: this.limit })}</p>
        ${inlineError('tickets-error', msg.errorPrefix, ticketError)}
        ${event.offers.map((offer) => {
          const max = offerMax(offer.id, this.quantities, this.availability, this.limit);
          const price = offer.price ? this.#price(offer.price, offer.currency) : msg.free;
          const label = fill(msg.offerLabel, { name: offer.name, price });
          const soldOut = this.availability?.offers?.find((o) => o.id === offer.id)?.remaining === 0;
          return stepper(
            {
              id: offer.id,
              label,
              note: soldOut ? msg.offerSoldout : undefined,
              value: this.quantities[offer.id] ?? 0,
              max,
              decreaseLabel: fill(msg.decrease, { name: offer.name }),
              increaseLabel: fill(msg.increase, { name: offer.name }),
              describedBy: ticketError ? 'tickets-error' : undefined,
              invalid: !!ticketError,
              readonly: this.locked,
            },
            this.#onQuantity,
          );
        })}
        <p class="total" id="total" aria-live="polite">${fill(msg.total, { total: this.#price(orderTotal(event.offers, this.quantities), currency) })}</p>
      </fieldset>
      <fieldset>
        <legend>${msg.contactLegend}</legend>
        <p class="hint">${msg.requiredNote}</p>
        ${field('name')} ${field('email')} ${this.#optional.map((name) => field(name))}
        ${this.newsletter
          ? html`<label class="check"><input type="checkbox" name="newsletter" ?disabled=${this.locked} .checked=${this.contact.newsletter} @change=${this.#onInput} />${msg.newsletter}</label>`
          : nothing}
        <div class="honeypot" aria-hidden="true">
          <label for="website">${msg.honeypot}</label>
          <input id="website" name="website" tabindex="-1" autocomplete="off" .value=${this.contact.website} @input=${this.#onInput} />
        </div>
      </fieldset>
      <p class="note">
        ${msg.privacyNotice}
        ${this.privacyUrl ? html`<a href=${this.privacyUrl}>${msg.privacyLink}</a>` : nothing}
      </p>
      ${this.#renderNotice()}
      <button type="submit" class="primary" aria-disabled=${busy ? 'true' : 'false'}>
        ${this.sending || (this.waiting && !this.notice) ? html`<span class="spinner" aria-hidden="true"></span>${msg.submitting}` : this.retryLabel ? msg.retry : msg.submit}
      </button>
      ${this.notice && !busy ? this.#renderPhone() : nothing}
    </form>`;
  }

  #renderConfirmation(chunk: typeof import('./submit-chunk.js'), event: KulturEvent, reservation: Reservation): TemplateResult {
    return chunk.confirmation({
      msg: chunk.withLater(this.msg),
      event,
      reservation,
      dateLine: this.#dateLine(event),
      price: (amount, currency) => this.#price(amount, currency),
      onAgain: this.#startOver,
    });
  }

  // ---- loading

  /** Runs one load at a time (a newer one aborts it); its failure shows the reload button. */
  async #load<T>(task: (signal: AbortSignal) => Promise<T>, done: (result: T) => void): Promise<void> {
    this.#loads?.abort();
    const { signal } = (this.#loads = new AbortController());
    this.loadState = 'loading';
    try {
      const result = await task(signal);
      if (signal.aborted) return;
      this.loadState = 'idle';
      done(result);
    } catch (error) {
      if (signal.aborted) return;
      this.loadState = 'error';
      fire(this, 'kultur-error', { error });
    }
  }

  #loadChoices(): void {
    void this.#load(
      (signal) => loadEvents(this.#reader, this.src, DEFAULT_TIME_ZONE, signal),
      (events) => {
        const preset = this.eventId ? events.find((event) => event.id === this.eventId) : undefined;
        if (this.eventId && !preset) warnOnce(`event-id="${this.eventId}" is not in the events feed.`);
        this.choices = reservableEvents(events, Date.now());
        if (preset) this.#select(preset);
        else if (this.choices.length === 1 && !this.src) this.#select(this.choices[0]);
      },
    );
  }

  /** A raw item is read (and diagnosed) as a feed item; one that is no event shows the load error. */
  #useEvent(value: object): void {
    const read = readEvent(value, DEFAULT_TIME_ZONE);
    if (!(read instanceof Promise)) return this.#select(read);
    void this.#load(() => read, (event) => this.event === value && this.#select(event));
  }

  #select(event: KulturEvent): void {
    const same = this.selected?.id === event.id;
    this.selected = event;
    // The same event again (a reload, a repeated hand-off) keeps what the visitor entered.
    if (same) return;
    this.quantities = Object.fromEntries(event.offers.map((offer) => [offer.id, 0]));
    this.errors = {};
    this.summaryShown = false;
    this.notice = undefined;
    this.retryLabel = false;
    this.reservation = undefined;
    this.availability = undefined;
    this.#submission?.settle();
    this.#loadAvailability(event);
  }

  #loadAvailability(event: KulturEvent): void {
    void this.#load(
      (signal) => this.#reader.availability(event.id, signal),
      (availability) => {
        this.availability = availability;
        fire(this, 'kultur-load', { eventId: event.id, availability });
      },
    );
  }

  // ---- submitting

  #request(event: KulturEvent): ReservationRequest {
    const c = this.contact;
    const request: ReservationRequest = { eventId: event.id, tickets: ticketLines(this.quantities), name: c.name.trim(), email: c.email.trim(), website: c.website };
    // The optional fields shown, when filled in.
    for (const field of this.#optional) if (c[field].trim()) request[field] = c[field].trim();
    if (this.newsletter) request.newsletter = c.newsletter;
    return request;
  }

  /** @internal */
  async focusSummary(): Promise<void> {
    await this.updateComplete;
    (this.renderRoot.querySelector('.summary') as HTMLElement | null)?.focus();
  }

  // ---- handlers

  #onHandOff = (e: Event): void => {
    const detail = (e as CustomEvent<{ event?: KulturEvent }>).detail;
    const selector = (e.target as Element | null)?.getAttribute?.('reservation');
    if (!detail?.event || !selector) return;
    try {
      if (!this.matches(selector)) return;
    } catch {
      return; // not a valid selector: the calendar warns about it
    }
    // After the dispatch, so that a listener's preventDefault() can still stop the hand-off.
    queueMicrotask(() => {
      if (e.defaultPrevented || this.event === detail.event) return;
      this.event = detail.event;
      this.focus();
    });
  };

  #onPick = (e: Event): void => {
    const id = (e.target as HTMLSelectElement).value;
    const event = this.choices?.find((choice) => choice.id === id);
    if (event) this.#select(event);
  };

  #onQuantity = (id: string, value: number): void => {
    prepareSubmit();
    this.quantities = { ...this.quantities, [id]: value };
    if (this.errors.tickets) this.#revalidate('tickets');
  };

  #onInput = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const name = input.name as keyof ContactValues;
    this.contact = { ...this.contact, [name]: input.type === 'checkbox' ? input.checked : input.value };
  };

  /** Leaving a changed field validates it (and clears its error once it is right). */
  #onChange = (e: Event): void => {
    const name = (e.target as HTMLInputElement).name;
    if (isFieldName(name)) this.#revalidate(name);
  };

  #revalidate(field: FieldName): void {
    const code = validateField(field, this.contact, { count: ticketCount(this.quantities), max: this.limit });
    const errors = { ...this.errors };
    if (code) errors[field] = code;
    else delete errors[field];
    this.errors = errors;
  }

  #onSummaryLink = (e: Event): void => {
    e.preventDefault();
    const id = (e.currentTarget as HTMLElement).dataset.target!;
    const control = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    // Show the label with the field, as GOV.UK does.
    control?.closest('.field, fieldset')?.scrollIntoView({ block: 'start' });
    control?.focus({ preventScroll: true });
  };

  #onSubmit = (e: Event): void => {
    e.preventDefault();
    const event = this.selected;
    if (!event || this.sending || this.waiting) return;
    this.errors = validateAll(this.#fieldOrder, this.contact, { count: ticketCount(this.quantities), max: this.limit });
    if (Object.keys(this.errors).length) {
      this.summaryShown = true;
      void this.focusSummary();
      return;
    }
    this.summaryShown = false;
    const detail: ReservationSubmitDetail = { eventId: event.id, tickets: ticketLines(this.quantities), total: orderTotal(event.offers, this.quantities) };
    if (!fire(this, 'kultur-reservation-submit', detail, { cancelable: true })) return;
    const request = this.#request(event);
    // At once: the chunk may still be loading.
    this.sending = true;
    this.announcement = this.msg.submitting;
    loadSubmitChunk().then(
      ({ Submission }) => (this.#submission ??= new Submission(this)).send(event, request),
      () => {
        // The chunk could not be loaded (connection lost, deployment replaced): say so and offer the phone.
        this.sending = false;
        this.announcement = '';
        this.notice = { key: 'loadFailed' };
        fire<ReservationFailedDetail>(this, 'kultur-reservation-failed', { eventId: event.id, reason: 'network' });
      },
    );
  };

  #reload = (): void => {
    if (this.selected) this.#loadAvailability(this.selected);
    else if (this.event) this.#useEvent(this.event);
    else this.#loadChoices();
  };

  #startOver = (): void => {
    const event = this.selected!;
    this.selected = undefined;
    this.reservation = undefined;
    this.contact = emptyContact();
    this.#select(event);
    this.focus();
  };
}

declare global {
  interface HTMLElementEventMap {
    'kultur-reservation-submit': CustomEvent<ReservationSubmitDetail>;
    'kultur-reservation-confirmed': CustomEvent<ReservationConfirmedDetail>;
    'kultur-reservation-failed': CustomEvent<ReservationFailedDetail>;
  }
}
