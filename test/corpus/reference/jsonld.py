"""Reference reading of schema.org JSON-LD event pages, from schema.org's own definitions.

- Events are nodes whose @type is schema.org's Event or one of its subtypes, found at the top of
  a JSON-LD document, in an array, in @graph, or as the `item` of an ItemList's ListItems.
- startDate / endDate are ISO 8601 (schema.org Date or DateTime). A DateTime with an offset is
  that instant; one without is the wall clock at the venue (the corpus file's timeZone).
- A Date is a whole day: a date-only endDate is the last day of the event, so the exclusive end
  of the output is the day after it. After a DateTime start, a date-only end lasts until the end of
  that day at the venue; on the start's own day it tells nothing, and the event has no end.
- An event needs a startDate; one without a name is listed with title null.
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import all_day, date, datetime, files, local, meta, output, timed, timedelta, zone_of  # noqa: E402

# schema.org's Event and its subtypes (https://schema.org/Event, "More specific Types").
EVENT_TYPES = {
    'Event', 'BusinessEvent', 'ChildrensEvent', 'ComedyEvent', 'CourseInstance', 'DanceEvent', 'DeliveryEvent',
    'EducationEvent', 'EventSeries', 'ExhibitionEvent', 'Festival', 'FoodEvent', 'Hackathon', 'LiteraryEvent',
    'MusicEvent', 'PublicationEvent', 'BroadcastEvent', 'OnDemandEvent', 'SaleEvent', 'ScreeningEvent',
    'SocialEvent', 'SportsEvent', 'TheaterEvent', 'VisualArtsEvent',
}


class LdScripts(HTMLParser):
    """The text of every <script type="application/ld+json"> of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.blocks = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        if tag == 'script' and (dict(attrs).get('type') or '').strip().lower() == 'application/ld+json':
            self._inside = True
            self.blocks.append('')

    def handle_endtag(self, tag):
        if tag == 'script':
            self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.blocks[-1] += data


def short_type(t):
    return re.sub(r'^.*[:/]', '', t) if isinstance(t, str) else ''


def is_event(node):
    types = node.get('@type')
    types = types if isinstance(types, list) else [types]
    return any(short_type(t) in EVENT_TYPES for t in types)


def events_in(value, found):
    if isinstance(value, list):
        for v in value:
            events_in(v, found)
    elif isinstance(value, dict):
        if is_event(value):
            found.append(value)
            return
        if '@graph' in value:
            events_in(value['@graph'], found)
        if 'itemListElement' in value:
            events_in(value['itemListElement'], found)
        if 'item' in value:
            events_in(value['item'], found)


def text(value):
    if not isinstance(value, str):
        return None
    value = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]*>', '', value))).strip()
    return value or None


def moment(value, zone):
    """A schema.org Date (a `date`) or DateTime (an aware `datetime`), or None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}', value):
            return date.fromisoformat(value)
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else local(parsed, zone)


def read_event(node, zone):
    start = moment(node.get('startDate'), zone)
    if start is None:
        return None
    end = moment(node.get('endDate'), zone)
    title = text(node.get('name'))
    if isinstance(start, datetime):
        if end is not None and not isinstance(end, datetime):
            if end == start.astimezone(zone).date():
                end = None  # the start's own day: no end time is known
            else:
                # the end of that last day at the venue
                end = local(datetime.combine(end + timedelta(days=1), datetime.min.time()), zone)
        return timed(title, start, end)
    if isinstance(end, datetime):
        last = end.astimezone(zone)
        end_day = last.date() if last.time() == datetime.min.time() else last.date() + timedelta(days=1)
        return all_day(title, start, end_day)
    return all_day(title, start, end + timedelta(days=1) if end is not None else None)


def read_file(path, zone):
    with open(path, encoding='utf-8') as f:
        body = f.read()
    if path.endswith('.html') or body.lstrip().startswith('<'):
        parser = LdScripts()
        parser.feed(body)
        documents = []
        for block in parser.blocks:
            try:
                documents.append(json.loads(block))
            except ValueError:
                pass
    else:
        documents = [json.loads(body)]
    found = []
    for document in documents:
        events_in(document, found)
    return [e for e in (read_event(node, zone) for node in found) if e is not None]


def main(folder):
    results = {}
    for name in files(folder):
        zone = zone_of(meta(folder, name).get('timeZone'))
        results[name] = {'events': read_file(os.path.join(folder, name), zone)}
    output(results)


if __name__ == '__main__':
    main(sys.argv[1])
