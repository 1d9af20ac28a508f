"""A re-visit proposed when a WSOA is fit (RV: usually within 18 months): an operator confirms it
with an on-site start, which starts its case flow, or moves the date it is planned by."""

from __future__ import annotations

import datetime as dt

import pendulum
from sqlmodel import Session, select

from models.db import session_scope
from models.queries import audit, get_area_by_id, get_case, wsoa_record_of
from models.tables import Case
from sendops.calendar import to_london
from sendops.clock import Clock
from sendops.config import get_timeline
from sendops.errors import SendopsError
from sendops.inputs import TEXT, check_text
from tasks.case_state import sync_milestones
from tasks.case_timeline import check_period, check_start
from tasks.run_requests import start_run

NO_REVISIT_AFTER = dt.date(2021, 6, 30)  # H§118: later inspections get no 2016-framework re-visit
REVISIT_WITHIN_MONTHS = 18  # RV: usually within 18 months of the WSOA being declared fit


def propose_revisit(*, session: Session, case: Case, now: dt.datetime) -> str:
    """RV: a re-visit within 18 months, proposed for an operator to confirm; none under H§118."""
    record = wsoa_record_of(session=session, case_id=case.id)
    if record is not None and record.inspected_on > NO_REVISIT_AFTER:
        case.facts = {**case.facts, "revisit": "none (H§118: inspected after June 2021)"}
        return "There is no re-visit under the 2016 framework for inspections after June 2021 (H§118)."
    today = to_london(now).date()
    by = pendulum.date(today.year, today.month, today.day).add(months=REVISIT_WITHIN_MONTHS)
    by = dt.date(by.year, by.month, by.day)
    proposal = propose(
        session=session,
        kind="revisit",
        parent=case,
        parent_fact="wsoa_case_id",
        by=by,
        onsite_days=3,
        now=now,
    )
    case.facts = {**case.facts, "revisit_case_id": proposal.id, "revisit_by": by.isoformat()}
    return f"Ofsted and the CQC will re-visit the area by {by:%d %B %Y} (within 18 months, RV)."


# Follow-ons an operator confirms with a start (`sendops revisit confirm`).
PROPOSED_KINDS = ("revisit", "monitoring-2023", "engagement-2023")


def propose(
    *,
    session: Session,
    kind: str,
    parent: Case,
    parent_fact: str,
    by: dt.date,
    onsite_days: int,
    now: dt.datetime,
) -> Case:
    """A follow-on case proposed to be done by `by`, with its parent's weaknesses (or areas for
    priority action), for an operator to confirm with its start; audited."""
    proposal = Case(
        kind=kind,
        area_id=parent.area_id,
        start=by,
        onsite_days=onsite_days,
        status="proposed",
        lead_hmi=parent.lead_hmi,
        weaknesses=list(parent.weaknesses),
        facts={parent_fact: parent.id, f"{kind.split('-')[0]}_by": by.isoformat()},  # revisit_by, ...
        created_at=now,
        updated_at=now,
    )
    session.add(proposal)
    session.flush()
    audit(
        session=session,
        at=now,
        actor="sendops",
        action=f"propose_{kind.split('-')[0]}",
        case_id=proposal.id,
        **{parent_fact: parent.id},
        by=by.isoformat(),
    )
    return proposal


