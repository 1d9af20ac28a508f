"""Cases as durable Prefect flow runs on a real server, driven through the CLI on an accelerated clock."""

from __future__ import annotations

import time
from collections import Counter

import pytest
from sqlmodel import func, select

from models.db import session_scope
from models.tables import AuditEntry, Case
from sendops.calendar import to_london
from sendops.config import load_settings
from sendops.specs import TIMELINES
from tasks.letters import london
from tests.e2e.conftest import (
    assert_on_time,
    case_row,
    messages,
    milestone_rows,
    run_state,
    schedule,
    sendops,
    start_in,
    wait_for,
    wait_for_decision,
    wait_until_reached,
)

pytestmark = pytest.mark.e2e


def test_revisit_from_scheduling_to_publication(stack, mail_drop):
    """Every milestone in order, each timed one at its London time, every message once."""
    case_id = schedule(
        "revisit",
        "Camden",
        start_in(14),
        "--days",
        "3",
        "--weakness",
        "EHC plans",
        "--weakness",
        "Joint commissioning",
    )
    for decision, fields in (
        ("outcome", ["weakness_1=yes", "weakness_2=no", "concern=Waiting times for assessment"]),
        ("draft_sent", []),
        ("final_issued", []),
        ("published", []),
    ):
        wait_for_decision(case_id, decision, timeout=180)
        sendops("decide", case_id, decision, *fields, "--by", "Ann HMI", "--reason", "as fed back")
    wait_for(lambda: run_state(case_id).name == "Published", timeout=60, what="the run to end Published")

    rows = milestone_rows(case_id)
    definition = [m.key for m in TIMELINES["revisit"].milestones]
    assert sorted(rows, key=lambda k: (rows[k].done_at, definition.index(k))) == definition
    for key in definition:
        spec = TIMELINES["revisit"].milestone(key)
        # timed ones on time; concerns_reported is dated once the outcome records the finding, which
        # may come after its 09:00 (on this clock, less than a real second after the last day)
        if spec.awaits is None and not spec.only_if:
            assert_on_time(rows[key])
    assert to_london(rows["notify_local_area"].due).strftime("%H:%M") == "09:00"
    assert to_london(rows["survey_opens"].due).strftime("%H:%M") == "12:00"
    assert case_row(case_id).status == "published"

    sent = messages(case_id)
    assert all(m.status == "delivered" for m in sent)
    assert len({m.key for m in sent}) == len(sent)
    files = sorted(p.name for p in mail_drop.glob(f"case-{case_id}__*.eml"))
    assert len(files) == len(sent)
    per_milestone = Counter(m.milestone for m in sent)
    assert per_milestone["notify_local_area"] == 1 and per_milestone["final_letter_due"] == 4
    # Another significant weakness found: the DfE and NHS England are told, the letter refers to it (RV).
    concerns = [m for m in sent if m.milestone == "concerns_reported"]
    assert sorted(m.role for m in concerns) == ["dfe_adviser", "nhse_adviser"]
    assert all("Waiting times for assessment" in m.body for m in concerns)
    assert "not re-visit again unless the Secretary of State directs it" in concerns[0].body
    final = [m for m in sent if m.milestone == "final_letter_due"]
    assert all("Waiting times for assessment" in m.body for m in final)
    notice = next(m for m in sent if m.milestone == "notify_local_area")
    assert london(rows["notify_local_area"].due) in notice.body
    with session_scope() as session:
        audited = session.exec(select(AuditEntry).where(AuditEntry.case_id == case_id)).all()
    decided = {a.action for a in audited}
    assert {"schedule_case", "decide_outcome", "decide_draft_sent", "decide_published"} <= decided
    # a re-visit today is outside its period (to 2022): scheduled with a reason, kept in the record
    (scheduled,) = [a for a in audited if a.action == "schedule_case"]
    assert scheduled.details["after"]["outside_period"] == "tests: the 2016 framework on today's dates"

    # Insufficient progress: no further re-visit unless the Secretary of State directs it (RV).
    again = [
        "schedule",
        "revisit",
        "--area",
        "Camden",
        "--start",
        start_in(30).isoformat(),
        "--lead-hmi",
        "A",
    ]
    result = sendops(*again, "--weakness", "EHC plans", "--by", "Ops", check=False)
    assert result.returncode == 1 and f"Camden was re-visited (case {case_id}" in result.stderr


def test_refused_deferral_keeps_the_case_on_its_timeline(stack):
    """A refused deferral is recorded, the area is told, and the deadlines still fire on time."""
    case_id = schedule("revisit", "Cornwall", start_in(11), "--weakness", "Co-production")
    wait_until_reached(case_id, "notify_pcf")
    sendops("defer", case_id, "--reason", "DCS on leave", "--by", "Cornwall DCS")
    wait_for_decision(case_id, "deferral")
    # The Ofsted region is told of the request (H§25) ...
    (region,) = [m for m in messages(case_id) if m.role == "ofsted_region"]
    assert region.recipient_name == "Ofsted South West region" and "DCS on leave" in region.body
    # ... and a decision must name who took it for each of Ofsted and the CQC, jointly (H§25).
    alone = sendops("decide", case_id, "deferral", "granted=no", "--by", "Ofsted", check=False)
    assert alone.returncode == 1 and "ofsted_by: Ofsted and the CQC decide a deferral jointly" in alone.stderr
    sendops(
        "decide",
        case_id,
        "deferral",
        "granted=no",
        "ofsted_by=Ofsted RD",
        "cqc_by=CQC HoI",
        "--by",
        "Ofsted and CQC",
        "--reason",
        "not exceptional",
    )
    assert_on_time(wait_until_reached(case_id, "survey_opens"))  # a week on: room for the decision
    assert case_row(case_id).status == "notified"
    assert any(m.milestone.startswith("deferral-") and "refused" in m.subject for m in messages(case_id))


