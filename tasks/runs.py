"""Calls to the Prefect API about case flow runs: create, wake, inspect, resume."""

from __future__ import annotations

import datetime as dt
import os
import socket
import time
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from prefect.client.orchestration import get_client
from prefect.exceptions import ObjectNotFound
from prefect.states import Scheduled

from sendops.errors import SendopsError

CASE_DEPLOYMENT = "case/case"


@dataclass(frozen=True)
class RunState:
    type: str  # SCHEDULED, PAUSED, RUNNING, COMPLETED, ...
    name: str
    pause_key: str | None
    scheduled_time: dt.datetime | None
    message: str = ""
    timestamp: dt.datetime | None = None  # when the server set it (a Suspended run: when it asked)


def _api_error(exc: Exception) -> SendopsError:
    from prefect.exceptions import PrefectHTTPStatusError
    from prefect.settings import PREFECT_API_URL

    if isinstance(exc, PrefectHTTPStatusError):
        return SendopsError(
            f"the Prefect server refused a request: {exc.response.status_code} {exc.response.text}"
        )
    return SendopsError(
        f"the Prefect server at {PREFECT_API_URL.value()} did not answer ({type(exc).__name__}); "
        "is 'sendops up' running?"
    )


def create_case_run(*, case_id: int, name: str, tags: list[str], idempotency_key: str) -> UUID:
    """A flow run of the case deployment, to start now; asked again with the same key, the server
    answers with the same run rather than a second one."""
    when = dt.datetime.fromtimestamp(time.time(), dt.UTC)
    try:
        with get_client(sync_client=True) as client:
            deployment = client.read_deployment_by_name(CASE_DEPLOYMENT)
            run = client.create_flow_run_from_deployment(
                deployment.id,
                parameters={"case_id": case_id},
                name=name,
                tags=tags,
                state=Scheduled(scheduled_time=when),
                idempotency_key=idempotency_key,
            )
    except ObjectNotFound:
        raise SendopsError(f"deployment {CASE_DEPLOYMENT!r} is not served: start 'sendops up'") from None
    except Exception as exc:  # connection refused, timeouts: the server is not there
        raise _api_error(exc) from None
    return run.id


DELETED = RunState("DELETED", "Deleted", None, None, "the flow run no longer exists on the server")


def read_run_state(flow_run_id: str) -> RunState:
    """The run's state; DELETED if the run is gone (deleted in the UI, or with its deployment)."""
    try:
        with get_client(sync_client=True) as client:
            state = client.read_flow_run(UUID(flow_run_id)).state
    except ObjectNotFound:
        return DELETED
    except Exception as exc:
        raise _api_error(exc) from None
    if state is None:
        return RunState("PENDING", "Pending", None, None)
    details = state.state_details
    return RunState(
        state.type.value,
        state.name or "",
        details.pause_key,
        details.scheduled_time,
        state.message or "",
        state.timestamp,
    )


def wake_run(flow_run_id: str, reason: str, *, states: tuple[str, ...] = ("SCHEDULED",)) -> bool:
    """Start a case run now if it is in one of `states` (by default: waiting for a deadline)."""
    with get_client(sync_client=True) as client:
        run_id = UUID(flow_run_id)
        try:
            state = client.read_flow_run(run_id).state
        except ObjectNotFound:
            return False
        if state is None or state.type.value not in states:
            return False
        client.set_flow_run_state(run_id, Scheduled(name=f"Woken: {reason}"), force=True)
    return True


def resume_with_input(flow_run_id: str, values: dict[str, Any]) -> None:
    """Resume a paused run with a form's values, or raise naming why the server would not.

    Not `prefect.flow_runs.resume_flow_run`: called where an event loop runs (an async caller,
    Playwright's sync API) it returns a coroutine, so nothing is resumed and no error is raised;
    and an aborted resume (no form stored for the key) passes it silently too."""
    from prefect.client.schemas.responses import SetStateStatus

    try:
        with get_client(sync_client=True) as client:
            response = client.resume_flow_run(UUID(flow_run_id), run_input=values)
    except Exception as exc:
        raise SendopsError(f"could not resume flow run {flow_run_id}: {exc}") from None
    if response.status != SetStateStatus.ACCEPT:
        reason = getattr(response.details, "reason", None) or response.status.value
        raise SendopsError(f"could not resume flow run {flow_run_id}: {reason}")


# States in which a case run has stopped without its case ending: a lost process (Crashed), an
# error (Failed), the UI's Cancel button (Cancelled). Recovery starts them again.
BROKEN = ("CRASHED", "FAILED", "CANCELLED")
PAGE = 200  # the server's maximum page of flow runs
HEARTBEAT = "prefect.flow-run.heartbeat"  # every PREFECT_FLOWS_HEARTBEAT_FREQUENCY seconds while Running


def _case_runs(client, state_types: tuple[str, ...]) -> list:
    from prefect.client.schemas.filters import (
        FlowFilter,
        FlowFilterName,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType

    states = FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType(t) for t in state_types]))
    runs: list = []
    while True:
        page = client.read_flow_runs(
            flow_filter=FlowFilter(name=FlowFilterName(any_=[CASE_DEPLOYMENT.split("/")[0]])),
            flow_run_filter=FlowRunFilter(state=states),
            limit=PAGE,
            offset=len(runs),
        )
        runs.extend(page)
        if len(page) < PAGE:
            return runs


