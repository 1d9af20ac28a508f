"""Case runs that stopped without finishing their case are started again.

A case run whose process is lost (the serving process or a worker killed, the machine gone) stays
Running for ever on the server: no process is left to move it on. Every flow run sends a heartbeat
event every 30 s (PREFECT_FLOWS_HEARTBEAT_FREQUENCY, set in deployments/local.py and the CLI; set it
on workers too), so a Running case run silent for 90 s (SENDOPS_UNRESPONSIVE_SECONDS) is marked Crashed here.
A run that Prefect itself marked Crashed, or that ended Failed (an error that outlived the task
retries, e.g. a database that was down), is in the same position: its case would wait for ever.

A case run cancelled (the UI's Cancel button: Cancelling, then Cancelled here once it is plainly
without a process) or deleted leaves its case in the same position, so it is started again too
(a deleted one as a new flow run), and operations are told: a case is stopped for good only by
withdrawing it (`sendops withdraw`, the withdraw-case deployment), with a reason, which ends its
run as Withdrawn.

A case whose run was asked for (tasks/operator.py, start_run) but not created, because the server
did not answer then, gets it here.

A restart runs the flow from the top, like any wake-up: the database says what is done, so nothing
is repeated and deadlines that passed meanwhile are reached at once. Each restart is audited and
operations are told. After MAX_RESTARTS of the same run with no progress between them (no milestone
reached, no decision recorded), a person must look: an error that repeats is not cured by running
again. `sendops recover --case N` is that person's restart.

The `recover-cases` deployment does this every 2 minutes; `sendops recover` does it now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import Session, select

from models.db import session_scope
from models.queries import audit, get_case, milestones_of
from models.tables import ACTIVE_STATUSES, AuditEntry, Case, Decision, LocalArea
from sendops.config import current
from sendops.errors import SendopsError
from tasks.letters import case_label
from tasks.ops_messages import write_ops_message
from tasks.run_requests import create_requested_run, start_run
from tasks.runs import (
    BROKEN,
    DELETED,
    RunState,
    broken_case_runs,
    existing_runs,
    read_run_state,
    restart_run,
    run_url,
    settle_silent_case_runs,
)

SYSTEM = "sendops recovery"
MAX_RESTARTS = 3
ACTION = "restart_case_run"
RESTARTED, LEFT = "restarted", "left"


def unresponsive_after() -> dt.timedelta:
    """Three missed heartbeats (real time)."""
    return dt.timedelta(seconds=current().unresponsive_seconds)


@dataclass
class Recovery:
    restarted: list[int] = field(default_factory=list)  # case ids
    left: list[int] = field(default_factory=list)  # past MAX_RESTARTS: operations were told
    created: list[int] = field(default_factory=list)  # a run asked for earlier, created now

    def summary(self) -> str:
        created = f", {len(self.created)} requested run(s) created" if self.created else ""
        return f"{len(self.restarted)} case run(s) restarted, {len(self.left)} left for a person{created}"


def recover_case_runs(*, now: dt.datetime, ops_email: str, actor: str = SYSTEM) -> Recovery:
    """Settle the silent case runs (Running: Crashed; Cancelling: Cancelled), then restart every
    active case whose run is Crashed, Failed, Cancelled or deleted, up to MAX_RESTARTS times each."""
    result = Recovery()
    with session_scope(read_only=True) as session:
        requested = session.exec(
            select(Case.id).where(
                Case.status.in_(ACTIVE_STATUSES),  # type: ignore[attr-defined]
                Case.run_request.is_not(None),  # type: ignore[union-attr]
            )
        ).all()
    for case_id in requested:  # asked for, and the server did not take it then
        if create_requested_run(case_id):
            result.created.append(case_id)
    settle_silent_case_runs(unresponsive_after())
    broken = set(broken_case_runs())
    with session_scope(read_only=True) as session:
        active = session.exec(
            select(Case.id, Case.flow_run_id).where(
                Case.status.in_(ACTIVE_STATUSES),  # type: ignore[attr-defined]
                Case.flow_run_id.is_not(None),  # type: ignore[union-attr]
                Case.run_request.is_(None),  # type: ignore[union-attr]
            )
        ).all()
    runs = [run for _, run in active]
    gone = set(runs) - existing_runs(runs) if runs else set()
    case_ids = sorted(case_id for case_id, run in active if run in broken or run in gone)
    for case_id in case_ids:  # one transaction each: one failure does not undo the others
        outcome = _recover(case_id=case_id, actor=actor, now=now, ops_email=ops_email, past_limit=False)
        if outcome == RESTARTED:
            result.restarted.append(case_id)
        elif outcome == LEFT:
            result.left.append(case_id)
    return result


def recover_case(*, case_id: int, actor: str, now: dt.datetime, ops_email: str) -> None:
    """An operator's restart of one case's Crashed, Failed, Cancelled or deleted run, whatever
    the count so far; or the creation of a run it asked for and the server did not take."""
    with session_scope(read_only=True) as session:
        requested = get_case(session=session, case_id=case_id).run_request
    if requested:
        if not create_requested_run(case_id):
            raise SendopsError(f"case {case_id}: the Prefect server did not take its run request; try again")
        return
    outcome = _recover(case_id=case_id, actor=actor, now=now, ops_email=ops_email, past_limit=True)
    if outcome != RESTARTED:
        raise SendopsError(f"case {case_id} has nothing to recover: {outcome}")


def _recover(*, case_id: int, actor: str, now: dt.datetime, ops_email: str, past_limit: bool) -> str:
    """Restart one case's broken run: RESTARTED, LEFT (past the limit, operations told), or why not."""
    with session_scope() as session:
        case = get_case(session=session, case_id=case_id, lock=True)
        case.updated_at = now
        session.flush()  # one recovery of a case at a time: the row lock, or SQLite's write lock
        state = read_run_state(case.flow_run_id) if case.flow_run_id else None
        if case.status not in ACTIVE_STATUSES:
            session.rollback()  # nothing to do: nothing changes
            return f"it is {case.status}"
        if state is None or state.type not in (*BROKEN, DELETED.type):
            session.rollback()
            return "no flow run" if state is None else f"its run is {state.name}"
        done, streak = _restarts(session, case)
        if streak >= MAX_RESTARTS and not past_limit:
            if not _tell_operations(
                session, case, state, restarts=streak, restarted=False, now=now, ops_email=ops_email, n=done
            ):
                session.rollback()  # told before: nothing changes
            return LEFT
        old_run = case.flow_run_id
        if state.type == DELETED.type:  # a new run for the case, from the top like any restart
            start_run(session, case, session.get(LocalArea, case.area_id).name)
        _tell_operations(
            session,
            case,
            state,
            restarts=streak + 1,
            restarted=True,
            now=now,
            ops_email=ops_email,
            run=old_run,
            n=done + 1,
        )
        audit(
            session=session,
            at=now,
            actor=actor,
            action=ACTION,
            case_id=case.id,
            run=old_run,
            before={"state": state.name, "message": state.message},
            after={"state": "Scheduled", "restart": done + 1}
            # a deleted run's replacement is created after the commit: its request (idempotency key)
            | ({"run_request": case.run_request} if case.run_request else {"run": case.flow_run_id}),
        )
        session.flush()  # the records are written before the run moves; the commit follows at once
        if state.type != DELETED.type:
            restart_run(case.flow_run_id, f"restart {done + 1} by {actor} after it ended {state.name}")
        return RESTARTED


