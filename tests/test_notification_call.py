"""The notification call (H§17-19, H§22): the lead HMI telephones the DCS, normally between 9am
and 10am five working days before a full inspection, or the most senior person available if the
DCS is not (H§18). The call is a step someone confirms; the CQC's notice to the CCG/ICB (H§18),
the confirmation email (H§19), the LANO call (H§20) and the PCF and IASS (H§22) follow that
confirmation, at its moment; a call not confirmed by 10:00 alerts operations. On a real database
(SQLite file and PostgreSQL), without Prefect."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from models.db import session_scope
from models.tables import Case, CaseMilestone, OutboxMessage
from sendops.calendar import london_instant
from sendops.errors import SendopsError
from tasks.alerts import alert_overdue_decisions
from tasks.case_state import guard_problem
from tasks.decisions import validate_decision
from tests.casework import case_row, decide, make_case, step

NOTICE_DAY = dt.date(2026, 3, 23)  # day -5 of an inspection on site from Mon 30 Mar 2026
FOLLOWERS = ("notify_ccg_icb", "lano_call", "notify_pcf_iass")
CALL = {"decided_by": "Ann HMI", "spoke_to": "dcs person", "called_at": "09:15"}


def at(hour: int, minute: int = 0, day: dt.date = NOTICE_DAY) -> dt.datetime:
    return london_instant(day, dt.time(hour, minute))


def inspection(tmp_path) -> int:
    return make_case(tmp_path, kind="full-2016", start=dt.date(2026, 3, 30), days=5, weaknesses=())


def milestones(case_id: int) -> dict[str, CaseMilestone]:
    with session_scope() as session:
        return {m.key: m for m in session.exec(select(CaseMilestone).where(CaseMilestone.case_id == case_id))}


def messages() -> list[OutboxMessage]:
    with session_scope() as session:
        return list(session.exec(select(OutboxMessage).order_by(OutboxMessage.id)))


def test_the_notices_follow_the_confirmed_call_at_its_moment(database, tmp_path):
    case_id = inspection(tmp_path)
    first = step(case_id, at(8))
    assert (first.kind, first.decision) == ("decide", "dcs_call")  # asked for from the day's start
    assert first.due == at(10)  # the call is normally made by 10am (H§17)
    assert step(case_id, at(9, 30)).kind == "decide"  # nothing is sent at 09:00 by itself
    assert messages() == []

    assert decide(case_id, "notify_local_area", "dcs_call", dict(CALL), at(9, 20)) is True
    rows = milestones(case_id)
    for key in ("notify_local_area", *FOLLOWERS):
        assert (rows[key].status, rows[key].done_at, rows[key].late) == ("done", at(9, 20), False), key
    assert case_row(case_id).status == "notified"
    sent = messages()
    assert {m.role for m in sent} == {"dcs", "ccg_icb", "lano", "pcf", "iass"}
    assert {m.created_at for m in sent} == {at(9, 20)}
    (confirmation,) = [m for m in sent if m.role == "dcs"]
    assert "call from Ann HMI to dcs person\nat 09:15 today" in confirmation.body  # H§19
    assert step(case_id, at(9, 21)).key == "onsite_starts"  # the case goes on
    assert alert_overdue_decisions(now=at(10, 5), ops_email="ops@example.org") == []


def test_a_call_confirmed_after_10_is_late_and_so_is_what_follows_it(database, tmp_path):
    case_id = inspection(tmp_path)
    late = {**CALL, "called_at": "10:20", "dcs_unavailable": True, "their_role": "Deputy DCS"}
    with session_scope() as session:
        checked = validate_decision(session.get(Case, case_id), "dcs_call", late)
    assert decide(case_id, "notify_local_area", "dcs_call", checked, at(10, 30)) is True
    rows = milestones(case_id)
    assert all(rows[key].late for key in ("notify_local_area", *FOLLOWERS))
    (confirmation,) = [m for m in messages() if m.role == "dcs"]
    assert "(Deputy DCS: the director of children's services was unavailable, H§18)" in confirmation.body


def test_an_unconfirmed_call_alerts_operations_once_at_10(database, tmp_path):
    case_id = inspection(tmp_path)
    assert alert_overdue_decisions(now=at(9, 59), ops_email="ops@example.org") == []
    (key,) = alert_overdue_decisions(now=at(10, 1), ops_email="ops@example.org")
    assert key == f"ops/call_unconfirmed/case-{case_id}/1/notify_local_area"
    assert alert_overdue_decisions(now=at(10, 3), ops_email="ops@example.org") == []  # once
    (alert,) = messages()
    assert (alert.role, alert.recipient_email) == ("operations", "ops@example.org")
    assert "Notification call not confirmed" in alert.subject
    assert f"sendops decide {case_id} dcs_call" in alert.body
    # Confirmed late, the notices still follow it; nothing is alerted again.
    assert decide(case_id, "notify_local_area", "dcs_call", {**CALL, "called_at": "10:10"}, at(10, 15))
    assert {m.role for m in messages()} == {"operations", "dcs", "ccg_icb", "lano", "pcf", "iass"}


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"called_at": "09:15"}, "spoke_to: name who took the call"),
        ({**CALL, "called_at": "9.15am"}, "called_at: give the time of the call as HH:MM"),
        ({**CALL, "called_at": ""}, "called_at: give the time of the call as HH:MM"),
        ({**CALL, "dcs_unavailable": True}, "their_role: the DCS was unavailable"),
    ],
)
def test_the_call_form_names_who_took_it_and_when(database, tmp_path, values, problem):
    case_id = inspection(tmp_path)
    with session_scope() as session:
        case = session.get(Case, case_id)
    with pytest.raises(SendopsError, match=problem):
        validate_decision(case, "dcs_call", {"decided_by": "Ann HMI", **values})
    assert validate_decision(case, "dcs_call", {**CALL, "called_at": "9:05"})["called_at"] == "09:05"


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_a_call_is_recorded_on_its_day_and_not_before_it_was_made(database, tmp_path):
    case = case_row(inspection(tmp_path))
    friday = at(16, 0, dt.date(2026, 3, 20))
    the_day_before = guard_problem(case=case, key="notify_local_area", values=CALL, now=friday)
    assert the_day_before and "can be recorded from Monday 23 March 2026" in the_day_before
    early = guard_problem(case=case, key="notify_local_area", values=CALL, now=at(9, 10))
    assert early == "a call made at 09:15 cannot be recorded at 09:10, before it was made"
    assert guard_problem(case=case, key="notify_local_area", values=CALL, now=at(9, 16)) is None
    with pytest.raises(SendopsError, match="before it was made"):
        decide(case.id, "notify_local_area", "dcs_call", dict(CALL), at(9, 10))
    assert messages() == []
