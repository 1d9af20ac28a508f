"""WSOA operator actions as flows, so the Prefect UI offers each as a deployment with a form:
the statement received, the review decision (fit or not, with reasons), a proposed re-visit
confirmed. Each calls the same action as the CLI; bad input fails the run and changes nothing."""

from __future__ import annotations

import datetime as dt

from prefect import flow, get_run_logger

from sendops.config import current
from tasks import revisit_proposals, wsoa
from tasks.runs import name_this_run
from tasks.wsoa_review import record_review


@flow(name="wsoa-received", description="Record that a WSOA, or its re-submission, was received.")
def wsoa_received(case_id: int, received_on: dt.date, recorded_by: str) -> str:
    """Record a WSOA received.

    Args:
        case_id: The WSOA's case number.
        received_on: The day it was received (late is accepted and recorded as late).
        recorded_by: Your name: it goes in the audit log.
    """
    event = wsoa.record_received(
        case_id=case_id, received=received_on, actor=recorded_by, clock=current().clock
    )
    name_this_run(f"{event.replace('_', ' ')} · case {case_id}")
    get_run_logger().info("Case %s: %s on %s", case_id, event, received_on)
    return event


@flow(
    name="wsoa-review",
    description="Ofsted and the CQC's review of a WSOA: fit for purpose or not, with reasons.",
)
def wsoa_review(case_id: int, fit_for_purpose: bool, reasons: str, reviewed_by: str) -> str:
    """Record a WSOA review.

    Args:
        case_id: The WSOA's case number.
        fit_for_purpose: Tick if the WSOA is fit for purpose; leave unticked if not (B17).
        reasons: The reasons, sent to the area.
        reviewed_by: Your name: it goes in the audit log.
    """
    status = record_review(
        case_id=case_id, fit=fit_for_purpose, reason=reasons, actor=reviewed_by, clock=current().clock
    )
    name_this_run(f"review · case {case_id} · {status}")
    get_run_logger().info("Case %s is now %s", case_id, status)
    return status


@flow(
    name="confirm-revisit",
    description="Confirm a proposed follow-on (a re-visit after a fit WSOA, a monitoring "
    "inspection, the next engagement meeting) with its start.",
)
def confirm_revisit(
    case_id: int,
    start: dt.date,
    confirmed_by: str,
    onsite_days: int = 0,
    secretary_of_state_direction: str = "",
    outside_period: str = "",
) -> None:
    """Confirm a proposed re-visit, monitoring inspection or engagement meeting.

    Args:
        case_id: The proposed case's number (the cases board and the digest list them).
        start: On-site day 1 (an engagement meeting's day): a working day, far enough ahead for
            its notice period (a re-visit 10 working days, RV).
        confirmed_by: Your name: it goes in the audit log.
        onsite_days: On-site days (a re-visit 2 to 4, RV); 0 keeps the proposal's length.
        secretary_of_state_direction: Only for a further re-visit of an area that had one: the
            Secretary of State's direction (its reference). There is none without it (RV).
        outside_period: Only for a case outside the period its kind applies to (a re-visit after
            2022): why it is confirmed all the same.
    """
    revisit_proposals.confirm_revisit(
        case_id=case_id,
        start=start,
        days=onsite_days or None,
        weaknesses=[],
        actor=confirmed_by,
        clock=current().clock,
        direction=secretary_of_state_direction,
        outside_period=outside_period,
    )
    name_this_run(f"confirm re-visit · case {case_id}")
