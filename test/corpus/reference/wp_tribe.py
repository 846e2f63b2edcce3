"""Reference reading of The Events Calendar (WordPress) REST responses, from TEC's and WordPress's semantics.

- `/wp-json/tribe/events/v1/events` answers `{ events: [...], rest_url, total, total_pages, next_rest_url }`.
- `start_date` / `end_date` are the event's wall clock ("Y-m-d H:i:s") in the event's `timezone`:
  the time the site shows. `timezone` is an IANA name, or for a site with a manual offset what
  TEC's wp_timezone_string() makes of WordPress's gmt_offset: "UTC+0", "UTC-5", "UTC+5.5" (gmt_offset
  is in hours, so 5.5 is +05:30 and 5.75 is +05:45); "UTC+5:30" is read as hours and minutes.
- `utc_start_date` / `utc_end_date` are derived from those at save time; they only settle which of
  the two readings of a repeated hour is meant, and stand in when `timezone` names no zone.
- `all_day` events: the dates of start_date and end_date (end_date is 23:59:59 of the last day).
- Titles are HTML (WordPress escapes `&` as `&#038;`, dashes as `&#8211;`).
"""
import html
import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ZoneInfo, all_day, date, datetime, files, local, output, timed, timedelta, timezone  # noqa: E402

OFFSET = re.compile(r'^UTC([+-])(\d{1,2})(?:\.(\d+)|:(\d{2}))?$')


def site_zone(name):
    """A tzinfo for TEC's `timezone` value, or None."""
    if not isinstance(name, str) or not name.strip():
        return None
    name = name.strip()
    m = OFFSET.match(name)
    if m:
        hours = int(m.group(2))
        minutes = round(float('0.' + m.group(3)) * 60) if m.group(3) else int(m.group(4) or 0)
        delta = timedelta(hours=hours, minutes=minutes)
        return timezone(-delta if m.group(1) == '-' else delta)
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return None


def wall(value):
    try:
        return datetime.strptime(value.strip(), '%Y-%m-%d %H:%M:%S')
    except (AttributeError, ValueError):
        return None


def title_of(value):
    if not isinstance(value, str):
        return None
    value = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]*>', '', value))).strip()
    return value or None


def moment(event, field, zone):
    local_wall = wall(event.get(field))
    utc_wall = wall(event.get('utc_' + field))
    hint = utc_wall.replace(tzinfo=timezone.utc) if utc_wall else None
    if zone is not None and local_wall is not None:
        if isinstance(zone, ZoneInfo):
            return local(local_wall, zone, hint)
        return local_wall.replace(tzinfo=zone)
    return hint


def read_event(event):
    title = title_of(event.get('title'))
    if event.get('all_day') in (True, 'true', 1, '1'):
        start = wall(event.get('start_date'))
        if start is None:
            return None
        end = wall(event.get('end_date'))
        return all_day(title, start.date(), end.date() + timedelta(days=1) if end else None)
    zone = site_zone(event.get('timezone'))
    start = moment(event, 'start_date', zone)
    if start is None:
        return None
    return timed(title, start, moment(event, 'end_date', zone))


def main(folder):
    results = {}
    for name in files(folder):
        with open(os.path.join(folder, name), encoding='utf-8') as f:
            envelope = json.load(f)
        events = [read_event(e) for e in envelope.get('events', []) if isinstance(e, dict)]
        results[name] = {'events': [e for e in events if e is not None]}
    output(results)


if __name__ == '__main__':
    main(sys.argv[1])
