"""The `sendops` worker type: flow runs executed in threads of one long-lived, already-imported
process, so a wake costs Prefect API calls and database work, not an interpreter start.

Why a worker type rather than `serve`: a Prefect worker polls a work pool, so
`prefect worker start --pool sendops --type sendops` on several hosts scales out against one
server with nothing of ours in between, and the same class runs the embedded default
(`sendops up` starts one). Prefect's own `serve` and process worker start a new interpreter for
every flow run (~2.8 CPU-seconds each on these machines, PREFECT_NOTES.md); nothing else changes:
each run is an ordinary flow run (names, states, logs, artifacts, pause/suspend/resume,
heartbeats), and a waiting case still holds no thread (flows/waiting.py).

Isolation: a run that raises ends Failed as before (recover-cases restarts it); every run has a
time limit (`SENDOPS_RUN_TIME_LIMIT`, seconds, default 600), after which it is failed and
recovered; and at most `limit` runs execute at once (more wait Pending for a thread). A run hung
inside C code cannot be stopped by a thread and keeps its slot until the process restarts; its
heartbeats then stop and recover-cases restarts it like any run whose process was lost.

This module is Prefect's entry point for the type (`prefect.collections` in pyproject.toml), so
every `prefect` command imports it: it imports the flows only when a worker starts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import threading
import time
from collections.abc import Iterator
from functools import partial
from typing import Any

import anyio
from prefect.exceptions import Abort, Pause
from prefect.workers.base import BaseJobConfiguration, BaseWorker, BaseWorkerResult

from sendops.config import load_settings, using

POOL = "sendops"
TYPE = "sendops"
# How long the worker reuses the list of its pool's deployments before reading it again: they
# change only when a worker registers them at its start, and reading them at every 1 s poll was
# a fifth of an idle server's CPU (schedules and parameter schemas validated each time).
DEPLOYMENTS_REREAD_SECONDS = 30.0
# The most runs being handed to their threads at once. Handing one over is about six calls on the
# worker's one async Prefect client (read its deployment, Pending, labels, ...); taking the server's
# whole page of 200 at a poll, as before, put a thousand calls on that client's connection pool at
# once when 10,000 cases were due, and runs were left Pending by httpx.PoolTimeout. The next poll
# (1 s) takes more, so a thousand due together are started in a few polls.
SUBMITTING_AT_ONCE = 50
# The longest a run's execution waits for the previous execution of the same run to end (OneAtATime).
SAME_RUN_WAIT_SECONDS = 30.0


class SendopsJobConfiguration(BaseJobConfiguration):
    @classmethod
    def _base_environment(cls) -> dict[str, str]:
        """None: a run in a thread of this process has the process's environment. Prefect dumps
        its every setting for each run, for a child process it starts; taking runs for 10,000
        cases, that was an eighth of the worker's samples."""
        return {}


class SendopsWorkerResult(BaseWorkerResult):
    """How a flow run's thread ended: 0 when the engine ended it (any state), 1 if it crashed."""


