"""The written statement of action: a case of kind "wsoa", run by the same case flow.

The flow only waits on the WSOA timeline (reminders, the 70-day deadline, chases, reviews); what
people do is recorded here, from the CLI or the UI's deployments, and wakes the run: the WSOA
received, the review (fit or not, with reasons), the DfE's decision after a second unfit review.
Each action validates everything first, writes its audit record in the same transaction, and
changes nothing on error. Rules: H§74-79, B17, RV; H§118 for re-visits after June 2021.
"""

from __future__ import annotations

import datetime as dt

import pendulum
from sqlmodel import Session, select

from models.db import session_scope
from models.queries import audit, get_area, get_area_by_id, get_case
from models.tables import Case, Decision, LocalArea
from sendops.calendar import to_london
from sendops.clock import Clock
from sendops.definitions import (
    CCG_ICB,
    DCS,
    DFE,
    FINAL_REPORT_RECEIVED,
    FIRST_REVIEW,
    NHSE,
    PRINCIPAL,
    RESUBMISSION_RECEIVED,
    SECOND_REVIEW,
    SOS_EDUCATION,
    SOS_HEALTH,
    UNFIT_NOTIFIED,
    WSOA_RECEIVED,
)
from sendops.errors import SendopsError
from tasks.case_state import sync_milestones
from tasks.messages import write_messages

OPEN = ("awaiting_wsoa", "under_review", "awaiting_resubmission", "under_second_review")
PRINCIPAL_ROLES = {"la": DCS, "ccg_icb": CCG_ICB}  # who the principal authority is (H§74)
NO_REVISIT_AFTER = dt.date(2021, 6, 30)  # H§118: later inspections get no 2016-framework re-visit
REVISIT_WITHIN_MONTHS = 18  # RV: usually within 18 months of the WSOA being declared fit


def open_wsoa(
    *,
    session: Session,
    area: LocalArea,
    inspected_on: dt.date,
    final_report_received: dt.date,
    principal_authority: str,
    principal_is: str,
    weaknesses: list[str],
    lead_hmi: str,
    actor: str,
    now: dt.datetime,
    inspection_case_id: int | None = None,
) -> Case:
    """A new WSOA case (its flow run is started by the caller once this commits)."""
    if principal_is not in PRINCIPAL_ROLES:
        raise SendopsError(f"the principal authority is 'la' or 'ccg_icb', not {principal_is!r}")
    if not principal_authority.strip():
        raise SendopsError("name the principal authority (H§74)")
    if final_report_received < inspected_on:
        raise SendopsError("the final report cannot be received before the inspection")
    if final_report_received > to_london(now).date():
        raise SendopsError(f"the final report received date {final_report_received} is in the future")
    if not lead_hmi.strip():
        raise SendopsError("name the lead HMI (--lead-hmi)")
    open_case = session.exec(
        select(Case).where(Case.area_id == area.id, Case.kind == "wsoa", Case.status.in_(OPEN))  # type: ignore[attr-defined]
    ).first()
    if open_case is not None:
        raise SendopsError(f"{area.name} already has an open WSOA (case {open_case.id})")
    case = Case(
        kind="wsoa",
        area_id=area.id,
        start=final_report_received,
        onsite_days=0,
        status="awaiting_wsoa",
        lead_hmi=lead_hmi.strip(),
        weaknesses=[w.strip() for w in weaknesses if w.strip()],
        events={FINAL_REPORT_RECEIVED: final_report_received.isoformat()},
        facts={
            "principal_authority": principal_authority.strip(),
            "principal_role": PRINCIPAL_ROLES[principal_is],
            "inspected_on": inspected_on.isoformat(),
            "final_report_received": final_report_received.isoformat(),
            "inspection_case_id": inspection_case_id,
        },
        created_at=now,
        updated_at=now,
    )
    session.add(case)
    session.flush()
    sync_milestones(session=session, case=case)
    audit(session=session, at=now, actor=actor, action="open_wsoa", case_id=case.id, after=case.facts)
    return case


