// Needs the dev-server route of ./slow-fixtures-plugin.mjs (`slowFixtures()` in the plugins of
// web-test-runner.config.mjs): a real response, delayed, no mocked fetch. Named *.pending-route.ts
// so the default run skips it until that route is configured; then rename it to slow-source.test.ts.
import { expect, oneEvent } from '@open-wc/testing';
import { FIXTURES, badgeLink, captureWarnings, createBadge, mount, showsFallback } from './badge-helpers.js';

const slow = (ms: number, file: string) => `/__kultur/slow/${ms}${FIXTURES}/${file}`;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<kultur-membership-badge> with a slow source', () => {
  it('keeps the reserved, empty box (no badge, no fallback flash) until the answer, then shows the badge in it', async () => {
    const badge = createBadge({ attributes: { src: slow(1500, 'im-puls.json') } });
    let loads = 0;
    badge.addEventListener('kultur-load', () => loads++);
    const loaded = oneEvent(badge, 'kultur-load');
    await mount(badge);
    await wait(700);
    expect(loads).to.equal(0);
    expect(badgeLink(badge)).to.equal(null);
    expect(showsFallback(badge)).to.equal(false);
    const reserved = badge.getBoundingClientRect().height;
    expect(reserved).to.be.above(60);
    await loaded;
    expect(badge.valid).to.equal(true);
    expect(Math.abs(badge.getBoundingClientRect().height - reserved)).to.be.below(1.5);
  });

  it('drops a slow answer when src changes meanwhile: the later, faster source wins', async () => {
    const badge = createBadge({ attributes: { src: slow(1200, 'directory.json'), member: 'im-puls' } });
    const reasons: (string | undefined)[] = [];
    badge.addEventListener('kultur-load', (event) => reasons.push((event as CustomEvent).detail.reason));
    await mount(badge);
    await wait(200);
    const { warnings } = await captureWarnings(async () => {
      badge.member = 'kulturfabrik'; // ended: the badge must end up invalid
      badge.src = `${FIXTURES}/directory.json`;
      await wait(1500);
    });
    expect(warnings).to.have.length(1);
    expect(reasons).to.deep.equal(['ended']);
    expect(showsFallback(badge)).to.equal(true);
  });
});
