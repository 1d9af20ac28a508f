"""`sendops simulate` runs a scenario on its own private Prefect server and prints JSON events."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sendops.config import get_calendar
from tests.e2e.conftest import prefect_database

pytestmark = pytest.mark.e2e

SCENARIO = """
start = "2026-03-09T07:00:00"
speed = 20000  # the deferral request comes 3 simulated hours after the notification: 0.5 s here
until = "2026-03-16T08:00:00"  # evidence is due Fri 13th 23:59:59; margin for lag

[[cases]]
name = "kent"
kind = "revisit"
outside_period = "a rehearsal of the 2016 framework on these dates"
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
fields = { granted = false, ofsted_by = "Ofsted RD", cqc_by = "CQC HoI" }
by = "Ofsted and CQC"
reason = "Not exceptional"
"""


def simulate(text: str, tmp_path, timeout: float = 300) -> list[dict]:
    """Run `sendops simulate` on a scenario, as a user would (none of the test session's settings;
    its private Prefect server on the test PostgreSQL when there is one, as in CI)."""
    scenario = tmp_path / "scenario.toml"
    scenario.write_text(text)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SENDOPS_"))}
    env |= prefect_database(suffix="_sim")
    result = subprocess.run(
        [sys.executable, "-m", "sendops", "simulate", str(scenario)],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


WSOA_SCENARIO = """
start = "2026-03-09T07:00:00"
speed = 50000
until = "2026-06-30T00:00:00"  # a cap: it stops once the last message is out (mid April)

[calendar]
closure_days = [2026-04-07]

[wsoa]
reminders = [66]  # the default has none: 4 working days after the final report

[[cases]]
name = "leeds"
kind = "full-2016"
outside_period = "a rehearsal of the 2016 framework on these dates"
area = "Leeds"
start = "2026-03-17"
days = 1

[[actions]]
case = "leeds"
action = "kill_serving"
at = "2026-03-11T15:00:00"

[[actions]]
case = "leeds"
action = "decide"
decision = "outcome"
fields = { wsoa_required = true, principal_authority = "Leeds City Council", weaknesses = ["Waiting times"] }
by = "Lead HMI"

[[actions]]
case = "leeds"
action = "decide"
decision = "hmci_decision"  # after moderation (H§38, H§74): here as the team recommended
fields = { wsoa_required = true, principal_authority = "Leeds City Council", weaknesses = ["Waiting times"] }
by = "HMCI"

[[actions]]
case = "leeds"
action = "decide"
decision = "draft_sent"
by = "QA lead"

[[actions]]
case = "leeds"
action = "decide"
decision = "final_issued"
by = "QA lead"

[[actions]]
case = "leeds"
action = "decide"
decision = "published"
by = "Publications"

[[actions]]
case = "leeds-wsoa"
action = "wsoa_received"
at = "2026-04-23T10:00:00"  # after the reminder (4 working days after the final report), with room for lags
by = "Leeds LANO"

