"""A case's timeline, dated from its start and the events recorded so far."""

from __future__ import annotations

import datetime as dt

from models.tables import Case
from sendops.config import get_calendar
from sendops.specs import get_timeline
from sendops.timelines import ScheduledMilestone, schedule


def scheduled_milestones(case: Case) -> list[ScheduledMilestone]:
    events = {k: dt.date.fromisoformat(v) for k, v in case.events.items()}
    timeline = get_timeline(case.kind)
    outcome = case.facts.get("outcome")  # some milestones are only for some outcomes (a PAP)
    if timeline.onsite_days is None:  # event-relative (a WSOA): its start is an event in `events`
        return schedule(timeline, get_calendar(), events=events, outcome=outcome)
    return schedule(
        timeline, get_calendar(), start=case.start, days=case.onsite_days, events=events, outcome=outcome
    )
