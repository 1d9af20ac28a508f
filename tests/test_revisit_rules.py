"""A re-visit's own rules after its feedback (RV), on a real database (SQLite file and
PostgreSQL), without Prefect: other significant weaknesses it finds go to the DfE and NHS England
and into the letter, with no new WSOA (RV purpose; RV the re-visit letter); and there is no further
re-visit of an area unless the Secretary of State directs it (RV after the re-visit)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlmodel import select

from models.db import session_scope
from models.queries import get_area, milestones_of
from models.tables import AuditEntry, Case, OutboxMessage
from sendops.clock import Clock
from sendops.config import get_timeline
from sendops.errors import SendopsError
from tasks.decisions import validate_decision
from tasks.operator import schedule_case
from tasks.revisit_proposals import further_revisit
from tests.casework import DECISIONS, T0, case_row, make_case, run_to_publication, snapshot

CONCERN = "Waiting times for neurodevelopmental assessment"


def _messages(case_id: int, milestone: str) -> list[OutboxMessage]:
    with session_scope() as session:
        query = select(OutboxMessage).where(
            OutboxMessage.case_id == case_id, OutboxMessage.milestone == milestone
        )
        return list(session.exec(query).all())


def test_other_weaknesses_found_are_told_to_the_dfe_and_nhs_england(case_id):
    """The outcome form takes them (one per line); the next working day at 09:00 after the last
    on-site day (or at once if recorded later) the DfE and NHS England advisers are told, and the
    final letter refers to them; no WSOA is opened."""
    with session_scope() as session:
        values = validate_decision(
            session.get(Case, case_id),
            "outcome",
            {"decided_by": "Ann HMI", "weakness_1": True, "other_concerns": [CONCERN]},
        )
    assert values["other_concerns"] == [CONCERN] and values["weakness_2"] is False
    reached, _ = run_to_publication(case_id, {**DECISIONS, "outcome": values})
    assert reached.index("onsite_ends") < reached.index("concerns_reported") < reached.index("draft_sent")
    told = _messages(case_id, "concerns_reported")
    assert sorted(m.role for m in told) == ["dfe_adviser", "nhse_adviser"]
    assert all(
        CONCERN in m.body and "not re-visit again unless the Secretary of State" in m.body for m in told
    )
    assert all(CONCERN in m.body for m in _messages(case_id, "final_letter_due"))
    with session_scope() as session:
        row = next(
            m for m in milestones_of(session=session, case=case_row(case_id)) if m.key == "concerns_reported"
        )
        wsoas = session.exec(select(Case).where(Case.kind == "wsoa")).all()
    # Wed 1 Apr 2026 was the last on-site day; Thu 2 Apr 09:00 BST.
    assert row.due == dt.datetime(2026, 4, 2, 8, 0, tzinfo=dt.UTC) and wsoas == []
    assert case_row(case_id).facts["other_concerns"] == [CONCERN]


def test_without_other_weaknesses_nobody_else_is_told(case_id):
    reached, _ = run_to_publication(case_id)
    assert "concerns_reported" not in reached and _messages(case_id, "concerns_reported") == []
    assert "Waiting times" not in _messages(case_id, "final_letter_due")[0].body
    assert get_timeline("revisit").milestone("concerns_reported").only_if == "other_concerns"


def test_no_further_revisit_unless_the_secretary_of_state_directs_it(database, tmp_path):
    """A second re-visit of an area is refused without the direction, changing nothing; a
    direction for a first re-visit, or for another kind, is refused too."""
    first = make_case(tmp_path)
    with session_scope() as session:
        session.get(Case, first).status = "published"
    clock = Clock(speed=1, sim_epoch=T0, real_epoch=time.time())
    before = snapshot(database)
    with pytest.raises(
        SendopsError, match=rf"Camden was re-visited \(case {first}, on site from 2026-03-30\)"
    ):
        schedule_case(
            kind="revisit",
            area="Camden",
            start=dt.date(2026, 6, 1),
            days=2,
            lead_hmi="A",
            weaknesses=["EHC plans"],
            actor="Ops",
            clock=clock,
        )
    assert snapshot(database) == before
    with session_scope() as session:
        camden = get_area(session=session, name="Camden").id
        leeds = get_area(session=session, name="Leeds").id
        direction = further_revisit(
            session=session, kind="revisit", area_id=camden, case_id=None, direction=" SoS/2026/14 "
        )
        assert direction == "SoS/2026/14"
        with pytest.raises(SendopsError, match="Leeds has had no re-visit: only a further one needs"):
            further_revisit(session=session, kind="revisit", area_id=leeds, case_id=None, direction="SoS/1")
        with pytest.raises(SendopsError, match="is for a further re-visit, not a full-2023"):
            further_revisit(session=session, kind="full-2023", area_id=leeds, case_id=None, direction="SoS/1")
        assert (
            further_revisit(session=session, kind="revisit", area_id=leeds, case_id=None, direction="") == ""
        )
        # A withdrawn or proposed re-visit is not one that took place.
        session.get(Case, first).status = "withdrawn"
        assert (
            further_revisit(session=session, kind="revisit", area_id=camden, case_id=None, direction="") == ""
        )
        assert session.exec(select(AuditEntry).where(AuditEntry.action == "schedule_case")).all() == []
