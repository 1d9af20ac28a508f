"""`sendops simulate` runs a scenario on its own private Prefect server and prints JSON events."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.e2e

SCENARIO = """
start = "2026-03-09T07:00:00"
speed = 20000
until = "2026-03-16T08:00:00"  # evidence is due Fri 13th 23:59:59; margin for lag

[[cases]]
name = "kent"
kind = "revisit"
area = "Kent"
start = "2026-03-24"
weaknesses = ["Waiting times"]

[[actions]]
case = "kent"
action = "defer"
at = "2026-03-10T12:00:00"
by = "Kent DCS"
reason = "DCS on leave"

[[actions]]
case = "kent"
action = "decide"
decision = "deferral"
fields = { granted = false }
by = "Ofsted and CQC"
reason = "Not exceptional"
"""


def test_simulate_prints_one_json_line_per_event(tmp_path):
    """Notification at 09:00 London with a message per contact, the refused deferral, and the
    evidence deadline, in simulated-time order, on a private server that is gone afterwards."""
    scenario = tmp_path / "scenario.toml"
    scenario.write_text(SCENARIO)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SENDOPS_"))}
    result = subprocess.run(
        [sys.executable, "-m", "sendops", "simulate", str(scenario)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    kinds = [(e["event"], e["key"]) for e in events]
    notify = events[kinds.index(("milestone", "notify_local_area"))]
    assert notify["due"] == "2026-03-10T09:00:00+00:00" and notify["late"] is False
    recipients = {
        e["recipient"] for e in events if e["event"] == "message" and e["key"] == "notify_local_area"
    }
    assert recipients == {"dcs@kent.example.org"}
    assert ("action", "defer") in kinds and ("action", "deferral") in kinds
    refusal = next(e for e in events if e["event"] == "decision")
    assert refusal["values"]["granted"] is False and refusal["by"] == "Ofsted and CQC"
    assert ("milestone", "evidence_upload_due") in kinds
    assert events[-1]["event"] == "simulation_stopped"
    milestones = [e["sim"] for e in events if e["event"] == "milestone"]
    assert milestones == sorted(milestones)
    assert all({"sim", "real", "case", "event", "key", "recipient"} <= set(e) for e in events)


def test_a_bad_scenario_is_rejected_before_anything_starts(tmp_path):
    """An action naming an unknown case is a one-line error; no server is started."""
    scenario = tmp_path / "bad.toml"
    scenario.write_text(
        SCENARIO.replace('case = "kent"\naction = "defer"', 'case = "kant"\naction = "defer"')
    )
    result = subprocess.run(
        [sys.executable, "-m", "sendops", "simulate", str(scenario)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip().endswith("action 1: unknown case 'kant'")
