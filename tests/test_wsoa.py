"""The WSOA lifecycle on a real database (SQLite file and PostgreSQL), driven as its flow drives it:
reminders, the 70-day deadline, chases, reviews, unfit twice -> DfE, fit -> re-visit proposed."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from collections import Counter

import pytest
from sqlmodel import select

from models.db import session_scope
from models.queries import get_area, milestones_of
from models.tables import AuditEntry, Case, OutboxMessage, WsoaRecord
from sendops.calendar import london_instant
from sendops.clock import Clock
from sendops.config import get_calendar
from sendops.errors import SendopsError
from tasks.case_timeline import scheduled_milestones
from tasks.wsoa import open_wsoa, record_received
from tasks.wsoa_review import record_dfe_decision, record_review
from tests.casework import reach, step

REPORT = dt.date(2021, 5, 4)  # final report received (an inspection in March 2021: before H§118)
OPS = "area-send-operations@ofsted.invalid"


def clock_at(day: dt.date, hour: int = 10) -> Clock:
    """A clock that shows `day` at `hour` London time now, at real speed."""
    return Clock(speed=1.0, sim_epoch=london_instant(day, dt.time(hour)), real_epoch=time.time())


@pytest.fixture
def wsoa_id(case_id):
    """A WSOA for Camden (whose contacts case_id's fixture imported), its report received 4 May 2021."""
    return _open(principal="London Borough of Camden", principal_is="la")


def _open(*, principal: str, principal_is: str) -> int:
    with session_scope() as session:
        wsoa = open_wsoa(
            session=session,
            area=get_area(session=session, name="Camden"),
            inspected_on=dt.date(2021, 3, 15),
            final_report_received=REPORT,
            principal_authority=principal,
            principal_is=principal_is,
            weaknesses=["EHC plans"],
            lead_hmi="Ann HMI",
            actor="tester",
            now=london_instant(REPORT, dt.time(10)),
        )
        return wsoa.id


def run_until(case_id: int, day: dt.date) -> list[str]:
    """What the flow does until 10:00 on `day`: reach each milestone at its time; the keys reached."""
    now, until, reached = None, london_instant(day, dt.time(10)), []
    now = london_instant(REPORT, dt.time(10))
    while True:
        s = step(case_id, now)
        if s.kind == "reach":
            reach(case_id, s.key, now)
            reached.append(s.key)
        elif s.kind == "wait" and not s.overdue and s.due <= until:
            now = max(now, s.due)
        else:
            return reached


def wd(n: int, after: dt.date = REPORT) -> dt.date:
    return get_calendar().add(after, n)


def rows(case_id):
    with session_scope() as session:
        case = session.get(Case, case_id)
        return {m.key: m for m in milestones_of(session=session, case=case)}, case


def messages(case_id):
    with session_scope() as session:
        return session.exec(select(OutboxMessage).where(OutboxMessage.case_id == case_id)).all()


def audits(action):
    with session_scope() as session:
        return session.exec(select(AuditEntry).where(AuditEntry.action == action)).all()


def test_on_time_and_fit_proposes_a_revisit_within_18_months(wsoa_id):
    """Reminders at 20, 10 and 5 working days before day 70; received on time, no chase; reviewed
    fit: copies and publication asked of the area, DfE/NHS England told, a re-visit proposed."""
    reached = run_until(wsoa_id, wd(68))
    # H§116: the DfE and NHS England's support and challenge starts when the WSOA is required
    assert reached == ["support_starts", "wsoa_reminder_20", "wsoa_reminder_10", "wsoa_reminder_5"]
    told = {m.role for m in messages(wsoa_id) if m.milestone == "support_starts"}
    assert told == {"dfe_adviser", "nhse_adviser"}
    record_received(case_id=wsoa_id, received=wd(68), actor="Ops", clock=clock_at(wd(68)))
    assert run_until(wsoa_id, wd(76)) == ["review_reminder"]  # and no chase: received before day 70
    milestones, case = rows(wsoa_id)
    assert milestones["wsoa_due"].status == "done" and not milestones["wsoa_due"].late
    assert milestones["wsoa_chase_1"].status == "skipped" and case.status == "under_review"
    assert record_review(
        case_id=wsoa_id, fit=True, reason="Clear owners", actor="HMI", clock=clock_at(wd(75))
    )
    s = step(wsoa_id, london_instant(wd(76), dt.time(10)))
    assert (s.kind, s.final_state) == ("finished", "Fit for purpose")
    _, case = rows(wsoa_id)
    with session_scope() as session:
        record = session.exec(select(WsoaRecord).where(WsoaRecord.case_id == wsoa_id)).one()
    assert record.quarterly_visits_from == wd(75)  # a typed date (issue 8)
    proposal = rows(case.facts["revisit_case_id"])[1]
    assert proposal.status == "proposed" and proposal.kind == "revisit"
    assert proposal.start == dt.date(2023, 2, 18)  # 18 calendar months after the fit review (RV)
    fit = Counter(m.role for m in messages(wsoa_id) if m.milestone == "fit")
    assert fit == {"dcs": 1, "sos_education": 1, "sos_health": 1, "dfe_adviser": 1, "nhse_adviser": 1}


def test_late_after_two_chases_then_fit(wsoa_id):
    """Day 70 passes: chase 1, then chase 2 also to the lead HMI; received late, recorded as late."""
    reached = run_until(wsoa_id, wd(77))
    assert reached[-2:] == ["wsoa_chase_1", "wsoa_chase_2"]
    chased = [m for m in messages(wsoa_id) if "chase" in m.milestone]
    assert Counter(m.milestone for m in chased) == {"wsoa_chase_1": 1, "wsoa_chase_2": 2}
    assert {m.recipient_email for m in chased if m.milestone == "wsoa_chase_2"} >= {OPS}
    record_received(case_id=wsoa_id, received=wd(77), actor="Ops", clock=clock_at(wd(77)))
    assert run_until(wsoa_id, wd(100)) == ["review_reminder"]
    milestones, _ = rows(wsoa_id)
    assert milestones["wsoa_due"].late and milestones["wsoa_chase_3"].status == "skipped"
    record_review(case_id=wsoa_id, fit=True, reason="Acceptable", actor="HMI", clock=clock_at(wd(86)))
    assert rows(wsoa_id)[1].status == "fit"


def test_unfit_then_fit_on_resubmission(wsoa_id):
    """Unfit: the area is told and has 20 working days; the re-submission is reviewed fit."""
    record_received(case_id=wsoa_id, received=wd(60), actor="Ops", clock=clock_at(wd(60)))
    run_until(wsoa_id, wd(65))
    record_review(case_id=wsoa_id, fit=False, reason="No targets", actor="HMI", clock=clock_at(wd(65)))
    milestones, case = rows(wsoa_id)
    assert case.status == "awaiting_resubmission"
    assert milestones["resubmission_due"].due == london_instant(wd(20, wd(65)), None)
    assert [m.role for m in messages(wsoa_id) if m.milestone == "unfit-1"] == ["dcs"]
    assert run_until(wsoa_id, wd(82)) == ["resubmission_reminder_10", "resubmission_reminder_5"]
    record_received(case_id=wsoa_id, received=wd(82), actor="Ops", clock=clock_at(wd(82)))
    record_review(case_id=wsoa_id, fit=True, reason="Targets added", actor="HMI", clock=clock_at(wd(85)))
    assert rows(wsoa_id)[1].status == "fit"


def test_unfit_twice_escalates_to_the_dfe_exactly_once(wsoa_id):
    """A second unfit review writes one letter to each DfE adviser, audits the escalation once,
    ends the case as escalated, refuses further reviews, and records the DfE's decision once."""
    record_received(case_id=wsoa_id, received=wd(60), actor="Ops", clock=clock_at(wd(60)))
    record_review(case_id=wsoa_id, fit=False, reason="No targets", actor="HMI", clock=clock_at(wd(62)))
    record_received(case_id=wsoa_id, received=wd(70), actor="Ops", clock=clock_at(wd(70)))
    assert record_review(
        case_id=wsoa_id, fit=False, reason="Still none", actor="HMI", clock=clock_at(wd(72))
    ) == ("escalated_to_dfe")
    with pytest.raises(SendopsError, match="escalated_to_dfe: nothing more can be recorded"):
        record_review(case_id=wsoa_id, fit=False, reason="again", actor="HMI", clock=clock_at(wd(73)))
    s = step(wsoa_id, london_instant(wd(73), dt.time(10)))
    assert (s.kind, s.final_state) == ("finished", "Escalated to DfE")
    milestones, _ = rows(wsoa_id)
    assert all(m.status != "pending" for m in milestones.values())
    letters = [m for m in messages(wsoa_id) if m.milestone == "escalation"]
    assert [m.role for m in letters] == ["dfe_adviser"] and "Still none" in letters[0].body
    assert len(audits("escalated_to_dfe")) == 1
    record_dfe_decision(case_id=wsoa_id, decision="Improvement notice", actor="DfE", clock=clock_at(wd(80)))
    with pytest.raises(SendopsError, match="already recorded"):
        record_dfe_decision(case_id=wsoa_id, decision="Other", actor="DfE", clock=clock_at(wd(81)))


def test_bad_records_are_rejected_and_change_nothing(wsoa_id):
    """A WSOA received before the final report, a second receipt, a review with nothing to review."""
    with pytest.raises(SendopsError, match="before the final report"):
        record_received(
            case_id=wsoa_id, received=REPORT - dt.timedelta(days=1), actor="Ops", clock=clock_at(wd(5))
        )
    with pytest.raises(SendopsError, match="no submission to review"):
        record_review(case_id=wsoa_id, fit=True, reason="?", actor="HMI", clock=clock_at(wd(5)))
    record_received(case_id=wsoa_id, received=wd(5), actor="Ops", clock=clock_at(wd(5)))
    with pytest.raises(SendopsError, match="already has its submission"):
        record_received(case_id=wsoa_id, received=wd(6), actor="Ops", clock=clock_at(wd(6)))
    _, case = rows(wsoa_id)
    assert case.events["wsoa_received"] == wd(5).isoformat()
    assert len(audits("record_wsoa_received")) == 1


def test_after_june_2021_a_fit_wsoa_gets_no_revisit_proposal(case_id):
    """H§118: an inspection after June 2021 that needed a WSOA is not re-visited under 2016 rules."""
    report = dt.date(2022, 2, 1)
    with session_scope() as session:
        wsoa = open_wsoa(
            session=session,
            area=get_area(session=session, name="Camden"),
            inspected_on=dt.date(2021, 11, 8),
            final_report_received=report,
            principal_authority="NHS North Central London ICB",
            principal_is="ccg_icb",
            weaknesses=[],
            lead_hmi="Ann HMI",
            actor="tester",
            now=london_instant(report, dt.time(10)),
        )
        wsoa_id = wsoa.id
    record_received(case_id=wsoa_id, received=wd(30, report), actor="Ops", clock=clock_at(wd(30, report)))
    record_review(case_id=wsoa_id, fit=True, reason="Good", actor="HMI", clock=clock_at(wd(32, report)))
    _, case = rows(wsoa_id)
    assert "revisit_case_id" not in case.facts and "H§118" in case.facts["revisit"]
    with session_scope() as session:
        assert session.exec(select(Case).where(Case.status == "proposed")).all() == []
    assert {m.role for m in messages(wsoa_id) if m.milestone == "fit"} >= {"ccg_icb"}  # the principal


def test_the_timeline_command_and_the_case_agree_on_every_date(wsoa_id):
    """`sendops timeline wsoa` and the WSOA case's milestones are the same dates (one definition)."""
    record_received(case_id=wsoa_id, received=wd(74), actor="Ops", clock=clock_at(wd(74)))
    _, case = rows(wsoa_id)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "cli",
            "timeline",
            "wsoa",
            "--json",
            "--final-report-received",
            REPORT.isoformat(),
            "--wsoa-received",
            wd(74).isoformat(),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    printed = {m["key"]: m["due"] for m in json.loads(result.stdout)}
    dated = {m.key: m.due.isoformat() for m in scheduled_milestones(case)}
    assert {
        k: dt.datetime.fromisoformat(v).astimezone(dt.UTC).isoformat() for k, v in printed.items()
    } == dated
    assert "wsoa_chase_1" in printed and "wsoa_chase_2" not in printed  # received after chase 1 only


def test_received_and_reviewed_before_the_flow_wakes_still_closes_the_deadline(wsoa_id):
    """An operator may record receipt and review back to back: the deadline is done, not cancelled."""
    record_received(case_id=wsoa_id, received=wd(10), actor="Ops", clock=clock_at(wd(10)))
    record_review(case_id=wsoa_id, fit=True, reason="Good", actor="HMI", clock=clock_at(wd(10)))
    assert step(wsoa_id, london_instant(wd(10), dt.time(11))).final_state == "Fit for purpose"
    milestones, _ = rows(wsoa_id)
    assert (milestones["wsoa_due"].status, milestones["wsoa_due"].late) == ("done", False)
    assert milestones["wsoa_reminder_20"].status == "skipped"


def test_the_digest_shows_an_overdue_wsoa_and_a_review_waiting(wsoa_id):
    """Operations see a WSOA past day 70 as overdue, and a received one as a review to record."""
    from tasks.digest import digest_context

    def digest(day):
        with session_scope() as session:
            return digest_context(
                session=session, now=london_instant(day, dt.time(10)), calendar=get_calendar(), days=5
            )

    overdue = digest(wd(72))["overdue"]
    assert "Principal authority submits the WSOA" in [line["what"] for line in overdue]
    record_received(case_id=wsoa_id, received=wd(72), actor="Ops", clock=clock_at(wd(72)))
    assert [line["what"] for line in digest(wd(72))["decisions"]] == ["the WSOA review"]


def test_with_an_icb_principal_the_local_authority_is_asked_to_publish_it_too(case_id):
    """H§79: the local authority, when it is not the principal authority, publishes the WSOA."""
    wsoa_id = _open(principal="NHS North Central London ICB", principal_is="ccg_icb")
    record_received(case_id=wsoa_id, received=wd(60), actor="Ops", clock=clock_at(wd(60)))
    record_review(case_id=wsoa_id, fit=True, reason="Clear owners", actor="HMI", clock=clock_at(wd(65)))
    fit = {m.role: m for m in messages(wsoa_id) if m.milestone == "fit"}
    assert set(fit) == {"ccg_icb", "dcs", "sos_education", "sos_health", "dfe_adviser", "nhse_adviser"}
    assert "please publish the statement on your website too (H§79)" in fit["dcs"].body
    assert "publish the statement on your website (H§79)" in fit["ccg_icb"].body
