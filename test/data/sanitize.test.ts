import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/data/load-feed.js';
import { htmlToText, safeHtmlFragment, sanitizeHtml } from '../../src/data/sanitize.js';

const FEEDS = '/test/fixtures/feeds';
declare global {
  interface Window {
    __xss?: number;
  }
}

/** Everything a rendered description may contain: allowlisted tags, safe links, no handlers. */
function expectSafe(root: ParentNode): void {
  for (const el of root.querySelectorAll('*')) {
    expect(['P', 'BR', 'EM', 'STRONG', 'B', 'I', 'UL', 'OL', 'LI', 'A']).to.include(el.tagName);
    for (const attr of el.attributes) expect(['href', 'rel']).to.include(attr.name);
    const href = el.getAttribute('href');
    if (href !== null) expect(new URL(href).protocol).to.be.oneOf(['http:', 'https:', 'mailto:']);
  }
}

describe('safe text', () => {
  afterEach(() => delete window.__xss);

  it('keeps paragraphs, breaks, emphasis, lists and http/https/mailto links with rel', () => {
    const html =
      '<h2>Programm</h2><p>Mit <em>Gästen</em> &amp; <b>Band</b><br>ab 20 Uhr</p><ul><li>Eins</li><li><i>Zwei</i></li></ul>' +
      '<p><a href="https://example.org/x" target="_blank" onclick="x()">Web</a> <a href="mailto:info@example.org">Mail</a> <a href="/relativ">rel</a></p>';
    expect(sanitizeHtml(html, { baseUrl: 'https://im-puls.example/feed.json' })).to.equal(
      '<p>Programm</p><p>Mit <em>Gästen</em> &amp; <b>Band</b><br>ab 20 Uhr</p><ul><li>Eins</li><li><i>Zwei</i></li></ul>' +
        '<p><a href="https://example.org/x" rel="noopener noreferrer">Web</a> <a href="mailto:info@example.org" rel="noopener noreferrer">Mail</a> ' +
        '<a href="https://im-puls.example/relativ" rel="noopener noreferrer">rel</a></p>',
    );
  });

  it('neutralizes every payload of the XSS corpus, as markup and as rendered nodes', async () => {
    const payloads: string[] = await (await fetch(`${FEEDS}/xss-payloads.json`)).json();
    const stage = document.createElement('div');
    document.body.append(stage);
    for (const payload of payloads) {
      const holder = document.createElement('div');
      holder.append(safeHtmlFragment(payload));
      stage.append(holder);
      expectSafe(holder);
      const markup = sanitizeHtml(payload);
      expect(markup).not.to.match(/<(script|img|svg|iframe|math|style|form|button|template|noscript)|on\w+=|javascript:|data:/i);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__xss).to.equal(undefined);
    stage.remove();
  });

  it('keeps feed text fields as text: titles verbatim, links and images only when http(s)', async () => {
    const feed = await (await fetch(`${FEEDS}/xss-native.json`)).json();
    const { events, problems } = normalizeFeed(feed, { warn: false });
    expect(events).to.have.length(feed.events.length);
    events.forEach((event, i) => {
      const source = feed.events.find((e: { start: string }) => Date.parse(e.start) === (event.allDay ? NaN : event.start.instant));
      expect(event.title).to.equal(source.title);
      expect(event.url).to.equal(undefined);
      expect(event.image === undefined || /^https?:/.test(event.image)).to.equal(true, `image of event ${i}`);
      expect(event.status).to.equal('scheduled');
      if (event.descriptionIsHtml) {
        const probe = document.createElement('div');
        probe.append(safeHtmlFragment(event.description!));
        expectSafe(probe);
      }
    });
    expect(problems.some((p) => p.path.endsWith('.url'))).to.equal(true);
  });

  it('turns HTML into plain text for titles', () => {
    expect(htmlToText('Rock &#038; Roll &#8211; <em>live</em><script>x()</script>')).to.equal('Rock & Roll – live');
    expect(htmlToText('Kein <HTML> hier? 3 < 4')).to.equal('Kein  hier? 3 < 4');
    expect(htmlToText('Ganz normaler Titel')).to.equal('Ganz normaler Titel');
  });

  it('works where the page requires Trusted Types (DOMParser is a sink there)', async () => {
    const frame = document.createElement('iframe');
    frame.src = `${FEEDS}/trusted-types.html`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as unknown as { __result?: Promise<Record<string, unknown>> };
    for (let i = 0; i < 100 && !win.__result; i++) await new Promise((r) => setTimeout(r, 20));
    const result = await win.__result!;
    frame.remove();
    expect(result).to.deep.equal({
      enforced: true,
      sanitized: '<p>Hallo <strong>Welt</strong></p>',
      rendered: 'Hallo Welt',
      xmlEvents: 4,
      description: '<p>Sechs Slammer:innen, ein Publikum, <b>eine Siegerin</b>.</p><p>Danach offene Bühne.</p>',
    });
  });
});