class SendopsWorker(BaseWorker[SendopsJobConfiguration, Any, SendopsWorkerResult]):
    type = TYPE
    job_configuration = SendopsJobConfiguration
    _description = "Runs sendops flow runs in threads of one long-lived process (no interpreter per run)."

    def __init__(self, *args: Any, limit: int | None = None, **kwargs: Any) -> None:
        # `limit` bounds the threads, not BaseWorker's limiter: that one is held per flow-run id
        # until `run` returns, and a run resumed in the moment between its thread ending and
        # `run` returning is claimed again, which raises in the poll loop and stops the worker.
        super().__init__(*args, limit=None, **kwargs)
        self._thread_limit = limit or 1000
        self._deployments: dict[Any, Any] = {}  # the pool's, by id, as last read
        self._deployments_read_at = float("-inf")

    async def setup(self) -> None:
        from deployments import prefect_speedups
        from deployments.serve import flows_by_name

        prefect_speedups.share_suspension_observer()
        self._flows = flows_by_name(time_limit=load_settings().run_time_limit)  # the worker's entry
        self._threads = anyio.CapacityLimiter(self._thread_limit)
        await super().setup()
        self._read_known_deployments_and_flows()

    def _read_known_deployments_and_flows(self) -> None:
        """BaseWorker reads a run's deployment twice and its flow once to hand the run over:
        2,000 of 9,200 requests in a 30-area programme (bench/bench_programme.py), and a
        deployment read is one of the server's costlier ones (its schedules are validated). The
        worker's client answers them from the pool's deployments it read at its last poll (at
        most DEPLOYMENTS_REREAD_SECONDS old), and from the flows it read before (a flow's
        name and id never change); anything else it reads from the server as before."""
        client = self.client
        read_deployment, read_flow = client.read_deployment, client.read_flow
        flows: dict[Any, Any] = {}

        async def known_deployment(deployment_id: Any) -> Any:
            return self._deployments.get(deployment_id) or await read_deployment(deployment_id)

        async def known_flow(flow_id: Any) -> Any:
            if flow_id not in flows:
                flows[flow_id] = await read_flow(flow_id)
            return flows[flow_id]

        client.read_deployment, client.read_flow = known_deployment, known_flow

    async def _get_scheduled_flow_runs(self) -> list[Any]:
        """The pool's runs due within the prefetch, read by deployment as Prefect's `serve` does.

        BaseWorker reads them through the work pool, and on a SQLite server (the embedded
        default) every such poll starts two background writes that deadlock each other: every
        write on the server then waits out the 60 s busy timeout, and deadlines slip by minutes
        (Prefect issues 23051 and 19771, fixed after 3.8.8). Read by deployment, a poll starts
        one such write, and the stalls became rare; under a burst a SQLite server still stalls
        (bench/bench_cases.py), so beyond a few cases at once run the server on PostgreSQL. The
        work queue's "last polled" is not updated; the pool shows Ready from this worker's
        heartbeats.
        """
        from prefect.client.schemas.filters import WorkPoolFilter, WorkPoolFilterName
        from prefect.client.schemas.responses import WorkerFlowRunResponse

        if time.monotonic() - self._deployments_read_at > DEPLOYMENTS_REREAD_SECONDS:
            in_pool = WorkPoolFilter(name=WorkPoolFilterName(any_=[self._work_pool_name]))
            self._deployments = {
                d.id: d for d in await self.client.read_deployments(work_pool_filter=in_pool)
            }
            self._deployments_read_at = time.monotonic() if self._deployments else float("-inf")
        room = min(self._thread_limit, SUBMITTING_AT_ONCE) - len(self._submitting_flow_run_ids)
        if not self._deployments or room <= 0:
            return []
        before = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=self._prefetch_seconds)
        runs = await self.client.get_scheduled_flow_runs_for_deployments(
            deployment_ids=list(self._deployments),
            scheduled_before=before,
            limit=room,
        )
        return [
            WorkerFlowRunResponse(work_pool_id=self.work_pool.id, work_queue_id=r.work_queue_id, flow_run=r)
            for r in runs
            if r.work_queue_id is not None
        ]

    async def run(
        self,
        flow_run: Any,
        configuration: SendopsJobConfiguration,
        task_status: anyio.abc.TaskStatus[str] | None = None,
    ) -> SendopsWorkerResult:
        flow_name = configuration.labels.get("prefect.io/flow-name", "")
        flow = self._flows.get(flow_name)
        if flow is None:
            raise ValueError(f"this sendops worker has no flow named {flow_name!r}")
        if task_status is not None:
            task_status.started(f"{socket.gethostname()}:{os.getpid()}")
        code = await anyio.to_thread.run_sync(partial(_run, flow, flow_run), limiter=self._threads)
        return SendopsWorkerResult(identifier=str(flow_run.id), status_code=code)


class OneAtATime:
    """At most one execution of a flow run at a time in this process.

    A run suspended for a decision and resumed at once (by `sendops simulate`, in under half a
    second) is started again while the execution that suspended it is still finishing in its
    thread. Prefect's engine keeps a process's suspension requests and its suspension observer's
    watches by flow-run id (one process a run, in its own workers), so the finishing execution
    marked the new one suspended, and the new one stopped at once, leaving the run Running with
    nothing behind it until recover-cases restarted it (twice in a 200,000x national programme,
    64 s each). The new execution waits for the old one to end, `wait` seconds at most (a thread
    hung inside C code is not waited for longer)."""

    def __init__(self, wait: float) -> None:
        self._wait = wait
        self._guard = threading.Lock()
        self._locks: dict[Any, tuple[threading.Lock, int]] = {}  # run id -> (lock, executions)

    @contextlib.contextmanager
    def execution(self, run_id: Any) -> Iterator[None]:
        with self._guard:
            lock, executions = self._locks.get(run_id, (threading.Lock(), 0))
            self._locks[run_id] = (lock, executions + 1)
        acquired = lock.acquire(timeout=self._wait)
        try:
            yield
        finally:
            if acquired:
                lock.release()
            with self._guard:
                lock, executions = self._locks[run_id]
                if executions == 1:
                    del self._locks[run_id]
                else:
                    self._locks[run_id] = (lock, executions - 1)


_executions = OneAtATime(wait=SAME_RUN_WAIT_SECONDS)


def _run(flow: Any, flow_run: Any) -> int:
    """One flow run, to the end of this wake, in the calling thread, with the settings loaded at
    its start (sendops.config.using): a run is an entry point, and a clock or closure day changed
    between two wakes is read at the next."""
    from prefect.flow_engine import run_flow

    try:
        with _executions.execution(flow_run.id), using(load_settings()):
            run_flow(flow, flow_run=flow_run, return_type="state")
    except (Pause, Abort):  # waiting (paused, suspended) or stopped by the server: not a crash
        return 0
    except BaseException:  # the engine has reported the state it could; the worker marks a crash
        return 1
    return 0
