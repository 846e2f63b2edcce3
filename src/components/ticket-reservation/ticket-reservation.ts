import { html } from 'lit';
import { LocaleController } from '../../i18n/locale-controller.js';
import { KulturElement } from '../../shared/kultur-element.js';
import { baseStyles, tokens } from '../../theme/tokens.js';

interface Messages {
  placeholder: string;
}

const catalogue = {
  de: { placeholder: 'Ticketreservierung' },
  en: { placeholder: 'Ticket reservation' },
};

/**
 * Placeholder until the widget is built; registers the fixed tag so embed snippets work today.
 *
 * @slot - Fallback content shown as the no-JS state.
 * @csspart base - The wrapper.
 */
export class KulturTicketReservation extends KulturElement {
  static override styles = [tokens, baseStyles];

  /** Overrides for any visible string. */
  messages?: Partial<Messages>;

  readonly #locale = new LocaleController<Messages>(this, catalogue);

  override render() {
    return html`<p part="base">${this.#locale.msg.placeholder}</p>`;
  }
}
