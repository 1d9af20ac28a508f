"""Calls to the Prefect API about case flow runs: create, wake, inspect, resume."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from prefect.client.orchestration import get_client
from prefect.exceptions import ObjectNotFound
from prefect.flow_runs import resume_flow_run
from prefect.states import Scheduled

from sendops.errors import SendopsError

CASE_DEPLOYMENT = "case/sendops"


@dataclass(frozen=True)
class RunState:
    type: str  # SCHEDULED, PAUSED, RUNNING, COMPLETED, ...
    name: str
    pause_key: str | None
    scheduled_time: dt.datetime | None


def _api_error(exc: Exception) -> SendopsError:
    from prefect.settings import PREFECT_API_URL

    return SendopsError(
        f"the Prefect server at {PREFECT_API_URL.value()} did not answer ({type(exc).__name__}); "
        "is 'sendops up' running?"
    )


def create_case_run(*, case_id: int, name: str, tags: list[str], delay_seconds: float = 1.0) -> UUID:
    """A flow run of the case deployment; it starts after `delay_seconds` (the caller commits first)."""
    when = dt.datetime.fromtimestamp(time.time() + delay_seconds, dt.UTC)
    try:
        with get_client(sync_client=True) as client:
            deployment = client.read_deployment_by_name(CASE_DEPLOYMENT)
            run = client.create_flow_run_from_deployment(
                deployment.id,
                parameters={"case_id": case_id},
                name=name,
                tags=tags,
                state=Scheduled(scheduled_time=when),
            )
    except ObjectNotFound:
        raise SendopsError(f"deployment {CASE_DEPLOYMENT!r} is not served: start 'sendops up'") from None
    except Exception as exc:  # connection refused, timeouts: the server is not there
        raise _api_error(exc) from None
    return run.id


def delete_run(flow_run_id: UUID) -> None:
    with get_client(sync_client=True) as client:
        client.delete_flow_run(flow_run_id)


def read_run_state(flow_run_id: str) -> RunState:
    try:
        with get_client(sync_client=True) as client:
            state = client.read_flow_run(UUID(flow_run_id)).state
    except Exception as exc:
        raise _api_error(exc) from None
    if state is None:
        return RunState("PENDING", "Pending", None, None)
    details = state.state_details
    return RunState(state.type.value, state.name or "", details.pause_key, details.scheduled_time)


def wake_run(flow_run_id: str, reason: str) -> bool:
    """Start a case run that waits for a deadline now. False if it is not waiting for one."""
    with get_client(sync_client=True) as client:
        run_id = UUID(flow_run_id)
        state = client.read_flow_run(run_id).state
        if state is None or not state.is_scheduled():
            return False
        client.set_flow_run_state(run_id, Scheduled(name=f"Woken: {reason}"), force=True)
    return True


def resume_with_input(flow_run_id: str, values: dict[str, Any]) -> None:
    try:
        resume_flow_run(UUID(flow_run_id), run_input=values)
    except Exception as exc:
        raise SendopsError(f"could not resume flow run {flow_run_id}: {exc}") from None
