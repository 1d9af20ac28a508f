"""WSOA operator actions as flows, so the Prefect UI offers each as a deployment with a form:
the statement received, the review decision (fit or not, with reasons), a proposed re-visit
confirmed. Each calls the same action as the CLI; bad input fails the run and changes nothing."""

from __future__ import annotations

import datetime as dt

from prefect import flow, get_run_logger

from sendops.config import load_settings
from tasks import revisit_proposals, wsoa
from tasks.wsoa_review import record_review


@flow(name="wsoa-received", description="Record that a WSOA, or its re-submission, was received.")
def wsoa_received(case_id: int, received_on: dt.date, recorded_by: str) -> str:
    event = wsoa.record_received(
        case_id=case_id, received=received_on, actor=recorded_by, clock=load_settings().clock
    )
    get_run_logger().info("Case %s: %s on %s", case_id, event, received_on)
    return event


@flow(
    name="wsoa-review",
    description="Ofsted and the CQC's review of a WSOA: fit for purpose or not, with reasons.",
)
def wsoa_review(case_id: int, fit_for_purpose: bool, reasons: str, reviewed_by: str) -> str:
    status = record_review(
        case_id=case_id, fit=fit_for_purpose, reason=reasons, actor=reviewed_by, clock=load_settings().clock
    )
    get_run_logger().info("Case %s is now %s", case_id, status)
    return status


@flow(
    name="confirm-revisit",
    description="Confirm a re-visit proposed after a fit WSOA, with its on-site start.",
)
def confirm_revisit(case_id: int, start: dt.date, confirmed_by: str, onsite_days: int | None = None) -> None:
    revisit_proposals.confirm_revisit(
        case_id=case_id,
        start=start,
        days=onsite_days,
        weaknesses=[],
        actor=confirmed_by,
        clock=load_settings().clock,
    )
