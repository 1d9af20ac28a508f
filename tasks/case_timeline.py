"""A case's timeline, dated from its start and the events recorded so far."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlmodel import Session

from models.queries import milestones_of
from models.tables import Case
from sendops.calendar import to_london
from sendops.config import case_kinds, current, get_calendar, get_timeline
from sendops.errors import SendopsError
from sendops.inputs import TEXT, check_text
from sendops.timelines import ScheduledMilestone, schedule


def scheduled_milestones(case: Case) -> list[ScheduledMilestone]:
    events = {k: dt.date.fromisoformat(v) for k, v in case.events.items()}
    timeline = get_timeline(case.kind)
    outcome = case.facts.get("outcome")  # some milestones are only for some outcomes (a PAP)
    facts = {name for name, value in case.facts.items() if value}  # or only if a finding is recorded
    if timeline.onsite_days is None:  # event-relative (a WSOA): its start is an event in `events`
        return schedule(timeline, get_calendar(), events=events, outcome=outcome, facts=facts)
    return schedule(
        timeline,
        get_calendar(),
        start=case.start,
        days=case.onsite_days,
        events=events,
        outcome=outcome,
        facts=facts,
    )


def stored_schedule(*, session: Session, case: Case) -> list[ScheduledMilestone]:
    """The case's milestones with their stored dates, the record of what it waits for and has
    done (tasks/reschedule.py moves the pending ones when the calendar changes, and tells whoever
    had a timetable), titled and addressed as the spec says; one not stored yet (not datable when
    the rows were made) as the spec dates it. Letters and their timetables read this: a copy of a
    published case's notice, sent after a closure day was added, shows the dates it was run on."""
    stored = {m.key: m.due for m in milestones_of(session=session, case=case)}
    items = [
        replace(m, due=stored[m.key], date=to_london(stored[m.key]).date()) if m.key in stored else m
        for m in scheduled_milestones(case)
    ]
    return sorted(items, key=lambda m: m.due)


def check_start(*, kind: str, start: dt.date, days: int | None, now: dt.datetime) -> int:
    """The on-site days to use; errors if the start is not a working day, too soon to notify, or
    (for a kind inspected in term time) puts an on-site day in the configured school holidays."""
    if kind not in case_kinds():
        raise SendopsError(f"unknown case kind {kind!r}; kinds: {', '.join(case_kinds())}")
    timeline = get_timeline(kind)
    assert timeline.onsite_days is not None
    days = (timeline.usual_days or timeline.onsite_days[0]) if days is None else days
    dated = schedule(timeline, get_calendar(), start=start, days=days)  # checks working day and days
    notify = dated[0]
    if notify.due <= now:
        raise SendopsError(
            f"on-site start {start.isoformat()} is too soon: its notification ({notify.day_label}, "
            f"{to_london(notify.due):%a %d %b %Y %H:%M %Z}) must be after now "
            f"({to_london(now):%a %d %b %Y %H:%M %Z}); {timeline.notice_days} working days' notice"
        )
    if timeline.term_time:
        _check_term_time(timeline.term_time, start, days)
    return days


def _check_term_time(rule: str, start: dt.date, days: int) -> None:
    """Every on-site day in term: none in `[calendar] school_holidays` (operator configuration,
    like closure days; with none configured, nothing to check)."""
    calendar = get_calendar()
    for n in range(1, days + 1):
        day = calendar.onsite_date(start, n)
        for first, last in current().school_holidays:
            if first <= day <= last:
                raise SendopsError(
                    f"on-site day {n} ({day:%a %d %b %Y}) is in the school holidays {first:%d %b} to "
                    f"{last:%d %b %Y} ([calendar] school_holidays); {rule}"
                )


def check_period(*, kind: str, start: dt.date, acknowledgement: str) -> str:
    """Why a case on site outside its kind's period (its framework's programme: the 2016 one is
    over) is scheduled all the same: refused without a reason, and with one when it is within the
    period. The reason goes in the audit record."""
    period = get_timeline(kind).period
    why = check_text(acknowledgement, "outside period", limit=TEXT, lines=True).strip()
    outside = period is not None and start not in period
    if outside and not why:
        raise SendopsError(
            f"a {kind} on site from {start.isoformat()} is outside the period it applies to ({period}: "
            f"{period.rule}); to schedule it all the same, say why (--outside-period REASON)"
        )
    if why and not outside:
        raise SendopsError(
            f"a {kind} on site from {start.isoformat()} is within the period it applies to: it needs "
            "no --outside-period"
        )
    return why