@pytest.mark.long
def test_case_fires_on_time_after_server_and_serving_process_restart(stack):
    """With the server and the serving process both stopped and started again while a case waits,
    the case still fires at its deadline and repeats nothing."""
    # 22 working days to the notification: a month, half a minute on this clock, for the restarts
    case_id = schedule("revisit", "Kent", start_in(32), "--weakness", "Waiting times")
    wait_for(
        lambda: run_state(case_id).name.startswith("Awaiting notify_local_area · due "),
        timeout=30,
        what="the wait",
    )
    due = milestone_rows(case_id)["notify_local_area"].due
    stack.stop_serving()
    stack.stop_server()
    time.sleep(2)
    stack.start()
    assert case_row(case_id).flow_run_id and milestone_rows(case_id)["notify_local_area"].status == "pending"
    assert due > load_settings().clock.now(), "the restart took longer than the wait; lower SPEED"
    assert_on_time(wait_until_reached(case_id, "evidence_request", timeout=120))
    sent = messages(case_id)
    assert Counter(m.milestone for m in sent) == {
        "notify_local_area": 1,
        "notify_ccg_icb": 1,
        "lano_followup": 1,
        "notify_pcf": 1,
        "evidence_request": 2,  # LANO and PCF
    }


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (
            [
                "schedule",
                "revisit",
                "--area",
                "Atlantis",
                "--start",
                "2027-06-01",
                "--lead-hmi",
                "A",
                "--weakness",
                "w",
            ],
            "unknown local area 'Atlantis'",
        ),
        (
            [
                "schedule",
                "revisit",
                "--area",
                "Norfolk",
                "--start",
                "2027-05-31",
                "--lead-hmi",
                "A",
                "--weakness",
                "w",
            ],
            "Spring Bank Holiday",
        ),
        (
            [
                "schedule",
                "revisit",
                "--area",
                "Norfolk",
                "--start",
                "{soon}",
                "--lead-hmi",
                "A",
                "--weakness",
                "w",
            ],
            "too soon",
        ),
        (
            ["schedule", "revisit", "--area", "Norfolk", "--start", "2027-06-01", "--lead-hmi", "A"],
            "areas of significant weakness",
        ),
        (
            ["schedule", "full-2016", "--area", "Hartlepool", "--start", "2027-06-01", "--lead-hmi", "A"],
            "Hartlepool has no contact for",
        ),
        (["restart", "999", "--start", "2027-06-01", "--reason", "r"], "there is no case 999"),
        (["decide", "999", "outcome"], "there is no case 999"),
    ],
)
def test_bad_operator_input_is_one_line_and_changes_nothing(stack, args, fragment):
    """Unknown area, bank-holiday or too-soon start, missing weaknesses or contacts, unknown case."""
    before = _counts()
    args = [a.replace("{soon}", start_in(3).isoformat()) for a in args]
    result = sendops(*args, "--by", "tester", check=False)
    assert result.returncode != 0
    assert result.stderr.startswith("sendops: error:") and result.stderr.count("\n") == 1, result.stderr
    assert fragment in result.stderr
    assert _counts() == before


def test_duplicate_and_out_of_turn_actions_are_refused(stack):
    """A second active case for the same area and kind, a decision the case is not waiting for,
    and a restart of a case that is not deferred are refused with a clear message."""
    case_id = schedule("revisit", "Stockport", start_in(15), "--weakness", "Transitions")
    before = _counts()
    for args, fragment in (
        (
            [
                "schedule",
                "revisit",
                "--area",
                "Stockport",
                "--start",
                start_in(20).isoformat(),
                "--lead-hmi",
                "A",
                "--weakness",
                "w",
            ],
            "already has an active revisit",
        ),
        (["decide", case_id, "outcome", "weakness_1=yes"], "not waiting for a outcome decision"),
        (["restart", case_id, "--start", start_in(20).isoformat(), "--reason", "r"], "not deferred"),
        (["defer", case_id, "--reason", "too early"], "only between notification and the on-site start"),
    ):
        result = sendops(*args, "--by", "tester", check=False)
        assert result.returncode != 0 and fragment in result.stderr, (args, result.stderr)
    assert _counts() == before


def _counts() -> tuple[int, int]:
    """Cases, and audit entries by the refused commands' actor: the recovery sweep may audit a
    restart of another test's run meanwhile."""
    with session_scope() as session:
        return (
            session.exec(select(func.count()).select_from(Case)).one(),
            session.exec(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.actor == "tester")
            ).one(),
        )
