"""The written statement of action: a case of kind "wsoa", run by the same case flow.

The flow only waits on the WSOA timeline (reminders, the 70-day deadline, chases, reviews); what
people do is recorded here and in `wsoa_review.py`, from the CLI or the UI's deployments, and
wakes the run: the WSOA received, the review (fit or not, with reasons), the DfE's decision.
Each action validates everything first, writes its audit record in the same transaction, and
changes nothing on error. Rules: H§74-79, B17, RV; H§118 for re-visits after June 2021.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from models.db import session_scope
from models.queries import audit, get_area, get_area_by_id, get_case, wsoa_record_of
from models.tables import WSOA_ACTIVE, Case, LocalArea, WsoaRecord
from sendops.calendar import to_london
from sendops.clock import Clock
from sendops.errors import SendopsError
from sendops.inputs import TEXT, check_text
from sendops.specs import (
    CCG_ICB,
    DCS,
    FINAL_REPORT_RECEIVED,
    RESUBMISSION_RECEIVED,
    UNFIT_NOTIFIED,
    WSOA_RECEIVED,
)
from tasks.case_state import sync_milestones
from tasks.messages import outcome_of
from tasks.run_requests import start_run
from tasks.runs import wake_run

OPEN = WSOA_ACTIVE
PRINCIPAL_ROLES = {"la": DCS, "ccg_icb": CCG_ICB}  # who the principal authority is (H§74)


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
    principal_authority = check_text(principal_authority, "principal authority")
    if not principal_authority.strip():
        raise SendopsError("name the principal authority (H§74)")
    if final_report_received < inspected_on:
        raise SendopsError("the final report cannot be received before the inspection")
    if final_report_received > to_london(now).date():
        raise SendopsError(f"the final report received date {final_report_received} is in the future")
    lead_hmi = check_text(lead_hmi, "lead HMI")
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
        weaknesses=[check_text(w, "weakness", limit=TEXT) for w in weaknesses if w.strip()],
        events={FINAL_REPORT_RECEIVED: final_report_received.isoformat()},
        facts={"inspection_case_id": inspection_case_id},  # the case that opened it, if any
        created_at=now,
        updated_at=now,
    )
    session.add(case)
    session.flush()
    record = WsoaRecord(
        case_id=case.id,
        principal_authority=principal_authority.strip(),
        principal_role=PRINCIPAL_ROLES[principal_is],
        inspected_on=inspected_on,
        final_report_received=final_report_received,
    )
    session.add(record)
    sync_milestones(session=session, case=case)
    after = {**case.facts, **record.facts()}
    audit(session=session, at=now, actor=actor, action="open_wsoa", case_id=case.id, after=after)
    return case


def wsoa_record(session: Session, case: Case) -> WsoaRecord:
    record = wsoa_record_of(session=session, case_id=case.id)
    if record is None:
        raise SendopsError(f"case {case.id} is a {case.kind}, not a WSOA")
    return record


def open_from_inspection(*, session: Session, inspection: Case, now: dt.datetime) -> int | None:
    """When a full inspection's final report is issued and HMCI required a WSOA (H§74), its WSOA
    starts, the issue date counting as the day the area received the report (H§75)."""

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


def open_case(session: Session, case_id: int) -> Case:
    case = get_case(session=session, case_id=case_id, lock=True)
    if case.kind != "wsoa":
        raise SendopsError(f"case {case_id} is a {case.kind}, not a WSOA")
    if case.status not in OPEN:
        raise SendopsError(f"WSOA case {case_id} is {case.status}: nothing more can be recorded on it")
    return case


def wake(run_id: str | None, why: str) -> None:

    if run_id:
        wake_run(run_id, why)


def record_received(*, case_id: int, received: dt.date, actor: str, clock: Clock) -> str:
    """The WSOA (or its re-submission) came in on `received`: late is accepted and recorded as late."""
    now = clock.now()
    with session_scope() as session:
        case = open_case(session, case_id)
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
    wake(run_id, event.replace("_", " "))
    return event


def _last_received(case: Case) -> str:
    return case.events.get(RESUBMISSION_RECEIVED) or case.events.get(WSOA_RECEIVED, "?")
