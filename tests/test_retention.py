"""Evidence retention (H§73; tasks/retention.py) on a real database (SQLite file and
PostgreSQL): six months after publication unless held, holds set and released by operators and
audited, a WSOA's hold automatic, deletion only when due, the monthly report."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from models.db import session_scope
from models.tables import AuditEntry, Case, Decision, OutboxMessage
from sendops.calendar import london_instant
from sendops.errors import SendopsError
from tasks.letters import render
from tasks.retention import (
    DELETED,
    delete_records,
    release_hold,
    report_context,
    report_day,
    retention_list,
    set_hold,
)
from tests.casework import make_case, run_to_publication
from tests.test_framework_2023 import run_2023

JULY = london_instant(dt.date(2027, 7, 1), dt.time(9))


def _published(tmp_path) -> tuple[int, int]:
    """A 2023 inspection published Tue 15 Dec 2026, and a re-visit (of a WSOA) published too."""
    inspection = make_case(tmp_path, kind="full-2023", start=dt.date(2026, 10, 26), days=5, weaknesses=())
    run_2023(inspection, "positive")
    revisit = make_case(tmp_path)
    run_to_publication(revisit)
    return inspection, revisit


def _retention(case_id: int):
    with session_scope() as session:
        return next(r for r in retention_list(session=session) if r.case_id == case_id)


def _do(function, **kwargs):
    with session_scope() as session:
        return function(session=session, **kwargs)


def test_records_are_kept_six_months_then_deleted_only_with_no_hold(database, tmp_path):
    inspection, revisit = _published(tmp_path)
    kept = _retention(inspection)
    assert (kept.published, kept.delete_from, kept.holds) == (dt.date(2026, 12, 15), dt.date(2027, 6, 15), ())
    assert _retention(revisit).holds[0].startswith("wsoa (automatic")  # H§73: a WSOA was required

    early = london_instant(dt.date(2027, 6, 14), dt.time(17))
    with pytest.raises(SendopsError, match="cannot be deleted: due for deletion from 2027-06-15"):
        _do(delete_records, case_id=inspection, actor="Ops Lead", now=early)
    with pytest.raises(SendopsError, match="cannot be deleted: held: wsoa"):
        _do(delete_records, case_id=revisit, actor="Ops Lead", now=JULY)

    # A complaint holds it; the hold and its release are audited, with who and why.
    for reason, note, problem in (
        ("gossip", "x", "unknown hold reason 'gossip'"),
        ("wsoa", "x", "a WSOA's hold is automatic"),
        ("complaint", " ", "say what the hold is for"),
    ):
        with pytest.raises(SendopsError, match=problem):
            _do(set_hold, case_id=inspection, reason=reason, note=note, actor="Ops Lead", now=early)
    _do(
        set_hold,
        case_id=inspection,
        reason="complaint",
        note="Complaint 2027/14",
        actor="Ops Lead",
        now=early,
    )
    assert _retention(inspection).state.startswith(
        "held: complaint: Complaint 2027/14 (Ops Lead, 2027-06-14)"
    )
    with pytest.raises(SendopsError, match="cannot be deleted: held: complaint"):
        _do(delete_records, case_id=inspection, actor="Ops Lead", now=JULY)
    with pytest.raises(SendopsError, match="has no 'litigation' hold to release"):
        _do(release_hold, case_id=inspection, reason="litigation", note="x", actor="Ops Lead", now=JULY)

    with session_scope() as session:
        report = report_context(session=session, now=JULY)
    assert [line["case"] for line in report["held"]] == [  # the soonest due first
        f"case {revisit} Camden (revisit, published 2026-04-18)",
        f"case {inspection} Camden (full-2023, published 2026-12-15)",
    ] and report["due"] == []

    _do(
        release_hold,
        case_id=inspection,
        reason="complaint",
        note="Complaint closed",
        actor="Ops Lead",
        now=JULY,
    )
    with session_scope() as session:
        report = report_context(session=session, now=JULY)
    assert [line["case"] for line in report["due"]] == [
        f"case {inspection} Camden (full-2023, published 2026-12-15)"
    ]
    text = render("retention_report", {**report, "recipient": {"name": "Ops", "role": "Ops"}}).text
    assert "Due for deletion (1)" in text and "Held (1)" in text and "H§73" in text

    counts = _do(delete_records, case_id=inspection, actor="Ops Lead", now=JULY)
    assert counts["messages"] > 0 and counts["decisions"] == 4
    with session_scope() as session:
        messages = session.exec(select(OutboxMessage).where(OutboxMessage.case_id == inspection)).all()
        kept_messages = session.exec(select(OutboxMessage).where(OutboxMessage.case_id == revisit)).all()
        decisions = session.exec(select(Decision).where(Decision.case_id == inspection)).all()
        case = session.get(Case, inspection)
        actions = session.exec(
            select(AuditEntry.action, AuditEntry.actor).where(AuditEntry.action.startswith("retention_"))
        ).all()
    assert {(m.body, m.recipient_email, m.ics) for m in messages} == {(DELETED, DELETED, None)}
    assert all(m.body != DELETED for m in kept_messages)
    assert all(d.values.get("reason", DELETED) == DELETED and d.decided_by for d in decisions)
    assert case.facts["records_deleted_on"] == "2027-07-01" and case.facts["outcome"] == "positive"
    assert _retention(inspection).state == "deleted on 2027-07-01"
    assert actions == [
        ("retention_hold", "Ops Lead"),
        ("retention_release", "Ops Lead"),
        ("retention_delete", "Ops Lead"),
    ]
    with pytest.raises(SendopsError, match="cannot be deleted: deleted on 2027-07-01"):
        _do(delete_records, case_id=inspection, actor="Ops Lead", now=JULY)


def test_an_unpublished_case_has_no_retention_yet(database, tmp_path):
    case_id = make_case(tmp_path)
    with pytest.raises(SendopsError, match="is not published: its records are kept while it runs"):
        _do(set_hold, case_id=case_id, reason="complaint", note="x", actor="Ops Lead", now=JULY)


@pytest.mark.parametrize(
    "today, day",
    [
        (dt.date(2027, 1, 20), dt.date(2027, 1, 4)),  # Fri 1 Jan New Year's Day, then a weekend
        (dt.date(2027, 5, 10), dt.date(2027, 5, 4)),  # Sat 1 May, Mon 3 May early May bank holiday
        (dt.date(2027, 6, 1), dt.date(2027, 6, 1)),  # a Tuesday
    ],
)
def test_the_monthly_report_is_written_on_the_months_first_working_day(today, day):
    assert report_day(today) == day
