"""Case runs that stop without finishing their case (a lost process, an error) are started again by
the recover-cases deployment (every 2 minutes; 30 s in the tests) or `sendops recover`, audited,
and repeat nothing (tasks/recovery.py). The server sees a lost process as a run left Running with
no more heartbeats, and an error as a Failed run: the tests put the run in those states through
the API."""

from __future__ import annotations

from uuid import UUID

import pytest
from sqlmodel import select

from models.db import session_scope
from models.tables import AuditEntry
from tests.e2e.conftest import (
    case_row,
    messages,
    milestone_rows,
    run_state,
    schedule,
    sendops,
    start_in,
    wait_for,
)

pytestmark = pytest.mark.e2e

AWAITING = "Awaiting notify_local_area · due "  # then the due time, London


def _force(run_id: str, state) -> None:
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        client.set_flow_run_state(UUID(run_id), state, force=True)


def _restarts(case_id: int) -> list[AuditEntry]:
    with session_scope() as session:
        return list(
            session.exec(
                select(AuditEntry)
                .where(AuditEntry.case_id == case_id, AuditEntry.action == "restart_case_run")
                .order_by(AuditEntry.id)
            ).all()
        )


def _waiting_case(area: str) -> tuple[int, str]:
    # notified in 140 working days: three real minutes on the test clock, for a recovery to come
    # round (a minute of silence, then a sweep) with room to spare on a busy machine
    case_id = schedule("revisit", area, start_in(150), "--weakness", "Waiting times")
    wait_for(lambda: run_state(case_id).name.startswith(AWAITING), timeout=60, what="the case to wait")
    return case_id, case_row(case_id).flow_run_id


def _ops_keys(case_id: int) -> list[str]:
    return [m.key for m in sorted(messages(case_id), key=lambda m: m.id) if m.role == "operations"]


@pytest.mark.long
def test_a_run_whose_process_was_lost_is_crashed_and_restarted(stack):
    """Running with no heartbeat for 90 s (60 s in the tests): the scheduled recovery marks it
    Crashed and restarts it once; it is back waiting for the same deadline, operations are told,
    nothing else is sent."""
    from prefect.client.orchestration import get_client
    from prefect.events.filters import EventFilter, EventNameFilter, EventResourceFilter
    from prefect.states import Running

    case_id, run_id = _waiting_case("Devon")
    wake_at = run_state(case_id).scheduled_time
    beats = EventFilter(
        event=EventNameFilter(name=["prefect.flow-run.heartbeat"]),
        resource=EventResourceFilter(id=[f"prefect.flow-run.{run_id}"]),
    )

    def heartbeats() -> int:  # real runs send them: the automation's input
        with get_client(sync_client=True) as client:
            return client.read_events(beats, limit=50).total  # 50: the server's maximum

    wait_for(heartbeats, timeout=30, what="a heartbeat of the case run", every=1)

    _force(run_id, Running())  # what the server sees when the serving process dies mid-run
    # 60 s of silence, then the next recover-cases run (every 30 s in the tests)
    wait_for(lambda: _restarts(case_id), timeout=180, what="the lost run to be restarted", every=1)
    wait_for(lambda: run_state(case_id).name.startswith(AWAITING), timeout=60, what="the run to wait again")

    with get_client(sync_client=True) as client:
        history = client.read_flow_run_states(UUID(run_id))
    assert any(s.type.value == "CRASHED" and "no heartbeat" in (s.message or "") for s in history)
    (restart,) = _restarts(case_id)
    assert restart.actor == "sendops recovery" and restart.details["before"]["state"] == "Crashed"
    assert case_row(case_id).flow_run_id == run_id and run_state(case_id).scheduled_time == wake_at
    assert milestone_rows(case_id)["notify_local_area"].status == "pending"
    assert _ops_keys(case_id) == [f"ops/run/{run_id}/restart-1"]
    assert [m.status for m in messages(case_id)] == ["delivered"]


def test_a_run_whose_worker_process_exited_is_restarted_at_the_next_sweep(stack):
    """A worker killed and started again on this machine: a run it left Running names a process
    that has exited, so the next sweep (every 20 s in the tests) crashes and restarts it without
    waiting out the heartbeat silence."""
    import socket
    import subprocess

    from prefect.client.orchestration import get_client
    from prefect.states import Running

    case_id, run_id = _waiting_case("Trafford")
    wake_at = run_state(case_id).scheduled_time
    exited = subprocess.Popen(["true"])
    exited.wait()
    _force(run_id, Running())  # what the server sees of a run its killed worker was running
    with get_client(sync_client=True) as client:
        client.update_flow_run(UUID(run_id), infrastructure_pid=f"{socket.gethostname()}:{exited.pid}")
    wait_for(lambda: _restarts(case_id), timeout=60, what="the run to be restarted", every=1)
    wait_for(lambda: run_state(case_id).name.startswith(AWAITING), timeout=60, what="the run to wait again")
    with get_client(sync_client=True) as client:
        history = client.read_flow_run_states(UUID(run_id))
    assert any(s.type.value == "CRASHED" and "has exited" in (s.message or "") for s in history)
    assert run_state(case_id).scheduled_time == wake_at
    assert milestone_rows(case_id)["notify_local_area"].status == "pending"


def test_a_failing_run_is_restarted_three_times_then_left_for_an_operator(stack):
    """An error that repeats: three restarts by the recovery sweep (`sendops recover`, what the
    deployment runs), then operations are told it needs a person, and `sendops recover --case` is
    that person's audited restart."""
    from prefect.states import Failed

    case_id, run_id = _waiting_case("Suffolk")
    for n in (1, 2, 3):
        _force(run_id, Failed(message="simulated: the database was unavailable"))
        sendops("recover", "--by", "Ops Lead")  # unless the scheduled sweep was first
        wait_for(lambda n=n: len(_restarts(case_id)) == n, timeout=30, what=f"restart {n}")
        wait_for(
            lambda: run_state(case_id).name.startswith(AWAITING), timeout=60, what="the run to wait again"
        )
    _force(run_id, Failed(message="simulated: the database was unavailable"))
    assert sendops("recover", "--by", "Ops Lead").stdout.strip().endswith("1 left for a person")
    left = f"ops/run/{run_id}/left-3"
    assert run_state(case_id).type == "FAILED" and len(_restarts(case_id)) == 3
    assert left in _ops_keys(case_id)

    sendops("recover", "--case", case_id, "--by", "Ops Lead")
    wait_for(lambda: run_state(case_id).name.startswith(AWAITING), timeout=60, what="the operator's restart")
    restarts = _restarts(case_id)
    assert [a.details["after"]["restart"] for a in restarts] == [1, 2, 3, 4]
    assert restarts[-1].actor == "Ops Lead" and restarts[-1].details["before"]["state"] == "Failed"
    assert _ops_keys(case_id) == [f"ops/run/{run_id}/restart-{n}" for n in (1, 2, 3)] + [
        left,
        f"ops/run/{run_id}/restart-4",
    ]
    assert milestone_rows(case_id)["notify_local_area"].status == "pending"

    before = (len(_restarts(case_id)), len(messages(case_id)))
    refused = sendops("recover", "--case", case_id, "--by", "Ops Lead", check=False)
    assert refused.returncode != 0
    assert f"case {case_id} has nothing to recover: its run is {AWAITING}" in refused.stderr
    assert (len(_restarts(case_id)), len(messages(case_id))) == before
