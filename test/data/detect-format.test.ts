import { expect } from '@open-wc/testing';
import { readBodyFormat } from '../../src/data/detect-format.js';
import { clearFeedCache, normalizeFeedData } from '../../src/data/load-feed.js';
import { formatProblem } from '../../src/data/problems.js';

const fragment = '<div class="widget"><h2>Demnächst</h2><script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Lesung","startDate":"2026-12-10T19:30:00+01:00"}</script></div>';
const xml = '<?xml version="1.0" encoding="UTF-8"?><Events><Event><Id>1</Id><Title>Lesung</Title><StartDate><Value>2026-12-10</Value></StartDate></Event></Events>';

describe('format detection: the Content-Type first, then the content', () => {
  beforeEach(clearFeedCache);

  it('follows the content type that a body fits', () => {
    const cases: Array<[string, string, unknown]> = [
      ['BEGIN:VCALENDAR\r\nEND:VCALENDAR', 'text/calendar; charset=utf-8', { format: 'ics', json: false }],
      [fragment, 'text/html; charset=UTF-8', { format: 'jsonld', json: false }],
      ['<section><p>Programm</p></section>', 'text/html', { format: 'jsonld', json: false }],
      ['<?xml version="1.0"?><!DOCTYPE html><html><body></body></html>', 'application/xhtml+xml', { format: 'jsonld', json: false }],
      ['{"@type":"Event"}', 'application/ld+json', { format: 'jsonld', json: true }],
      [xml, 'application/xml', { format: 'hessen-szene', json: false }],
      [xml, 'text/xml; charset=ISO-8859-1', { format: 'hessen-szene', json: false }],
      ['{"events":[]}', 'application/json', { json: true }],
    ];
    for (const [body, type, expected] of cases) expect(readBodyFormat(body, type), type).to.deep.equal({ ...(expected as object), problems: [] });
  });

  it('reads an HTML fragment with a schema.org block as JSON-LD whatever its first tag, even without a content type', () => {
    expect(readBodyFormat(fragment).format).to.equal('jsonld');
    expect(readBodyFormat(`<!-- widget -->\n${fragment}`, 'application/xml').format).to.equal('jsonld');
    expect(readBodyFormat(xml).format).to.equal('hessen-szene');
  });

  it('sniffs the content when the server sends a generic type (text/plain, application/octet-stream)', () => {
    for (const type of ['text/plain', 'application/octet-stream', '']) {
      expect(readBodyFormat('BEGIN:VCALENDAR', type).format, type).to.equal('ics');
      expect(readBodyFormat(fragment, type).format, type).to.equal('jsonld');
      expect(readBodyFormat(xml, type).format, type).to.equal('hessen-szene');
      expect(readBodyFormat(' [1]', type)).to.deep.equal({ json: true, problems: [] });
    }
  });

  it('reads what the body is when it contradicts the content type, and says so', () => {
    expect(readBodyFormat('{"events":[]}', 'text/html; charset=UTF-8')).to.deep.equal({
      json: true,
      problems: [{ path: 'Content-Type', message: '"text/html", but the body is JSON; read as JSON', severity: 'warning' }],
    });
    expect(readBodyFormat('BEGIN:VCALENDAR', 'application/json').format).to.equal('ics');
    expect(readBodyFormat(xml, 'text/html').format).to.equal('hessen-szene');
  });

  it('accepts the content type for data already in hand', async () => {
    const { events, format, problems } = await normalizeFeedData(fragment, { contentType: 'text/html', warn: false });
    expect([format, events.map((e) => e.title), problems]).to.deep.equal(['jsonld', ['Lesung'], []]);
    const noted = await normalizeFeedData('{"events":[{"title":"Lesung","start":"2026-12-10"}]}', { contentType: 'text/calendar', warn: false });
    expect(noted.format).to.equal('json');
    expect(noted.problems.map(formatProblem)).to.deep.equal(['Content-Type: "text/calendar", but the body is JSON; read as JSON']);
  });
});

describe('a feed without events always says why', () => {
  it('names the reason per format', async () => {
    const read = async (input: unknown, contentType?: string) => (await normalizeFeedData(input, { warn: false, contentType })).problems.map(formatProblem);
    expect(await read('{"events":[]}')).to.deep.equal(['(feed): no events found in it (read as json)']);
    expect(await read({ events: [], rest_url: 'https://im-puls.example/wp-json/tribe/events/v1/events', total: 0, total_pages: 0 })).to.deep.equal([
      'events: no events found: the response lists none (total 0)',
    ]);
    expect(await read('<?xml version="1.0"?><Events></Events>', 'application/xml')).to.deep.equal(['(root): no events found: no <Event> element in this XML (root element <Events>)']);
    expect(await read({ '@context': 'https://schema.org', '@type': 'Organization', name: 'IM-PULS' })).to.deep.equal([
      '(root): no events found in this JSON-LD: no schema.org Event in it (types: Organization)',
    ]);
    expect(await read('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//DE\r\nEND:VCALENDAR\r\n', 'text/calendar')).to.deep.equal(['(feed): no events found in it (read as ics)']);
  });
});