def open_from_inspection(*, session: Session, inspection: Case, now: dt.datetime) -> int | None:
    """When a full inspection's final report is issued and HMCI required a WSOA (H§74), its WSOA
    starts, the issue date counting as the day the area received the report (H§75)."""
    from tasks.messages import outcome_of
    from tasks.operator import start_run

    outcome = outcome_of(session=session, case=inspection)
    if not outcome.get("wsoa_required"):
        return None
    area = get_area_by_id(session=session, area_id=inspection.area_id)
    case = open_wsoa(
        session=session,
        area=area,
        inspected_on=inspection.start,
        final_report_received=to_london(now).date(),
        principal_authority=outcome["principal_authority"],
        principal_is=outcome.get("principal_is", "la"),
        weaknesses=list(outcome.get("weaknesses", [])),
        lead_hmi=inspection.lead_hmi,
        actor="sendops",
        now=now,
        inspection_case_id=inspection.id,
    )
    start_run(session, case, area.name)
    return case.id


def start_wsoa(
    *,
    area: str,
    inspected_on: dt.date,
    final_report_received: dt.date,
    principal_authority: str,
    principal_is: str,
    weaknesses: list[str],
    lead_hmi: str,
    actor: str,
    clock: Clock,
) -> int:
    """Operators: open a WSOA (e.g. one already under way when sendops came in) and start its run."""
    from tasks.operator import start_run

    with session_scope() as session:
        local_area = get_area(session=session, name=area)
        case = open_wsoa(
            session=session,
            area=local_area,
            inspected_on=inspected_on,
            final_report_received=final_report_received,
            principal_authority=principal_authority,
            principal_is=principal_is,
            weaknesses=weaknesses,
            lead_hmi=lead_hmi,
            actor=actor,
            now=clock.now(),
        )
        start_run(session, case, local_area.name)
        return case.id


def _open_case(session: Session, case_id: int) -> Case:
    case = get_case(session=session, case_id=case_id, lock=True)
    if case.kind != "wsoa":
        raise SendopsError(f"case {case_id} is a {case.kind}, not a WSOA")
    if case.status not in OPEN:
        raise SendopsError(f"WSOA case {case_id} is {case.status}: nothing more can be recorded on it")
    return case


def _wake(run_id: str | None, why: str) -> None:
    from tasks.runs import wake_run

    if run_id:
        wake_run(run_id, why)


def record_received(*, case_id: int, received: dt.date, actor: str, clock: Clock) -> str:
    """The WSOA (or its re-submission) came in on `received`: late is accepted and recorded as late."""
    now = clock.now()
    with session_scope() as session:
        case = _open_case(session, case_id)
        if case.status in ("under_review", "under_second_review"):
            raise SendopsError(
                f"WSOA case {case_id} already has its submission, received {_last_received(case)}"
            )
        event = WSOA_RECEIVED if case.status == "awaiting_wsoa" else RESUBMISSION_RECEIVED
        since = case.events[FINAL_REPORT_RECEIVED if event == WSOA_RECEIVED else UNFIT_NOTIFIED]
        if received < dt.date.fromisoformat(since):
            what = "the final report" if event == WSOA_RECEIVED else "the unfit notice"
            raise SendopsError(f"a WSOA received {received} would be before {what} ({since})")
        if received > to_london(now).date():
            raise SendopsError(f"the received date {received} is in the future")
        case.events = {**case.events, event: received.isoformat()}
        case.facts = {**case.facts, event: received.isoformat()}
        case.status = "under_review" if event == WSOA_RECEIVED else "under_second_review"
        case.updated_at = now
        sync_milestones(session=session, case=case)
        audit(
            session=session,
            at=now,
            actor=actor,
            action=f"record_{event}",
            case_id=case_id,
            received=received.isoformat(),
            after=case.status,
        )
        run_id = case.flow_run_id
    _wake(run_id, event.replace("_", " "))
    return event


