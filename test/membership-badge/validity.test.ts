import { expect } from '@open-wc/testing';
import { expectAccessible } from '../helpers/a11y.js';
import { FIXTURES, badgeLink, berlin, captureWarnings, createBadge, loadBadge, membershipData, mount, settled, showsFallback } from './badge-helpers.js';

const directory = `${FIXTURES}/directory.json`;

describe('<kultur-membership-badge> validity', () => {
  describe('around validUntil (2026-12-31), judged in Europe/Berlin while the browser is in New York', () => {
    it('is valid the day before', async () => {
      const { badge, detail } = await loadBadge({ attributes: { src: `${FIXTURES}/im-puls.json` }, now: berlin('2026-12-30T12:00:00+01:00') });
      expect(detail).to.deep.include({ valid: true, reason: undefined });
      expect(badge.valid).to.equal(true);
      expect(badgeLink(badge)).to.not.equal(null);
    });

    it('is valid on the day itself, to its last minute', async () => {
      const { badge, detail } = await loadBadge({ attributes: { src: `${FIXTURES}/im-puls.json` }, now: berlin('2026-12-31T23:59:00+01:00') });
      expect(detail.valid).to.equal(true);
      expect(badgeLink(badge)).to.not.equal(null);
    });

    it('shows the fallback from the first minute of the day after, though New York still has the 31st', async () => {
      const { result, warnings } = await captureWarnings(() =>
        loadBadge({ attributes: { src: `${FIXTURES}/im-puls.json` }, now: berlin('2027-01-01T00:01:00+01:00') }),
      );
      const { badge, detail } = result;
      expect(detail.valid).to.equal(false);
      expect(detail.reason).to.equal('expired');
      expect(detail.membership?.member.validUntil).to.equal('2026-12-31');
      expect(showsFallback(badge)).to.equal(true);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('expired on 2026-12-31');
      await expectAccessible(badge);
    });

    it('turns invalid when "now" moves past validUntil', async () => {
      const badge = await mount(createBadge({ membership: membershipData(), now: berlin('2026-12-31T12:00:00+01:00') }));
      expect(badge.valid).to.equal(true);
      await captureWarnings(async () => {
        badge.now = berlin('2027-01-01T12:00:00+01:00');
        await settled();
      });
      expect(badge.valid).to.equal(false);
      expect(showsFallback(badge)).to.equal(true);
    });
  });

  for (const [member, reason] of [
    ['alte-muehle', 'suspended'],
    ['kulturfabrik', 'ended'],
    ['schlachthof', 'expired'],
    ['nobody', 'unknown-member'],
    ['zollhaus', 'origin'],
  ] as const) {
    it(`shows the fallback for ${member}: ${reason}`, async () => {
      const { result, warnings } = await captureWarnings(() => loadBadge({ attributes: { src: directory, member } }));
      const { badge, detail } = result;
      expect(detail.valid).to.equal(false);
      expect(detail.reason).to.equal(reason);
      expect(detail.membership?.member.id).to.equal(reason === 'unknown-member' ? undefined : member);
      expect(showsFallback(badge)).to.equal(true);
      expect(warnings).to.have.length(1);
      await expectAccessible(badge);
    });
  }

  it('binds to the page origin when websites lists it', async () => {
    const badge = await mount(createBadge({ membership: membershipData({ websites: ['https://elsewhere.example', location.origin] }) }));
    expect(badge.valid).to.equal(true);
    expect(badgeLink(badge)).to.not.equal(null);
  });

  it('shows anywhere when websites is not given', async () => {
    const badge = await mount(createBadge({ membership: membershipData() }));
    expect(badge.valid).to.equal(true);
  });

  it('fails closed on a websites list it cannot read', async () => {
    const { result: badge, warnings } = await captureWarnings(() =>
      mount(createBadge({ membership: membershipData({ websites: location.origin }) })),
    );
    expect(badge.valid).to.equal(false);
    expect(showsFallback(badge)).to.equal(true);
    expect(warnings.join('\n')).to.contain('member.websites: ');
  });

  it('picks a member from a directory given as a property, and never clones or changes it', async () => {
    const data = { network: membershipData().network, members: [membershipData().member, membershipData({ id: 'other', status: 'ended' }).member] };
    const frozen = structuredClone(data);
    const badge = await mount(createBadge({ attributes: { member: 'im-puls' }, membership: data }));
    expect(badge.membership).to.equal(data);
    expect(badge.valid).to.equal(true);
    await captureWarnings(async () => {
      badge.member = 'other';
      await settled();
    });
    expect(badge.valid).to.equal(false);
    expect(data).to.deep.equal(frozen);
  });

  it('shows nothing but the fallback for data that breaks the contract, and names the field', async () => {
    const { result: badge, warnings } = await captureWarnings(() =>
      mount(createBadge({ membership: membershipData({ validUntil: '2027-13-01' }) })),
    );
    expect(showsFallback(badge)).to.equal(true);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('member.validUntil: "2027-13-01" is not a date');
  });

  it('shows nothing at all when there is no fallback content and the membership is not valid', async () => {
    const badge = createBadge({ membership: membershipData({ status: 'ended' }) });
    badge.replaceChildren();
    await captureWarnings(() => mount(badge));
    expect(badge.getBoundingClientRect().height).to.equal(0);
    expect(badgeLink(badge)).to.equal(null);
  });
});
