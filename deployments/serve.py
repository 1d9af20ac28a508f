"""Serve every flow as a deployment from one process (the embedded default).

Beyond one machine, the same flows deploy to a Prefect work pool and run on Prefect workers;
see the README. Schedules are not paused when this process stops (pause_on_shutdown=False),
and waiting case runs are Scheduled on the server, so stopping this process loses nothing. A run
that was mid-way when it stopped is restarted by recover-cases (tasks/recovery.py).
"""

from __future__ import annotations

import datetime as dt

from prefect import serve
from prefect.schedules import Cron, Interval

from flows.case import case_flow
from flows.communications import DIGEST_CRON, deliver_outbox, ops_digest
from flows.operator import request_deferral, restart_deferred_case, schedule_case
from flows.recovery import recover_cases
from flows.wsoa_actions import confirm_revisit, wsoa_received, wsoa_review

DEPLOYMENT_NAME = "sendops"
LONDON = "Europe/London"


def deployments() -> list:
    flows = (
        *(case_flow, schedule_case, request_deferral, restart_deferred_case),
        *(wsoa_received, wsoa_review, confirm_revisit),
    )
    served = [f.to_deployment(name=DEPLOYMENT_NAME, tags=["sendops"]) for f in flows]
    return served + [
        recover_cases.to_deployment(
            name=DEPLOYMENT_NAME, tags=["sendops"], schedules=[Interval(dt.timedelta(minutes=2))]
        ),
        ops_digest.to_deployment(
            name=DEPLOYMENT_NAME, tags=["sendops"], schedules=[Cron(DIGEST_CRON, timezone=LONDON)]
        ),
        deliver_outbox.to_deployment(
            name=DEPLOYMENT_NAME, tags=["sendops"], schedules=[Interval(dt.timedelta(minutes=2))]
        ),
    ]


def serve_all(limit: int | None = None) -> None:
    serve(*deployments(), pause_on_shutdown=False, limit=limit, print_starting_message=False)


if __name__ == "__main__":
    serve_all()
