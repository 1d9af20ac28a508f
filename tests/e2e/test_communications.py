"""The scheduled automation on a real Prefect server: the digest deployment and its schedule."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlmodel import select

from models.db import session_scope
from models.tables import OutboxMessage
from sendops.calendar import to_london
from sendops.config import get_calendar
from tasks.delivery import eml_name
from tests.e2e.conftest import wait_for

pytestmark = pytest.mark.e2e


def test_the_digest_runs_from_its_deployment_on_a_london_cron(stack, mail_drop):
    """The ops-digest deployment is on 08:00 Monday-Friday Europe/London; run now, it sends the
    day's digest to operations once (or skips a bank holiday or weekend, saying so)."""
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment

    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("ops-digest/ops-digest")
    (schedule,) = deployment.schedules
    assert (schedule.schedule.cron, schedule.schedule.timezone) == ("0 8 * * 1-5", "Europe/London")
    assert schedule.active

    def scheduled_runs() -> list:  # the server's scheduler turns the cron into runs (SQLAlchemy < 2.1)
        from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId

        with get_client(sync_client=True) as client:
            runs = client.read_flow_runs(
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id]))
            )
        return [r for r in runs if r.state and r.state.is_scheduled() and r.auto_scheduled]

    wait_for(scheduled_runs, timeout=90, what="the scheduler to create the digest's runs", every=1)
    for run in scheduled_runs():
        assert to_london(run.expected_start_time).strftime("%H:%M %a") in {
            f"08:00 {day}" for day in ("Mon", "Tue", "Wed", "Thu", "Fri")
        }

    runs = [
        run_deployment("ops-digest/ops-digest", parameters={"days": 3}, timeout=120, poll_interval=1)
        for _ in range(2)
    ]
    for run in runs:
        assert run.state.is_completed(), run.state
        day = dt.date.fromisoformat(re.search(r"\d{4}-\d\d-\d\d", run.state.message).group())
        if run.state.name == "Skipped":
            assert not get_calendar().is_working_day(day)
            continue
        with session_scope() as session:
            (digest,) = session.exec(
                select(OutboxMessage).where(OutboxMessage.key == f"ops/digest/{day}")
            ).all()
        assert digest.status == "delivered" and "Due in the next 3 working days" in digest.body
        assert (mail_drop / eml_name(digest.key)).exists()
