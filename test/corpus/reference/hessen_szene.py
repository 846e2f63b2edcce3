"""Reference reading of the LAKS Hessen hessen-szene export (TYPO3 laks_calendar), from the export's shape.

- `<Events>` holds `<Event>` elements; `Title`, `StartDate/Value`, `StartTime/Value`,
  `EndDate/Value`, `EndTime/Value`.
- Dates are written as `YYYY-MM-DD`, `DD.MM.YYYY`, or a TYPO3 timestamp (seconds since the epoch
  of the day's local midnight). Times as `HH:MM`, `HH:MM:SS`, `HH:MM Uhr`, or seconds after midnight.
- Every date and time is the wall clock in Hessen (Europe/Berlin), whatever the widget's zone.
- An event without a start time is an all-day event; `EndDate` is its last day.
- An end time without an end date is on the start day. An event without a readable start date is
  no event.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ZoneInfo, all_day, date, datetime, files, local, output, timed, timedelta  # noqa: E402

BERLIN = ZoneInfo('Europe/Berlin')


def child(element, path):
    for name in path.split('/'):
        if element is None:
            return None
        element = next((c for c in element if c.tag.lower() == name.lower()), None)
    return element


def value(element, path):
    found = child(element, path)
    text = (found.text or '').strip() if found is not None else ''
    return text or None


def day_of(text):
    if text is None:
        return None
    try:
        if re.fullmatch(r'\d{9,11}', text):
            return datetime.fromtimestamp(int(text), BERLIN).date()
        m = re.fullmatch(r'(\d{1,2})\.(\d{1,2})\.(\d{4})', text)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def time_of(text):
    if text is None:
        return None
    m = re.fullmatch(r'(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*Uhr)?', text, re.IGNORECASE)
    if m:
        return int(m.group(1)), int(m.group(2))
    if re.fullmatch(r'\d{1,5}', text) and int(text) < 86400:
        return int(text) // 3600, int(text) % 3600 // 60
    return None


def read_event(event):
    title = value(event, 'Title')
    start_day = day_of(value(event, 'StartDate/Value'))
    if start_day is None:
        return None
    start_time = time_of(value(event, 'StartTime/Value'))
    end_day = day_of(value(event, 'EndDate/Value'))
    end_time = time_of(value(event, 'EndTime/Value'))
    if start_time is None:
        return all_day(title, start_day, end_day + timedelta(days=1) if end_day else None)
    start = local(datetime(start_day.year, start_day.month, start_day.day, *start_time), BERLIN)
    end = None
    if end_time is not None:
        day = end_day or start_day
        end = local(datetime(day.year, day.month, day.day, *end_time), BERLIN)
        if end_day is None and end <= start:
            day = start_day + timedelta(days=1)  # an end time before the start is after midnight
            end = local(datetime(day.year, day.month, day.day, *end_time), BERLIN)
    return timed(title, start, end)


def main(folder):
    results = {}
    for name in files(folder):
        root = ET.parse(os.path.join(folder, name)).getroot()
        events = [read_event(e) for e in root.iter('Event')]
        results[name] = {'events': [e for e in events if e is not None]}
    output(results)


if __name__ == '__main__':
    main(sys.argv[1])