def further_revisit(*, session: Session, kind: str, area_id: int, case_id: int | None, direction: str) -> str:
    """The Secretary of State's direction for a further re-visit of an area, checked: after a
    re-visit it is for the DfE and NHS England to determine the next steps, and Ofsted and the
    CQC carry out no further re-visit unless the Secretary of State directs it (RV after the
    re-visit). Refused without one when the area had a re-visit (any but a proposed or withdrawn
    one), and refused with one when it had none; "" for other kinds."""
    direction = check_text(direction, "secretary of state direction", limit=TEXT).strip()
    if kind != "revisit":
        if direction:
            raise SendopsError(f"a Secretary of State's direction is for a further re-visit, not a {kind}")
        return ""
    earlier = session.exec(
        select(Case)
        .where(Case.area_id == area_id, Case.kind == "revisit", Case.status.not_in(("proposed", "withdrawn")))  # type: ignore[attr-defined]
        .where(Case.id != case_id)
        .order_by(Case.start)  # type: ignore[arg-type]
    ).first()
    area = get_area_by_id(session=session, area_id=area_id).name
    if earlier is None and direction:
        raise SendopsError(
            f"{area} has had no re-visit: only a further one needs the Secretary of State's direction "
            "(RV after the re-visit)"
        )
    if earlier is not None and not direction:
        raise SendopsError(
            f"{area} was re-visited (case {earlier.id}, on site from {earlier.start}): Ofsted and the CQC "
            "carry out no further re-visit unless the Secretary of State directs it (RV after the "
            "re-visit); give the direction (--secretary-of-state-direction)"
        )
    return direction


def _proposal(session, case_id: int):
    case = get_case(session=session, case_id=case_id, lock=True)
    if case.kind not in PROPOSED_KINDS or case.status != "proposed":
        raise SendopsError(
            f"case {case_id} is not a proposed re-visit, monitoring inspection or engagement meeting "
            f"(it is a {case.kind}, {case.status})"
        )
    return case


def confirm_revisit(
    *,
    case_id: int,
    start: dt.date,
    days: int | None,
    weaknesses: list[str],
    actor: str,
    clock: Clock,
    direction: str = "",
    outside_period: str = "",
) -> None:
    """Confirm a proposal with its start (`direction`: the Secretary of State's, for a further
    re-visit of an area; `outside_period`: why, if it is outside its kind's period)."""
    now = clock.now()
    with session_scope() as session:
        case = _proposal(session, case_id)
        direction = further_revisit(
            session=session, kind=case.kind, area_id=case.area_id, case_id=case.id, direction=direction
        )
        outside_period = check_period(kind=case.kind, start=start, acknowledgement=outside_period)
        days = check_start(kind=case.kind, start=start, days=days or case.onsite_days, now=now)
        weaknesses = [check_text(w, "weakness", limit=TEXT) for w in weaknesses if w.strip()] or list(
            case.weaknesses
        )
        timeline = get_timeline(case.kind)
        if timeline.reviews and not weaknesses:
            raise SendopsError(f"a {timeline.noun} needs {timeline.reviews} (--weakness)")
        before = {"status": case.status, "start": case.start.isoformat()}
        case.start, case.onsite_days, case.weaknesses = start, days, weaknesses
        case.status, case.updated_at = "scheduled", now
        sync_milestones(session=session, case=case)
        start_run(session, case, get_area_by_id(session=session, area_id=case.area_id).name)
        audit(
            session=session,
            at=now,
            actor=actor,
            action="confirm_revisit",
            case_id=case_id,
            before=before,
            after={"status": "scheduled", "start": start.isoformat(), "days": days}
            | ({"secretary_of_state_direction": direction} if direction else {})
            | ({"outside_period": outside_period} if outside_period else {}),
        )


def reschedule_revisit(*, case_id: int, by: dt.date, reason: str, actor: str, clock: Clock) -> None:
    now = clock.now()
    reason = check_text(reason, "reason", limit=TEXT, lines=True)
    if not reason.strip():
        raise SendopsError("say why the re-visit moves (--reason)")
    with session_scope() as session:
        case = _proposal(session, case_id)
        before = case.start.isoformat()
        case.start, case.updated_at = by, now
        case.facts = {**case.facts, f"{case.kind.split('-')[0]}_by": by.isoformat()}
        audit(
            session=session,
            at=now,
            actor=actor,
            action="reschedule_revisit",
            case_id=case_id,
            before=before,
            after=by.isoformat(),
            reason=reason.strip(),
        )
