"""Operator actions, shared by the CLI and the operator deployments in the UI.

Each validates everything before it changes anything, writes an audit record (who, when, what)
in the same transaction as the change, and wakes or resumes the case's flow run.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlmodel import Session, select

from models.areas import missing_roles
from models.db import after_commit, session_scope
from models.queries import audit, get_area, get_area_by_id, get_case, milestones_of
from models.tables import ACTIVE_STATUSES, INSPECTION_ACTIVE, Case, DeferralRequest
from sendops.calendar import to_london
from sendops.clock import Clock
from sendops.config import get_calendar
from sendops.errors import SendopsError
from sendops.inputs import TEXT, check_text
from sendops.specs import CASE_KINDS, get_timeline
from sendops.timelines import schedule
from tasks.case_state import guard_problem, pending_deferral, sync_milestones
from tasks.decisions import step_key, validate_decision
from tasks.messages import RESTART_ROLES, write_messages
from tasks.runs import BROKEN, create_case_run, read_run_state, resume_with_input, wake_run

ACTIVE = INSPECTION_ACTIVE
log = logging.getLogger(__name__)


def check_start(*, kind: str, start: dt.date, days: int | None, now: dt.datetime) -> int:
    """The on-site days to use; errors if the start is not a working day or too soon to notify."""
    if kind not in CASE_KINDS:
        raise SendopsError(f"unknown case kind {kind!r}; kinds: {', '.join(CASE_KINDS)}")
    timeline = get_timeline(kind)
    assert timeline.onsite_days is not None
    days = (timeline.usual_days or timeline.onsite_days[0]) if days is None else days
    dated = schedule(timeline, get_calendar(), start=start, days=days)  # checks working day and days
    notify = dated[0]
    if notify.due <= now:
        raise SendopsError(
            f"on-site start {start.isoformat()} is too soon: its notification ({notify.day_label}, "
            f"{to_london(notify.due):%a %d %b %Y %H:%M %Z}) must be after now "
            f"({to_london(now):%a %d %b %Y %H:%M %Z}); {timeline.notice_days} working days' notice"
        )
    return days


def _run_name(case: Case, area_name: str) -> str:
    return f"{case.kind} · {area_name} · {case.start.isoformat()}" + (
        f" (attempt {case.attempt})" if case.attempt > 1 else ""
    )


def start_run(session: Session, case: Case, area_name: str) -> None:
    """Ask for the case's flow run (a new case, a restart, a replacement). It is created once the
    caller's transaction commits, never for one that rolls back (no orphan run), and outside it
    (no Prefect call while the case's row or SQLite's write lock is held). The request is stored
    on the case as the run's idempotency key: if the server does not take it then, recover-cases
    asks again later, and a request asked twice still makes one run."""
    if case.id is None:
        session.flush()
    case.run_request = f"case-{case.id}-attempt-{case.attempt}-after-{case.flow_run_id or 'none'}"
    case_id = case.id
    after_commit(session, lambda: create_requested_run(case_id))


def create_requested_run(case_id: int) -> bool:
    """Create the flow run case `case_id` asked for, if it still asks, and record it on the case;
    False if the Prefect server did not take it (the request stays, for recover-cases)."""
    with session_scope(read_only=True) as session:
        case = session.get(Case, case_id)
        key = case.run_request
        area_name = get_area_by_id(session=session, area_id=case.area_id).name
        name, tags = _run_name(case, area_name), ["case", f"area:{area_name}", f"kind:{case.kind}"]
    if key is None:
        return True
    try:
        run_id = create_case_run(case_id=case_id, name=name, tags=tags, idempotency_key=key)
    except SendopsError as exc:
        log.warning("case %s: its flow run is not created yet (recover-cases asks again): %s", case_id, exc)
        return False
    with session_scope() as session:
        case = get_case(session=session, case_id=case_id, lock=True)
        if case.run_request == key:
            case.flow_run_id, case.run_request = str(run_id), None
    return True


def run_note(case_id: int) -> str:
    """For the CLI: what to add when the case's run was asked for and not created yet."""
    with session_scope(read_only=True) as session:
        if session.get(Case, case_id).run_request is None:
            return ""
    return (
        f"; its flow run is not created yet (the Prefect server did not take it): recover-cases "
        f"creates it, or 'sendops recover --case {case_id}'"
    )


