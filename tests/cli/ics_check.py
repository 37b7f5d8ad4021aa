#!/usr/bin/env python3
"""Independent check of an exported .ics with Debian's python3-icalendar (and dateutil for RRULEs):
it parses, every event has UID/DTSTAMP/DTSTART, overrides refer to real occurrences, skips are
excluded, and recurring rules end at their UNTIL. Prints one TAP-style summary line; exit 1 on failure."""
import sys
from datetime import datetime

from dateutil.rrule import rrulestr
from icalendar import Calendar


def as_datetime(d):
    """All-day values are dates; dateutil yields datetimes: compare at midnight."""
    return d if isinstance(d, datetime) else datetime(d.year, d.month, d.day)


def main(path):
    with open(path, "rb") as f:
        raw = f.read()
    for line in raw.split(b"\r\n"):
        if len(line) > 75:
            raise SystemExit(f"line longer than 75 octets: {line[:40]!r}")
    if b"\n" in raw.replace(b"\r\n", b""):
        raise SystemExit("bare LF line ending")
    cal = Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    masters = {}
    overrides = []
    for ev in events:
        for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if prop not in ev:
                raise SystemExit(f"event without {prop}")
        if isinstance(ev["DTSTART"].dt, datetime):
            # A timed event (a 1:1) has its length and an alarm before it.
            if "DURATION" not in ev:
                raise SystemExit(f"timed event {ev['UID']} without DURATION")
            alarms = [a for a in ev.walk("VALARM") if "TRIGGER" in a]
            if not alarms or alarms[0]["TRIGGER"].dt.total_seconds() > 0:
                raise SystemExit(f"timed event {ev['UID']} without an alarm before it")
        if str(ev["UID"]).startswith("series-") and "RRULE" in ev and not ev["RRULE"].get("UNTIL"):
            raise SystemExit(f"series {ev['UID']} without UNTIL")
        if "RECURRENCE-ID" in ev:
            overrides.append(ev)
        else:
            uid = str(ev["UID"])
            if uid in masters:
                raise SystemExit(f"duplicate UID {uid}")
            masters[uid] = ev
    recurring = 0
    for uid, ev in masters.items():
        if "RRULE" not in ev:
            continue
        recurring += 1
        start = as_datetime(ev["DTSTART"].dt)
        rule = rrulestr(ev["RRULE"].to_ical().decode(), dtstart=start)
        dates = list(rule[:2000]) if not ev["RRULE"].get("UNTIL") else list(rule)
        if not dates or dates[0] != start:
            raise SystemExit(f"{uid}: DTSTART is not the first occurrence of its rule")
        until = ev["RRULE"].get("UNTIL")
        if until and dates[-1] > until[0]:
            raise SystemExit(f"{uid}: occurrence after UNTIL")
        exdates = ev.get("EXDATE")
        if exdates is not None:
            for group in exdates if isinstance(exdates, list) else [exdates]:
                for d in group.dts:
                    if as_datetime(d.dt) not in dates:
                        raise SystemExit(f"{uid}: EXDATE {d.dt} is not an occurrence")
    for ov in overrides:
        uid = str(ov["UID"])
        master = masters.get(uid)
        if master is None:
            raise SystemExit(f"override of unknown UID {uid}")
        rule = rrulestr(master["RRULE"].to_ical().decode(), dtstart=as_datetime(master["DTSTART"].dt))
        if as_datetime(ov["RECURRENCE-ID"].dt) not in list(rule):
            raise SystemExit(f"{uid}: RECURRENCE-ID {ov['RECURRENCE-ID'].dt} is not an occurrence")
    alarms = sum(1 for ev in events if list(ev.walk("VALARM")))
    print(f"{len(events)} events, {recurring} recurring, {len(overrides)} moved occurrences, {alarms} with alarms")


if __name__ == "__main__":
    main(sys.argv[1])
