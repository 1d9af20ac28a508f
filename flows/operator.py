"""Operator actions as flows, so the Prefect UI offers each as a deployment with a form.

Each calls the same action as the CLI; bad input fails the run with the one-line reason and
changes nothing. The parameters' descriptions (the "Args" below) are the form's help text, and
each run is renamed for what it did ("restart · case 4 · attempt 2").
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from prefect import flow, get_run_logger

from sendops.config import case_kinds, current
from tasks import operator
from tasks.runs import name_this_run

# The form's list of kinds, the current framework's first, then those of any spec module named in
# sendops.toml's [specs] modules (the settings' when this module is imported).
CURRENT_FIRST = ("full-2023", "monitoring-2023", "engagement-2023", "revisit", "full-2016")
Kind = Literal[(*CURRENT_FIRST, *(k for k in case_kinds() if k not in CURRENT_FIRST))]  # type: ignore[valid-type]


@flow(
    name="schedule-case",
    description="Schedule an inspection or re-visit of a local area; its case run starts.",
)
def schedule_case(
    kind: Kind,
    area: str,
    start: dt.date,
    lead_hmi: str,
    scheduled_by: str,
    onsite_days: int = 0,
    weaknesses: str = "",
    secretary_of_state_direction: str = "",
    outside_period: str = "",
) -> int:
    """Schedule a case.

    Args:
        kind: full-2023 (an area SEND inspection under the current framework), monitoring-2023
            (its monitoring inspection of the areas for priority action), engagement-2023 (a
            yearly engagement meeting: start is the meeting's day), revisit (a re-visit to
            an area that produced a WSOA) or full-2016 (the 2016 framework's inspection); and any
            kind a spec module registers ([specs] modules).
        area: The local area's name or GSS code, e.g. Camden or E09000007.
        start: On-site day 1: a working day, far enough ahead for the notice period.
        lead_hmi: The lead HMI's name.
        scheduled_by: Your name: it goes in the audit log.
        onsite_days: On-site days (re-visit 2 to 4, told at notification; inspections 1 to 5).
            0 means the usual length: 5 for a full inspection (H§30, H§34; 2023: configurable),
            3 for a monitoring inspection (configurable), 2 for a re-visit.
        weaknesses: A re-visit's areas of significant weakness from the WSOA, or a monitoring
            inspection's areas for priority action, one per line.
        secretary_of_state_direction: Only for a further re-visit of an area that had one: the
            Secretary of State's direction (its reference). There is none without it (RV).
        outside_period: Only for a case outside the period its kind applies to (the 2016
            framework's inspections and re-visits ended in 2022): why it is scheduled all the same.
    """
    case_id = operator.schedule_case(
        kind=kind,
        area=area,
        start=start,
        days=onsite_days or None,
        lead_hmi=lead_hmi,
        weaknesses=weaknesses.splitlines(),
        actor=scheduled_by,
        clock=current().clock,
        direction=secretary_of_state_direction,
        outside_period=outside_period,
    )
    name_this_run(f"schedule · {area} · case {case_id}")
    get_run_logger().info("Scheduled case %s: %s of %s from %s", case_id, kind, area, start)
    return case_id


@flow(name="request-deferral", description="Record a local area's deferral request and wake its case.")
def request_deferral(case_id: int, requested_by: str, reason: str) -> int:
    """Record a deferral request.

    Args:
        case_id: The case number (in the case run's name, the cases board and 'sendops cases list').
        requested_by: Who asks, e.g. the area's DCS: it goes in the audit log.
        reason: The exceptional circumstances (H§25): e.g. severe weather, a major incident.
    """
    request_id = operator.request_deferral(
        case_id=case_id, reason=reason, actor=requested_by, clock=current().clock
    )
    name_this_run(f"deferral request · case {case_id}")
    get_run_logger().info("Case %s: deferral request %s recorded", case_id, request_id)
    return request_id


@flow(
    name="restart-deferred-case",
    description="Restart a deferred inspection or re-visit with a new on-site start date.",
)
def restart_deferred_case(
    case_id: int, new_start: dt.date, restarted_by: str, reason: str, onsite_days: int = 0
) -> int:
    """Restart a deferred case.

    Args:
        case_id: The deferred case's number.
        new_start: The new on-site day 1: a working day, far enough ahead for the notice period.
        restarted_by: Your name: it goes in the audit log.
        reason: Why it restarts now (sent to the area with the new timetable).
        onsite_days: On-site days; 0 keeps the length it had.
    """
    attempt = operator.restart_deferred_case(
        case_id=case_id,
        start=new_start,
        days=onsite_days or None,
        reason=reason,
        actor=restarted_by,
        clock=current().clock,
    )
    name_this_run(f"restart · case {case_id} · attempt {attempt}")
    get_run_logger().info("Case %s restarted as attempt %s", case_id, attempt)
    return attempt


@flow(
    name="withdraw-case",
    description="Stop a case for good, with a reason (the Cancel button does not: recovery restarts it).",
)
def withdraw_case(case_id: int, withdrawn_by: str, reason: str) -> str:
    """Withdraw a case.

    Args:
        case_id: The case number.
        withdrawn_by: Your name: it goes in the audit log.
        reason: Why it is withdrawn (sent to the area if it was notified).
    """
    before = operator.withdraw_case(case_id=case_id, reason=reason, actor=withdrawn_by, clock=current().clock)
    name_this_run(f"withdraw · case {case_id}")
    get_run_logger().info("Case %s withdrawn (it was %s)", case_id, before)
    return before
