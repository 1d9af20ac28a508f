"""WSOAs as durable flow runs on a real Prefect server and the accelerated clock."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlmodel import select

from models.db import session_scope
from models.tables import AuditEntry, Case, WsoaRecord
from sendops.calendar import to_london
from sendops.config import get_calendar, load_settings
from tests.e2e.conftest import (
    OUTSIDE_PERIOD,
    case_row,
    confirm_call,
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


def today() -> str:
    return to_london(load_settings().clock.now()).date().isoformat()


def wsoa_of(inspection_id: int) -> int | None:
    with session_scope() as session:
        for case in session.exec(select(Case).where(Case.kind == "wsoa")).all():
            if case.facts.get("inspection_case_id") == inspection_id:
                return case.id
    return None


def awaiting(case_id: int, key: str) -> None:
    wait_for(
        lambda: run_state(case_id).name.startswith(f"Awaiting {key} · due "),
        timeout=90,
        what=f"case {case_id} to await {key}",
    )


@pytest.mark.long
def test_an_inspection_requiring_a_wsoa_runs_it_and_unfit_twice_goes_to_the_dfe(stack):
    """The team recommends a WSOA at the feedback and HMCI requires one after moderation, with
    another principal authority (H§38, H§74); issuing the final report starts the WSOA's own run,
    HMCI's, which waits for its reminders; unfit twice escalates to the DfE once and ends it so."""
    inspection = schedule("full-2016", "Cornwall", start_in(8), "--days", "2")
    confirm_call(inspection)
    for decision, fields in (
        (
            "outcome",
            [
                "wsoa_required=yes",
                "principal_authority=Cornwall Council",
                "principal_is=la",
                "weakness=Waiting times for assessment",
                "weakness=Joint commissioning",
            ],
        ),
        (
            "hmci_decision",
            [
                "wsoa_required=yes",
                "principal_authority=NHS Cornwall and Isles of Scilly ICB",
                "principal_is=ccg_icb",
                "weakness=Waiting times for assessment",
                "weakness=Joint commissioning",
            ],
        ),
        ("draft_sent", []),
        ("final_issued", []),
    ):
        wait_for_decision(inspection, decision, timeout=180)
        sendops("decide", inspection, decision, *fields, "--by", "Ann HMI", "--reason", "as fed back")
    wsoa = wait_for(lambda: wsoa_of(inspection), timeout=60, what="the WSOA to open")
    awaiting(wsoa, "wsoa_reminder_20")
    with session_scope() as session:
        record = session.exec(select(WsoaRecord).where(WsoaRecord.case_id == wsoa)).one()
    assert record.principal_authority == "NHS Cornwall and Isles of Scilly ICB"
    assert case_row(wsoa).weaknesses == ["Waiting times for assessment", "Joint commissioning"]

    sendops("wsoa", "received", wsoa, "--date", today(), "--by", "Cornwall LANO")
    awaiting(wsoa, "review_reminder")
    assert milestone_rows(wsoa)["wsoa_due"].status == "done"
    sendops("wsoa", "review", wsoa, "--unfit", "--reason", "No measurable targets", "--by", "Ann HMI")
    awaiting(wsoa, "resubmission_reminder_10")
    sendops("wsoa", "received", wsoa, "--date", today(), "--by", "Cornwall LANO")
    sendops("wsoa", "review", wsoa, "--unfit", "--reason", "Still no targets", "--by", "Ann HMI")
    wait_for(lambda: run_state(wsoa).name == "Escalated to DfE", timeout=90, what="the run to end escalated")

    assert case_row(wsoa).status == "escalated_to_dfe"
    letters = [m for m in messages(wsoa) if m.milestone == "escalation"]
    assert [(m.role, m.status) for m in letters] == [("dfe_adviser", "delivered")]
    with session_scope() as session:
        escalations = session.exec(
            select(AuditEntry).where(AuditEntry.case_id == wsoa, AuditEntry.action == "escalated_to_dfe")
        ).all()
    assert len(escalations) == 1
    refused = sendops("wsoa", "review", wsoa, "--fit", "--reason", "late", "--by", "x", check=False)
    assert refused.returncode == 1 and "nothing more can be recorded" in refused.stderr


