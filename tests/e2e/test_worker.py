"""The sendops worker against the session's real Prefect server: how many due runs it takes at a
poll. A pool of its own, which no worker serves, holds the runs, so nothing starts them."""

from __future__ import annotations

import uuid

import anyio
from prefect import flow
from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import WorkPoolCreate

from deployments.worker import SUBMITTING_AT_ONCE, TYPE, SendopsWorker

POOL = "worker-test"


@flow(name="worker-test-noop")
def noop() -> None:
    """Never run: its runs only wait in their pool."""


def test_a_poll_takes_no_more_runs_than_room_to_hand_over(stack):
    template = SendopsWorker.get_default_base_job_template()
    with get_client(sync_client=True) as client:
        client.create_work_pool(WorkPoolCreate(name=POOL, type=TYPE, base_job_template=template))
    deployment_id = noop.to_deployment(name="noop").apply(work_pool_name=POOL)
    due = SUBMITTING_AT_ONCE + 10
    with get_client(sync_client=True) as client:
        runs = [client.create_flow_run_from_deployment(deployment_id) for _ in range(due)]

    async def poll(submitting: int) -> int:
        async with SendopsWorker(work_pool_name=POOL, limit=1000) as worker:
            await worker.sync_with_backend()
            worker._submitting_flow_run_ids.update(uuid.uuid4() for _ in range(submitting))
            return len(await worker._get_scheduled_flow_runs())

    try:
        # Before, a poll took the server's page of 200 whatever was already being handed over.
        assert anyio.run(poll, 0) == SUBMITTING_AT_ONCE
        assert anyio.run(poll, SUBMITTING_AT_ONCE - 7) == 7
        assert anyio.run(poll, SUBMITTING_AT_ONCE) == 0
    finally:
        with get_client(sync_client=True) as client:
            for run in runs:
                client.delete_flow_run(run.id)
            client.delete_deployment(deployment_id)
            client.delete_work_pool(POOL)
