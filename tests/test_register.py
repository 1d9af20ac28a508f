"""The national register (tasks/register.py), the history a team imports to start from, and the
2023 framework's engagement meetings, on a real database (SQLite file and PostgreSQL). Dates
counted by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from models.areas import import_history, load_areas
from models.db import session_scope
from models.tables import AuditEntry, Case, PastInspection
from sendops.calendar import london_instant
from sendops.errors import SendopsError
from tasks.case_state import decision_opens, guard_problem
from tasks.register import Inspection, by_due, newest_first, register, register_markdown
from tests.casework import decide, make_case, reach, step

NOW = london_instant(dt.date(2026, 11, 24), dt.time(9))
GOOD = """area,date,framework,outcome
Leeds,2024-03-15,2023,widespread
Leeds,2025-05-06,2023,engagement
Camden,2019-11-14,2016,wsoa
Kent,2023-06-23,2023,positive
Kent,2018-02-09,2016,no_wsoa
"""


def _import(tmp_path, text: str, name: str = "history.csv") -> tuple[int, int]:
    path = tmp_path / name
    path.write_text(text)
    with session_scope() as session:
        load_areas(session=session)
        return import_history(session=session, path=path, actor="Ops Lead", now=NOW)


def _entries() -> dict[str, object]:
    with session_scope() as session:
        return {e.area: e for e in register(session=session, now=NOW)}


def test_imported_history_sets_each_areas_last_inspection_and_next_due(database, tmp_path):
    """The latest full inspection counts; a 2023 one dates the next from its outcome (widespread:
    about 3 years, i.e. 6 months either side of Mon 15 Mar 2027 ... by it; positive: 5 years); a
    2016 one, or none, leaves the first cycle's end, Fri 31 Dec 2027 (LGL). An engagement meeting
    held dates the next one a year on; one not held by then is overdue."""
    assert _import(tmp_path, GOOD) == (5, 0)
    entries = _entries()
    leeds, kent, camden, york = (entries[a] for a in ("Leeds", "Kent", "Camden", "York"))
    assert leeds.last == Inspection(dt.date(2024, 3, 15), "2023", "widespread", "imported")
    assert (leeds.next_from, leeds.next_by) == (dt.date(2026, 9, 15), dt.date(2027, 3, 15))
    assert leeds.next_engagement_by == dt.date(2026, 5, 6)  # a year after the meeting, not the inspection
    assert leeds.overdue == ("engagement meeting was due by 2026-05-06",)
    assert kent.last.on == dt.date(2023, 6, 23) and kent.next_by == dt.date(2028, 6, 23)
    assert kent.overdue == ("engagement meeting was due by 2024-06-24",)  # Sun 23 Jun -> Mon 24
    assert (camden.last.framework, camden.next_from, camden.next_by) == ("2016", None, dt.date(2027, 12, 31))
    assert york.last is None and york.next_by == dt.date(2027, 12, 31) and york.overdue == ()
    assert len(entries) == 153
    assert [e.area for e in by_due(list(entries.values()))][:2] == ["Leeds", "Kent"]  # overdue first
    assert [e.area for e in newest_first(list(entries.values()))][:3] == ["Leeds", "Kent", "Camden"]
    table = register_markdown(newest_first(list(entries.values())))
    assert "| Leeds | Yorkshire and The Humber | 2024-03-15 (2023) widespread, imported |" in table
    with session_scope() as session:
        (entry,) = session.exec(select(AuditEntry).where(AuditEntry.action == "import_history")).all()
    assert entry.actor == "Ops Lead" and entry.details["added"] == 5

    # Imported again with one outcome corrected: nothing doubles, the change is counted.
    assert _import(tmp_path, GOOD.replace("2023,positive", "2023,inconsistent")) == (0, 1)
    assert _entries()["Kent"].next_by == dt.date(2026, 6, 23)


BAD_ROWS = [
    ("Leeds,2024-02-30,2023,positive", "date: '2024-02-30' is not a date"),
    ("Leeds,2024-03-16,2023,positive", "date: 2024-03-16 is a Saturday"),
    ("Leeds,2024-12-25,2023,positive", "date: 2024-12-25 is a bank holiday (Christmas Day)"),
    (
        "Leeds,2022-06-10,2023,positive",
        "date: 2022-06-10 is outside the 2023 framework's inspections (2023-01-01 to today)",
    ),
    (
        "Leeds,2022-06-10,2016,wsoa",
        "date: 2022-06-10 is outside the 2016 framework's inspections (2016-05-01 to 2022-04-30)",
    ),
    ("Leeds,2027-03-15,2023,positive", "date: 2027-03-15 is outside the 2023 framework's inspections"),
    ("Leeds,2024-03-15,2023,good", "outcome: 'good' is not a 2023 outcome (positive, inconsistent"),
    ("Leeds,2019-03-15,2016,positive", "outcome: 'positive' is not a 2016 outcome (wsoa, no_wsoa)"),
    ("Leeds,2024-03-15,2020,positive", "framework: '2020' is not 2016 or 2023"),
    ("Atlantis,2024-03-15,2023,positive", "area: unknown local area 'Atlantis'"),
    ("Leeds,2024-03-15,2023,=1+1", "outcome: looks like a spreadsheet formula"),
    ("@SUM(A1),2024-03-15,2023,positive", "area: looks like a spreadsheet formula"),
    ("Leeds,2024-03-15,2023,", "outcome: missing"),
    ("Leeds,2024-03-15,2023,positive,extra", "expected 4 columns"),
    ("Leeds,2024-03-15", "expected 4 columns"),
    ("Le\x07eds,2024-03-15,2023,positive", "area: has a control character"),
    ("Leeds,2023-06-23,2023,positive", "repeats line 2"),
]


@pytest.mark.parametrize("row, problem", BAD_ROWS, ids=[p for _, p in BAD_ROWS])
def test_a_bad_row_names_its_line_and_nothing_is_imported(database, tmp_path, row, problem):
    text = "area,date,framework,outcome\nLeeds,2023-06-23,2023,positive\n" + row + "\n"
    with pytest.raises(SendopsError) as raised:
        _import(tmp_path, text)
    assert f"history.csv:3: {problem}" in str(raised.value)
    assert str(raised.value).startswith("nothing imported:")
    with session_scope() as session:
        assert session.exec(select(PastInspection)).all() == []
        assert session.exec(select(AuditEntry).where(AuditEntry.action == "import_history")).all() == []


def test_a_wrong_header_or_empty_file_is_refused(database, tmp_path):
    with pytest.raises(SendopsError, match="header must be area,date,framework,outcome, not area,when"):
        _import(tmp_path, "area,when\nLeeds,2024-03-15\n")
    with pytest.raises(SendopsError, match="no rows"):
        _import(tmp_path, "area,date,framework,outcome\n")


def test_an_engagement_meeting_is_arranged_reminded_held_and_the_next_proposed(database, tmp_path):
    """Arranged 15 working days before (configurable; Thu 4 Nov 2027 -> Thu 14 Oct), reminded 2
    working days before (Tue 2 Nov), recorded held only from the meeting's day; then the next is
    proposed a year on (Fri 4 Nov 2028 -> the register shows it, to confirm), and the area's
    next engagement is dated from the meeting."""
    day = dt.date(2027, 11, 4)
    case_id = make_case(tmp_path, kind="engagement-2023", start=day, days=1, weaknesses=())
    now, reached = london_instant(dt.date(2027, 10, 1), dt.time(8)), []
    for _ in range(10):
        s = step(case_id, now)
        if s.kind == "finished":
            break
        if s.kind == "wait":
            now = s.due
        elif s.kind == "reach":
            reach(case_id, s.key, now)
            reached.append((s.key, now))
        else:
            with session_scope() as session:
                case = session.get(Case, case_id)
                early = london_instant(dt.date(2027, 11, 3), dt.time(16))
                assert "2027" in (guard_problem(case=case, key=s.key, values={}, now=early) or "")
                now = decision_opens(case=case, key=s.key)
            assert decide(case_id, s.key, s.decision, {"decided_by": "Ann HMI"}, now) is True
            reached.append((s.key, now))
    assert [(k, t) for k, t in reached] == [
        ("arrange_engagement", london_instant(dt.date(2027, 10, 14), dt.time(9))),
        ("engagement_reminder", london_instant(dt.date(2027, 11, 2), dt.time(9))),
        ("engagement_meeting", london_instant(day, dt.time(0))),
    ]
    with session_scope() as session:
        case = session.get(Case, case_id)
        (proposal,) = session.exec(select(Case).where(Case.status == "proposed")).all()
        entry = next(e for e in register(session=session, now=now) if e.area == "Camden")
    assert case.status == "held" and s.final_state == "Held"
    assert (proposal.kind, proposal.start) == ("engagement-2023", dt.date(2028, 11, 6))  # Sat 4 -> Mon 6
    assert entry.planned == (f"engagement meeting by 2028-11-06 (case {proposal.id})",)
    assert entry.next_engagement_by == dt.date(2028, 11, 6) and entry.overdue == ()
