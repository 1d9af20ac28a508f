"""A case's state machine on a real database (SQLite file and PostgreSQL), without Prefect."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import func, select

from models.areas import import_contacts, load_areas
from models.db import session_scope
from models.queries import milestones_of
from models.tables import AuditEntry, Case, Contact, Decision, DeferralRequest, LocalArea, OutboxMessage
from sendops.calendar import london_instant
from sendops.config import get_calendar
from sendops.errors import SendopsError
from sendops.specs import DRAFT_ROLES, TIMELINES
from tests.casework import DAY_MINUS_10, T0, decide, outbox_keys, reach, run_to_publication, step


def test_the_153_areas_load_once(database):
    """The shipped reference data loads all 153 English local areas, and loading again adds none."""
    with session_scope() as session:
        assert load_areas(session=session) == 153
    with session_scope() as session:
        assert load_areas(session=session) == 0
        assert session.exec(select(func.count()).select_from(LocalArea)).one() == 153


def test_case_waits_then_reaches_each_timed_milestone_once(case_id):
    """Before a deadline the case waits; at it, the milestone is reached once, however often replayed."""
    first = step(case_id, T0)
    assert (first.kind, first.key) == ("wait", "notify_local_area")
    assert first.due == london_instant(dt.date(2026, 3, 16), dt.time(9))
    at_nine = first.due
    assert step(case_id, at_nine).kind == "reach"
    assert reach(case_id, "notify_local_area", at_nine) is True
    assert reach(case_id, "notify_local_area", at_nine) is False  # a replay repeats nothing
    (key,) = outbox_keys()
    assert key.startswith(f"case-{case_id}/1/notify_local_area/")
    with session_scope() as session:
        assert session.get(Case, case_id).status == "notified"


def test_two_ccg_icb_chief_executives_each_get_one_message(case_id):
    """A milestone writes one outbox row per contact in each notified role (two ICB chief executives)."""
    due = london_instant(dt.date(2026, 3, 16), dt.time(9))
    for key in DAY_MINUS_10:
        reach(case_id, key, due)
    with session_scope() as session:
        roles = session.exec(select(OutboxMessage.role)).all()
    assert sorted(roles) == ["ccg_icb", "ccg_icb", "dcs", "lano", "lano", "pcf", "pcf"]


def test_a_revisit_runs_to_publication_with_decisions(case_id):
    """Timed milestones, then the outcome, draft, comments window, final letter and publication."""
    reached, s = run_to_publication(case_id)
    assert s.final_state == "Published"
    # concerns_reported only when the re-visit found other weaknesses (tests/test_revisit_rules.py)
    expected = [m.key for m in TIMELINES["revisit"].milestones if not m.only_if]
    assert reached == expected
    with session_scope() as session:
        case = session.get(Case, case_id)
        rows = {m.key: m for m in milestones_of(session=session, case=case)}
        assert case.status == "published"
        assert all(m.status == "done" for m in rows.values())
        # H§67: comments are due 10 working days after the day the draft was actually sent.
        sent = dt.date.fromisoformat(case.events["draft_sent"])
        assert rows["comments_due"].due == london_instant(get_calendar().add(sent, 10), None)
        restricted = session.exec(select(OutboxMessage).where(OutboxMessage.restricted)).all()
        assert restricted and {m.role for m in restricted} <= set(DRAFT_ROLES)
        assert all("RESTRICTED AND CONFIDENTIAL" in m.body for m in restricted)
        # The outcome recorded at feedback reaches the letters written later (RV: per weakness).
        published = session.exec(
            select(OutboxMessage).where(OutboxMessage.milestone == "publication_due")
        ).all()
        assert published and all("- Joint commissioning: insufficient progress" in m.body for m in published)
        actors = {a.actor for a in session.exec(select(AuditEntry)).all()}
        assert {"Ann HMI", "QA lead", "Publications"} <= actors
    keys = outbox_keys()
    assert len(keys) == len(set(keys))


def test_granted_deferral_cancels_pending_milestones(case_id):
    """A granted deferral sets the case deferred and cancels what had not happened yet."""
    nine = london_instant(dt.date(2026, 3, 16), dt.time(9))
    reach(case_id, "notify_local_area", nine)
    with session_scope() as session:
        session.add(
            DeferralRequest(case_id=case_id, attempt=1, requested_by="DCS", requested_at=nine, reason="flood")
        )
    s = step(case_id, nine)
    assert (s.kind, s.decision) == ("decide", "deferral")
    decide(
        case_id, s.key, "deferral", {"decided_by": "Ofsted and CQC", "granted": True, "reason": "flood"}, nine
    )
    assert step(case_id, nine).final_state == "Deferred"
    with session_scope() as session:
        case = session.get(Case, case_id)
        statuses = {m.key: m.status for m in milestones_of(session=session, case=case)}
        told = session.exec(
            select(OutboxMessage.role).where(OutboxMessage.milestone.like("deferral-%"))
        ).all()
    assert case.status == "deferred"
    assert statuses["notify_local_area"] == "done"
    assert {k for k, v in statuses.items() if v == "cancelled"} == set(statuses) - {"notify_local_area"}
    assert sorted(told) == ["ccg_icb", "ccg_icb", "dcs", "lano"]


def test_refused_deferral_lets_the_case_go_on(case_id):
    """A refused deferral is recorded and the case waits for its next deadline as before."""
    nine = london_instant(dt.date(2026, 3, 16), dt.time(9))
    for key in DAY_MINUS_10:
        reach(case_id, key, nine)
    with session_scope() as session:
        session.add(
            DeferralRequest(
                case_id=case_id, attempt=1, requested_by="DCS", requested_at=nine, reason="absence"
            )
        )
    s = step(case_id, nine)
    decide(case_id, s.key, "deferral", {"decided_by": "Ofsted and CQC", "granted": False}, nine)
    after = step(case_id, nine)
    assert (after.kind, after.key) == ("wait", "evidence_reminder")
    with session_scope() as session:
        assert session.get(Case, case_id).status == "notified"
        assert session.exec(select(DeferralRequest.status)).one() == "refused"


def test_contact_import_is_all_or_nothing(database, tmp_path):
    """A CSV with one bad row is rejected with the row's line number, and nothing is imported."""
    with session_scope() as session:
        load_areas(session=session)
    bad = tmp_path / "bad.csv"
    bad.write_text("area,role,name,email\nCamden,dcs,Dee,dee@camden.example.org\nNowhere,dcs,X,x@y.org\n")
    with (
        pytest.raises(SendopsError, match=r"bad.csv:3: unknown local area 'Nowhere'"),
        session_scope() as session,
    ):
        import_contacts(session=session, path=bad, actor="tester", now=T0)
    bad.write_text("area,role,name,email\nCamden,chair,Dee,dee@camden.example.org\n")
    with pytest.raises(SendopsError, match="unknown role 'chair'"), session_scope() as session:
        import_contacts(session=session, path=bad, actor="tester", now=T0)
    with session_scope() as session:
        assert session.exec(select(func.count()).select_from(Contact)).one() == 0
        assert session.exec(select(func.count()).select_from(AuditEntry)).one() == 0


