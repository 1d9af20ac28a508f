"""Operator actions as flows, so the Prefect UI offers each as a deployment with a form.

Each calls the same action as the CLI; bad input fails the run with the one-line reason and
changes nothing.
"""

from __future__ import annotations

import datetime as dt

from prefect import flow, get_run_logger

from sendops.config import load_settings
from tasks import operator


@flow(name="schedule-case", description="Schedule an inspection or re-visit of a local area.")
def schedule_case(
    kind: str,
    area: str,
    start: dt.date,
    lead_hmi: str,
    scheduled_by: str,
    onsite_days: int | None = None,
    weaknesses: list[str] | None = None,
) -> int:
    case_id = operator.schedule_case(
        kind=kind,
        area=area,
        start=start,
        days=onsite_days,
        lead_hmi=lead_hmi,
        weaknesses=weaknesses or [],
        actor=scheduled_by,
        clock=load_settings().clock,
    )
    get_run_logger().info("Scheduled case %s", case_id)
    return case_id


@flow(name="request-deferral", description="Record a local area's deferral request and wake its case.")
def request_deferral(case_id: int, requested_by: str, reason: str) -> int:
    return operator.request_deferral(
        case_id=case_id, reason=reason, actor=requested_by, clock=load_settings().clock
    )


@flow(
    name="restart-deferred-case",
    description="Restart a deferred inspection or re-visit with a new on-site start date.",
)
def restart_deferred_case(
    case_id: int, new_start: dt.date, restarted_by: str, reason: str, onsite_days: int | None = None
) -> int:
    attempt = operator.restart_deferred_case(
        case_id=case_id,
        start=new_start,
        days=onsite_days,
        reason=reason,
        actor=restarted_by,
        clock=load_settings().clock,
    )
    get_run_logger().info("Case %s restarted as attempt %s", case_id, attempt)
    return attempt
