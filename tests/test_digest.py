"""The operations digest on a real database: what is due, overdue, waiting for a decision, and
failed; written once per London day; the same text from `sendops upcoming`."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time

from sqlmodel import select

from models.db import session_scope
from models.tables import OutboxMessage
from sendops.calendar import london_instant
from sendops.config import get_calendar
from tasks.digest import digest_context, digest_text, write_digest
from tests.casework import DAY_MINUS_10, T0, reach, step

OPS = "ops@example.gov.uk"


def context(now, days=5):
    with session_scope() as session:
        return digest_context(session=session, now=now, calendar=get_calendar(), days=days)


def whats(lines):
    return [line["what"] for line in lines]


def test_due_soon_counts_working_days_and_stops_at_the_horizon(case_id):
    """On Friday 13 March, 5 working days reach Friday 20 March: notification and evidence, not the survey."""
    got = context(T0)
    assert got["horizon"] == dt.date(2026, 3, 20)
    keys = whats(got["upcoming"])
    assert keys[0] == "HMI notifies the DCS; information requested from LA and PCF"
    assert "LA and PCF evidence uploaded, incl. tribunal/ombudsman outcomes" in keys
    assert "Online survey for parents goes live" not in keys
    assert got["overdue"] == [] and got["decisions"] == [] and got["deliveries"] == []


def test_overdue_decisions_and_failed_deliveries_are_listed(case_id):
    """A missed deadline is overdue; a case waiting for an operator is listed; so is a failed message."""
    nine = london_instant(dt.date(2026, 3, 16), dt.time(9))
    for key in DAY_MINUS_10:
        reach(case_id, key, nine)
    late = london_instant(dt.date(2026, 3, 20), dt.time(10))
    assert whats(context(late)["overdue"]) == [
        "Reminder: evidence upload due at the end of tomorrow",
        "LA and PCF evidence uploaded, incl. tribunal/ombudsman outcomes",
    ]
    now = london_instant(dt.date(2026, 4, 2), dt.time(9))  # the day after the last on-site day
    for key in ("evidence_reminder", "evidence_upload_due", "survey_opens", "survey_closes", "onsite_starts"):
        reach(case_id, key, now)
    assert step(case_id, now).decision == "outcome"
    got = context(now)
    assert [line["case"].split()[1] for line in got["decisions"]] == ["Camden"]
    with session_scope() as session:
        message = session.exec(select(OutboxMessage)).first()
        message.status, message.error = "failed", "550 mailbox unavailable"
    got = context(now)
    assert [line["rule"] for line in got["deliveries"]] == ["550 mailbox unavailable"]
    assert "550 mailbox unavailable" in digest_text(got)


def test_the_digest_is_written_once_per_london_day(case_id):
    """Run twice on the same day (a retried deployment), the digest goes out once."""
    with session_scope() as session:
        assert write_digest(session=session, context=context(T0), ops_email=OPS, now=T0)
    with session_scope() as session:
        assert not write_digest(session=session, context=context(T0), ops_email=OPS, now=T0)
        (row,) = session.exec(select(OutboxMessage).where(OutboxMessage.recipient_email == OPS)).all()
    assert row.key == "ops/digest/2026-03-13" and "0 overdue" in row.subject


def test_sendops_upcoming_prints_the_digest(case_id):
    """`sendops upcoming --days N` prints the same digest in the terminal."""
    clock = f"accelerated {T0.isoformat()} {time.time()!r} 1.0"
    result = subprocess.run(
        [sys.executable, "-m", "cli", "upcoming", "--days", "2"],
        capture_output=True,
        text=True,
        env={**os.environ, "SENDOPS_CLOCK": clock},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Due in the next 2 working days, to Tuesday 17 March 2026 (5)" in result.stdout
    assert result.stdout == digest_text(context(T0, days=2))
