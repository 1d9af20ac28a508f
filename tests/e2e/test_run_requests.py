"""A case's flow run is created after the transaction that asks for it commits (issue 8): never
for a transaction that rolls back, and, when the Prefect server does not answer then, later by
recover-cases from the request stored on the case, one run however often it is asked."""

from __future__ import annotations

from uuid import UUID

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterIdempotencyKey
from prefect.settings import PREFECT_API_URL, temporary_settings

from models.db import session_scope
from models.queries import get_case
from sendops.config import load_settings
from tasks.recovery import recover_case_runs
from tasks.run_requests import create_requested_run, request_key, start_run
from tests.e2e.conftest import case_row, run_state, schedule, start_in, wait_for

pytestmark = pytest.mark.e2e
AWAY = "http://127.0.0.1:9/api"  # nothing listens there: the server is away


def _runs_with_key(key: str) -> list:
    with get_client(sync_client=True) as client:
        return client.read_flow_runs(
            flow_run_filter=FlowRunFilter(idempotency_key=FlowRunFilterIdempotencyKey(any_=[key]))
        )


def test_a_case_scheduled_while_the_server_is_away_gets_one_run_from_recovery(stack):
    with temporary_settings({PREFECT_API_URL: AWAY}):
        case_id = schedule("full-2023", "Rutland", start_in(30))
    case = case_row(case_id)
    # Asked for, not created (no server answered); unless the scheduled recover-cases (every 20 s
    # here) took the request in the moment since, which is recovery too.
    if case.run_request is None:
        with get_client(sync_client=True) as client:
            key = client.read_flow_run(UUID(case.flow_run_id)).idempotency_key
    else:
        key = request_key(case)
        assert case.run_request == key
    assert key.endswith("-attempt-1-after-none") and case.status == "scheduled"

    settings = load_settings()
    recover_case_runs(now=settings.clock.now(), ops_email=settings.ops_email)  # takes it, if still asked
    case = case_row(case_id)
    assert case.run_request is None and case.flow_run_id
    wait_for(lambda: run_state(case_id).name.startswith("Awaiting "), timeout=60, what="the run to wait")

    # The same request again (a second recover-cases, or a process that died before recording the
    # run): the server answers with the same run.
    with session_scope() as session:
        get_case(session=session, case_id=case_id, lock=True).run_request = key
    assert create_requested_run(case_id)
    assert case_row(case_id).flow_run_id == case.flow_run_id
    assert [r.id for r in _runs_with_key(key)] == [UUID(case.flow_run_id)]


def test_a_transaction_that_rolls_back_asks_for_no_run(stack):
    case_id = schedule("revisit", "Rutland", start_in(40), "--weakness", "Transitions")
    before = case_row(case_id).flow_run_id
    with pytest.raises(RuntimeError), session_scope() as session:
        case = get_case(session=session, case_id=case_id, lock=True)
        case.attempt += 1
        start_run(session, case, "Rutland")
        raise RuntimeError("the transaction fails after asking for a run")
    case = case_row(case_id)
    assert case.flow_run_id == before and case.run_request is None and case.attempt == 1
    case.attempt = 2  # the key the rolled-back transaction asked with
    assert not _runs_with_key(request_key(case))
