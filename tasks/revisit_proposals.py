"""A re-visit proposed when a WSOA is fit (RV: usually within 18 months): an operator confirms it
with an on-site start, which starts its case flow, or moves the date it is planned by."""

from __future__ import annotations

import datetime as dt

from models.db import session_scope
from models.queries import audit, get_area_by_id, get_case
from sendops.clock import Clock
from sendops.errors import SendopsError
from tasks.case_state import sync_milestones
from tasks.operator import check_start, start_run


def _proposal(session, case_id: int):
    case = get_case(session=session, case_id=case_id, lock=True)
    if case.kind != "revisit" or case.status != "proposed":
        raise SendopsError(f"case {case_id} is not a proposed re-visit (it is a {case.kind}, {case.status})")
    return case


def confirm_revisit(
    *, case_id: int, start: dt.date, days: int | None, weaknesses: list[str], actor: str, clock: Clock
) -> None:
    now = clock.now()
    with session_scope() as session:
        case = _proposal(session, case_id)
        days = check_start(kind="revisit", start=start, days=days or case.onsite_days, now=now)
        weaknesses = [w.strip() for w in weaknesses if w.strip()] or list(case.weaknesses)
        if not weaknesses:
            raise SendopsError("a re-visit needs the WSOA's areas of significant weakness (--weakness)")
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
            after={"status": "scheduled", "start": start.isoformat(), "days": days},
        )


def reschedule_revisit(*, case_id: int, by: dt.date, reason: str, actor: str, clock: Clock) -> None:
    now = clock.now()
    if not reason.strip():
        raise SendopsError("say why the re-visit moves (--reason)")
    with session_scope() as session:
        case = _proposal(session, case_id)
        before = case.start.isoformat()
        case.start, case.updated_at = by, now
        case.facts = {**case.facts, "revisit_by": by.isoformat()}
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
