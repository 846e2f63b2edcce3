import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { KulturMembershipBadge } from '../../src/components/membership-badge/membership-badge.js';
import { VERSION } from '../../src/shared/version.js';
import { expectAccessible } from '../helpers/a11y.js';
import { FIXTURES, badgeLink, captureWarnings, createBadge, loadBadge, membershipData, mount, settled, showsFallback } from './badge-helpers.js';

const accessibleText = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('<kultur-membership-badge> rendering', () => {
  it('is registered with its version', () => {
    expect(customElements.get('kultur-membership-badge')).to.equal(KulturMembershipBadge);
    expect(KulturMembershipBadge.kulturVersion).to.equal(VERSION);
  });

  it('full: mark, "Mitglied der …", member, "seit November 2022", all one link to the member profile', async () => {
    const { badge } = await loadBadge({ attributes: { src: `${FIXTURES}/im-puls.json` } });
    const link = badgeLink(badge) as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    expect(link.href).to.equal('https://laks-hessen.example/mitglieder/im-puls');
    expect(link.querySelector('[part=mark]')!.textContent).to.equal('LAKS');
    expect(link.querySelector('[part=network]')!.textContent).to.equal('Mitglied der LAKS Hessen e.V.');
    expect(link.querySelector('[part=member]')!.textContent).to.equal('IM-PULS');
    expect(link.querySelector('[part=since]')!.textContent).to.equal('seit November 2022');
    expect(link.title).to.equal('Mitgliedschaft bei LAKS Hessen e.V. prüfen');
    expect(showsFallback(badge)).to.equal(false);
    // CSP-safe: one constructed stylesheet, no <style> element, no style attributes.
    expect(badge.shadowRoot!.adoptedStyleSheets).to.have.length(1);
    expect(badge.shadowRoot!.querySelectorAll('style, [style]')).to.have.length(0);
    await expectAccessible(badge);
  });

  it('compact: one line without the member name', async () => {
    const badge = await mount(createBadge({ attributes: { variant: 'compact' }, membership: membershipData() }));
    const link = badgeLink(badge)!;
    expect(accessibleText(link)).to.equal('LAKSMitglied der LAKS Hessen e.V. seit November 2022');
    expect(accessibleText(link.querySelector('[part=text]')!)).to.equal('Mitglied der LAKS Hessen e.V. seit November 2022');
    expect(link.querySelector('[part=member]')).to.equal(null);
    const height = link.getBoundingClientRect().height;
    expect(height).to.be.below(48); // one line, not three
    await expectAccessible(badge);
  });

  it('icon: the mark alone, with an accessible name that says everything', async () => {
    const badge = await mount(createBadge({ attributes: { variant: 'icon' }, membership: membershipData() }));
    const link = badgeLink(badge)!;
    expect(link.querySelector('[part=mark]')!.getAttribute('aria-hidden')).to.equal('true');
    const name = link.querySelector('.hidden')!;
    expect(name.textContent).to.equal('Mitglied der LAKS Hessen e.V., IM-PULS, seit November 2022');
    expect(name.getBoundingClientRect().width).to.be.at.most(1);
    await expectAccessible(badge);
  });

  it('speaks English with lang="en", also from an ancestor', async () => {
    const badge = await mount(createBadge({ attributes: { lang: 'en' }, membership: membershipData() }));
    expect(accessibleText(badge.shadowRoot!.querySelector('[part=text]')!)).to.equal('Member of LAKS Hessen e.V. IM-PULS since November 2022');
    const inner = createBadge({ membership: membershipData() });
    const wrapper = document.createElement('div');
    wrapper.lang = 'en-GB';
    wrapper.append(inner);
    await mount(wrapper);
    expect(inner.shadowRoot!.querySelector('[part=since]')!.textContent).to.equal('since November 2022');
  });

  it('takes overrides for every visible string', async () => {
    const badge = await mount(
      createBadge({ membership: membershipData(), messages: { memberOf: 'Mitglied des {network}', since: 'dabei seit {date}', verify: 'Prüfen' } }),
    );
    expect(badge.shadowRoot!.querySelector('[part=network]')!.textContent).to.equal('Mitglied des LAKS Hessen e.V.');
    expect(badge.shadowRoot!.querySelector('[part=since]')!.textContent).to.equal('dabei seit November 2022');
    expect(badgeLink(badge)!.title).to.equal('Prüfen');
  });

  it('shows the network logo (resolved against the JSON), a self-hosted one, or none', async () => {
    const { badge } = await loadBadge({ attributes: { src: `${FIXTURES}/directory.json`, member: 'im-puls' } });
    const logo = badge.shadowRoot!.querySelector<HTMLImageElement>('img[part=logo]')!;
    expect(logo.src).to.equal(new URL(`${FIXTURES}/logo-laks.svg`, location.href).href);
    expect(logo.alt).to.equal('');
    expect(logo.referrerPolicy).to.equal('no-referrer');
    await expectAccessible(badge);

    badge.logo = '/test/fixtures/membership/logo-laks.svg?self-hosted';
    await settled();
    expect(badge.shadowRoot!.querySelector<HTMLImageElement>('img')!.src).to.contain('?self-hosted');

    badge.logo = 'none';
    await settled();
    expect(badge.shadowRoot!.querySelector('img')).to.equal(null);
    expect(badge.shadowRoot!.querySelector('[part=mark]')!.textContent).to.equal('LAKS');
  });

  it('falls back to the letters when the logo does not load', async () => {
    const badge = createBadge({ membership: membershipData({}, { logo: `${FIXTURES}/no-such-logo.svg` }) });
    await mount(badge);
    const logo = badge.shadowRoot!.querySelector('img')!;
    await new Promise((resolve) => logo.addEventListener('error', resolve, { once: true }));
    expect(badge.shadowRoot!.querySelector('img')).to.equal(null);
    expect(badge.shadowRoot!.querySelector('[part=mark]')!.textContent).to.equal('LAKS');
  });

  it('renders a hostile name as text, and never links to javascript:', async () => {
    const { result, warnings } = await captureWarnings(() => loadBadge({ attributes: { src: `${FIXTURES}/hostile.json` } }));
    const { badge, detail } = result;
    expect(detail.valid).to.equal(true);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('member.profileUrl: "javascript:alert(document.cookie)" is not an http(s) URL; ignored');
    const root = badge.shadowRoot!;
    expect(root.querySelector('[part=member]')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(root.querySelector('[part=network]')!.textContent).to.equal('Mitglied der <b onmouseover=alert(1)>Netz</b>');
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('b')).to.equal(null);
    expect((badgeLink(badge) as HTMLAnchorElement).href).to.equal('https://network.example/');
    await expectAccessible(badge);
  });

  it('links to the network’s member list when the member has no profile page, and warns when there is nothing to link to', async () => {
    const toList = await mount(createBadge({ membership: membershipData({ profileUrl: undefined }) }));
    expect((badgeLink(toList) as HTMLAnchorElement).href).to.equal('https://laks-hessen.example/mitglieder');
    const { result: unlinked, warnings } = await captureWarnings(() =>
      mount(createBadge({ membership: membershipData({ profileUrl: undefined }, { url: undefined, membersUrl: undefined }) })),
    );
    expect(badgeLink(unlinked)!.localName).to.equal('span');
    expect(warnings.join()).to.contain('member.profileUrl: missing, and the network has no membersUrl or url');
    await expectAccessible(unlinked);
  });

  it('mirrors every attribute in a writable property', async () => {
    const badge = await mount(createBadge({ membership: membershipData() }));
    expect([badge.src, badge.member, badge.variant, badge.theme, badge.logo]).to.deep.equal(['', '', 'full', 'auto', '']);
    badge.variant = 'icon';
    badge.theme = 'dark';
    badge.member = 'im-puls';
    badge.logo = 'none';
    badge.lang = 'en';
    expect(['variant', 'theme', 'member', 'logo', 'lang'].map((name) => badge.getAttribute(name))).to.deep.equal(['icon', 'dark', 'im-puls', 'none', 'en']);
    await settled();
    expect(badgeLink(badge)!.classList.contains('icon')).to.equal(true);
    expect(badge.shadowRoot!.querySelector('.hidden')!.textContent).to.contain('Member of');
  });

  it('warns once about an unknown variant and shows the full badge', async () => {
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => void warnings.push(message);
    try {
      await mount(createBadge({ attributes: { variant: 'gigantic' }, membership: membershipData() }));
      const second = await mount(createBadge({ attributes: { variant: 'gigantic' }, membership: membershipData() }));
      expect(badgeLink(second)!.classList.contains('full')).to.equal(true);
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => w.includes('variant="gigantic"'))).to.have.length(1);
  });

  it('follows the visitor’s dark mode unless theme pins it', async () => {
    const surface = (badge: KulturMembershipBadge) => getComputedStyle(badgeLink(badge)!).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const auto = await mount(createBadge({ membership: membershipData() }));
      const light = await mount(createBadge({ attributes: { theme: 'light' }, membership: membershipData() }));
      expect(surface(auto)).to.equal('rgb(38, 36, 33)');
      expect(surface(light)).to.equal('rgb(246, 245, 242)');
      auto.style.setProperty('--kultur-color-surface', 'rgb(1, 2, 3)');
      expect(surface(auto)).to.equal('rgb(1, 2, 3)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('is reachable with the keyboard and shows a focus ring', async () => {
    const container = await mount(document.createElement('div'));
    const before = document.createElement('button');
    before.textContent = 'vorher';
    const badge = createBadge({ membership: membershipData() });
    container.append(before, badge);
    await new Promise((resolve) => setTimeout(resolve));
    before.focus();
    await sendKeys({ press: 'Tab' });
    const link = badgeLink(badge)!;
    expect(badge.shadowRoot!.activeElement).to.equal(link);
    expect(getComputedStyle(link).outlineStyle).to.equal('solid');
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const variant of ['full', 'compact', 'icon'] as const) {
      it(`is accessible: ${variant}, ${theme}`, async () => {
        const badge = await mount(createBadge({ attributes: { variant, theme }, membership: membershipData() }));
        if (theme === 'dark') document.body.style.background = '#121110';
        try {
          const surface = getComputedStyle(badgeLink(badge)!).backgroundColor;
          if (variant !== 'icon') expect(surface).to.equal(theme === 'dark' ? 'rgb(38, 36, 33)' : 'rgb(246, 245, 242)');
          await expectAccessible(badge);
        } finally {
          document.body.style.background = '';
        }
      });
    }
  }
});
