"""A case's timetable as an iCalendar file (RFC 5545, with the `icalendar` library), attached to
the messages that carry a timetable, so that inspectors and the local area can add it to their
calendars. Timed milestones are 30-minute events at their UTC instant (calendars show local
time); end-of-day deadlines are all-day events on their date. Event UIDs are stable per case,
attempt and milestone, so a re-sent timetable updates the events instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt

import icalendar

from sendops.timelines import ScheduledMilestone

PRODID = "-//Ofsted area SEND operations//sendops//EN"


def timetable_ics(
    *, reference: str, area: str, milestones: list[ScheduledMilestone], stamp: dt.datetime
) -> str:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"{area}: {reference}")
    slug = reference.replace("/", "-").lower()
    for m in milestones:
        event = icalendar.Event()
        event.add("uid", f"{slug}-{m.key}@sendops.invalid")
        event.add("dtstamp", stamp.astimezone(dt.UTC))
        if m.end_of_day:
            event.add("dtstart", m.date)
            event.add("dtend", m.date + dt.timedelta(days=1))
        else:
            event.add("dtstart", m.due.astimezone(dt.UTC))
            event.add("dtend", m.due.astimezone(dt.UTC) + dt.timedelta(minutes=30))
        event.add("summary", f"{area}: {m.title}")
        event.add("description", f"{m.day_label}. Rule: {m.rule}. Reference {reference}.")
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical().decode()
