import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { lazyEnglish } from '../../src/i18n/lazy-english.js';
import { LocaleController } from '../../src/i18n/locale-controller.js';
import { resolveLang, toLang } from '../../src/i18n/locale.js';
import { DEFAULT_TIME_ZONE, resolveTimeZone } from '../../src/time/zone.js';

describe('resolveLang', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('prefers the element’s own lang', async () => {
    const el = await fixture(html`<div lang="de"><span lang="en-GB"></span></div>`);
    expect(resolveLang(el.querySelector('span')!)).to.equal('en');
  });

  it('falls back to the nearest [lang] ancestor, across shadow roots', async () => {
    const host = await fixture(html`<section lang="en"><div></div></section>`);
    const inner = host.querySelector('div')!;
    const root = inner.attachShadow({ mode: 'open' });
    const leaf = document.createElement('p');
    root.append(leaf);
    expect(resolveLang(leaf)).to.equal('en');
  });

  it('skips unsupported tags, then uses <html lang>, then German', async () => {
    const el = await fixture(html`<div lang="fr"><span></span></div>`);
    document.documentElement.lang = 'en-US';
    expect(resolveLang(el.querySelector('span')!)).to.equal('en');
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(el.querySelector('span')!)).to.equal('de');
  });

  it('maps BCP 47 tags', () => {
    expect(toLang('de-AT')).to.equal('de');
    expect(toLang('EN_us')).to.equal('en');
    expect(toLang('tr')).to.equal(undefined);
    expect(toLang('')).to.equal(undefined);
  });
});

interface TestMessages {
  hello: string;
  count: (n: number) => string;
}

class LocaleProbe extends LitElement {
  messages?: Partial<TestMessages>;
  readonly locale = new LocaleController<TestMessages>(this, {
    de: { hello: 'Hallo', count: (n) => `${n} Plätze` },
    en: { hello: 'Hello', count: (n) => `${n} seats` },
  });
  override render() {
    return html`${this.locale.msg.hello} ${this.locale.msg.count(3)}`;
  }
}
customElements.define('kultur-locale-probe', LocaleProbe);

describe('LocaleController', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('renders German by default and English from an ancestor', async () => {
    const de = await fixture<LocaleProbe>(html`<kultur-locale-probe></kultur-locale-probe>`);
    expect(de.shadowRoot!.textContent).to.equal('Hallo 3 Plätze');
    const wrapper = await fixture(html`<div lang="en"><kultur-locale-probe></kultur-locale-probe></div>`);
    const en = wrapper.querySelector<LocaleProbe>('kultur-locale-probe')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent).to.equal('Hello 3 seats');
    expect(en.locale.intlLocale).to.equal('en-GB');
  });

  it('lets every visible string be overridden', async () => {
    const el = await fixture<LocaleProbe>(html`<kultur-locale-probe .messages=${{ hello: 'Moin' }}></kultur-locale-probe>`);
    expect(el.shadowRoot!.textContent).to.equal('Moin 3 Plätze');
  });

  it('follows a language switch on <html>', async () => {
    const el = await fixture<LocaleProbe>(html`<kultur-locale-probe></kultur-locale-probe>`);
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Hello 3 seats');
  });
});

describe('LocaleController with English loaded later', () => {
  it('switches to the English texts once they arrive, even when asked for the messages before', async () => {
    const de: TestMessages = { hello: 'Hallo', count: (n) => `${n} Plätze` };
    const catalogue = { de, en: de };
    const english = lazyEnglish(catalogue, async () => ({ en: { hello: 'Hello', count: (n: number) => `${n} seats` } }));
    class LateProbe extends LitElement {
      readonly locale = new LocaleController<TestMessages>(this, catalogue);
      override render() {
        return html`${this.locale.msg.hello}`;
      }
    }
    customElements.define('kultur-late-locale-probe', LateProbe);
    const el = await fixture<LateProbe>(html`<kultur-late-locale-probe lang="en"></kultur-late-locale-probe>`);
    // Read while German stands in for English (an element may do so before its English render).
    expect(el.locale.msg.hello).to.equal('Hallo');
    await english.load();
    expect(el.locale.msg.hello).to.equal('Hello');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Hello');
  });
});

describe('resolveTimeZone', () => {
  it('defaults to Europe/Berlin and rejects unknown zones', () => {
    expect(DEFAULT_TIME_ZONE).to.equal('Europe/Berlin');
    expect(resolveTimeZone(null)).to.equal('Europe/Berlin');
    expect(resolveTimeZone(' America/Chicago ')).to.equal('America/Chicago');
    let reported = '';
    expect(resolveTimeZone('Mars/Olympus', (name) => (reported = name))).to.equal('Europe/Berlin');
    expect(reported).to.equal('Mars/Olympus');
  });
});
