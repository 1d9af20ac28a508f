"""Runs holding in a worker's threads until their instant (tasks/holds.py): watched together by
one query, woken early by an operator's action on their case, and, released at the same instant,
each records what was due before any goes on to its slower work. On a real database (SQLite file
and PostgreSQL), without Prefect: the hold is plain threads."""

from __future__ import annotations

import threading
import time

from models.db import session_scope
from models.queries import audit
from tasks.holds import HOLD_CHECK_SECONDS, YIELD_SECONDS, Holds
from tests.casework import T0


def _act_on(case_id: int) -> None:
    with session_scope() as session:
        audit(session=session, at=T0, actor="Ops", action="deferral_requested", case_id=case_id)


def test_a_hold_ends_at_its_instant_or_when_someone_acts_on_the_case(case_id):
    holds = Holds()
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
    holds = Holds()
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
    holds = Holds()
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


def _outbox(case_id: int) -> list[tuple]:
    from sqlmodel import select

    from models.tables import OutboxMessage

    with session_scope() as session:
        rows = session.exec(select(OutboxMessage).where(OutboxMessage.case_id == case_id)).all()
        return sorted((m.key, m.recipient_email, m.subject, m.body, m.html, m.created_at) for m in rows)


def test_a_milestone_prepared_before_its_instant_writes_what_it_would_have_written_then(tmp_path, database):
    """Two identical cases: one reaches day -10 as before (its letters written at the instant),
    the other with its letters prepared ahead of it (tasks/steps.reach_due holding until the
    instant): the same rows, recipients, subjects and bodies, dated when they were recorded; the
    timetable's issue stamp is the instant it was prepared for."""
    import datetime as dt

    from tasks.case_state import prepare_milestone, reach_milestone
    from tests.casework import make_case, step

    fresh, ahead = make_case(tmp_path), make_case(tmp_path)
    first = step(fresh, T0)
    assert first.kind == "wait" and first.reaches and step(ahead, T0) == first
    at, late = first.due, first.due + dt.timedelta(seconds=1)
    with session_scope(read_only=True) as session:
        prepared = prepare_milestone(session=session, case_id=ahead, key=first.key, at=at)
    assert prepared
    with session_scope() as session:
        assert reach_milestone(session=session, case_id=fresh, key=first.key, now=late)
        assert reach_milestone(session=session, case_id=ahead, key=first.key, now=late, prepared=prepared)

    def same(case_id):  # the two cases' own keys and references apart
        ours = (f"case-{case_id}/", f"SEND-{case_id:05d}/")
        return [
            tuple(str(v).replace(ours[0], "").replace(ours[1], "") for v in row) for row in _outbox(case_id)
        ]

    assert same(ahead) == same(fresh)
    assert all(created == late for *_, created in _outbox(ahead))
    with session_scope(read_only=True) as session:  # reached: nothing more to prepare
        assert prepare_milestone(session=session, case_id=ahead, key=first.key, at=at) is None


def test_an_action_on_the_area_ends_a_hold_as_one_on_the_case_does(case_id, tmp_path):
    """A held run's letters read the area's contacts: importing contacts (audited on no case)
    moves the mark a prepared milestone is checked against, and wakes the hold."""
    from models.areas import import_contacts
    from tasks.holds import last_action
    from tests.casework import contacts_csv

    holds = Holds()
    mark = last_action(case_id)
    ended = []
    held = threading.Thread(target=lambda: ended.append(holds.hold(case_id, 30, mark=mark)))
    held.start()
    time.sleep(HOLD_CHECK_SECONDS)
    with session_scope() as session:
        import_contacts(session=session, path=contacts_csv(tmp_path), actor="Ops", now=T0)
    held.join(timeout=10)
    assert ended == [False], "the hold did not end when the area's contacts changed"
    assert last_action(case_id) != mark


def test_a_milestone_held_for_is_not_recorded_if_someone_acts_during_the_hold(case_id, monkeypatch):
    """tasks/steps.reach_due holding for a milestone due in 2 real seconds: a deferral requested
    meanwhile ends the hold, the prepared letters are dropped, and nothing is written: the run
    plans again (here, before the instant, it would wait again)."""
    import datetime as dt

    from sendops.clock import Clock
    from tasks.steps import reach_due
    from tests.casework import outbox_keys, step

    first = step(case_id, T0)
    clock = Clock(speed=1.0, sim_epoch=first.due - dt.timedelta(seconds=2), real_epoch=time.time())
    monkeypatch.setenv("SENDOPS_CLOCK", clock.spec())
    acting = threading.Timer(HOLD_CHECK_SECONDS + 0.2, _act_on, args=(case_id,))
    acting.start()
    t0 = time.monotonic()
    assert reach_due.fn(case_id, first.key, first.due) == []
    assert time.monotonic() - t0 < 1.9, "the hold ran to its instant"
    acting.join()
    assert outbox_keys() == []
    assert step(case_id, clock.now()).kind == "wait"


def test_a_deferral_requested_between_the_plan_and_the_hold_is_not_held_through(case_id, monkeypatch):
    """The flow planned to wait for day -10; a deferral request lands before the task run that
    holds for it has started (its mark is taken after the request): the task run plans again,
    holds nothing and writes nothing, and the case then asks for the deferral decision. (Found by
    the Christmas rehearsal: the day -10 notices went out over a pending deferral.)"""
    import datetime as dt

    from models.tables import DeferralRequest
    from sendops.clock import Clock
    from tasks.steps import reach_due
    from tests.casework import outbox_keys, step

    first = step(case_id, T0)
    clock = Clock(speed=1.0, sim_epoch=first.due - dt.timedelta(seconds=2), real_epoch=time.time())
    monkeypatch.setenv("SENDOPS_CLOCK", clock.spec())
    with session_scope() as session:
        session.add(
            DeferralRequest(case_id=case_id, attempt=1, requested_by="DCS", requested_at=T0, reason="x")
        )
        audit(session=session, at=T0, actor="DCS", action="request_deferral", case_id=case_id)
    t0 = time.monotonic()
    assert reach_due.fn(case_id, first.key, first.due) == []
    assert time.monotonic() - t0 < 1.0, "it held for the milestone"
    time.sleep(max(0.0, clock.real_seconds_until(first.due)) + 0.1)
    assert outbox_keys() == []
    assert step(case_id, clock.now()).decision == "deferral"
