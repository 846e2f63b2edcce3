import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/membership-badge/define.js';

/**
 * Every state is driven by the `membership` property, so the stories need no server. Invalid
 * states all look the same on purpose: the element's own fallback content (here a plain link),
 * never something that resembles the badge.
 */

const network = {
  id: 'laks-hessen',
  name: 'LAKS Hessen e.V.',
  url: 'https://laks-hessen.example/',
  membersUrl: 'https://laks-hessen.example/mitglieder',
};

const member = {
  id: 'im-puls',
  name: 'IM-PULS',
  since: '2022-11-01',
  status: 'active',
  validUntil: '2099-12-31',
  profileUrl: 'https://laks-hessen.example/mitglieder/im-puls',
};

const membership = (over: Record<string, unknown> = {}) => ({ network, member: { ...member, ...over } });

/** A square logo inlined as a data URL: the same effect as a logo the member hosts itself. */
const LOGO =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="10" fill="#0f5b78"/>' +
      '<path d="M14 46V18h6v23h12v5z" fill="#fff"/><circle cx="44" cy="24" r="7" fill="#f2b632"/><path d="M36 46l8-14 8 14z" fill="#fff"/></svg>',
  );

interface BadgeArgs {
  variant: 'full' | 'compact' | 'icon';
  theme: 'auto' | 'light' | 'dark';
  lang: string;
  logo: string;
  member: string;
  src: string;
  membership: unknown;
  fallback: boolean;
}

/** The fallback a webmaster writes inside the element: the no-JS and invalid state. */
const fallbackLink = html`<a href="https://laks-hessen.example/mitglieder" style="color:inherit">Mitglied der LAKS Hessen e.V.</a>`;

/** One badge; `theme` other than `auto` is pinned so the toolbar's theme does not override it. */
const badge = (args: Partial<BadgeArgs>) => html`
  <kultur-membership-badge
    variant=${args.variant ?? 'full'}
    theme=${args.theme && args.theme !== 'auto' ? args.theme : nothing}
    ?data-theme-pinned=${!!args.theme && args.theme !== 'auto'}
    lang=${args.lang || nothing}
    logo=${args.logo || nothing}
    member=${args.member || nothing}
    src=${args.src || nothing}
    .membership=${args.membership}
    >${args.fallback === false ? nothing : fallbackLink}</kultur-membership-badge
  >
`;

const meta: Meta<BadgeArgs> = {
  title: 'Widgets/Membership badge',
  component: 'kultur-membership-badge',
  render: (args) => badge(args),
  args: { variant: 'full', theme: 'auto', lang: '', logo: '', member: '', src: '', membership: membership(), fallback: true },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact', 'icon'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['', 'de', 'en'] },
    logo: { control: 'text', description: 'Self-hosted logo URL, or `none`' },
    member: { control: 'text' },
    src: { control: 'text' },
    membership: { control: 'object' },
    fallback: { control: 'boolean', description: 'Light-DOM fallback content (story only)' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Badge for members of a network such as LAKS Hessen e.V. Valid only while the network’s JSON says so (status active, validUntil not past in Europe/Berlin, page origin among `websites` when given); otherwise the fallback content.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<BadgeArgs>;

// Valid, per variant (theme from the toolbar).
export const Full: Story = {};
export const FullWithLogo: Story = { args: { logo: LOGO } };
export const Compact: Story = { args: { variant: 'compact' } };
export const CompactWithLogo: Story = { args: { variant: 'compact', logo: LOGO } };
export const Icon: Story = { args: { variant: 'icon' } };
export const IconWithLogo: Story = { args: { variant: 'icon', logo: LOGO } };
export const English: Story = { args: { lang: 'en' } };
export const LongNames: Story = {
  args: {
    membership: {
      network: { ...network, name: 'Bundesvereinigung Soziokultureller Zentren e.V.' },
      member: { ...member, name: 'Kultur- und Kommunikationszentrum Alte Schlosserei am Fluss' },
    },
  },
};

/** Every variant, with and without logo, light and dark side by side (themes pinned). */
export const AllVariantsLightAndDark: Story = {
  render: () => html`
    ${(['light', 'dark'] as const).map(
      (theme) => html`
        <div style="display:flex;flex-wrap:wrap;gap:1.5rem;align-items:center;padding:1.5rem;background:${theme === 'dark' ? '#121110' : '#ffffff'}">
          ${(['full', 'compact', 'icon'] as const).map(
            (variant) => html`${badge({ variant, theme, membership: membership() })}${badge({ variant, theme, logo: LOGO, membership: membership() })}`,
          )}
        </div>
      `,
    )}
  `,
};

/** The compact badge where it usually lives: a site footer. */
export const InAFooter: Story = {
  render: () => html`
    <footer style="display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:center;justify-content:space-between;padding:1rem 1.5rem;border-top:1px solid #d9d5ce;font-size:0.875rem">
      <span>IM-PULS · Musterstraße 1 · 12345 Musterstadt · <a href="#impressum">Impressum</a> · <a href="#datenschutz">Datenschutz</a></span>
      ${badge({ variant: 'compact', membership: membership() })}
    </footer>
  `,
};

// Not valid: the fallback content, whatever the variant.
/** While the data is on its way: an empty box of the badge's size (no fallback flash, no layout shift). */
export const Loading: Story = { args: { membership: new Promise(() => {}) } };
export const LoadingCompact: Story = { args: { variant: 'compact', membership: new Promise(() => {}) } };
export const LoadingIconDark: Story = { args: { variant: 'icon', theme: 'dark', membership: new Promise(() => {}) } };
export const Expired: Story = { args: { membership: membership({ validUntil: '2024-12-31' }) } };
export const Suspended: Story = { args: { membership: membership({ status: 'suspended' }) } };
export const Ended: Story = { args: { membership: membership({ status: 'ended', validUntil: '2024-12-31' }) } };
export const UnknownMember: Story = {
  args: { member: 'nicht-im-verzeichnis', membership: { network, members: [member] } },
};
export const OtherWebsite: Story = {
  args: { membership: membership({ websites: ['https://im-puls.example'] }) },
};
export const MalformedData: Story = { args: { membership: membership({ validUntil: '2027-13-01' }) } };
/** A source that answers something that is not JSON (a `data:` URL, so no server is needed). */
export const MalformedSource: Story = { args: { membership: undefined, src: 'data:application/json,%7B%22network%22%3A' } };
export const InvalidWithoutFallback: Story = {
  args: { membership: membership({ status: 'ended' }), fallback: false },
  render: (args) => html`<p>Vorher ${badge(args)} nachher: ohne Fallback-Inhalt zeigt ein ungültiges Badge nichts.</p>`,
};
export const InvalidIconDark: Story = {
  args: { variant: 'icon', theme: 'dark', membership: membership({ status: 'suspended' }) },
  render: (args) => html`<div style="padding:1rem;background:#121110;color:#f3f0ea">${badge(args)}</div>`,
};