[[actions]]
case = "leeds-wsoa"
action = "wsoa_review"
fit = true
reason = "Clear owners and targets"
by = "Ofsted and CQC"
"""


@pytest.mark.long
def test_simulate_scripts_wsoa_actions_on_the_cases_it_opens_and_survives_a_fault(tmp_path):
    """A full inspection requiring a WSOA, with the serving process killed while it waits, closure
    days and a WSOA policy from the scenario: the WSOA it opens is named leeds-wsoa and scripted
    like any case; events are in time order, tagged with the attempt; every milestone is reached
    once; the run stops only after the last message is delivered."""
    events = simulate(WSOA_SCENARIO, tmp_path, timeout=400)
    assert [e["sim"] for e in events] == sorted(e["sim"] for e in events)
    assert events[-1]["event"] == "simulation_finished", events[-1]
    assert events[-1]["statuses"] == {"leeds": "published", "leeds-wsoa": "fit"}
    assert any(e["event"] == "fault" and e["key"] == "kill_serving" for e in events)
    reached = [(e["case"], e["key"]) for e in events if e["event"] == "milestone"]
    assert len(reached) == len(set(reached))
    assert ("leeds-wsoa", "wsoa_reminder_66") in reached
    assert all(e["attempt"] == 1 for e in events if e["event"] in ("milestone", "decision", "message"))
    last_milestone = max(e["sim"] for e in events if e["event"] == "milestone")
    notices = [e for e in events if e["event"] == "message" and e["key"] == "publication_due"]
    fit = [e for e in events if e["event"] == "message" and e["case"] == "leeds-wsoa" and e["key"] == "fit"]
    assert notices and fit and max(e["sim"] for e in fit) >= last_milestone
    actions = [(e["case"], e["key"]) for e in events if e["event"] == "action"]
    assert ("leeds-wsoa", "wsoa_received") in actions and ("leeds-wsoa", "wsoa_review") in actions


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


SCENARIOS = Path(__file__).resolve().parents[2] / "docs" / "scenarios"


@pytest.mark.long
def test_the_2023_framework_runs_each_outcome_to_its_follow_ons(tmp_path):
    """docs/scenarios/framework-2023-outcomes.toml on a real Prefect server: three 2023
    inspections, one per outcome, each to its strategic plan; only the weakest outcome's case
    asks for a priority action plan, and it opens a proposed monitoring inspection; the
    scenario's [framework_2023] settings date every milestone (notification 3 working days
    before, at 09:00 London). York's deferral request, made at notification, is refused and the
    case goes on. One JSON line per event, with its simulated, London and real times, in
    simulated-time order (a decision counts from the moment of Resume, however late its run
    records it: deployments/sim_events.py)."""
    events = simulate((SCENARIOS / "framework-2023-outcomes.toml").read_text(), tmp_path, timeout=400)
    assert events[-1]["event"] == "simulation_finished", events[-1]
    assert all({"sim", "london", "real", "case", "event", "key", "recipient"} <= set(e) for e in events)
    notified = next(e for e in events if e["event"] == "milestone" and e["case"] == "york")
    assert (notified["key"], notified["due"]) == ("notify_partnership", "2026-03-05T09:00:00+00:00")
    york = [(e["event"], e["key"]) for e in events if e["case"] == "york"]
    assert ("action", "defer") in york and ("action", "deferral") in york
    refusal = next(e for e in events if e["event"] == "decision" and e["key"].startswith("deferral-"))
    assert refusal["values"]["granted"] is False and refusal["by"] == "Ofsted and CQC"
    assert events[-1]["statuses"] == {
        "york": "published",
        "bury": "published",
        "kent": "published",
        "kent-monitoring": "proposed",
    }
    reached = [(e["case"], e["key"]) for e in events if e["event"] == "milestone"]
    assert len(reached) == len(set(reached))
    for case in ("york", "bury", "kent"):
        assert (case, "strategic_plan_due") in reached and (case, "surveys_open") in reached
    assert [c for c, key in reached if key == "pap_due"] == ["kent"]
    pap = {e["recipient"] for e in events if e["event"] == "message" and e["key"] == "pap_due"}
    assert any("kent" in r for r in pap) and len(pap) >= 4  # DCS, ICBs, DfE and NHS England advisers
    notices = [e for e in events if e["event"] == "message" and e["key"] == "publication_due"]
    assert {e["case"] for e in notices} == {"york", "bury", "kent"}

    # The register and the digest at the end: each area's inspection, its next one due (5 years
    # on for positive, 3 for the others, from the last on-site day, the window 6 months before;
    # Sat 10 Mar 2029 -> Mon 12), a year to the next engagement meeting, and Kent's monitoring
    # inspection 18 months after its final report, proposed.
    register = events[-1]["register"]
    expected = {
        "York": ("2026-03-10", "positive", "2030-09-10", "2031-03-10"),
        "Bury": ("2026-03-10", "inconsistent", "2028-09-11", "2029-03-12"),
        "Kent": ("2026-03-11", "widespread", "2028-09-11", "2029-03-12"),
    }
    for area, (on, outcome, window_from, due) in expected.items():
        entry = register[area]
        assert (entry["last"]["on"], entry["last"]["outcome"], entry["last"]["framework"]) == (
            on,
            outcome,
            "2023",
        )
        assert (entry["next_from"], entry["next_by"]) == (window_from, due) and entry["overdue"] == []
    assert register["York"]["next_engagement_by"] == "2027-03-10"
    final = next(
        e
        for e in events
        if e["event"] == "decision" and e["case"] == "kent" and e["key"] == "final_report_due"
    )
    received = dt.datetime.fromisoformat(final["london"]).date()
    by = get_calendar().add_months(received, 18)
    monitoring = f"monitoring inspection by {by} (case {events[-1]['case_ids']['kent-monitoring']})"
    assert register["Kent"]["planned"] == [monitoring] and register["York"]["planned"] == []
    assert events[-1]["digest_register"]["proposed"] == [{"area": "Kent", "what": monitoring}]
    assert events[-1]["digest_register"]["overdue_areas"] == []
