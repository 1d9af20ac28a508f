"""A decision recorded after it was taken (the outcome given at the final feedback, typed in on the
next working day) is dated when it was taken, by its form's `decided_at`: the milestone it closes
is on time and later deadlines count from it; the audit keeps both moments. A moment in the
future, before the case's rules allow the decision or before its previous decision is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from models.db import session_scope
from models.queries import milestones_of
from models.tables import AuditEntry, Case, Decision
from sendops.calendar import london_instant, to_london
from sendops.errors import SendopsError
from tasks.decisions import decided_moment, validate_decision
from tasks.follow_ons import record_decision_with_follow_ons
from tests.casework import DECISIONS, T0, case_row, decide, decision_opens, make_case, reach, step


def _to_outcome(case_id: int) -> tuple[dt.datetime, str]:
    """Drive the re-visit to its outcome decision; returns when it opens and its milestone key."""
    now = T0
    for _ in range(40):
        s = step(case_id, now)
        if s.kind == "wait":
            now = s.due
        elif s.kind == "reach":
            reach(case_id, s.key, now)
        elif s.decision == "outcome":
            return decision_opens(case=case_row(case_id), key=s.key), s.key
        else:
            now += dt.timedelta(hours=2)
            assert decide(case_id, s.key, s.decision, DECISIONS[s.decision], now)
    raise AssertionError("the case never asked for its outcome")


def _record(case_id: int, key: str, values: dict, recorded: dt.datetime) -> bool:
    """As the case flow records a submission: checked, dated, then recorded."""
    checked = validate_decision(case_row(case_id), "outcome", values)
    with session_scope() as session:
        return record_decision_with_follow_ons(
            session=session,
            case_id=case_id,
            key=key,
            decision="outcome",
            values=checked,
            now=decided_moment(checked, recorded),
            recorded_at=recorded,
        )


def test_an_outcome_typed_in_days_later_is_dated_at_the_feedback(database, tmp_path):
    case_id = make_case(tmp_path)
    opens, key = _to_outcome(case_id)
    feedback = to_london(opens).date()  # the last on-site day
    recorded = london_instant(feedback + dt.timedelta(days=3), dt.time(9, 30))  # the next Monday
    values = {**DECISIONS["outcome"], "decided_at": f"{feedback} 16:00"}
    assert _record(case_id, key, values, recorded) is True
    with session_scope() as session:
        decision = session.exec(select(Decision).where(Decision.key == key)).one()
        case = session.get(Case, case_id)
        milestone = next(m for m in milestones_of(session=session, case=case) if m.key == key)
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "decide_outcome")).one()
    assert decision.decided_at == london_instant(feedback, dt.time(16))
    assert (milestone.status, milestone.late) == ("done", False)
    assert entry.at == recorded and entry.details["decided_at"] == decision.decided_at.isoformat()


@pytest.mark.parametrize(
    ("decided_at", "problem"),
    [
        ("Friday 4pm", "decided_at: give the moment as YYYY-MM-DD HH:MM in London time, not 'Friday 4pm'"),
        ("2026-04-01T16:00+01:00", "decided_at: give the moment as YYYY-MM-DD HH:MM in London time"),
    ],
)
def test_a_decided_at_that_is_not_a_london_moment_is_refused(database, tmp_path, decided_at, problem):
    case_id = make_case(tmp_path)
    with pytest.raises(SendopsError, match=problem):
        validate_decision(case_row(case_id), "outcome", {**DECISIONS["outcome"], "decided_at": decided_at})


def test_a_decision_dated_in_the_future_before_its_rules_or_before_the_last_one_is_refused(
    database, tmp_path
):
    case_id = make_case(tmp_path)
    opens, key = _to_outcome(case_id)
    recorded = opens + dt.timedelta(hours=10)
    later = {
        **DECISIONS["outcome"],
        "decided_at": f"{to_london(recorded + dt.timedelta(hours=1)):%Y-%m-%d %H:%M}",
    }
    with pytest.raises(SendopsError, match="decided_at: .* is after the moment it is recorded"):
        _record(case_id, key, later, recorded)
    early = {
        **DECISIONS["outcome"],
        "decided_at": f"{to_london(opens - dt.timedelta(minutes=1)):%Y-%m-%d %H:%M}",
    }
    with pytest.raises(SendopsError, match="the outcome decision can be recorded from"):
        _record(case_id, key, early, recorded)
    with session_scope() as session:
        assert session.exec(select(Decision).where(Decision.key == key)).first() is None
    assert _record(case_id, key, {**DECISIONS["outcome"], "decided_at": ""}, recorded) is True
    # The next decision cannot be dated before this one.
    s = step(case_id, recorded)
    assert s.kind == "decide" and s.decision == "draft_sent"
    before = {
        **DECISIONS["draft_sent"],
        "decided_at": f"{to_london(recorded - dt.timedelta(hours=1)):%Y-%m-%d %H:%M}",
    }
    checked = validate_decision(case_row(case_id), "draft_sent", before)
    with session_scope() as session, pytest.raises(SendopsError, match="before the case's previous decision"):
        record_decision_with_follow_ons(
            session=session,
            case_id=case_id,
            key=s.key,
            decision="draft_sent",
            values=checked,
            now=decided_moment(checked, recorded + dt.timedelta(hours=2)),
        )


def test_simulates_people_decide_when_the_case_asks_on_a_clock_that_waits_for_nothing(database, tmp_path):
    """`sendops simulate` dates a scripted decision when the case would have asked for it had
    nothing (simulate, the Prefect server, the run) taken any time: the outcome when the last
    on-site day begins, however late its run asked; the draft the moment the outcome was taken;
    a scripted `at` when that is later."""
    from deployments.sim_actions import Action, Ctx, _asked_at
    from sendops.clock import Clock
    from tasks.runs import RunState

    case_id = make_case(tmp_path)
    opens, key = _to_outcome(case_id)
    late = opens + dt.timedelta(days=3)  # its run asked three days after it could
    ctx = Ctx(case_id=case_id, clock=Clock(), stack=None)
    outcome = Action(case="camden", action="decide", by="Ann HMI", params={"decision": "outcome"})
    assert _asked_at(outcome, ctx, RunState("PAUSED", "Suspended", "onsite-ends", None, "", late)) == opens
    taken = opens + dt.timedelta(hours=16, seconds=0.4)
    assert _record(
        case_id, key, {**DECISIONS["outcome"], "decided_at": f"{to_london(taken):%Y-%m-%d %H:%M:%S}"}, late
    )
    s = step(case_id, late)
    draft = Action(case="camden", action="decide", by="QA lead", params={"decision": "draft_sent"})
    state = RunState("PAUSED", "Suspended", s.key.replace("_", "-"), None, "", late + dt.timedelta(days=2))
    assert _asked_at(draft, ctx, state) == taken.replace(microsecond=0)
    draft.at = late + dt.timedelta(days=1)
    assert _asked_at(draft, ctx, state) == draft.at
