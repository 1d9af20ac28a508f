"""The scenarios shipped in docs/scenarios: each loads as `sendops simulate` reads it, and the
national programme is what its generator (bench/bench_programme.py) writes today."""

from __future__ import annotations

import collections
import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from deployments.simulate import load_scenario

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = sorted((ROOT / "docs" / "scenarios").glob("*.toml"))


def _generator():
    spec = importlib.util.spec_from_file_location("bench_programme", ROOT / "bench" / "bench_programme.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.name)
def test_each_shipped_scenario_loads(path):
    scenario = load_scenario(path)
    assert scenario.cases and scenario.actions and scenario.until > scenario.start


def test_the_national_programme_inspects_every_area_once_within_capacity():
    """All 153 areas, one full inspection each, on the first working day of a week (a Monday, or
    after its bank holidays: Wed 29 Dec 2027) from 11 Jan 2027 over five years, never two starting
    in the same week; each decided as it asks, and each widespread outcome's monitoring
    inspection confirmed on its proposed date."""
    path = ROOT / "docs" / "scenarios" / "national-programme.toml"
    generator = _generator()
    assert path.read_text() == generator.scenario(153, 5.0, dt.date(2027, 1, 11), 450_000, 1)
    scenario = load_scenario(path)
    areas = [c["area"] for c in scenario.cases]
    assert len(areas) == len(set(areas)) == 153
    starts = [c["start"] for c in scenario.cases]
    assert starts[0] == dt.date(2027, 1, 11) and starts[-1] < dt.date(2032, 1, 1)
    assert all(s.weekday() <= 2 for s in starts)
    weeks = collections.Counter(s.isocalendar()[:2] for s in starts)
    assert max(weeks.values()) == 1
    per_case = collections.Counter(a.case for a in scenario.actions)
    monitoring = [n for n in per_case if n.endswith("-monitoring")]
    assert all(per_case[c["name"]] == 4 for c in scenario.cases)
    assert all(per_case[n] == 5 for n in monitoring)  # confirmed, then its four decisions
    widespread = [
        a.case for a in scenario.actions if a.params.get("fields", {}).get("outcome") == "widespread"
    ]
    assert sorted(f"{n}-monitoring" for n in widespread) == sorted(monitoring)
