# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an iCalendar file from stdin with Debian's python3-icalendar (a real parser, not ours)
and prints, as JSON, what its one event says and what its own VTIMEZONE makes of DTSTART."""
import json
import sys

import icalendar

calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
events, zones = calendar.walk("VEVENT"), calendar.walk("VTIMEZONE")
event = events[0]
start = event.decoded("DTSTART")
end = event.decoded("DTEND") if "DTEND" in event else None
# The file's VTIMEZONE rules, not the system's tzdata, applied to the same wall-clock time.
ours = zones[0].to_tz().localize(start.replace(tzinfo=None))
print(json.dumps({
    "events": len(events),
    "zones": [str(z["TZID"]) for z in zones],
    "uid": str(event["UID"]),
    "tzid": event["DTSTART"].params.get("TZID"),
    "start": start.isoformat(),
    "end": end.isoformat() if end else None,
    "offset": start.utcoffset().total_seconds(),
    "vtimezone_offset": ours.utcoffset().total_seconds(),
    "summary": str(event["SUMMARY"]),
    "summary_language": event["SUMMARY"].params.get("LANGUAGE"),
    "location": str(event["LOCATION"]),
    "description": str(event.get("DESCRIPTION", "")),
}, ensure_ascii=False))