def schedule_case(
    *,
    kind: str,
    area: str,
    start: dt.date,
    days: int | None,
    lead_hmi: str,
    weaknesses: list[str],
    actor: str,
    clock: Clock,
) -> int:
    now = clock.now()
    days = check_start(kind=kind, start=start, days=days, now=now)
    weaknesses = [check_text(w, "weakness", limit=TEXT) for w in weaknesses if w.strip()]
    lead_hmi = check_text(lead_hmi, "lead HMI")
    timeline = get_timeline(kind)
    if timeline.reviews and not weaknesses:
        raise SendopsError(f"a {timeline.noun} needs {timeline.reviews} (--weakness, one or more)")
    if not lead_hmi.strip():
        raise SendopsError("name the lead HMI (--lead-hmi)")
    with session_scope() as session:
        local_area = get_area(session=session, name=area)
        roles = tuple(dict.fromkeys(r for m in get_timeline(kind).milestones for r in m.notify))
        missing = missing_roles(session=session, area_id=local_area.id, roles=roles)
        if missing:
            raise SendopsError(
                f"{local_area.name} has no contact for: {', '.join(missing)} "
                "(add them with 'sendops contacts import' or 'sendops contacts set')"
            )
        active = session.exec(
            select(Case).where(Case.area_id == local_area.id, Case.kind == kind, Case.status.in_(ACTIVE))  # type: ignore[attr-defined]
        ).first()
        if active is not None:
            raise SendopsError(
                f"{local_area.name} already has an active {kind} (case {active.id}, on-site {active.start})"
            )
        case = Case(
            kind=kind,
            area_id=local_area.id,
            start=start,
            onsite_days=days,
            lead_hmi=lead_hmi.strip(),
            weaknesses=weaknesses,
            created_at=now,
            updated_at=now,
        )
        session.add(case)
        session.flush()
        sync_milestones(session=session, case=case)
        audit(
            session=session,
            at=now,
            actor=actor,
            action="schedule_case",
            case_id=case.id,
            after={"kind": kind, "area": local_area.name, "start": start.isoformat(), "days": days},
        )
        start_run(session, case, local_area.name)
        return case.id


def request_deferral(*, case_id: int, reason: str, actor: str, clock: Clock) -> int:
    """Record a deferral request (between notification and on-site start) and wake the case."""
    now = clock.now()
    reason = check_text(reason, "reason", limit=TEXT, lines=True)
    if not reason.strip():
        raise SendopsError("a deferral request needs its reason (--reason)")
    with session_scope() as session:
        case = get_case(session=session, case_id=case_id, lock=True)
        rows = {m.key: m for m in milestones_of(session=session, case=case)}
        timeline = get_timeline(case.kind)
        notification, onsite_start = timeline.moving_to("notified"), timeline.moving_to("onsite")
        notified = rows.get(notification.key) if notification else None
        onsite = rows[onsite_start.key] if onsite_start else None
        if case.status not in ACTIVE or notified is None or notified.status != "done" or onsite is None:
            raise SendopsError(
                f"case {case_id} is {case.status}: a deferral can be requested only between "
                "notification and the on-site start (H§25; RV requests for deferral)"
            )
        if onsite.status != "pending" or now >= onsite.due:
            raise SendopsError(f"case {case_id} is already on site: a deferral can no longer be requested")
        if pending_deferral(session=session, case=case) is not None:
            raise SendopsError(f"case {case_id} already has a deferral request waiting for a decision")
        request = DeferralRequest(
            case_id=case_id, attempt=case.attempt, requested_by=actor, requested_at=now, reason=reason.strip()
        )
        session.add(request)
        session.flush()
        audit(
            session=session,
            at=now,
            actor=actor,
            action="request_deferral",
            case_id=case_id,
            request_id=request.id,
            reason=reason.strip(),
        )
        run_id, request_id = case.flow_run_id, request.id
    if run_id:
        wake_run(run_id, "deferral request")
    return request_id


