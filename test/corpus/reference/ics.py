#!/usr/bin/python3
"""Independent reference for the ICS corpus: python3-icalendar + python3-recurring-ical-events.

Usage: ics.py <corpus dir>  ->  JSON { "<file>": { "events": [ { title, allDay, start, end } ] } }

Deliberate policy, shared with the widgets (everything else is the libraries' own reading):
- Zones of a TZID, in this order: an IANA name zoneinfo knows (also the tail of a vendor prefix
  such as /mozilla.org/20050126_1/Europe/Berlin) is read with zoneinfo, even when the file has a
  VTIMEZONE for it; else the file's VTIMEZONE; else a Windows name through CLDR's windowsZones.xml
  (territory 001); else the venue zone. Floating times are read in the venue zone.
- RFC 5545 requires FREQ in an RRULE: an RRULE without one is ignored, and so is an RRULE the rule
  library cannot read (the event is read once, at DTSTART).
- A bare 8-digit value of a date property (DTSTART:20190101) is a DATE; a value that is no
  date or date-time at all is dropped (an event without DTSTART is then skipped).
- Content lines icalendar cannot parse are dropped, not the whole file.
- Events are kept when they overlap the window [from, to) (venue-zone midnights); cancelled ones too.
"""
import datetime
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zoneinfo

import icalendar
import recurring_ical_events

UTC = datetime.timezone.utc
WINDOWS_ZONES = '/usr/share/unicode/cldr/common/supplemental/windowsZones.xml'
DATE_PROPS = {'DTSTART', 'DTEND', 'DUE', 'RECURRENCE-ID', 'EXDATE', 'RDATE'}


def windows_map():
    zones = {}
    for node in ET.parse(WINDOWS_ZONES).iter('mapZone'):
        if node.get('territory') == '001':
            zones[node.get('other')] = node.get('type').split()[0]
    return zones


WINDOWS = windows_map()


def iana(name):
    if not name:
        return None
    candidates = [name]
    match = re.search(r'([A-Za-z_]+/[A-Za-z_+-]+(?:/[A-Za-z_+-]+)?)$', name)
    if match:
        candidates += [match.group(1), '/'.join(match.group(1).split('/')[-2:])]
    for candidate in candidates:
        try:
            return zoneinfo.ZoneInfo(candidate)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            continue
    return None


def repair_text(text):
    """Unfolds, drops RRULEs without FREQ, marks bare dates, drops lines icalendar cannot parse."""
    lines = re.sub(r'\r?\n[ \t]', '', text).split('\n')
    out = []
    for line in lines:
        line = line.rstrip('\r')
        if not line.strip():
            continue
        try:
            name, params, value = icalendar.parser.Contentline(line).parts()
        except Exception:
            continue
        name = name.upper()
        if name == 'RRULE' and 'FREQ=' not in value.upper():
            continue
        if name in DATE_PROPS and params.get('VALUE', '').upper() != 'PERIOD' and not re.fullmatch(r'\d{8}(T\d{6}Z?)?(,\d{8}(T\d{6}Z?)?)*', value.strip(), re.I):
            continue
        if name in DATE_PROPS and 'VALUE' not in params and re.fullmatch(r'\d{8}(,\d{8})*', value.strip()):
            head = line[: len(line) - len(value) - 1]
            line = f'{head};VALUE=DATE:{value.strip()}'
        out.append(line)
    return '\r\n'.join(out) + '\r\n'


class Zones:
    def __init__(self, calendar, venue):
        self.venue = venue
        self.vtimezones = {}
        for tz in calendar.walk('VTIMEZONE'):
            try:
                self.vtimezones[str(tz['TZID'])] = tz.to_tz()
            except Exception:
                pass

    def resolve(self, tzid):
        return iana(tzid) or self.vtimezones.get(tzid) or iana(WINDOWS.get(tzid.strip('"'))) or self.venue


def place(dt, tzid, zones):
    """The value as the policy reads it: wall clock + zone of its TZID, UTC kept, floating in the venue zone."""
    if not isinstance(dt, datetime.datetime):
        return dt
    if dt.tzinfo is not None and not tzid:
        return dt.astimezone(UTC)
    zone = zones.resolve(tzid) if tzid else zones.venue
    naive = dt.replace(tzinfo=None)
    if hasattr(zone, 'localize'):
        return zone.localize(naive)
    return naive.replace(tzinfo=zone)


