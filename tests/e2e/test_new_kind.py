"""Adding a kind of case is one spec plus its templates (issue 8): tests/tiny_kind.py defines a
made-up "tiny visit" and its template, read by the worker's settings through SENDOPS_SPEC_MODULES (as
sendops.toml's `[specs] modules`), and nothing else in the product changes. It runs through the
real flow, worker and Prefect server: its notice at its time, its decision, its end."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import (
    assert_on_time,
    case_row,
    messages,
    milestone_rows,
    run_state,
    schedule,
    sendops,
    start_in,
    wait_for,
    wait_for_decision,
    wait_until_reached,
)

pytestmark = pytest.mark.e2e


def test_a_kind_defined_by_its_spec_alone_runs_end_to_end(stack, monkeypatch):
    from prefect.client.orchestration import get_client

    import tests.tiny_kind

    # This process's settings (and the CLI's) read the spec module too, as the worker's do.
    monkeypatch.setenv("SENDOPS_SPEC_MODULES", "tests.tiny_kind")

    # The Prefect UI's schedule-case form offers it: the deployment's form reads the kinds.
    with get_client(sync_client=True) as client:
        form = client.read_deployment_by_name("schedule-case/schedule-case").parameter_openapi_schema
    assert tests.tiny_kind.KIND in form["properties"]["kind"]["enum"]
    # Notified 4 working days on (about 9 real s), well after the case's first run is up.
    case_id = schedule("tiny-visit", "Rutland", start_in(6))
    assert_on_time(wait_until_reached(case_id, "tiny_notice"))
    (notice,) = messages(case_id)
    assert (notice.role, notice.subject) == (
        "dcs",
        f"A tiny visit to Rutland on {case_row(case_id).start:%A %-d %B %Y}",
    )
    assert "10:00" in notice.body and "made up: 2 working days' notice" in notice.body

    wait_for_decision(case_id, "published", timeout=120)
    assert case_row(case_id).status == "onsite"
    sendops("decide", case_id, "published", "--by", "Tiny publisher")
    wait_for(lambda: run_state(case_id).name == "Published", timeout=60, what="the run to end Published")
    assert case_row(case_id).status == "published"
    assert {m.status for m in milestone_rows(case_id).values()} == {"done"}
