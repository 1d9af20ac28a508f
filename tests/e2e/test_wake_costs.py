"""What a case's wake asks of the Prefect server, against the session's real server: no delivery
task run when nothing is due to send, and a case's timeline compared with the version this
process last wrote rather than read back at every wake. The server's CPU per wake is what bounds
a national programme's simulation (bench/bench_programme.py)."""

from __future__ import annotations

import time
import uuid

from prefect import flow
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey, FlowRunFilter, FlowRunFilterId

from tasks.artifacts import publish
from tasks.steps import deliver_due
from tests.casework import T0, reach


@flow(name="wake-costs-deliver")
def deliver_wake(case_id: int) -> None:
    deliver_due(case_id)


def _task_runs(flow_run_id) -> list[str]:
    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
    return [r.name for r in runs]


def test_a_wake_with_no_message_due_makes_no_delivery_task_run(stack, case_id):
    quiet = deliver_wake(case_id, return_state=True).state_details.flow_run_id
    reach(case_id, "notify_local_area", T0)  # writes the notification letters
    busy = deliver_wake(case_id, return_state=True).state_details.flow_run_id
    deadline = time.monotonic() + 30  # the server records task runs from their events
    while not _task_runs(busy) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert [name.rsplit("-", 1)[0] for name in _task_runs(busy)] == ["deliver messages"]
    assert _task_runs(quiet) == []


def _versions(key: str) -> list:
    with get_client(sync_client=True) as client:
        return client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])))


def _delete_all(key: str) -> None:
    with get_client(sync_client=True) as client:
        for artifact in _versions(key):
            client.delete_artifact(artifact.id)


def test_a_timeline_this_process_wrote_is_not_read_back(stack):
    key = f"case-test-{uuid.uuid4().hex[:8]}"
    rows = [{"milestone": "notify_local_area", "status": "pending"}]
    assert publish(key, table=rows, description="v1", one_writer=True) is True
    assert len(_versions(key)) == 1
    _delete_all(key)
    # The same content again: compared with what this process wrote, so the server is not asked
    # (it would have answered that there is no version, and a second one would be written).
    assert publish(key, table=rows, description="v1", one_writer=True) is False
    assert _versions(key) == []
    assert publish(key, table=rows, description="v1") is True  # any other artifact reads the latest
    done = [{"milestone": "notify_local_area", "status": "done"}]
    assert publish(key, table=done, description="v2", one_writer=True) is True
    assert [a.description for a in _versions(key)].count("v2") == 1


def test_a_timeline_new_to_this_process_is_compared_with_the_servers_latest(stack):
    key = f"case-test-{uuid.uuid4().hex[:8]}"
    rows = [{"milestone": "survey_opens", "status": "pending"}]
    assert publish(key, table=rows, description="v1") is True  # written by another process, say
    assert publish(key, table=rows, description="v1", one_writer=True) is False
    assert len(_versions(key)) == 1
