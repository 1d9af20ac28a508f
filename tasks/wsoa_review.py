"""Ofsted and the CQC's review of a WSOA and what follows it (B17, H§78-79, RV): unfit once, the
area re-submits; unfit twice, the DfE decides; fit, a re-visit is proposed."""

from __future__ import annotations

import datetime as dt

from models.db import session_scope
from models.queries import audit, get_area_by_id, get_case
from models.tables import Decision
from sendops.calendar import to_london
from sendops.clock import Clock
from sendops.errors import SendopsError
from sendops.inputs import TEXT, check_text
from sendops.specs import (
    CCG_ICB,
    DCS,
    DFE,
    FIRST_REVIEW,
    NHSE,
    PRINCIPAL,
    SECOND_REVIEW,
    SOS_EDUCATION,
    SOS_HEALTH,
    UNFIT_NOTIFIED,
)
from tasks.case_state import sync_milestones
from tasks.messages import write_messages
from tasks.revisit_proposals import propose_revisit
from tasks.wsoa import open_case, wake, wsoa_record


def record_review(*, case_id: int, fit: bool, reason: str, actor: str, clock: Clock) -> str:
    """Ofsted and the CQC's review: fit, or unfit (a first time: re-submit in 20 working days; a
    second time: escalated to the DfE). Returns the WSOA's new status."""
    now = clock.now()
    today = to_london(now).date().isoformat()
    reason = check_text(reason, "reason", limit=TEXT, lines=True)
    if not reason.strip():
        raise SendopsError("a review needs its reasons (--reason)")
    with session_scope() as session:
        case = open_case(session, case_id)
        if case.status not in ("under_review", "under_second_review"):
            raise SendopsError(f"WSOA case {case_id} is {case.status}: there is no submission to review")
        second = case.status == "under_second_review"
        event = SECOND_REVIEW if second else FIRST_REVIEW
        values = {"decided_by": actor, "fit": fit, "reason": reason.strip(), "reviewed_on": today}
        session.add(
            Decision(
                case_id=case_id,
                attempt=case.attempt,
                key=event,
                decided_by=actor,
                decided_at=now,
                values=values,
            )
        )
        case.events = {**case.events, event: today}
        area = get_area_by_id(session=session, area_id=case.area_id)
        record = wsoa_record(session, case)
        before = case.status
        if fit:
            values["revisit"] = propose_revisit(session=session, case=case, now=now)
            # RV: the DfE and NHS England's quarterly visits go on until the re-visit (their support
            # and challenge began when the WSOA was required, H§116: milestone support_starts)
            record.quarterly_visits_from = dt.date.fromisoformat(today)
            case.status = "fit"
            # H§79: the local authority publishes it too when the CCG/ICB is the principal authority
            la = (DCS,) if record.principal_role == CCG_ICB else ()
            letter = ("wsoa_fit_notice", (PRINCIPAL, *la, SOS_EDUCATION, SOS_HEALTH, DFE, NHSE), "fit")
        elif not second:
            case.events = {**case.events, UNFIT_NOTIFIED: today}
            record.first_review_reason = reason.strip()
            case.status = "awaiting_resubmission"
            sync_milestones(session=session, case=case)  # dates resubmission_due for the notice
            letter = ("wsoa_unfit_notice", (PRINCIPAL,), "unfit-1")
        else:  # B17: unfit a second time -> the DfE decides
            case.status = "escalated_to_dfe"
            letter = ("dfe_escalation", (DFE,), "escalation")
        communication, roles, tag = letter
        write_messages(
            session=session,
            case=case,
            area=area,
            communication=communication,
            roles=roles,
            tag=tag,
            now=now,
            values=values,
        )
        case.updated_at = now
        audit(
            session=session,
            at=now,
            actor=actor,
            action=f"review_{'fit' if fit else 'unfit'}",
            case_id=case_id,
            before=before,
            after=case.status,
            reason=reason.strip(),
        )
        if case.status == "escalated_to_dfe":
            audit(session=session, at=now, actor="sendops", action="escalated_to_dfe", case_id=case_id)
        status, run_id = case.status, case.flow_run_id
    wake(run_id, event.replace("_", " "))
    return status


def record_dfe_decision(*, case_id: int, decision: str, actor: str, clock: Clock) -> None:
    now = clock.now()
    decision = check_text(decision, "decision", limit=TEXT, lines=True)
    if not decision.strip():
        raise SendopsError("say what the DfE decided (--decision)")
    with session_scope() as session:
        case = get_case(session=session, case_id=case_id, lock=True)
        if case.kind != "wsoa" or case.status != "escalated_to_dfe":
            raise SendopsError(f"case {case_id} is not a WSOA escalated to the DfE")
        record = wsoa_record(session, case)
        if record.dfe_decision is not None:
            raise SendopsError(f"the DfE's decision on case {case_id} is already recorded")
        record.dfe_decision, record.dfe_decided_at = decision.strip(), now
        audit(
            session=session,
            at=now,
            actor=actor,
            action="record_dfe_decision",
            case_id=case_id,
            decision=decision.strip(),
        )
