import { expect } from '@open-wc/testing';
import { clearFeedCache, loadFeed, normalizeFeedData, type LoadOptions } from '../../src/data/load-feed.js';
import { formatProblem } from '../../src/data/problems.js';
import type { KulturAllDayEvent, KulturEvent, KulturTimedEvent } from '../../src/data/types.js';

/** Real-world shapes of #19, read from the corpus fixtures. */
const WINDOW = { rangeStart: Date.parse('2026-01-01T00:00:00Z'), rangeEnd: Date.parse('2028-01-01T00:00:00Z') };
const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');

async function load(file: string, options: LoadOptions = {}): Promise<{ events: KulturEvent[]; problems: string[] }> {
  const result = await loadFeed(`/test/corpus/ics/${file}`, { warn: false, ...WINDOW, ...options });
  return { events: result.events, problems: result.problems.map(formatProblem) };
}

const starts = (events: KulturEvent[], title: string) => events.filter((e) => e.title === title).map((e) => iso((e as KulturTimedEvent).start.instant));

describe('iCalendar adapter: real-world quirks (#19)', () => {
  beforeEach(clearFeedCache);

  it('reads IANA TZIDs with the browser’s rules, also with an RDATE-only VTIMEZONE and behind a vendor prefix', async () => {
    const { events } = await load('icalcreator-rdate-vtimezone.ics');
    expect(starts(events, 'Winterkonzert im Saal')).to.deep.equal(['2026-01-15T19:00:00Z']);
    expect(starts(events, 'Hoffest')).to.deep.equal(['2026-06-13T13:00:00Z']);
    expect(starts(events, 'Repair-Café').slice(3, 5)).to.deep.equal(['2026-03-22T09:00:00Z', '2026-03-29T08:00:00Z']);
    const { events: mozilla } = await load('thunderbird-mozilla-tzid.ics');
    expect(starts(mozilla, 'Werkstattgespräch')).to.deep.equal(['2026-02-05T17:00:00Z']);
    expect(starts(mozilla, 'Sommerakademie Eröffnung')).to.deep.equal(['2026-07-20T08:00:00Z']);
  });

  it('matches a DATE EXDATE on the series’ own wall clock, not the widget’s', async () => {
    // 21:00 in New York is 03:00 the next day in Berlin: the 4 Dec evening must stay, the 5th go.
    const { events } = await load('google-newyork-date-exdate.ics', { timeZone: 'Europe/Berlin' });
    expect(starts(events, 'Livestream aus New York')).to.deep.equal(
      ['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-07', '2026-12-08'].map((day) => `${day}T02:00:00Z`),
    );
  });

  it('repairs a non-IANA VTIMEZONE whose observances are DTSTART + RDATE (the first onset counts)', async () => {
    const { events, problems } = await load('icalcreator-rdate-custom-tzid.ics');
    expect(problems).to.deep.equal([
      'VTIMEZONE[Mitteleuropäische Zeit].STANDARD.RDATE: its DTSTART 2025-10-26T03:00:00 is not among the RDATEs; counted as the first onset',
      'VTIMEZONE[Mitteleuropäische Zeit].DAYLIGHT.RDATE: its DTSTART 2026-03-29T02:00:00 is not among the RDATEs; counted as the first onset',
    ]);
    expect(starts(events, 'Chorprobe offen')).to.deep.equal(['2026-01-20T18:30:00Z']);
    expect(starts(events, 'Tanzabend')).to.deep.equal(['2026-04-10T18:00:00Z']);
    expect(starts(events, 'Vortrag: Stadtgeschichte')).to.deep.equal(['2026-11-05T18:00:00Z']);
  });

  it('maps Windows zone names without VTIMEZONE through CLDR, and Outlook display names through their cities', async () => {
    const { events, problems } = await load('outlook-windows-tzid.ics');
    expect(starts(events, 'Vorstandssitzung Förderverein')).to.deep.equal(['2026-03-05T18:00:00Z']);
    expect(starts(events, 'Videokonferenz mit der Partnerbühne in Portland')).to.deep.equal(['2026-07-10T17:00:00Z']);
    expect(starts(events, 'Telefonat mit dem Verlag in London')).to.deep.equal(['2026-10-12T08:00:00Z']);
    expect(problems).to.deep.equal([]);
    const { events: display } = await load('outlook-display-name-tzid.ics');
    expect(starts(display, 'Mitgliederversammlung')).to.deep.equal(['2026-04-22T16:30:00Z']);
    expect(starts(display, 'Online-Lesung aus Dublin')).to.deep.equal(['2026-06-15T17:00:00Z']);
  });

  it('matches a DATE-TIME RECURRENCE-ID to its all-day series’ date (Exchange)', async () => {
    const { events } = await load('exchange-allday-recurrence-id.ics');
    const days = (events as KulturAllDayEvent[]).map((e) => `${e.startDate} ${e.title}${e.status === 'cancelled' ? ' ✗' : ''}`);
    expect(days).to.deep.equal([
      '2026-01-05 Flohmarkt im Hof',
      '2026-01-14 Flohmarkt im Hof (verschoben)',
      '2026-01-19 Flohmarkt im Hof',
      '2026-01-26 Flohmarkt im Hof (abgesagt) ✗',
      '2026-02-02 Flohmarkt im Hof',
    ]);
  });

  it('includes DTSTART in an RDATE series without RRULE', async () => {
    const { events } = await load('apple-rdate-series.ics');
    expect(starts(events, 'Kindertheater')[0]).to.equal('2026-02-07T15:00:00Z');
    expect(events.length).to.equal(4);
  });

  it('reads bare 8-digit dates as all-day and an empty RRULE as a single event, each reported by item and field', async () => {
    const { events, problems } = await load('holidays-date8-empty-rrule.ics');
    expect((events as KulturAllDayEvent[]).map((e) => `${e.startDate}/${e.endDate} ${e.title}`)).to.deep.equal([
      '2026-01-01/2026-01-02 Neujahr',
      '2026-04-03/2026-04-04 Karfreitag',
      '2026-04-06/2026-04-07 Ostermontag',
      '2026-06-04/2026-06-05 Fronleichnam',
      '2026-10-03/2026-10-04 Tag der Deutschen Einheit',
    ]);
    expect(problems).to.include('VEVENT[0].RRULE [Neujahr]: "" has no FREQ; read as a single event');
    expect(problems).to.include('VEVENT[0].DTSTART [Neujahr]: "20260101" is a date without VALUE=DATE; read as a date');
    expect(problems.some((p) => /TypeError|Cannot read/.test(p))).to.equal(false);
  });

  it('costs a line ical.js rejects only its field, not the whole file', async () => {
    const { events, problems } = await load('holidays-bad-line.ics');
    expect(events.map((e) => e.title)).to.deep.equal(['Osterferien', 'Sommerferien', 'Herbstferien']);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^VEVENT\[1\]\.RRULE \[Sommerferien\]: could not be parsed and is ignored \(the iCalendar parser says: BYMONTH/);
  });

  it('shows events without SUMMARY with a neutral title, marked untitled and reported', async () => {
    const { events, problems } = await load('thunderbird-no-summary.ics');
    expect(events.map((e) => [e.title, e.untitled ?? false])).to.deep.equal([
      ['Untitled', true],
      ['Jazzabend', false],
      ['Untitled', true],
    ]);
    expect(problems).to.deep.equal([
      'VEVENT[0].SUMMARY [no-summary-1@thunderbird.example]: missing; shown with the neutral title "Untitled"',
      'VEVENT[2].SUMMARY [no-summary-3@thunderbird.example]: missing; shown with the neutral title "Untitled"',
    ]);
    const { events: german } = await load('thunderbird-no-summary.ics', { untitledTitle: 'Ohne Titel' });
    expect(german.filter((e) => e.untitled).map((e) => e.title)).to.deep.equal(['Ohne Titel', 'Ohne Titel']);
  });

  it('skips an event whose DTSTART is no date and ignores only an unreadable DTEND, naming the field as written', async () => {
    const vevent = (uid: string, lines: string) => `BEGIN:VEVENT\r\nUID:${uid}\r\nSUMMARY:${uid}\r\n${lines}END:VEVENT\r\n`;
    const text =
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n' +
      vevent('Ohne Datum', 'DTSTART:2026-03-01\r\n') +
      vevent('Kaputtes Ende', 'DTSTART;TZID=Tokyo Standard Time:20260301T190000\r\nDTEND:20260301Tabc\r\n') +
      'END:VCALENDAR\r\n';
    const { events, problems } = await normalizeFeedData(text, { format: 'ics', warn: false, ...WINDOW });
    expect(events.map((e) => [e.title, iso((e as KulturTimedEvent).start.instant), (e as KulturTimedEvent).end])).to.deep.equal([['Kaputtes Ende', '2026-03-01T10:00:00Z', undefined]]);
    expect(problems.map(formatProblem)).to.deep.equal([
      'VEVENT[0].DTSTART [Ohne Datum]: "2026-03-01" is not an iCalendar date or date-time (YYYYMMDD or YYYYMMDDTHHMMSS); ignored',
      'VEVENT[1].DTEND [Kaputtes Ende]: "20260301Tabc" is not an iCalendar date or date-time (YYYYMMDD or YYYYMMDDTHHMMSS); ignored',
      'VEVENT[0].DTSTART [Ohne Datum]: missing: every event needs a DTSTART (item skipped)',
    ]);
  });
});
