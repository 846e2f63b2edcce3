import { expect } from '@open-wc/testing';
import { normalizeFeed, previewFeed } from '../../src/data/load-feed.js';

/** `count` evening events, one a day from 1 October 2026, plus the special items given. */
function feed(count: number, extra: Record<string, unknown>[] = []) {
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2026, 9, 1 + i)).toISOString().slice(0, 10);
    events.push({ id: `e${i}`, title: `Abend ${i}`, start: `${day}T20:00:00+01:00` });
  }
  return { events: [...events, ...extra] };
}

describe('previewFeed: the days on screen of a big native feed, read first', () => {
  it('reads only items that may touch the range, and they equal the full read of those days', () => {
    const data = feed(300, [
      { id: 'season', title: 'Ausstellung', start: '2026-11-01', end: '2027-02-01', allDay: true },
      { id: 'odd', title: 'Leerzeichen', start: ' 2026-06-24T20:00:00+01:00 ' },
      { id: 'late', title: 'Spät', start: '2026-11-30T23:30:00Z' },
      { id: 'eve', title: 'Heiligabend', start: '2026-12-24' },
      { id: 'summer', title: 'Sommerfest', start: '2027-06-01', category: 'Fest', categories: [' Open Air ', ''] },
      { id: 'slash', title: 'Schrägstrich', start: '2027/06/01 20:00' },
      {
        id: 'full',
        title: 'Mit allem',
        start: '2026-12-05T20:00:00+01:00',
        doors: '19:00',
        location: { name: 'Saal', address: 'Hauptstraße 1' },
        category: 'Konzert',
        status: 'soldout',
        availability: { remaining: 0, capacity: 80 },
        offers: [{ name: 'VVK', price: 15 }],
        image: 'https://example.org/a.jpg',
        imageAlt: 'Bühne',
        url: 'https://example.org/a',
        description: '<p>Mit <b>Band</b></p>',
        type: 'MusicEvent',
      },
    ]);
    const { events: preview, categories } = previewFeed(data, '2026-11-30', '2027-01-04')!;
    // The categories of the whole feed, for a filter that keeps its size when the rest is read.
    expect(categories).to.have.members(['Konzert', 'Fest', 'Open Air']);
    const ids = preview.map((e) => e.id);
    // December's evenings (and the days around it), the season that spans it, and the item the cheap test cannot judge.
    expect(ids).to.include.members(['e61', 'e91', 'season', 'odd', 'late', 'eve']);
    expect(ids).not.to.include('e59');
    expect(ids).not.to.include('summer');
    expect(ids).not.to.include('e96');
    const full = normalizeFeed(data, { warn: false }).events;
    // What the grid and the lists show is read as in the full read; the details are left for it.
    const details = ['image', 'imageAlt', 'url', 'free', 'schemaType', 'doors', 'description', 'descriptionIsHtml'];
    const shown = (event: object) => ({ ...Object.fromEntries(Object.entries(event).filter(([key]) => !details.includes(key))), offers: [] });
    for (const event of preview) expect(shown(full.find((e) => e.id === event.id)!)).to.deep.equal(event);
    const rich = preview.find((e) => e.id === 'full')!;
    expect(rich).to.include({ category: 'Konzert', status: 'soldout' });
    expect(rich.location).to.deep.equal({ name: 'Saal', address: 'Hauptstraße 1' });
    expect(rich.availability).to.deep.equal({ remaining: 0, capacity: 80 });
    expect(rich).not.to.have.any.keys('description', 'image', 'url', 'doors');
    expect(rich.offers).to.deep.equal([]);
    const richFull = full.find((e) => e.id === 'full')!;
    expect(richFull).to.have.all.keys(...Object.keys(rich), 'description', 'descriptionIsHtml', 'image', 'imageAlt', 'url', 'doors', 'schemaType');
    expect(richFull.offers).to.have.length(1);
  });

  it('is not worthwhile for small feeds, transforms or other formats', () => {
    expect(previewFeed(feed(199), '2026-12-01', '2026-12-31')).to.equal(undefined);
    expect(previewFeed(feed(300), '2026-12-01', '2026-12-31', { transform: (raw) => raw })).to.equal(undefined);
    expect(previewFeed(feed(300), '2026-12-01', '2026-12-31', { format: 'jsonld' })).to.equal(undefined);
    expect(previewFeed({ '@graph': [] }, '2026-12-01', '2026-12-31')).to.equal(undefined);
  });
});