def test_the_audit_log_is_append_only(case_id):
    """An audit entry cannot be edited or deleted through the models."""
    reach(case_id, "notify_local_area", london_instant(dt.date(2026, 3, 16), dt.time(9)))
    with pytest.raises(SendopsError, match="append-only"), session_scope() as session:
        entry = session.exec(select(AuditEntry)).first()
        entry.actor = "someone else"
    with pytest.raises(SendopsError, match="append-only"), session_scope() as session:
        session.delete(session.exec(select(AuditEntry)).first())
    with session_scope() as session:
        assert session.exec(select(AuditEntry.actor)).first() == "tester"


def _until_decision(case_id, decision, now):
    """Reach every timed milestone until the case asks for `decision`; the step and the time."""
    for _ in range(30):
        s = step(case_id, now)
        if s.kind == "decide" and s.decision == decision:
            return s, now
        if s.kind == "reach":
            reach(case_id, s.key, now)
        elif s.kind == "wait":
            now = s.due
        else:
            raise AssertionError(f"unexpected step {s}")
    raise AssertionError(f"the case never asked for {decision}")


def _london(day, hour):
    return london_instant(dt.date(2026, *day), dt.time(hour))


def test_the_outcome_is_asked_for_on_the_last_on_site_day_not_before(case_id):
    """The outcome is given at the final feedback (H§37-38, H§54; RV): on site Mon 30 Mar to
    Wed 1 Apr 2026, the case waits until Wednesday begins before asking for it, and a decision
    recorded on the Tuesday is refused, naming the day it can be."""
    tuesday = _london((3, 31), 15)
    s = step(case_id, tuesday)
    while s.kind == "reach":
        reach(case_id, s.key, tuesday)
        s = step(case_id, tuesday)
    assert (s.kind, s.key, s.due) == ("wait", "onsite_ends", _london((4, 1), 0))
    with pytest.raises(SendopsError, match=r"from Wednesday 1 April 2026 \(H§37-38; H§54"):
        decide(case_id, "onsite_ends", "outcome", {"decided_by": "Ann HMI"}, tuesday)
    s, now = _until_decision(case_id, "outcome", tuesday)
    assert now == _london((4, 1), 0) and s.key == "onsite_ends"
    with session_scope() as session:
        assert session.exec(select(func.count()).select_from(Decision)).one() == 0


def test_the_final_letter_waits_for_the_comments_window_unless_overridden(case_id):
    """A draft sent late (Wed 13 May, day 27): the comments window runs to Thu 28 May (10 working
    days, Spring bank holiday excluded, H§67), so the final letter cannot be issued on Fri 15 May
    without an override reason; with one it is, audited, and the comments reminder (due 26 May)
    is never sent after it."""
    s, now = _until_decision(case_id, "outcome", T0)
    decide(case_id, s.key, "outcome", {"decided_by": "Ann HMI", "weakness_1": True}, _london((4, 1), 16))
    s, _ = _until_decision(case_id, "draft_sent", _london((4, 1), 16))
    decide(case_id, s.key, "draft_sent", {"decided_by": "QA lead"}, _london((5, 13), 10))
    s, now = _until_decision(case_id, "final_issued", _london((5, 13), 10))
    assert s.key == "final_letter_due" and now == _london((5, 13), 10)
    early = _london((5, 15), 10)
    with pytest.raises(SendopsError, match=r"from Thursday 28 May 2026 \(after the end of that day\)"):
        decide(case_id, s.key, "final_issued", {"decided_by": "QA lead"}, early)
    values = {"decided_by": "QA lead", "override_reason": "The LA sent its comments early"}
    assert decide(case_id, s.key, "final_issued", values, early) is True
    s, now = _until_decision(case_id, "published", early)
    assert now == early
    with session_scope() as session:
        rows = {m.key: m.status for m in milestones_of(session=session, case=session.get(Case, case_id))}
        (override,) = session.exec(select(AuditEntry).where(AuditEntry.action == "guard_overridden")).all()
        reminders = session.exec(
            select(OutboxMessage).where(OutboxMessage.milestone == "comments_reminder")
        ).all()
    assert rows["comments_reminder"] == rows["comments_due"] == "skipped"
    assert reminders == []
    assert override.actor == "QA lead" and override.details["reason"] == "The LA sent its comments early"
