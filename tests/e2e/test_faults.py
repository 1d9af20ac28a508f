"""Faults at random moments (issue 12): bench/bench_faults.py runs inspections through `sendops
simulate` twice, undisturbed and with faults, and checks the invariants (same ends, no
milestone, message or decision twice, none lost, every decision audited once). The default suite
runs a handful with one fault of each kind; `pytest -m slow` runs fifty."""

from __future__ import annotations

import json

import pytest

from bench.bench_faults import SCENARIO_FAULTS, run
from tests.conftest import POSTGRES_URL

pytestmark = pytest.mark.e2e


def test_a_handful_of_inspections_survive_one_fault_of_each_kind(tmp_path):
    """Three inspections (one per outcome) with the worker killed, the Prefect server restarted,
    a run cancelled, the database taking no writes for 5-10 s and the SMTP server refusing
    everything for a while."""
    kinds = tuple(dict.fromkeys(SCENARIO_FAULTS))
    # How these three end undisturbed (the slow test below compares with an undisturbed run): the
    # widespread outcome (c2) also proposes a monitoring inspection.
    ends = {"c0": "published", "c1": "published", "c2": "published", "c2-monitoring": "proposed"}
    counts = run(
        3, len(kinds), 1, 3, 100_000, tmp_path, ends, POSTGRES_URL, kinds=kinds, outage_seconds=(5, 10)
    )
    assert counts["broken"] == [], counts
    assert counts["lifecycles"] == 3 and counts["faults"] == len(kinds) + 1, counts
    assert counts["smtp_received"] >= counts["messages"] > 0, counts


@pytest.mark.slow
def test_fifty_inspections_survive_random_faults(tmp_path):
    """Fifty inspections, twenty faults of the scenario's kinds and four SMTP outages (about half
    an hour on 2 cores)."""
    counts = run(cases=50, faults=20, smtp=4, seed=1, speed=10_000, out=tmp_path, pg=POSTGRES_URL)
    print(json.dumps(counts))  # the figures (pytest -m slow -rP shows them)
    assert counts["broken"] == [], counts
    assert counts["lifecycles"] == 50, counts
