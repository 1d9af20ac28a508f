"""The follow-on cases a milestone opens (`Milestone.opens` in the specs): for each kind, the
function that reads the case's decisions, opens the follow-on if they call for one, and creates
its flow run or leaves it proposed for an operator to confirm."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session

from models.tables import Case
from sendops.calendar import to_london
from sendops.config import framework_2023_policy, get_calendar, get_timeline
from tasks.case_state import record_decision
from tasks.revisit_proposals import propose
from tasks.wsoa import open_from_inspection


def _propose_in(
    months: int, *, session: Session, kind: str, parent: Case, parent_fact: str, now: dt.datetime
) -> tuple[Case, dt.date]:
    """A follow-on of `kind` proposed `months` calendar months from today (the next working day),
    with the kind's usual length, for an operator to confirm."""
    due = get_calendar().add_months(to_london(now).date(), months)
    onsite_days = get_timeline(kind).usual_days or 1
    proposal = propose(
        session=session,
        kind=kind,
        parent=parent,
        parent_fact=parent_fact,
        by=due,
        onsite_days=onsite_days,
        now=now,
    )
    return proposal, due


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
    proposal, due = _propose_in(
        outcome.follow_on_months,
        session=session,
        kind="monitoring-2023",
        parent=inspection,
        parent_fact="inspection_case_id",
        now=now,
    )
    inspection.facts = {
        **inspection.facts,
        "monitoring_case_id": proposal.id,
        "monitoring_by": due.isoformat(),
    }
    return proposal.id


def propose_engagement(*, session: Session, inspection: Case, now: dt.datetime) -> int:
    """The next engagement meeting, proposed `engagement_months` after this one was held (C22 P9:
    normally once a year); an operator confirms its date with the partnership."""
    proposal, _ = _propose_in(
        framework_2023_policy().engagement_months,
        session=session,
        kind="engagement-2023",
        parent=inspection,
        parent_fact="previous_engagement_id",
        now=now,
    )
    inspection.facts = {**inspection.facts, "next_engagement_case_id": proposal.id}
    return proposal.id


OPENERS = {
    "wsoa": open_from_inspection,
    "monitoring-2023": propose_monitoring,
    "engagement-2023": propose_engagement,
}


def open_follow_on(kind: str, *, session: Session, case: Case, now: dt.datetime) -> int | None:
    """The follow-on case's id, or None when the case's decisions do not call for one."""
    return OPENERS[kind](session=session, inspection=case, now=now)


def record_decision_with_follow_ons(
    *,
    session: Session,
    case_id: int,
    key: str,
    decision: str,
    values: dict[str, Any],
    now: dt.datetime,
    recorded_at: dt.datetime | None = None,
) -> bool:
    """Record the decision (tasks/case_state.py) and, in the same transaction, open the follow-on
    case its milestone opens, if its decisions call for one (a WSOA with the final report, H§74).
    False if the decision was already recorded."""
    recorded = record_decision(
        session=session,
        case_id=case_id,
        key=key,
        decision=decision,
        values=values,
        now=now,
        recorded_at=recorded_at,
    )
    if recorded and decision != "deferral":
        case = session.get(Case, case_id)
        kind = get_timeline(case.kind).milestone(key).opens
        if kind:
            open_follow_on(kind, session=session, case=case, now=now)
    return recorded
