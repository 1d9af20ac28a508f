"""The operator actions and faults a scenario can script, as a table: what each needs from the
scenario file, when it is ready (without an `at`, as soon as the case is in the state it
answers), and what it does. Every action calls the same function as the CLI command of the same
name; a refused one is printed as an `action_refused` event and the scenario goes on."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from sqlmodel import select

from models.db import session_scope
from models.tables import Case, OutboxMessage
from sendops.calendar import parse_date, to_london
from sendops.clock import Clock
from sendops.errors import SendopsError


@dataclass
class Action:
    case: str
    action: str
    by: str
    at: dt.datetime | None = None  # apply at this simulated instant, else as soon as it is ready
    params: dict[str, Any] = field(default_factory=dict)  # the rest of the scenario's entry
    done: bool = False

    @property
    def reason(self) -> str:
        return str(self.params.get("reason", ""))

    def date(self, name: str) -> dt.date:
        return parse_date(str(self.params[name]), f"action {self.action} {name}")


@dataclass(frozen=True)
class Ctx:
    """What an action acts on: its case, the clock, the private stack (for faults)."""

    case_id: int
    clock: Clock
    stack: Any
    read: Case | None = None  # the case as simulate read it at the start of this loop
    # Its run's id and state as the action's readiness check read them: a decision is submitted
    # with them, not after a second read of the same state from the Prefect server.
    run: dict[str, Any] = field(default_factory=dict)

    def case(self) -> Case:
        if self.read is not None:
            return self.read
        with session_scope(read_only=True) as session:
            return session.get(Case, self.case_id)

    def today(self) -> dt.date:
        return to_london(self.clock.now()).date()


@dataclass(frozen=True)
class Spec:
    needs: tuple[str, ...]
    apply: Callable[[Action, Ctx], object]
    ready: Callable[[Action, Ctx], bool] | None = None  # None: needs an `at`
    help: str = ""


def _status(*statuses: str) -> Callable[[Action, Ctx], bool]:
    return lambda action, ctx: ctx.case().status in statuses


def _waits_for_decision(action: Action, ctx: Ctx) -> bool:
    """The case waits for the decision, and its rules allow it now (an outcome from the last
    on-site day, a final report after the comments deadline unless the fields override it)."""
    from sendops.config import get_timeline
    from tasks.case_state import guard_problem
    from tasks.decisions import step_key
    from tasks.runs import read_run_state

    case, decision = ctx.case(), action.params["decision"]
    if not (case.awaiting or "").startswith(f"decision {decision}") or not case.flow_run_id:
        return False
    # The rules first, from the case as read: a final report asked for at once waits out the
    # comments window without a call to the Prefect server at every turn of simulate's loop.
    keys = [m.key for m in get_timeline(case.kind).milestones if m.awaits == decision]
    now = ctx.clock.now()
    if keys and all(guard_problem(case=case, key=k, values=_values(action), now=now) for k in keys):
        return False
    state = read_run_state(case.flow_run_id)
    ctx.run["read"] = (case.flow_run_id, state)
    if state.type != "PAUSED":
        return False
    key = step_key(state.pause_key or "")
    if key.startswith("deferral-"):
        return True
    return not guard_problem(case=case, key=key, values=_values(action), now=now)


# A decision is dated at most this many real seconds before simulate submits it: its events are
# printed in order only if the event reader still holds what came after it (sim_events.py).
BACKDATE_SECONDS = 8.0


def _values(action: Action) -> dict[str, Any]:
    return {"decided_by": action.by, "reason": action.reason, **action.params.get("fields", {})}


def _decide(action: Action, ctx: Ctx) -> str:
    """Resume the run with the decision; returns the step it answers. The scenario's people
    decide as soon as the case asks (or at the action's `at`), and the decision is submitted with
    that moment as its `decided_at`: the delays of simulate and of the case's run (a resumed run
    starting again, under load at a programme's 450,000x a second or more: days, simulated) then
    date neither it nor the decisions after it."""
    from tasks.case_state import guard_problem
    from tasks.decisions import step_key
    from tasks.operator import submit_decision

    decision, values, now = action.params["decision"], _values(action), ctx.clock.now()
    read = ctx.run.get("read")
    if read and not values.get("decided_at") and (taken := _asked_at(action, ctx, read[1])) < now:
        taken = max(taken, ctx.clock.sim_at(time.time() - BACKDATE_SECONDS))  # printed in order
        key = step_key(read[1].pause_key or "")
        # Unless the case's rules refuse that moment (a notification call's `called_at` after it).
        refused = not key.startswith("deferral-") and guard_problem(
            case=ctx.case(), key=key, values=values, now=taken
        )
        if not refused:
            values["decided_at"] = f"{to_london(taken):%Y-%m-%d %H:%M:%S}"
            ctx.run["taken"] = taken
    return submit_decision(case_id=ctx.case_id, decision=decision, values=values, now=now, read=read)


def _asked_at(action: Action, ctx: Ctx, state) -> dt.datetime:
    """When the case asks for the decision on a clock that waits for nothing: once its rules allow
    it (its guard), its previous decision is taken and the milestones its run reached by their
    time before it asked are due; a deferral, when its run asked. Not before the action's `at`.
    Rounded up to the second (a form gives seconds at most)."""
    from models.queries import milestones_of
    from sendops.config import get_timeline
    from tasks.case_state import decision_opens, last_decision
    from tasks.decisions import step_key

    key, case = step_key(state.pause_key or ""), ctx.case()
    asked = ctx.clock.sim_at(state.timestamp.timestamp()) if state.timestamp else ctx.clock.now()
    timeline = get_timeline(case.kind)
    with session_scope(read_only=True) as session:
        rows = milestones_of(session=session, case=case)
        previous = last_decision(session=session, case=case)
    spec = timeline.milestone
    by_time = [  # milestones reached when their time came, before the run asked
        m.due
        for m in rows
        if m.status == "done" and m.due <= asked and not (spec(m.key).awaits or spec(m.key).closed_by)
    ]
    earliest = []  # a deferral: when its run asked, that is when it was requested
    if not key.startswith("deferral-"):  # each is before now: simulate submits once the guard allows it
        earliest = [decision_opens(case=case, key=key), previous and previous.decided_at, *by_time]
    taken = max((t for t in earliest if t is not None), default=asked)
    taken = max(taken, action.at) if action.at else taken
    return taken.replace(microsecond=0) + dt.timedelta(seconds=1 if taken.microsecond else 0)


def _at_notification(action: Action, ctx: Ctx) -> bool:
    """At its `at`, or without one as soon as the case is notified: a request made at the point
    of notification (H§25; RV requests for deferral)."""
    return action.at is not None or ctx.case().status == "notified"


def _defer(action: Action, ctx: Ctx) -> None:
    from tasks.operator import request_deferral

    request_deferral(case_id=ctx.case_id, reason=action.reason, actor=action.by, clock=ctx.clock)


def _restart(action: Action, ctx: Ctx) -> None:
    from tasks.operator import restart_deferred_case

    restart_deferred_case(
        case_id=ctx.case_id,
        start=action.date("start"),
        days=action.params.get("days"),
        reason=action.reason,
        actor=action.by,
        clock=ctx.clock,
    )


def _withdraw(action: Action, ctx: Ctx) -> None:
    from tasks.operator import withdraw_case

    withdraw_case(case_id=ctx.case_id, reason=action.reason, actor=action.by, clock=ctx.clock)


def _wsoa_received(action: Action, ctx: Ctx) -> None:
    from tasks.wsoa import record_received

    day = action.date("date") if "date" in action.params else ctx.today()
    record_received(case_id=ctx.case_id, received=day, actor=action.by, clock=ctx.clock)


def _wsoa_review(action: Action, ctx: Ctx) -> None:
    from tasks.wsoa_review import record_review

    record_review(
        case_id=ctx.case_id,
        fit=bool(action.params["fit"]),
        reason=action.reason,
        actor=action.by,
        clock=ctx.clock,
    )


def _dfe_decision(action: Action, ctx: Ctx) -> None:
    from tasks.wsoa_review import record_dfe_decision

    record_dfe_decision(
        case_id=ctx.case_id, decision=str(action.params["decision"]), actor=action.by, clock=ctx.clock
    )


def _proposed_start(ctx: Ctx) -> dt.date:
    """The date the proposal gives (e.g. 18 months after the final report), or the first working
    day after it."""
    from sendops.config import get_calendar

    calendar, day = get_calendar(), ctx.case().start
    while not calendar.is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def _revisit_confirm(action: Action, ctx: Ctx) -> None:
    from tasks.revisit_proposals import confirm_revisit

    proposed = action.params["start"] == "proposed"
    confirm_revisit(
        case_id=ctx.case_id,
        start=_proposed_start(ctx) if proposed else action.date("start"),
        days=action.params.get("days"),
        weaknesses=list(action.params.get("weaknesses", [])),
        actor=action.by,
        clock=ctx.clock,
        outside_period=str(action.params.get("outside_period", "")),
    )


def _revisit_reschedule(action: Action, ctx: Ctx) -> None:
    from tasks.revisit_proposals import reschedule_revisit

    reschedule_revisit(
        case_id=ctx.case_id, by=action.date("target"), reason=action.reason, actor=action.by, clock=ctx.clock
    )


def _copy(action: Action, ctx: Ctx) -> None:
    from tasks.outbox_actions import send_copy

    send_copy(
        case_id=ctx.case_id,
        key=action.params["key"],
        role=action.params["to"],
        actor=action.by,
        now=ctx.clock.now(),
    )


def _unresolved(action: Action, ctx: Ctx) -> OutboxMessage | None:
    """The case's first failed or uncertain message of milestone `key` (to role `role`, if given)."""
    with session_scope(read_only=True) as session:
        query = select(OutboxMessage).where(
            OutboxMessage.case_id == ctx.case_id,
            OutboxMessage.milestone == action.params["key"],
            OutboxMessage.status.in_(("failed", "uncertain")),  # type: ignore[attr-defined]
        )
        if "role" in action.params:
            query = query.where(OutboxMessage.role == action.params["role"])
        return session.exec(query.order_by(OutboxMessage.id)).first()


def _outbox_resolve(action: Action, ctx: Ctx) -> None:
    from tasks.outbox_actions import resolve_message

    message = _unresolved(action, ctx)
    resolve_message(
        key=message.key, resolution=action.params["resolution"], actor=action.by, now=ctx.clock.now()
    )


def _recover(action: Action, ctx: Ctx) -> None:
    from sendops.config import current
    from tasks.recovery import recover_case

    recover_case(case_id=ctx.case_id, actor=action.by, now=ctx.clock.now(), ops_email=current().ops_email)


def _kill_serving(action: Action, ctx: Ctx) -> None:
    """SIGKILL the serving process (and its flow runs) mid-whatever, then start it again."""
    os.killpg(ctx.stack.serving.pid, signal.SIGKILL)
    ctx.stack.serving.wait()
    ctx.stack.start_serving()


def _restart_server(action: Action, ctx: Ctx) -> None:
    ctx.stack.stop_server()
    ctx.stack.start_server()


def _db_outage(action: Action, ctx: Ctx) -> None:
    """The sendops database takes no writes for `seconds` real seconds (default 20): another
    connection holds SQLite's write lock, as a stuck writer or a long backup would. Writers wait
    on their busy timeout (60 s) and fail after it; readers go on (WAL). The scenario goes on."""
    from sendops.config import current

    url = current().database_url
    if not url.startswith("sqlite:///"):
        raise SendopsError("a db_outage fault needs the SQLite database a scenario runs on")
    seconds = float(action.params.get("seconds", 20))
    ready = threading.Event()

    def hold() -> None:
        connection = sqlite3.connect(url.removeprefix("sqlite:///"), timeout=120, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            ready.set()
            time.sleep(seconds)
            connection.execute("ROLLBACK")
        finally:
            ready.set()
            connection.close()

    threading.Thread(target=hold, name="db-outage", daemon=True).start()
    ready.wait(120)


def _cancel_run(action: Action, ctx: Ctx) -> None:
    """What the Cancel button in the Prefect UI does to the case's run."""
    from prefect.client.orchestration import get_client
    from prefect.states import Cancelled

    with get_client(sync_client=True) as client:
        client.set_flow_run_state(
            UUID(ctx.case().flow_run_id), Cancelled(message="cancelled by the scenario"), force=True
        )


SPECS: dict[str, Spec] = {
    "defer": Spec(("reason",), _defer, _at_notification, "a deferral request (at, or once notified)"),
    "decide": Spec(("decision",), _decide, _waits_for_decision, "a decision, when the case waits for it"),
    "restart": Spec(("start",), _restart, _status("deferred"), "restart a deferred case"),
    "withdraw": Spec(("reason",), _withdraw, help="withdraw a case (at)"),
    "wsoa_received": Spec((), _wsoa_received, _status("awaiting_wsoa", "awaiting_resubmission")),
    "wsoa_review": Spec(("fit",), _wsoa_review, _status("under_review", "under_second_review")),
    "dfe_decision": Spec(("decision",), _dfe_decision, _status("escalated_to_dfe")),
    "revisit_confirm": Spec(("start",), _revisit_confirm, _status("proposed")),
    "revisit_reschedule": Spec(("target", "reason"), _revisit_reschedule, _status("proposed")),
    "copy": Spec(("key", "to"), _copy, help="a copy of a communication to another role (at)"),
    "outbox_resolve": Spec(
        ("key", "resolution"), _outbox_resolve, lambda a, c: _unresolved(a, c) is not None
    ),
    "recover": Spec((), _recover, help="an operator's restart of the case's run (at)"),
    "kill_serving": Spec((), _kill_serving, help="fault: SIGKILL the serving process (at)"),
    "restart_server": Spec((), _restart_server, help="fault: stop and start the Prefect server (at)"),
    "cancel_run": Spec((), _cancel_run, help="fault: the UI's Cancel on the case's run (at)"),
    "db_outage": Spec((), _db_outage, help="fault: the database takes no writes for `seconds` (at)"),
}
FAULTS = ("kill_serving", "restart_server", "cancel_run", "db_outage")


def check_action(raw: dict[str, Any], where: str) -> str | None:
    """What is wrong with a scenario's action entry, or None."""
    spec = SPECS.get(raw.get("action", ""))
    if spec is None:
        return f"{where}: action must be one of {', '.join(SPECS)}"
    missing = [k for k in spec.needs if k not in raw]
    if missing:
        return f"{where}: a {raw['action']} action needs {', '.join(repr(k) for k in missing)}"
    if spec.ready is None and "at" not in raw:
        return f"{where}: a {raw['action']} action needs 'at' (when it happens)"
    return None


def is_ready(action: Action, ctx: Ctx) -> bool:
    """Its time has come (if it has an `at`) and the case is in the state it answers (if any)."""
    if action.at is not None and ctx.clock.now() < action.at:
        return False
    ready = SPECS[action.action].ready
    return ready is None or ready(action, ctx)


def apply(action: Action, ctx: Ctx) -> object:
    return SPECS[action.action].apply(action, ctx)