def test_a_fit_wsoa_proposes_a_revisit_that_an_operator_confirms_and_runs(stack):
    """Fit: the run ends Fit for purpose, a re-visit is proposed, and confirming it starts its case."""
    out = sendops(
        "wsoa",
        "start",
        "--area",
        "Sheffield",
        "--inspected",
        "2021-03-15",
        "--final-report-received",
        today(),
        "--principal-authority",
        "Sheffield City Council",
        "--lead-hmi",
        "Ann HMI",
        "--weakness",
        "Transitions",
        "--by",
        "Ops Lead",
    ).stdout
    wsoa = int(out.split()[2])
    awaiting(wsoa, "wsoa_reminder_20")
    sendops("wsoa", "received", wsoa, "--date", today(), "--by", "Sheffield LANO")
    sendops("wsoa", "review", wsoa, "--fit", "--reason", "Clear owners and targets", "--by", "Ann HMI")
    wait_for(lambda: run_state(wsoa).name == "Fit for purpose", timeout=90, what="the run to end fit")
    proposal = case_row(wsoa).facts["revisit_case_id"]
    assert case_row(proposal).status == "proposed" and case_row(proposal).weaknesses == ["Transitions"]
    fit = {m.role for m in messages(wsoa) if m.milestone == "fit"}
    assert fit == {"dcs", "sos_education", "sos_health", "dfe_adviser", "nhse_adviser"}

    sendops(
        "revisit",
        "confirm",
        proposal,
        "--start",
        start_in(12).isoformat(),
        *OUTSIDE_PERIOD,
        "--by",
        "Ops Lead",
    )
    assert case_row(proposal).status in ("scheduled", "notified")
    wait_until_reached(proposal, "notify_local_area", timeout=120)


def open_wsoa(area: str, report_days_ago: int) -> int:
    report = get_calendar().add(dt.date.fromisoformat(today()), -report_days_ago)
    out = sendops(
        "wsoa",
        "start",
        "--area",
        area,
        "--inspected",
        "2021-03-15",
        "--final-report-received",
        report.isoformat(),
        "--principal-authority",
        f"{area} Council",
        "--lead-hmi",
        "Ann HMI",
        "--weakness",
        "EHC plans",
        "--by",
        "Ops Lead",
    ).stdout
    return int(out.split()[2])


@pytest.mark.parametrize(
    ("area", "days_ago", "reviews", "chases"),
    [
        ("Camden", 0, ["--fit"], 0),  # on time and fit
        # late: chased twice (the 2nd also to the lead HMI), then fit, 4 working days before a 3rd
        ("Leeds", 76, ["--fit"], 2),
        ("Kent", 0, ["--unfit", "--fit"], 0),  # unfit, then fit on re-submission
    ],
)
def test_wsoa_paths_end_fit_with_every_deadline_kept(stack, area, days_ago, reviews, chases):
    """Each path ends Fit for purpose; a late WSOA is chased and recorded late; an on-time one is not."""
    wsoa = open_wsoa(area, days_ago)
    if chases:
        wait_until_reached(wsoa, f"wsoa_chase_{chases}", timeout=90)
    else:
        awaiting(wsoa, "wsoa_reminder_20")
    for review in reviews:
        sendops("wsoa", "received", wsoa, "--date", today(), "--by", f"{area} LANO")
        sendops("wsoa", "review", wsoa, review, "--reason", "reviewed", "--by", "Ann HMI")
    wait_for(lambda: run_state(wsoa).name == "Fit for purpose", timeout=90, what="the run to end fit")
    rows = milestone_rows(wsoa)
    assert rows["wsoa_due"].status == "done" and rows["wsoa_due"].late == bool(chases)
    sent = Counter(m.milestone for m in messages(wsoa) if "chase" in m.milestone)
    assert sent == {f"wsoa_chase_{k}": 1 if k < 2 else 2 for k in range(1, chases + 1)}
    assert ("resubmission_due" in rows) == ("--unfit" in reviews)
