"""The one place a case's stored dates change once set (issue 8). The stored schedule (each
pending milestone's `due`) is what the case run waits for; the spec and the working-day calendar
give the dates, so when the calendar changes (closure days, added to sendops.toml mid-case) or a
policy's figures do, `reschedule` stores the new dates, audits each change before and after,
and, if a timetable already went out with a date that moved, sends its recipients a correction
with the new timetable (and its .ics, whose events keep their UIDs, so calendars update).

It runs at every wake of a case (tasks/case_state.next_step) and at every recovery sweep, which
wakes a waiting run whose next date moved, so an earlier date is kept too."""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlmodel import Session, select

from models.db import session_scope
from models.queries import audit, get_area_by_id, get_case, milestones_of
from models.tables import ACTIVE_STATUSES, Case, OutboxMessage
from tasks.case_timeline import scheduled_milestones
from tasks.letters import COMMUNICATIONS, london
from tasks.messages import write_messages

SYSTEM = "sendops"
CALENDAR_CHANGED = "the working-day calendar (closure days) or the spec's figures changed in sendops.toml"
# What the correction letter says of each reason.
TO_THE_AREA = {CALENDAR_CHANGED: "Ofsted's working days changed (an office closure day)"}


def _moved(session: Session, case: Case) -> dict[str, tuple[dt.datetime, dt.datetime]]:
    """The pending milestones whose stored date is not the one the spec and calendar give now:
    key -> (stored, now)."""
    computed = {m.key: m.due for m in scheduled_milestones(case)}
    return {
        row.key: (row.due, computed[row.key])
        for row in milestones_of(session=session, case=case)
        if row.status == "pending" and row.key in computed and computed[row.key] != row.due
    }


def reschedule(*, session: Session, case: Case, now: dt.datetime, reason: str, actor: str = SYSTEM) -> dict:
    """Store the dates the spec and calendar give now for the case's pending milestones. Returns
    the changes, key -> (before, after)."""
    changes = _moved(session, case)
    if not changes:
        return {}
    for row in milestones_of(session=session, case=case):
        if row.key in changes:
            row.due = changes[row.key][1]
    audit(
        session=session,
        at=now,
        actor=actor,
        action="case_rescheduled",
        case_id=case.id,
        reason=reason,
        before={k: before.isoformat() for k, (before, _) in changes.items()},
        after={k: after.isoformat() for k, (_, after) in changes.items()},
    )
    _correct_timetables(session=session, case=case, changes=changes, reason=reason, now=now)
    return changes


def _correct_timetables(
    *, session: Session, case: Case, changes: dict, reason: str, now: dt.datetime
) -> None:
    """A correction to every role sent this attempt's timetable, if one was."""
    timetables = [name for name, c in COMMUNICATIONS.items() if c.timetable]
    sent = session.exec(
        select(OutboxMessage.role).where(
            OutboxMessage.case_id == case.id,
            OutboxMessage.key.startswith(f"case-{case.id}/{case.attempt}/"),  # type: ignore[attr-defined]
            OutboxMessage.template.in_(timetables),  # type: ignore[attr-defined]
        )
    ).all()
    roles = tuple(dict.fromkeys(sent))
    if not roles:
        return
    items = {m.key: m for m in scheduled_milestones(case)}
    moved = [
        {
            "title": items[key].title,
            "before": london(before, items[key].end_of_day),
            "after": london(after, items[key].end_of_day),
        }
        for key, (before, after) in sorted(changes.items(), key=lambda kv: kv[1][1])
    ]
    digest = hashlib.sha1(
        repr(sorted((k, a.isoformat()) for k, (_, a) in changes.items())).encode()
    ).hexdigest()
    write_messages(
        session=session,
        case=case,
        area=get_area_by_id(session=session, area_id=case.area_id),
        communication="timetable_correction",
        roles=roles,
        tag=f"correction-{digest[:10]}",
        now=now,
        values={"moved": moved, "reason": TO_THE_AREA.get(reason, reason)},
    )


def reschedule_active_cases(*, now: dt.datetime) -> list[tuple[int, str | None]]:
    """Reschedule every active case whose dates moved (found by reading; each then in a
    transaction of its own); those cases, with their runs, for the sweep to wake the waiting ones."""
    with session_scope(read_only=True) as session:
        active = session.exec(select(Case).where(Case.status.in_(ACTIVE_STATUSES))).all()  # type: ignore[attr-defined]
        ids = [case.id for case in active if _moved(session, case)]
    moved = []
    for case_id in ids:
        with session_scope() as session:
            case = get_case(session=session, case_id=case_id, lock=True)
            if case.status in ACTIVE_STATUSES and reschedule(
                session=session, case=case, now=now, reason=CALENDAR_CHANGED
            ):
                moved.append((case_id, case.flow_run_id))
    return moved