def rezone(event, zones):
    for name in ('DTSTART', 'DTEND', 'RECURRENCE-ID'):
        prop = event.get(name)
        if prop is not None:
            prop.dt = place(prop.dt, prop.params.get('TZID'), zones)
    for name in ('EXDATE', 'RDATE'):
        props = event.get(name)
        if props is None:
            continue
        for prop in props if isinstance(props, list) else [props]:
            for value in prop.dts:
                value.dt = place(value.dt, prop.params.get('TZID'), zones)


def midnight(day, zone):
    return datetime.datetime(day.year, day.month, day.day, tzinfo=zone)


def occurrences(calendar, window_from, window_to, zone):
    try:
        return recurring_ical_events.of(calendar).between(window_from - datetime.timedelta(days=2), window_to + datetime.timedelta(days=2))
    except Exception:
        # One event whose rule the library cannot read: read that one once, keep the others expanding.
        for event in calendar.walk('VEVENT'):
            try:
                recurring_ical_events.of(wrap(event)).between(window_from, window_to)
            except Exception:
                event.pop('RRULE', None)
        return recurring_ical_events.of(calendar).between(window_from - datetime.timedelta(days=2), window_to + datetime.timedelta(days=2))


def wrap(event):
    calendar = icalendar.Calendar()
    calendar.add_component(event)
    return calendar


def canonical(event, zone):
    title = str(event.get('SUMMARY', '')).strip() or None
    start = event['DTSTART'].dt
    end = event['DTEND'].dt if 'DTEND' in event else None
    if not isinstance(start, datetime.datetime):
        if end is None or isinstance(end, datetime.datetime) or end <= start:
            end = start + datetime.timedelta(days=1)
        return {'title': title, 'allDay': True, 'start': start.isoformat(), 'end': end.isoformat()}, midnight(start, zone), midnight(end, zone)
    utc_start = start.astimezone(UTC)
    utc_end = end.astimezone(UTC) if isinstance(end, datetime.datetime) and end > start else None
    text = lambda t: t.strftime('%Y-%m-%dT%H:%M:%SZ') if t else None
    return {'title': title, 'allDay': False, 'start': text(utc_start), 'end': text(utc_end)}, utc_start, utc_end or utc_start


def read_file(path, meta):
    zone = zoneinfo.ZoneInfo(meta.get('timeZone', 'Europe/Berlin'))
    window = meta.get('window', {'from': '2026-01-01', 'to': '2028-01-01'})
    window_from = midnight(datetime.date.fromisoformat(window['from']), zone)
    window_to = midnight(datetime.date.fromisoformat(window['to']), zone)
    with open(path, encoding='utf-8') as f:
        text = repair_text(f.read())
    events = []
    for calendar in icalendar.Calendar.from_ical(text, multiple=True):
        zones = Zones(calendar, zone)
        calendar.subcomponents = [c for c in calendar.subcomponents if c.name != 'VEVENT' or 'DTSTART' in c]
        for event in calendar.walk('VEVENT'):
            if 'DTSTART' in event:
                rezone(event, zones)
        for event in occurrences(calendar, window_from, window_to, zone):
            item, start, end = canonical(event, zone)
            if start < window_to and (end > window_from or start >= window_from):
                events.append(item)
    events.sort(key=lambda e: (e['start'], e['title'] or ''))
    return {'events': events}


def main():
    folder = sys.argv[1]
    answer = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith('.meta.json') or name.startswith('.'):
            continue
        meta_path = os.path.join(folder, re.sub(r'\.[^.]+$', '', name) + '.meta.json')
        meta = {}
        if os.path.exists(meta_path):
            with open(meta_path, encoding='utf-8') as f:
                meta = json.load(f)
        answer[name] = read_file(os.path.join(folder, name), meta)
    json.dump(answer, sys.stdout, indent=1, ensure_ascii=False)


if __name__ == '__main__':
    main()
