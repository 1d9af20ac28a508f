"""The follow-on cases a milestone opens (`Milestone.opens` in the specs): for each kind, the
function that reads the case's decisions, opens the follow-on if they call for one, and creates
its flow run or leaves it proposed for an operator to confirm."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from models.tables import Case
from sendops.calendar import to_london
from sendops.config import get_calendar
from sendops.specs import get_timeline
from tasks.revisit_proposals import propose
from tasks.wsoa import open_from_inspection


def propose_monitoring(*, session: Session, inspection: Case, now: dt.datetime) -> int | None:
    """An outcome that calls for a monitoring inspection (the 2023 framework's weakest): one is
    proposed, due `follow_on_months` after the partnership received the final report (today),
    reviewing the areas for priority action (SoC→HB §21). An operator confirms its start."""
    timeline = get_timeline(inspection.kind)
    if "outcome" not in inspection.facts:
        return None
    outcome = timeline.outcome(inspection.facts["outcome"])
    if "monitoring-2023" not in outcome.opens or not outcome.follow_on_months:
        return None
    received = to_london(now).date()
    due = get_calendar().add_months(received, outcome.follow_on_months)
    proposal = propose(
        session=session,
        kind="monitoring-2023",
        parent=inspection,
        parent_fact="inspection_case_id",
        by=due,
        onsite_days=get_timeline("monitoring-2023").usual_days or 1,
        now=now,
    )
    inspection.facts = {
        **inspection.facts,
        "monitoring_case_id": proposal.id,
        "monitoring_by": due.isoformat(),
    }
    return proposal.id


OPENERS = {"wsoa": open_from_inspection, "monitoring-2023": propose_monitoring}


def open_follow_on(kind: str, *, session: Session, case: Case, now: dt.datetime) -> int | None:
    """The follow-on case's id, or None when the case's decisions do not call for one."""
    return OPENERS[kind](session=session, inspection=case, now=now)
