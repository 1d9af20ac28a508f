"""Every flow as a deployment on the `sendops` work pool, and the worker that runs them.

`run_worker` registers the deployments (idempotent) and runs a `sendops` worker
(deployments/worker.py): the embedded default runs one; beyond one machine, more run on other
hosts (`prefect worker start --pool sendops --type sendops`), see the README. Waiting case runs
are Scheduled on the server, so stopping a worker loses nothing; a run that was mid-way when it
stopped is restarted by recover-cases (tasks/recovery.py).

Each deployment is named for what it does (its flow's name), and tagged for the UI's filters:
`case` (the case runs: every inspection, re-visit and WSOA), `action` (the operators' forms),
`maintenance` (the sweeps and the digest, which an operator can filter out).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
from pathlib import Path

import anyio
from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import WorkPoolCreate
from prefect.exceptions import ObjectAlreadyExists
from prefect.flows import Flow
from prefect.schedules import Cron, Interval
from prefect.settings import get_current_settings

from deployments import prefect_speedups
from deployments.worker import POOL, TYPE, SendopsWorker
from flows.case import case_flow
from flows.communications import DIGEST_CRON, RETENTION_CRON, deliver_outbox, ops_digest, retention_report
from flows.operator import request_deferral, restart_deferred_case, schedule_case, withdraw_case
from flows.recovery import recover_cases
from flows.wsoa_actions import confirm_revisit, wsoa_received, wsoa_review
from sendops.config import current

LONDON = "Europe/London"
ACTIONS = (schedule_case, request_deferral, restart_deferred_case, withdraw_case)
WSOA_ACTIONS = (wsoa_received, wsoa_review, confirm_revisit)
SCHEDULED = (recover_cases, ops_digest, retention_report, deliver_outbox)  # deliver-outbox last
FLOWS = (case_flow, *ACTIONS, *WSOA_ACTIONS, *SCHEDULED)  # every flow a worker runs


def sweep_interval() -> dt.timedelta:
    """How often recover-cases and deliver-outbox run (Settings.sweep_seconds, default 2 minutes)."""
    return dt.timedelta(seconds=current().sweep_seconds)


# The forms' field titles; a parameter's description is its docstring's "Args" entry.
TITLES = {
    "lead_hmi": "Lead HMI",
    "onsite_days": "On-site days",
    "case_id": "Case number",
    "start": "On-site day 1",
    "new_start": "New on-site day 1",
}


def titled(deployment):
    """The deployment with readable field titles on its form ("Lead HMI", not "lead_hmi")."""
    for name, field in deployment._parameter_openapi_schema.properties.items():
        field["title"] = TITLES.get(name) or name.replace("_", " ").capitalize()
    return deployment


def deployments() -> list:
    every = sweep_interval()
    served = [case_flow.to_deployment(name=case_flow.name, tags=["case"])]
    served += [titled(f.to_deployment(name=f.name, tags=["action"])) for f in (*ACTIONS, *WSOA_ACTIONS)]
    return served + [
        recover_cases.to_deployment(
            name=recover_cases.name, tags=["maintenance"], schedules=[Interval(every)]
        ),
        ops_digest.to_deployment(
            name=ops_digest.name, tags=["maintenance"], schedules=[Cron(DIGEST_CRON, timezone=LONDON)]
        ),
        retention_report.to_deployment(
            name=retention_report.name,
            tags=["maintenance"],
            schedules=[Cron(RETENTION_CRON, timezone=LONDON)],
        ),
        # the last one served: LocalStack.wait_for_deployments waits for it
        deliver_outbox.to_deployment(
            name=deliver_outbox.name, tags=["maintenance"], schedules=[Interval(every)]
        ),
    ]


def serve_process_per_run(limit: int | None = None) -> None:
    """The previous executor, kept for bench/bench_cases.py to compare against: Prefect's `serve`,
    which starts a new interpreter for every flow run (and registers the deployments poolless)."""
    from prefect import serve

    serve(*deployments(), pause_on_shutdown=False, limit=limit, print_starting_message=False)


def flows_by_name(*, time_limit: float) -> dict[str, Flow]:
    """The flows a worker runs, by name, each failed if one wake runs longer than `time_limit` s.

    No run persists its result (the sendops database is the record), and each names Prefect's
    local result storage, the one it falls back to: without it every wake asks the server for a
    default result storage first (`GET /admin/storage`, 714 of 9,208 requests in a 30-area
    programme, bench/bench_programme.py)."""
    local = Path(get_current_settings().results.local_storage_path)
    return {
        f.name: f.with_options(timeout_seconds=time_limit, result_storage=local, persist_result=False)
        for f in FLOWS
    }


def register(pool: str = POOL) -> None:
    """Create the work pool if it is missing, and create or update every deployment on it."""
    with get_client(sync_client=True) as client, contextlib.suppress(ObjectAlreadyExists):
        template = SendopsWorker.get_default_base_job_template()
        client.create_work_pool(WorkPoolCreate(name=pool, type=TYPE, base_job_template=template))
    for deployment in deployments():
        deployment.apply(work_pool_name=pool)


def run_worker(limit: int | None = None, pool: str = POOL) -> None:
    """Register the deployments, then run flow runs from `pool` in this process until stopped."""
    prefect_speedups.apply()
    register(pool)
    worker = SendopsWorker(
        work_pool_name=pool,
        name=f"{socket.gethostname()}-{os.getpid()}",
        prefetch_seconds=current().prefetch_seconds,
        limit=limit,
    )
    anyio.run(worker.start)


if __name__ == "__main__":
    run_worker()