def _restarts(session: Session, case: Case) -> tuple[int, int]:
    """How often the case's run was restarted: in all, and since the case last moved on (a
    milestone reached or a decision recorded). The limit counts the second: an error that
    repeats makes no progress between restarts, while a run lost to its process dying (a worker
    killed, a machine gone) several times over a case's weeks does (found by bench_faults: with
    eight worker SIGKILLs, cases restarted three times in all were left for a person)."""
    entries = session.exec(
        select(AuditEntry).where(AuditEntry.case_id == case.id, AuditEntry.action == ACTION)
    ).all()
    restarts = [e.at for e in entries if e.details.get("run") == case.flow_run_id]
    moved = [m.done_at for m in milestones_of(session=session, case=case) if m.done_at is not None]
    moved += session.exec(
        select(Decision.decided_at).where(Decision.case_id == case.id, Decision.attempt == case.attempt)
    ).all()
    last = max(moved, default=None)
    return len(restarts), sum(1 for at in restarts if last is None or at > last)


def _tell_operations(
    session: Session,
    case: Case,
    state: RunState,
    *,
    restarts: int,
    restarted: bool,
    now: dt.datetime,
    ops_email: str,
    run: str | None = None,
    n: int = 0,
) -> bool:
    """False if operations were told this before (about run `run`, by default the case's run, and
    its `n`-th restart in all; `restarts` counts those since the case last moved on)."""
    run = run or case.flow_run_id
    area = session.get(LocalArea, case.area_id)
    context = {
        "run": {
            "case": case_label(case, area.name),
            "case_id": case.id,
            "state": state.name,
            "message": state.message,
            "cancelled": state.type == "CANCELLED",
            "deleted": state.type == DELETED.type,
            "restarted": restarted,
            "restarts": restarts,
            "max_restarts": MAX_RESTARTS,
            "url": run_url(case.flow_run_id),
        }
    }
    key = f"ops/run/{run}/" + (f"restart-{n}" if restarted else f"left-{n}")
    message = write_ops_message(
        session=session,
        key=key,
        template="case_run_broken",
        context=context,
        ops_email=ops_email,
        now=now,
        case_id=case.id,
    )
    return message is not None