def _last_received(case: Case) -> str:
    return case.events.get(RESUBMISSION_RECEIVED) or case.events.get(WSOA_RECEIVED, "?")


def record_review(*, case_id: int, fit: bool, reason: str, actor: str, clock: Clock) -> str:
    """Ofsted and the CQC's review: fit, or unfit (a first time: re-submit in 20 working days; a
    second time: escalated to the DfE). Returns the WSOA's new status."""
    now = clock.now()
    today = to_london(now).date().isoformat()
    if not reason.strip():
        raise SendopsError("a review needs its reasons (--reason)")
    with session_scope() as session:
        case = _open_case(session, case_id)
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
        before = case.status
        if fit:
            values["revisit"] = _propose_revisit(session=session, case=case, now=now)
            case.status = "fit"
            _write(
                session,
                case,
                area,
                "wsoa_fit_notice",
                (PRINCIPAL, SOS_EDUCATION, SOS_HEALTH, DFE, NHSE),
                "fit",
                now,
                values,
            )
        elif not second:
            case.events = {**case.events, UNFIT_NOTIFIED: today}
            case.facts = {**case.facts, "first_review_reason": reason.strip()}
            case.status = "awaiting_resubmission"
            sync_milestones(session=session, case=case)
            _write(session, case, area, "wsoa_unfit_notice", (PRINCIPAL,), "unfit-1", now, values)
        else:  # B17: unfit a second time -> the DfE decides
            case.status = "escalated_to_dfe"
            _write(session, case, area, "dfe_escalation", (DFE,), "escalation", now, values)
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
    _wake(run_id, event.replace("_", " "))
    return status


def _write(session, case, area, communication, roles, tag, now, values) -> None:
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


def _propose_revisit(*, session: Session, case: Case, now: dt.datetime) -> str:
    """RV: a re-visit within 18 months, proposed for an operator to confirm; none under H§118."""
    if dt.date.fromisoformat(case.facts["inspected_on"]) > NO_REVISIT_AFTER:
        case.facts = {**case.facts, "revisit": "none (H§118: inspected after June 2021)"}
        return "There is no re-visit under the 2016 framework for inspections after June 2021 (H§118)."
    today = to_london(now).date()
    by = pendulum.date(today.year, today.month, today.day).add(months=REVISIT_WITHIN_MONTHS)
    by = dt.date(by.year, by.month, by.day)
    proposal = Case(
        kind="revisit",
        area_id=case.area_id,
        start=by,
        onsite_days=3,
        status="proposed",
        lead_hmi=case.lead_hmi,
        weaknesses=list(case.weaknesses),
        facts={"wsoa_case_id": case.id, "revisit_by": by.isoformat()},
        created_at=now,
        updated_at=now,
    )
    session.add(proposal)
    session.flush()
    case.facts = {**case.facts, "revisit_case_id": proposal.id, "revisit_by": by.isoformat()}
    audit(
        session=session,
        at=now,
        actor="sendops",
        action="propose_revisit",
        case_id=proposal.id,
        wsoa_case_id=case.id,
        by=by.isoformat(),
    )
    return f"Ofsted and the CQC will re-visit the area by {by:%d %B %Y} (within 18 months, RV)."


def record_dfe_decision(*, case_id: int, decision: str, actor: str, clock: Clock) -> None:
    now = clock.now()
    if not decision.strip():
        raise SendopsError("say what the DfE decided (--decision)")
    with session_scope() as session:
        case = get_case(session=session, case_id=case_id, lock=True)
        if case.kind != "wsoa" or case.status != "escalated_to_dfe":
            raise SendopsError(f"case {case_id} is not a WSOA escalated to the DfE")
        if "dfe_decision" in case.facts:
            raise SendopsError(f"the DfE's decision on case {case_id} is already recorded")
        case.facts = {**case.facts, "dfe_decision": decision.strip(), "dfe_decided_on": now.isoformat()}
        audit(
            session=session,
            at=now,
            actor=actor,
            action="record_dfe_decision",
            case_id=case_id,
            decision=decision.strip(),
        )
