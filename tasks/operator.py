"""Operator actions, shared by the CLI and the operator deployments in the UI.

Each validates everything before it changes anything, writes an audit record (who, when, what)
in the same transaction as the change, and wakes or resumes the case's flow run.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, select

from models.areas import missing_roles
from models.db import session_scope
from models.queries import audit, get_area, get_area_by_id, get_case, milestones_of
from models.tables import ACTIVE_STATUSES, INSPECTION_ACTIVE, Case, DeferralRequest
from sendops.calendar import to_london
from sendops.clock import Clock
from sendops.config import case_kinds, current, get_timeline
from sendops.errors import SendopsError
from sendops.inputs import TEXT, check_text
from sendops.specs import OFSTED_REGION
from tasks.case_state import guard_problem, last_decision, order_problem, pending_deferral, sync_milestones
from tasks.case_timeline import check_period, check_start
from tasks.decisions import decided_moment, step_key, validate_decision
from tasks.letters import case_reference
from tasks.messages import RESTART_ROLES, write_messages
from tasks.ops_messages import write_ops_message
from tasks.revisit_proposals import further_revisit
from tasks.run_requests import start_run
from tasks.runs import BROKEN, RunState, read_run_state, resume_with_input, run_url, wake_run

ACTIVE = INSPECTION_ACTIVE


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
    direction: str = "",
    outside_period: str = "",
) -> int:
    """Schedule a case and start its run (after the commit). `direction`: the Secretary of
    State's, for a further re-visit of an area (RV after the re-visit); `outside_period`: why a
    case outside the period its kind applies to is scheduled all the same."""
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
        direction = further_revisit(
            session=session, kind=kind, area_id=local_area.id, case_id=None, direction=direction
        )
        outside_period = check_period(kind=kind, start=start, acknowledgement=outside_period)
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
            after={"kind": kind, "area": local_area.name, "start": start.isoformat(), "days": days}
            | ({"secretary_of_state_direction": direction} if direction else {})
            | ({"outside_period": outside_period} if outside_period else {}),
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
        _tell_region(session, case, request)
        run_id, request_id = case.flow_run_id, request.id
    if run_id:
        wake_run(run_id, "deferral request")
    return request_id


def _tell_region(session: Session, case: Case, request: DeferralRequest) -> None:
    """The lead HMI notifies Ofsted through the appropriate region as soon as possible (H§25;
    RV requests for deferral): a message to the area's Ofsted region, with the request."""
    settings = current()
    area = get_area_by_id(session=session, area_id=case.area_id)
    timeline = get_timeline(case.kind)
    context = {
        "request": {
            "case": f"{case_reference(case)} {area.name} ({timeline.noun})",
            "case_id": case.id,
            "noun": timeline.noun,
            "area": area.name,
            "region": area.region,
            "requested_by": request.requested_by,
            "requested_at": f"{to_london(request.requested_at):%A %d %B %Y at %H:%M}",
            "reason": request.reason,
            "start": f"{case.start:%A %d %B %Y}",
            "url": run_url(case.flow_run_id) if case.flow_run_id else "(its run is being created)",
        }
    }
    write_ops_message(
        session=session,
        key=f"ofsted-region/deferral-request/{request.id}",
        template="deferral_request_region",
        context=context,
        ops_email=settings.region_email(area.region),
        now=request.requested_at,
        case_id=case.id,
        role=OFSTED_REGION,
        name=f"Ofsted {area.region} region",
    )


def submit_decision(
    *,
    case_id: int,
    decision: str,
    values: dict[str, Any],
    now: dt.datetime,
    read: tuple[str, RunState] | None = None,
) -> str:
    """Validate a decision and resume the case run that waits for it; the run records it, as
    taken at the moment of this resume (not when the run gets round to it), or at the earlier
    moment its `decided_at` gives. `read`: a run id and its state as the caller has just read
    them (`sendops simulate`): used if the case's run is still that one, else the state is read
    here."""
    with session_scope(read_only=True) as session:  # only reads: no wait behind a busy writer
        case = get_case(session=session, case_id=case_id)
        last = last_decision(session=session, case=case)
    if not case.flow_run_id:
        raise SendopsError(f"case {case_id} has no flow run")
    state = read[1] if read and read[0] == case.flow_run_id else read_run_state(case.flow_run_id)
    key = step_key(state.pause_key or "")
    awaited = "deferral" if key.startswith("deferral-") else _awaits(case, key)
    if state.type != "PAUSED" or awaited != decision:
        raise SendopsError(
            f"case {case_id} is not waiting for a {decision} decision "
            f"(it is waiting for: {case.awaiting or 'nothing'}; run state {state.name})"
        )
    checked = validate_decision(case, decision, values)
    taken = decided_moment(checked, now)  # its form's decided_at, if it was taken earlier
    if awaited != "deferral" and (problem := guard_problem(case=case, key=key, values=checked, now=taken)):
        raise SendopsError(f"case {case_id}: {problem}")
    if problem := order_problem(last, taken):
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
        if notified and case.kind in case_kinds():
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
