"""Runs holding in a worker's threads until their instant (flows/waiting.py): watched together by
one query, woken early by an operator's action on their case, and, released at the same instant,
each records what was due before any goes on to its slower work. On a real database (SQLite file
and PostgreSQL), without Prefect: the hold is plain threads."""

from __future__ import annotations

import threading
import time

from flows.waiting import HOLD_CHECK_SECONDS, YIELD_SECONDS, _Holds
from models.db import session_scope
from models.queries import audit
from tests.casework import T0


def _act_on(case_id: int) -> None:
    with session_scope() as session:
        audit(session=session, at=T0, actor="Ops", action="deferral_requested", case_id=case_id)


def test_a_hold_ends_at_its_instant_or_when_someone_acts_on_the_case(case_id):
    holds = _Holds()
    t0 = time.monotonic()
    holds.hold(case_id, 1.2)  # nobody acts: the whole hold
    assert time.monotonic() - t0 >= 1.2

    ended = []
    held = threading.Thread(target=lambda: (holds.hold(case_id, 30), ended.append(time.monotonic())))
    t0 = time.monotonic()
    held.start()
    time.sleep(HOLD_CHECK_SECONDS)
    _act_on(case_id)
    held.join(timeout=10)
    assert ended and ended[0] - t0 < 10, "the hold did not end when the case was acted on"


def test_runs_released_at_one_instant_record_theirs_before_any_goes_on(case_id):
    """A and B are released at (about) the same instant; A has reached its milestone, B not yet: A waits
    for B (bounded by YIELD_SECONDS), so B's milestone is recorded before A delivers anything."""
    holds = _Holds()
    order: list[str] = []
    b_reaches = threading.Event()

    def a() -> None:
        holds.hold(case_id, 0.4)  # released just after B (both long before either goes on)
        holds.yield_to_reaching()
        order.append("A goes on")

    def b() -> None:
        holds.hold(case_id, 0.2)
        b_reaches.wait(timeout=30)
        order.append("B reached")
        holds.yield_to_reaching()

    threads = [threading.Thread(target=a), threading.Thread(target=b)]
    for thread in threads:
        thread.start()
    time.sleep(1.0)
    assert order == []  # A waits while B, released with it, has not reached
    b_reaches.set()
    for thread in threads:
        thread.join(timeout=10)
    assert order == ["B reached", "A goes on"]


def test_one_released_that_never_reports_holds_the_others_a_few_seconds_at_most():
    """Its run failed between its release and its milestone: the others wait YIELD_SECONDS."""
    holds = _Holds()
    stuck = threading.Thread(target=holds.hold, args=(0, 0.0))  # too short to look at the database
    stuck.start()
    stuck.join()
    t0 = time.monotonic()
    holds.yield_to_reaching()
    assert time.monotonic() - t0 <= YIELD_SECONDS + 1


def test_a_run_is_never_started_so_early_that_its_hold_outlasts_its_time_limit(case_id, monkeypatch):
    """The lead (how early a waiting run is started, to hold until its instant) is at most half
    the run's time limit, however many cases are due with it: else a run started early for a
    burst would be failed by its own limit while it held."""
    import datetime as dt

    from flows.waiting import LEAD_SECONDS, lead_seconds
    from sendops.clock import Clock

    due = T0 + dt.timedelta(days=3)
    assert lead_seconds(due, Clock.parse("real")) == LEAD_SECONDS  # one case: the least lead
    monkeypatch.setenv("SENDOPS_RUN_TIME_LIMIT", "3")
    assert lead_seconds(due, Clock.parse("real")) == 1.5
