"""Serve every flow as a deployment from one process (the embedded default).

Beyond one machine, the same flows deploy to a Prefect work pool and run on Prefect workers;
see the README. Schedules are not paused when this process stops (pause_on_shutdown=False),
and waiting case runs are Scheduled on the server, so stopping this process loses nothing. A run
that was mid-way when it stopped is restarted by recover-cases (tasks/recovery.py).

Each deployment is named for what it does (its flow's name), and tagged for the UI's filters:
`case` (the case runs: every inspection, re-visit and WSOA), `action` (the operators' forms),
`maintenance` (the sweeps and the digest, which an operator can filter out).
"""

from __future__ import annotations

import datetime as dt
import os

from prefect import serve
from prefect.schedules import Cron, Interval

from flows.case import case_flow
from flows.communications import DIGEST_CRON, deliver_outbox, ops_digest
from flows.operator import request_deferral, restart_deferred_case, schedule_case, withdraw_case
from flows.recovery import recover_cases
from flows.wsoa_actions import confirm_revisit, wsoa_received, wsoa_review

LONDON = "Europe/London"
ACTIONS = (schedule_case, request_deferral, restart_deferred_case, withdraw_case)
WSOA_ACTIONS = (wsoa_received, wsoa_review, confirm_revisit)


def sweep_interval() -> dt.timedelta:
    """How often recover-cases and deliver-outbox run (SENDOPS_SWEEP_SECONDS, default 2 minutes)."""
    return dt.timedelta(seconds=float(os.environ.get("SENDOPS_SWEEP_SECONDS", "120")))


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
        # the last one served: LocalStack.wait_for_deployments waits for it
        deliver_outbox.to_deployment(
            name=deliver_outbox.name, tags=["maintenance"], schedules=[Interval(every)]
        ),
    ]


def serve_all(limit: int | None = None) -> None:
    serve(*deployments(), pause_on_shutdown=False, limit=limit, print_starting_message=False)


if __name__ == "__main__":
    serve_all()
