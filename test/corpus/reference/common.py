"""Shared helpers of the corpus reference scripts: the output shape of test/corpus/README.md."""
import json
import os
import sys
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

DEFAULT_ZONE = 'Europe/Berlin'


def meta(folder, name):
    """The optional sidecar <name without extension>.meta.json."""
    path = os.path.join(folder, os.path.splitext(name)[0] + '.meta.json')
    if not os.path.exists(path):
        return {}
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def files(folder):
    return sorted(n for n in os.listdir(folder) if not n.endswith('.meta.json') and not n.startswith('.'))


def utc(moment):
    return moment.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def local(wall, zone, utc_hint=None):
    """A naive wall-clock datetime in `zone` as an aware one: the earlier of two readings of a
    repeated hour unless `utc_hint` names the other, a skipped time moved forward by the gap."""
    first = wall.replace(tzinfo=zone, fold=0)
    second = wall.replace(tzinfo=zone, fold=1)
    if utc_hint is not None and second.astimezone(timezone.utc) == utc_hint and first.astimezone(timezone.utc) != utc_hint:
        return second
    # A skipped wall time: zoneinfo's fold=0 reads it with the offset before the gap, which is
    # the same instant as the wall time moved forward by the gap.
    return first


def timed(title, start, end):
    return {'title': title, 'allDay': False, 'start': utc(start), 'end': utc(end) if end is not None and end > start else None}


def all_day(title, first, end_exclusive):
    if end_exclusive is None or end_exclusive <= first:
        end_exclusive = first + timedelta(days=1)
    return {'title': title, 'allDay': True, 'start': first.isoformat(), 'end': end_exclusive.isoformat()}


def output(results):
    for events in results.values():
        events['events'].sort(key=lambda e: (e['start'], e['title'] or ''))
    json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write('\n')


def zone_of(name):
    return ZoneInfo(name or DEFAULT_ZONE)


__all__ = ['meta', 'files', 'utc', 'local', 'timed', 'all_day', 'output', 'zone_of', 'date', 'datetime', 'timedelta', 'timezone', 'ZoneInfo']
