"""The stored schedule is the record of a case's dates (issue 8): when the calendar changes under
a case (a closure day added to sendops.toml mid-case), its pending milestones move, each change
is audited before and after, and whoever was sent a timetable gets a correction with the new one.
On a real database (SQLite file and PostgreSQL), without Prefect."""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from models.db import session_scope
from models.tables import AuditEntry, OutboxMessage
from sendops.calendar import london_instant
from tasks.outbox_actions import send_copy
from tasks.reschedule import reschedule_active_cases
from tests.casework import T0, reach, run_to_publication, step


def _rows(case_id: int) -> dict:
    from models.queries import milestones_of
    from models.tables import Case

    with session_scope() as session:
        return {m.key: m for m in milestones_of(session=session, case=session.get(Case, case_id))}


def _corrections() -> list[OutboxMessage]:
    with session_scope() as session:
        query = select(OutboxMessage).where(OutboxMessage.template == "timetable_correction")
        return list(session.exec(query).all())


def _audits() -> list[AuditEntry]:
    with session_scope() as session:
        return list(session.exec(select(AuditEntry).where(AuditEntry.action == "case_rescheduled")).all())


def test_a_closure_day_added_mid_case_moves_its_dates_and_corrects_the_timetables(case_id, monkeypatch):
    """A re-visit on site from Mon 30 Mar 2026, notified on day -10 (Mon 16 Mar, 09:00) with its
    timetable: the survey opens on day -5, Mon 23 Mar at 12:00. A closure day on Tue 24 Mar is
    then added: day -5 is Fri 20 Mar."""
    first = step(case_id, T0)
    assert first.key == "notify_local_area"
    reach(case_id, first.key, first.due)
    assert _rows(case_id)["survey_opens"].due == london_instant(dt.date(2026, 3, 23), dt.time(12))
    assert step(case_id, first.due).kind == "reach" and _audits() == []  # nothing moved yet

    monkeypatch.setenv("SENDOPS_CLOSURE_DAYS", "2026-03-24")
    step(case_id, first.due)
    assert _rows(case_id)["survey_opens"].due == london_instant(dt.date(2026, 3, 20), dt.time(12))
    assert _rows(case_id)["notify_local_area"].due == first.due  # done: as it was
    (audited,) = _audits()
    assert audited.details["before"]["survey_opens"].startswith("2026-03-23T12:00")
    assert audited.details["after"]["survey_opens"].startswith("2026-03-20T12:00")
    corrections = _corrections()
    assert {m.role for m in corrections} == {"dcs"}  # who was sent the timetable
    (dcs,) = corrections
    assert (
        "Online survey for parents goes live: Friday 20 March 2026, 12:00 GMT (was Monday 23 March"
        in dcs.body
    )
    assert (
        "Reason: Ofsted's working days changed (an office closure day)" in dcs.body
        and dcs.ics
        and "DTSTART:20260320T120000Z" in dcs.ics
    )

    step(case_id, first.due)  # again: nothing more moves, nothing more is sent
    assert len(_audits()) == 1 and len(_corrections()) == 1
    assert reschedule_active_cases(now=first.due) == []


def test_before_any_timetable_went_out_a_move_is_audited_only(case_id, monkeypatch):
    monkeypatch.setenv("SENDOPS_CLOSURE_DAYS", "2026-03-24")
    moved = reschedule_active_cases(now=T0)
    assert [case for case, _ in moved] == [case_id]
    assert len(_audits()) == 1 and _corrections() == []
    assert _rows(case_id)["survey_opens"].due == london_instant(dt.date(2026, 3, 20), dt.time(12))


def test_letters_give_the_stored_dates_not_ones_recomputed_later(case_id, monkeypatch):
    """A published case is not rescheduled: its dates are the ones it ran on. A copy of its
    notification, sent after a closure day was added inside its timetable, gives those dates (the
    survey opened on Mon 23 Mar), as the original did, not a timetable recomputed today."""
    run_to_publication(case_id)
    monkeypatch.setenv("SENDOPS_CLOSURE_DAYS", "2026-03-24")
    assert send_copy(case_id=case_id, key="notify_local_area", role="dfe_adviser", actor="HMCI", now=T0) == 1
    with session_scope() as session:
        original, copy = session.exec(
            select(OutboxMessage)
            .where(OutboxMessage.template == "notify_local_area")
            .order_by(OutboxMessage.id)
        ).all()
    survey = "Monday 23 March 2026, 12:00 GMT (day -5): Online survey for parents goes live"
    assert survey in original.body and survey in copy.body

    def dates(ics: str) -> list[str]:  # DTSTAMP is when each was written
        return [line for line in ics.splitlines() if line.startswith(("DTSTART", "DTEND"))]

    # the copy also has what was dated since (the comments window, from the draft)
    assert set(dates(original.ics)) < set(dates(copy.ics)) and "DTSTART:20260323T120000Z" in copy.ics
