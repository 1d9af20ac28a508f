"""The 2023 framework's full inspection on a real database (SQLite file and PostgreSQL), without
Prefect: each of the three outcomes, through the same decisions an operator records, and what each
sets in motion (FRAMEWORK_2023.md §6). Dates counted by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from models.db import session_scope
from models.queries import milestones_of
from models.tables import ACTIVE_STATUSES, Case, OutboxMessage
from sendops.calendar import london_instant
from sendops.config import get_calendar
from sendops.errors import SendopsError
from tasks.decisions import validate_decision
from tasks.digest import digest_context
from tasks.register import Inspection, register
from tests.casework import T0, case_row, decide, make_case, reach, step

AREAS = ["Waiting times for assessment", "Joint commissioning of therapies"]


def _at(month, day, hour, year=2026):
    return london_instant(dt.date(year, month, day), dt.time(hour))


# Each decision when an operator records it: the outcome at the final feedback (Fri 30 Oct), the
# draft (Fri 27 Nov), the final report after the comments window (due Fri 11 Dec), publication.
WHEN = {
    "outcome": _at(10, 30, 16),
    "draft_sent": _at(11, 27, 10),
    "final_issued": _at(12, 14, 10),
    "published": _at(12, 15, 10),
}


def _inspection(tmp_path) -> int:
    return make_case(tmp_path, kind="full-2023", start=dt.date(2026, 10, 26), days=5, weaknesses=())


def run_2023(case_id: int, outcome: str, stop_after: str = "") -> list[str]:
    """Every step until the case finishes (or reaches `stop_after`); decisions as the flow records
    them, checked first."""
    now, reached = T0, []
    for _ in range(60):
        s = step(case_id, now)
        if s.kind == "finished" or stop_after in reached:
            return reached
        if s.kind == "wait":
            now = s.due
        elif s.kind == "reach":
            reach(case_id, s.key, now)
            reached.append(s.key)
        else:
            now = WHEN[s.decision]
            values = {"decided_by": "Ann HMI"}
            if s.decision == "outcome":
                values |= {"outcome": outcome, "areas_for_priority_action": AREAS}
            with session_scope() as session:
                values = validate_decision(session.get(Case, case_id), s.decision, values)
            assert decide(case_id, s.key, s.decision, values, now) is True
            reached.append(s.key)
    raise AssertionError("the case did not finish")


@pytest.mark.parametrize(
    "outcome, next_full, window_from, monitoring",
    [
        ("positive", "2031-10-30", "2031-04-30", None),  # about 5 years (C22 P3)
        ("inconsistent", "2029-10-30", "2029-04-30", None),  # about 3 years
        ("widespread", "2029-10-30", "2029-04-30", "2028-06-14"),  # + monitoring 18 months on
    ],
)
def test_each_outcome_sets_its_follow_ons_in_motion(
    database, tmp_path, outcome, next_full, window_from, monitoring
):
    """The outcome's wording and support, the next full inspection due (months after the last
    on-site day, Fri 30 Oct 2026), the strategic plan 30 working days after publication (Fri 29
    Jan 2027, Christmas and New Year excluded), and for the weakest outcome the priority action
    plan the same day and a proposed monitoring inspection 18 months after the final report
    (Mon 14 Dec 2026 + 18 months = Wed 14 Jun 2028), reviewing the areas for priority action."""
    case_id = _inspection(tmp_path)
    reached = run_2023(case_id, outcome)
    with session_scope() as session:
        case = session.get(Case, case_id)
        rows = {m.key: m for m in milestones_of(session=session, case=case)}
        proposals = session.exec(select(Case).where(Case.kind == "monitoring-2023")).all()
        pap = session.exec(select(OutboxMessage.role).where(OutboxMessage.milestone == "pap_due")).all()
    assert case.status == "published" and reached[-1] in ("strategic_plan_due", "pap_due")
    assert case.facts["outcome"] == outcome and case.facts["next_full_inspection_due"] == next_full
    assert case.facts["outcome_wording"].startswith(("The local area partnership", "There are widespread"))
    assert rows["strategic_plan_due"].due == london_instant(dt.date(2027, 1, 29), None)
    assert all(not m.late for m in rows.values())
    if monitoring is None:
        assert proposals == [] and "pap_due" not in rows and pap == []
    else:
        (proposal,) = proposals
        assert (proposal.status, proposal.start.isoformat()) == ("proposed", monitoring)
        assert proposal.weaknesses == AREAS and case.facts["monitoring_by"] == monitoring
        assert rows["pap_due"].due == rows["strategic_plan_due"].due
        assert sorted(pap) == ["ccg_icb", "ccg_icb", "dcs", "dfe_adviser", "nhse_adviser"]

    # The national register and the digest: the last inspection, the next due inside its window of
    # 6 months (configurable), the next engagement meeting a year on (Sat 30 Oct 2027 -> Mon 1
    # Nov), and the monitoring inspection proposed, for an operator to confirm.
    now = WHEN["published"]
    with session_scope() as session:
        (entry,) = [e for e in register(session=session, now=now) if e.area == "Camden"]
        digest = digest_context(session=session, now=now, calendar=get_calendar(), days=5)
    assert entry.last == Inspection(dt.date(2026, 10, 30), "2023", outcome, f"case {case_id}")
    assert (entry.next_from.isoformat(), entry.next_by.isoformat()) == (window_from, next_full)
    assert entry.next_engagement_by == dt.date(2027, 11, 1) and entry.overdue == ()
    planned = [f"monitoring inspection by {monitoring} (case {p.id})" for p in proposals]
    assert list(entry.planned) == planned
    assert digest["register"]["proposed"] == [{"area": "Camden", "what": p} for p in planned]
    assert digest["register"]["overdue_areas"] == [] and digest["register"]["areas"] == 153


def test_a_case_is_final_only_once_its_run_has_nothing_left(database, tmp_path):
    """The strategic plan and the priority action plan are due the same day; the case stays active
    between the two, so that a run that stops there is one the recovery restarts (it restarts
    active cases only), and is published once the second is reached (found by bench_faults)."""
    case_id = _inspection(tmp_path)
    assert run_2023(case_id, "widespread", stop_after="strategic_plan_due")[-1] == "strategic_plan_due"
    assert case_row(case_id).status == "following_up" and case_row(case_id).status in ACTIVE_STATUSES
    s = step(case_id, WHEN["published"] + dt.timedelta(days=60))
    assert (s.kind, s.key) == ("reach", "pap_due")
    reach(case_id, "pap_due", s.due)
    assert step(case_id, s.due).kind == "finished" and case_row(case_id).status == "published"


def test_an_outcome_outside_the_three_or_without_its_areas_is_refused(database, tmp_path):
    """The outcome is one of the three published ones; the weakest needs the areas for priority
    action, which its monitoring inspection reviews."""
    case_id = _inspection(tmp_path)
    with session_scope() as session:
        case = session.get(Case, case_id)
    with pytest.raises(
        SendopsError, match="outcome: Input should be 'positive', 'inconsistent' or 'widespread'"
    ):
        validate_decision(case, "outcome", {"decided_by": "Ann HMI", "outcome": "good"})
    with pytest.raises(SendopsError, match="areas_for_priority_action: the widespread outcome"):
        validate_decision(case, "outcome", {"decided_by": "Ann HMI", "outcome": "widespread"})
    assert (
        validate_decision(case, "outcome", {"decided_by": "A", "outcome": "positive"})["outcome"]
        == "positive"
    )


def test_a_scenario_confirms_a_monitoring_inspection_on_its_proposed_date(database, tmp_path):
    """`revisit_confirm` with `start = "proposed"` (the national programme's scenario) starts on
    the proposal's date, or on the first working day after it if that is not one (the proposal
    moved to Sat 24 Jun 2028 by an operator: Mon 26 Jun)."""
    from deployments.sim_actions import Ctx, _proposed_start

    run_2023(_inspection(tmp_path), "widespread")
    with session_scope() as session:
        (proposal,) = session.exec(select(Case).where(Case.kind == "monitoring-2023")).all()
    ctx = Ctx(case_id=proposal.id, clock=None, stack=None)
    assert _proposed_start(ctx) == dt.date(2028, 6, 14)
    with session_scope() as session:
        session.get(Case, proposal.id).start = dt.date(2028, 6, 24)
    assert _proposed_start(ctx) == dt.date(2028, 6, 26)
