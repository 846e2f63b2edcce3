import { expect } from '@open-wc/testing';
import type { MembershipErrorDetail, MembershipLoadDetail } from '../../src/components/membership-badge/membership-badge.js';
import { badgeLink, captureWarnings, createBadge, membershipData, mount, settled, showsFallback } from './badge-helpers.js';

function record<T>(el: Element, type: string): CustomEvent<T>[] {
  const seen: CustomEvent<T>[] = [];
  el.addEventListener(type, (e) => seen.push(e as CustomEvent<T>));
  return seen;
}

describe('<kultur-membership-badge>: the membership property is read like src', () => {
  it('fires kultur-load with the normalized membership and valid, once per change of data', async () => {
    const badge = createBadge({ membership: membershipData() });
    const loads = record<MembershipLoadDetail>(badge, 'kultur-load');
    await mount(badge);
    expect(loads).to.have.length(1);
    expect(loads[0].detail.valid).to.equal(true);
    expect(loads[0].detail.membership!.member).to.deep.include({ id: 'im-puls', since: '2022-11-01' });
    expect(loads[0].bubbles && loads[0].composed).to.equal(true);

    badge.membership = membershipData(); // an equal new object, as a framework's render hands over
    await settled();
    expect(loads).to.have.length(1);

    badge.membership = membershipData({ status: 'ended' });
    await settled();
    expect(loads.map((e) => [e.detail.valid, e.detail.reason])).to.deep.equal([
      [true, undefined],
      [false, 'ended'],
    ]);
    expect(showsFallback(badge)).to.equal(true);
  });

  it('keeps working with the normalized membership a kultur-load handed out', async () => {
    const first = createBadge({ membership: membershipData() });
    const loads = record<MembershipLoadDetail>(first, 'kultur-load');
    await mount(first);
    const second = await mount(createBadge({ membership: loads[0].detail.membership }));
    expect(badgeLink(second)).to.not.equal(null);
  });

  it('a wrong shape never throws: the fallback, one kultur-error (format) naming the fields', async () => {
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    window.addEventListener('error', onError);
    const { result } = await captureWarnings(async () => {
      const badge = createBadge({ membership: { member: { id: 'im-puls', since: 'seit immer' } } });
      const errors = record<MembershipErrorDetail>(badge, 'kultur-error');
      const loads = record<MembershipLoadDetail>(badge, 'kultur-load');
      await mount(badge);
      badge.membership = { member: { id: 'im-puls', since: 'seit immer' } };
      await settled();
      badge.membership = 'nicht einmal ein Objekt';
      await settled();
      return { badge, errors, loads };
    }).finally(() => window.removeEventListener('error', onError));
    expect(uncaught).to.deep.equal([]);
    expect(result.loads).to.have.length(0);
    expect(result.errors.map((e) => e.detail.kind)).to.deep.equal(['format', 'format']);
    expect(result.errors[0].detail.message).to.contain('network');
    expect(showsFallback(result.badge)).to.equal(true);
  });
});
