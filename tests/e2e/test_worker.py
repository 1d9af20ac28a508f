"""The sendops worker against the session's real Prefect server: how many due runs it takes at a
poll, and the one observer its runs share to notice a suspension from the UI. A pool of its own,
which no worker serves, holds the runs, so nothing starts them."""

from __future__ import annotations

import threading
import time
import uuid
from contextlib import ExitStack, contextmanager

import anyio
from prefect import flow
from prefect._flow_run_suspension import FlowRunSuspensionRequest, register_flow_run_suspension_request
from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import WorkPoolCreate
from prefect.exceptions import ObjectNotFound
from prefect.states import Running, Suspended

from deployments import prefect_speedups
from deployments.worker import SUBMITTING_AT_ONCE, TYPE, SendopsWorker

POOL = "worker-test"


@flow(name="worker-test-noop")
def noop() -> None:
    """Never run: its runs only wait in their pool."""


@contextmanager
def unserved_runs(count: int):
    """`count` runs of a deployment in a pool no worker serves; deleted afterwards."""
    template = SendopsWorker.get_default_base_job_template()
    with get_client(sync_client=True) as client:
        client.create_work_pool(WorkPoolCreate(name=POOL, type=TYPE, base_job_template=template))
    deployment_id = noop.to_deployment(name="noop").apply(work_pool_name=POOL)
    with get_client(sync_client=True) as client:
        runs = [client.create_flow_run_from_deployment(deployment_id) for _ in range(count)]
    try:
        yield runs
    finally:
        with get_client(sync_client=True) as client:
            for run in runs:
                client.delete_flow_run(run.id)
            client.delete_deployment(deployment_id)
            client.delete_work_pool(POOL)


def test_a_poll_takes_no_more_runs_than_room_to_hand_over(stack):

    async def poll(submitting: int) -> int:
        async with SendopsWorker(work_pool_name=POOL, limit=1000) as worker:
            await worker.sync_with_backend()
            worker._submitting_flow_run_ids.update(uuid.uuid4() for _ in range(submitting))
            return len(await worker._get_scheduled_flow_runs())

    with unserved_runs(SUBMITTING_AT_ONCE + 10):
        # Before, a poll took the server's page of 200 whatever was already being handed over.
        assert anyio.run(poll, 0) == SUBMITTING_AT_ONCE
        assert anyio.run(poll, SUBMITTING_AT_ONCE - 7) == 7
        assert anyio.run(poll, SUBMITTING_AT_ONCE) == 0


def test_a_runs_deployment_and_flow_are_read_from_what_the_worker_knows(stack):
    """BaseWorker reads them to hand each run over; the worker answers from its last poll."""

    async def reads(run) -> tuple:
        async with SendopsWorker(work_pool_name=POOL, limit=1000) as worker:
            await worker.sync_with_backend()
            await worker._get_scheduled_flow_runs()  # reads the pool's deployments
            deployment = await worker.client.read_deployment(run.deployment_id)
            flows = [await worker.client.read_flow(run.flow_id) for _ in range(2)]
            try:
                await worker.client.read_deployment(uuid.uuid4())  # not the pool's: asks the server
            except ObjectNotFound:
                missing = True
            return deployment is worker._deployments[run.deployment_id], flows[0] is flows[1], missing

    with unserved_runs(1) as (run,):
        known_deployment, same_flow, missing = anyio.run(reads, run)
    assert known_deployment and same_flow and missing


def test_the_runs_of_a_process_share_one_observer_that_notices_a_suspension(stack):
    from prefect import flow_engine

    prefect_speedups.share_suspension_observer()
    observe = flow_engine.observe_flow_run_suspension  # what the engine enters for each run
    with unserved_runs(3) as runs, ExitStack() as running:
        requests = {run.id: FlowRunSuspensionRequest() for run in runs}
        with get_client(sync_client=True) as client:
            for run in runs:
                client.set_flow_run_state(run.id, Running(), force=True)
        for run_id, request in requests.items():  # as the engine does: register, then observe
            running.enter_context(register_flow_run_suspension_request(run_id, request))
            running.enter_context(observe(run_id, request))
        observers = [t for t in threading.enumerate() if t.name == "suspension-observer"]
        assert len(observers) == 1  # Prefect's own: a thread (and a websocket) per run

        suspended, *others = runs  # an operator presses Suspend on one run in the UI
        with get_client(sync_client=True) as client:
            client.set_flow_run_state(suspended.id, Suspended(timeout_seconds=3600), force=True)
        deadline = time.monotonic() + 30  # the websocket brings it at once; polling, within 10 s
        while not requests[suspended.id].is_requested() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert requests[suspended.id].is_requested()
        assert requests[suspended.id].get_state().name == "Suspended"
        assert not any(requests[run.id].is_requested() for run in others)
