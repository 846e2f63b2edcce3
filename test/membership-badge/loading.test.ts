import { expect, oneEvent } from '@open-wc/testing';
import { expectAccessible } from '../helpers/a11y.js';
import { FIXTURES, badgeLink, captureWarnings, createBadge, failBadge, membershipData, mount, settled, showsFallback } from './badge-helpers.js';

/** URLs of every request the page made since `since` (Resource Timing sees fetch and images). */
const requestsSince = (since: number) =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since)
    .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search);

describe('<kultur-membership-badge> loading', () => {
  it('reserves the badge size while loading, in each variant, so nothing shifts when it appears', async () => {
    for (const variant of ['full', 'compact', 'icon']) {
      const badge = createBadge({ attributes: { src: `${FIXTURES}/im-puls.json`, variant } });
      const loaded = oneEvent(badge, 'kultur-load');
      await mount(badge);
      // The request is still in flight: a real one, answered by the test server.
      expect(badge.shadowRoot!.querySelector('.reserve'), variant).to.not.equal(null);
      expect(badgeLink(badge), variant).to.equal(null);
      const reserved = badge.getBoundingClientRect();
      await loaded;
      const shown = badge.getBoundingClientRect();
      expect(Math.abs(shown.height - reserved.height), `${variant} height ${reserved.height} → ${shown.height}`).to.be.below(1.5);
      if (variant === 'icon') expect(Math.abs(shown.width - reserved.width), 'icon width').to.be.below(1.5);
    }
  });

  it('shows neither badge nor fallback while loading (the fallback would flash), and is accessible', async () => {
    const badge = createBadge({ attributes: { src: `${FIXTURES}/im-puls.json` } });
    const loaded = oneEvent(badge, 'kultur-load');
    await mount(badge);
    expect(badge.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(showsFallback(badge)).to.equal(false);
    expect(badge.valid).to.equal(false);
    await expectAccessible(badge);
    await loaded;
  });

  it('shows the loading state while a Promise given as membership is pending, then the badge', async () => {
    let resolve!: (value: unknown) => void;
    const badge = createBadge({ membership: new Promise((r) => (resolve = r)) });
    await mount(badge);
    expect(badge.shadowRoot!.querySelector('.reserve')).to.not.equal(null);
    expect(showsFallback(badge)).to.equal(false);
    expect(badgeLink(badge)).to.equal(null);
    await expectAccessible(badge);
    resolve(membershipData());
    await settled();
    expect(badgeLink(badge)).to.not.equal(null);
    expect(badge.valid).to.equal(true);
  });

  it('shows the neutral fallback when a Promise given as membership rejects', async () => {
    const { warnings } = await captureWarnings(async () => {
      const failing = Promise.reject(new Error('offline'));
      failing.catch(() => {}); // handled by the badge once connected; keeps the browser from reporting it earlier
      const badge = createBadge({ membership: failing });
      await mount(badge);
      await settled();
      expect(showsFallback(badge)).to.equal(true);
      expect(badge.valid).to.equal(false);
    });
    expect(warnings.join('\n')).to.contain('kultur-membership-badge');
  });

  it('fires kultur-load bubbling and composed, with the normalized membership', async () => {
    const badge = createBadge({ attributes: { src: `${FIXTURES}/im-puls.json` } });
    const loaded = oneEvent(document, 'kultur-load');
    await mount(badge);
    const event = (await loaded) as CustomEvent;
    expect(event.target).to.equal(badge);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.valid).to.equal(true);
    expect(event.detail.membership.member).to.deep.include({ id: 'im-puls', since: '2022-11-01', validUntil: '2026-12-31' });
  });

  it('requests nothing but src (no logo in this JSON), with no cookies', async () => {
    const since = performance.now();
    const badge = createBadge({ attributes: { src: `${FIXTURES}/im-puls.json` } });
    const loaded = oneEvent(badge, 'kultur-load');
    await mount(badge);
    await loaded;
    await settled();
    expect(requestsSince(since)).to.deep.equal([`${FIXTURES}/im-puls.json`]);
    expect(document.cookie).to.equal('');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('requests nothing but src and the logo', async () => {
    const since = performance.now();
    const badge = createBadge({ attributes: { src: `${FIXTURES}/directory.json`, member: 'im-puls' } });
    const loaded = oneEvent(badge, 'kultur-load');
    await mount(badge);
    await loaded;
    await new Promise((resolve) => badge.shadowRoot!.querySelector('img')!.addEventListener('load', resolve, { once: true }));
    expect(requestsSince(since).sort()).to.deep.equal([`${FIXTURES}/directory.json`, `${FIXTURES}/logo-laks.svg`]);
  });

  it('fetches nothing when the membership is given as a property', async () => {
    const since = performance.now();
    const badge = await mount(createBadge({ attributes: { src: `${FIXTURES}/im-puls.json` }, membership: membershipData() }));
    await settled();
    expect(badge.valid).to.equal(true);
    expect(requestsSince(since)).to.deep.equal([]);
  });

  it('a 404 fires kultur-error (http) and keeps the fallback', async () => {
    const { result, warnings } = await captureWarnings(() => failBadge({ attributes: { src: `${FIXTURES}/no-such-file.json` } }));
    const { badge, detail } = result;
    expect(detail).to.deep.include({ kind: 'http', status: 404 });
    expect(detail.url).to.equal(new URL(`${FIXTURES}/no-such-file.json`, location.href).href);
    expect(showsFallback(badge)).to.equal(true);
    expect(badge.shadowRoot!.querySelector('.reserve')).to.equal(null);
    expect(warnings).to.have.length(1);
    await expectAccessible(badge);
  });

  it('malformed JSON fires kultur-error (format) and keeps the fallback', async () => {
    const { result } = await captureWarnings(() => failBadge({ attributes: { src: `${FIXTURES}/malformed.json` } }));
    expect(result.detail.kind).to.equal('format');
    expect(result.detail.message).to.contain('is not valid JSON');
    expect(showsFallback(result.badge)).to.equal(true);
    await expectAccessible(result.badge);
  });

  it('JSON that breaks the contract fires kultur-error (format) naming each field, in one warning', async () => {
    const { result, warnings } = await captureWarnings(() => failBadge({ attributes: { src: `${FIXTURES}/invalid-contract.json` } }));
    expect(result.detail.kind).to.equal('format');
    expect(result.detail.message).to.contain('member.validUntil: "2027-13-01" is not a date');
    expect(result.detail.message).to.contain('network.url: "javascript:alert(1)" is not an http(s) URL');
    expect(warnings).to.have.length(1);
    expect(showsFallback(result.badge)).to.equal(true);
  });

  it('an unreachable host fires kultur-error and keeps the fallback', async () => {
    // Port 9 on the loopback interface: nothing listens there, the connection is refused at once.
    const { result } = await captureWarnings(() => failBadge({ attributes: { src: 'http://127.0.0.1:9/membership.json' } }));
    expect(['cors', 'network']).to.include(result.detail.kind);
    expect(showsFallback(result.badge)).to.equal(true);
  });

  it('a changed src drops the request in flight: one load, for the last src', async () => {
    const badge = createBadge({ attributes: { src: `${FIXTURES}/directory.json`, member: 'kulturfabrik' } });
    const loads: CustomEvent[] = [];
    badge.addEventListener('kultur-load', (event) => loads.push(event as CustomEvent));
    await mount(badge);
    badge.src = `${FIXTURES}/im-puls.json`;
    badge.member = 'im-puls';
    await oneEvent(badge, 'kultur-load');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(loads).to.have.length(1);
    expect(loads[0].detail.valid).to.equal(true);
    expect(badgeLink(badge)).to.not.equal(null);
  });

  it('a badge removed while loading fires nothing, and loads again when it comes back', async () => {
    const badge = createBadge({ attributes: { src: `${FIXTURES}/im-puls.json` } });
    let events = 0;
    badge.addEventListener('kultur-load', () => events++);
    const container = await mount(document.createElement('div'));
    container.append(badge);
    await settled();
    badge.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).to.equal(0);
    const loaded = oneEvent(badge, 'kultur-load');
    container.append(badge);
    await loaded;
    expect(badge.valid).to.equal(true);
  });
});