def submit_decision(*, case_id: int, decision: str, values: dict[str, Any], now: dt.datetime) -> str:
    """Validate a decision and resume the case run that waits for it; the run records it, as
    taken at the moment of this resume (not when the run gets round to it)."""
    with session_scope() as session:
        case = get_case(session=session, case_id=case_id)
    if not case.flow_run_id:
        raise SendopsError(f"case {case_id} has no flow run")
    state = read_run_state(case.flow_run_id)
    key = step_key(state.pause_key or "")
    awaited = "deferral" if key.startswith("deferral-") else _awaits(case, key)
    if state.type != "PAUSED" or awaited != decision:
        raise SendopsError(
            f"case {case_id} is not waiting for a {decision} decision "
            f"(it is waiting for: {case.awaiting or 'nothing'}; run state {state.name})"
        )
    checked = validate_decision(case, decision, values)
    if awaited != "deferral" and (problem := guard_problem(case=case, key=key, values=checked, now=now)):
        raise SendopsError(f"case {case_id}: {problem}")
    resume_with_input(case.flow_run_id, checked)
    return key


def _awaits(case: Case, key: str) -> str | None:
    try:
        return get_timeline(case.kind).milestone(key).awaits
    except SendopsError:
        return None


def restart_deferred_case(
    *, case_id: int, start: dt.date, days: int | None, reason: str, actor: str, clock: Clock
) -> int:
    """Start a deferred case again with a new on-site start: new timeline, new flow run."""
    now = clock.now()
    reason = check_text(reason, "reason", limit=TEXT, lines=True)
    if not reason.strip():
        raise SendopsError("a restart needs its reason (--reason)")
    with session_scope() as session:
        case = get_case(session=session, case_id=case_id, lock=True)
        if case.status != "deferred":
            raise SendopsError(
                f"case {case_id} is {case.status}, not deferred: only a deferred case can be restarted"
            )
        days = check_start(kind=case.kind, start=start, days=days or case.onsite_days, now=now)
        before = {
            "start": case.start.isoformat(),
            "days": case.onsite_days,
            "attempt": case.attempt,
            "status": case.status,
            "flow_run_id": case.flow_run_id,
        }
        case.attempt += 1
        case.start, case.onsite_days, case.status = start, days, "scheduled"
        case.events, case.awaiting, case.updated_at = {}, None, now
        sync_milestones(session=session, case=case)
        area = get_area_by_id(session=session, area_id=case.area_id)
        write_messages(
            session=session,
            case=case,
            area=area,
            communication="restart_notice",
            roles=RESTART_ROLES,
            tag=f"restart-{case.attempt}",
            now=now,
            values={"reason": reason.strip()},
        )
        start_run(session, case, area.name)
        audit(
            session=session,
            at=now,
            actor=actor,
            action="restart_deferred_case",
            case_id=case_id,
            reason=reason.strip(),
            before=before,
            after={
                "start": start.isoformat(),
                "days": days,
                "attempt": case.attempt,
                "run_request": case.run_request,
            },
        )
        return case.attempt


def withdraw_case(*, case_id: int, reason: str, actor: str, clock: Clock) -> str:
    """Stop a case for good, with a reason: what the UI's Cancel button does not do (recovery
    starts a cancelled case run again). Its pending milestones are cancelled, an area already
    notified is told, and its run ends as Withdrawn. Returns the status it had."""
    now = clock.now()
    reason = check_text(reason, "reason", limit=TEXT, lines=True)
    if not reason.strip():
        raise SendopsError("a withdrawal needs its reason (--reason)")
    with session_scope() as session:
        case = get_case(session=session, case_id=case_id, lock=True)
        if case.status not in (*ACTIVE_STATUSES, "proposed"):
            raise SendopsError(f"case {case_id} is {case.status}: only an open case can be withdrawn")
        before = case.status
        rows = milestones_of(session=session, case=case)
        for m in rows:
            if m.status == "pending":
                m.status = "cancelled"
        notified = any(m.status == "done" and get_timeline(case.kind).milestone(m.key).notify for m in rows)
        if notified and case.kind in CASE_KINDS:
            write_messages(
                session=session,
                case=case,
                area=get_area_by_id(session=session, area_id=case.area_id),
                communication="withdrawal_notice",
                roles=RESTART_ROLES,
                tag="withdrawn",
                now=now,
                values={"reason": reason.strip()},
            )
        case.status, case.awaiting, case.updated_at = "withdrawn", None, now
        audit(
            session=session,
            at=now,
            actor=actor,
            action="withdraw_case",
            case_id=case_id,
            reason=reason.strip(),
            before=before,
            after="withdrawn",
        )
        run_id = case.flow_run_id
    if run_id:  # the run ends itself as Withdrawn (after delivering the notice) wherever it was
        wake_run(run_id, "withdrawn", states=("SCHEDULED", "PAUSED", *BROKEN))
    return before