def existing_runs(flow_run_ids: list[str]) -> set[str]:
    """Which of these flow runs still exist on the server."""
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    found: set[str] = set()
    try:
        with get_client(sync_client=True) as client:
            for i in range(0, len(flow_run_ids), PAGE):
                chunk = [UUID(r) for r in flow_run_ids[i : i + PAGE]]
                runs = client.read_flow_runs(
                    flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=chunk)), limit=PAGE
                )
                found.update(str(r.id) for r in runs)
    except Exception as exc:
        raise _api_error(exc) from None
    return found


def broken_case_runs() -> list[str]:
    """The ids of the case flow runs that ended Crashed, Failed or Cancelled."""
    try:
        with get_client(sync_client=True) as client:
            return [str(r.id) for r in _case_runs(client, BROKEN)]
    except Exception as exc:
        raise _api_error(exc) from None


WAITING_CANCELLED = "cancelled while it waited: it had no process to stop"


def _cancelled_while_waiting(client, run_id) -> bool:
    """Whether the UI's Cancel found the run Scheduled or Suspended: no worker runs a run in
    either state (a worker takes it Pending first), so there is no process to wait for."""
    states = sorted(client.read_flow_run_states(run_id), key=lambda s: s.timestamp)
    before = [s for s in states if s.type.value != "CANCELLING"]
    return bool(before) and before[-1].type.value in ("SCHEDULED", "PAUSED")


# A run claimed this long ago names its new worker: the worker reports itself just after it claims
# the run (BaseWorker updates the run's infrastructure pid), so the old one may show until then.
CLAIMED = dt.timedelta(seconds=10)


def _worker_gone(infrastructure_pid: str | None) -> bool:
    """The run's worker process ("host:pid", as the sendops worker reports it) was on this machine
    and has exited. Not gone if it is elsewhere, unknown, or alive (or its pid was reused)."""
    host, _, pid = (infrastructure_pid or "").rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)  # signal 0: does it exist?
    except ProcessLookupError:
        return True
    except PermissionError:  # it exists, as another user's
        return False
    return False


def settle_silent_case_runs(silent_for: dt.timedelta) -> list[str]:
    """Settle the case runs with no process behind them, in real time: a Pending or Running one
    whose worker process on this machine has exited is marked Crashed at once (a worker killed
    and started again: its runs are recovered at the next sweep, not after the silence); one
    silent (its state, a heartbeat) for `silent_for` lost its worker (killed, a machine gone)
    and is marked Crashed; a Cancelling one had no process to stop (the UI's Cancel on a
    waiting or suspended run) and is marked Cancelled: at once if it was cancelled while it
    waited, else once silent as long, which the server would do only after 5 minutes. Returns
    their ids."""
    from prefect.events.filters import EventFilter, EventNameFilter, EventOccurredFilter, EventResourceFilter
    from prefect.states import Cancelled, Crashed

    now = dt.datetime.now(dt.UTC)
    lost = f"no heartbeat for {silent_for.total_seconds():.0f} s: its process was lost"
    settled = []
    try:
        with get_client(sync_client=True) as client:
            for run in _case_runs(client, ("PENDING", "RUNNING", "CANCELLING")):
                if run.state.type.value == "CANCELLING" and _cancelled_while_waiting(client, run.id):
                    client.set_flow_run_state(run.id, Cancelled(message=WAITING_CANCELLED), force=True)
                    settled.append(str(run.id))
                    continue
                settled_for = now - run.state.timestamp  # a run just claimed may show its old worker
                if (
                    run.state.type.value != "CANCELLING"
                    and settled_for > CLAIMED
                    and _worker_gone(run.infrastructure_pid)
                ):
                    gone = f"its worker process ({run.infrastructure_pid}) has exited: the run was lost"
                    client.set_flow_run_state(run.id, Crashed(message=gone), force=True)
                    settled.append(str(run.id))
                    continue
                if settled_for < silent_for:
                    continue
                recent = EventFilter(
                    occurred=EventOccurredFilter(since=now - silent_for, until=now),
                    event=EventNameFilter(name=[HEARTBEAT]),
                    resource=EventResourceFilter(id=[f"prefect.flow-run.{run.id}"]),
                )
                if client.read_events(recent, limit=1).total:
                    continue
                if run.state.type.value == "CANCELLING":
                    state = Cancelled(message=run.state.message or "cancelled while it had no process")
                else:
                    state = Crashed(message=lost)
                client.set_flow_run_state(run.id, state, force=True)
                settled.append(str(run.id))
    except Exception as exc:
        raise _api_error(exc) from None
    return settled


def restart_run(flow_run_id: str, reason: str) -> None:
    """Start a run again now, from the top (the caller checked it is Crashed or Failed)."""
    with get_client(sync_client=True) as client:
        client.set_flow_run_state(UUID(flow_run_id), Scheduled(name="Restarting", message=reason), force=True)


def name_this_run(name: str) -> None:
    """Rename the flow run this code runs in (an operator action names its run for what it did)."""
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    if context is not None and context.flow_run is not None:
        with get_client(sync_client=True) as client:
            client.update_flow_run(context.flow_run.id, name=name)


def run_url(flow_run_id: str) -> str:
    from prefect.settings import PREFECT_UI_URL

    return f"{PREFECT_UI_URL.value()}/runs/flow-run/{flow_run_id}"
