"""A case's state machine on a real database (SQLite file and PostgreSQL), without Prefect."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import func, select

from models.areas import import_contacts, load_areas
from models.db import session_scope
from models.queries import get_area, milestones_of
from models.tables import AuditEntry, Case, Contact, DeferralRequest, LocalArea, OutboxMessage
from sendops.calendar import london_instant
from sendops.config import get_calendar
from sendops.definitions import AREA_ROLES, DRAFT_ROLES, NATIONAL_ROLES, TIMELINES
from sendops.errors import SendopsError
from tasks.case_state import next_step, reach_milestone, record_decision, sync_milestones
from tasks.case_timeline import scheduled_milestones
from tasks.messages import write_messages

START = dt.date(2026, 3, 30)
T0 = london_instant(dt.date(2026, 3, 13), dt.time(8))


def contacts_csv(tmp_path, area="Camden"):
    rows = ["area,role,name,email"]
    rows += [f"{area},{role},{role} person,{role}@{area.lower()}.example.org" for role in AREA_ROLES]
    rows += [f"{area},ccg_icb,Second ICB chief,ceo2@{area.lower()}.example.org"]
    rows += [f"national,{role},{role} office,{role}@gov.example.org" for role in NATIONAL_ROLES]
    path = tmp_path / "contacts.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


@pytest.fixture
def case_id(database, tmp_path):
    with session_scope() as session:
        load_areas(session=session)
        import_contacts(session=session, path=contacts_csv(tmp_path), actor="tester", now=T0)
        area = get_area(session=session, name="Camden")
        case = Case(
            kind="revisit",
            area_id=area.id,
            start=START,
            onsite_days=3,
            lead_hmi="Ann HMI",
            weaknesses=["EHC plans", "Joint commissioning"],
            created_at=T0,
            updated_at=T0,
        )
        session.add(case)
        session.flush()
        sync_milestones(session=session, case=case)
        return case.id


def step(case_id, now):
    with session_scope() as session:
        return next_step(session=session, case_id=case_id, now=now)


def reach(case_id, key, now):
    with session_scope() as session:
        return reach_milestone(session=session, case_id=case_id, key=key, now=now)


def decide(case_id, key, decision, values, now):
    with session_scope() as session:
        return record_decision(
            session=session, case_id=case_id, key=key, decision=decision, values=values, now=now
        )


def outbox_keys():
    with session_scope() as session:
        return sorted(session.exec(select(OutboxMessage.key)).all())


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
    for key in ("notify_local_area", "notify_ccg_icb", "lano_followup", "notify_pcf"):
        reach(case_id, key, due)
    with session_scope() as session:
        roles = session.exec(select(OutboxMessage.role)).all()
    assert sorted(roles) == ["ccg_icb", "ccg_icb", "dcs", "lano", "pcf"]


def test_a_revisit_runs_to_publication_with_decisions(case_id):
    """Timed milestones, then the outcome, draft, comments window, final letter and publication."""
    now = T0
    reached = []
    decisions = {
        "outcome": {"decided_by": "Ann HMI", "weakness_1": True, "weakness_2": False},
        "draft_sent": {"decided_by": "QA lead"},
        "final_issued": {"decided_by": "QA lead"},
        "published": {"decided_by": "Publications"},
    }
    for _ in range(40):
        s = step(case_id, now)
        if s.kind == "finished":
            break
        if s.kind == "wait":
            now = s.due
        elif s.kind == "reach":
            reach(case_id, s.key, now)
            reached.append(s.key)
        else:
            now = now + dt.timedelta(hours=2)
            assert decide(case_id, s.key, s.decision, decisions[s.decision], now) is True
            assert decide(case_id, s.key, s.decision, decisions[s.decision], now) is False
            reached.append(s.key)
    assert s.final_state == "Published"
    expected = [m.key for m in TIMELINES["revisit"].milestones]
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
    for key in ("notify_local_area", "notify_ccg_icb", "lano_followup", "notify_pcf"):
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
    assert (after.kind, after.key) == ("wait", "evidence_upload_due")
    with session_scope() as session:
        assert session.get(Case, case_id).status == "notified"
        assert session.exec(select(DeferralRequest.status)).one() == "refused"


def test_a_restricted_draft_cannot_be_addressed_to_other_roles(case_id):
    """H§66: writing the draft to anyone but the DCS and CCG/ICB fails and writes nothing."""
    with session_scope() as session:
        case = session.get(Case, case_id)
        area = session.get(LocalArea, case.area_id)
        draft = next(m for m in scheduled_milestones(case) if m.key == "draft_sent")
    for role in (r for r in AREA_ROLES + NATIONAL_ROLES if r not in DRAFT_ROLES):
        leaky = draft.__class__(**{**draft.__dict__, "notify": (*DRAFT_ROLES, role)})
        with pytest.raises(SendopsError, match=f"not {role}"), session_scope() as session:
            write_messages(
                session=session,
                case=session.get(Case, case_id),
                area=area,
                milestone=leaky,
                now=T0,
                values={},
            )
    assert outbox_keys() == []


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
