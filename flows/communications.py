"""Scheduled automation: the operations digest every working morning, the outbox sweep that
retries messages after a transient failure, and the monthly evidence retention report."""

from __future__ import annotations

import datetime as dt

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.states import Completed, State

from flows.recovery import sweep_name
from models.db import session_scope
from sendops.calendar import to_london
from sendops.config import current, get_calendar
from tasks.board import publish_board, publish_register
from tasks.digest import digest_context, digest_text, write_digest
from tasks.ops_messages import write_ops_message
from tasks.retention import report_context, report_day
from tasks.steps import RETRIES, deliver, delivery_receipts

DIGEST_CRON = "0 8 * * 1-5"  # 08:00 Europe/London, Monday to Friday; bank holidays are skipped below
DIGEST_DAYS = 5


@task(name="write digest", **RETRIES)
def write_todays_digest(now: dt.datetime, days: int) -> bool:
    with session_scope() as session:
        context = digest_context(session=session, now=now, calendar=get_calendar(), days=days)
        written = write_digest(session=session, context=context, ops_email=current().ops_email, now=now)
    create_markdown_artifact(key="ops-digest", markdown=f"```\n{digest_text(context)}\n```", _sync=True)
    return written


@flow(
    name="ops-digest",
    description="Milestones due soon, overdue ones, decisions waiting, failed deliveries.",
    flow_run_name=sweep_name("ops-digest"),
)
def ops_digest(days: int = DIGEST_DAYS) -> State:
    # One reading of the clock for the whole run: on the accelerated clock the London day can change
    # between the working-day check and the digest, which must be the digest of the day checked.
    now = current().clock.now()
    today = to_london(now).date()
    if not get_calendar().is_working_day(today):
        return Completed(name="Skipped", message=f"{today} is not a working day: no digest")
    written = write_todays_digest(now, days)
    deliver()
    return Completed(message=f"digest for {today} {'sent' if written else 'already sent'}")


@flow(
    name="deliver-outbox",
    description="Send every due pending message, e.g. retries after a failure.",
    flow_run_name=sweep_name("deliver-outbox"),
)
def deliver_outbox() -> str:
    publish_board()  # also written by the case runs as they change it; this catches any missed
    publish_register()
    summary = deliver()
    if receipts := delivery_receipts():
        summary += f"; receipts: {', '.join(f'{n} {status}' for status, n in sorted(receipts.items()))}"
    get_run_logger().info("Outbox: %s", summary)
    return summary


RETENTION_CRON = "0 8 1-7 * *"  # 08:00 London on each of the month's first seven days ...


@flow(
    name="retention-report",
    description="Monthly: inspections due for evidence deletion (H§73), and those held.",
    flow_run_name=sweep_name("retention-report"),
)
def retention_report() -> State:
    """... of which only the first working day writes the month's report (to operations)."""
    now = current().clock.now()
    today = to_london(now).date()
    first = report_day(today)
    if today != first:
        return Completed(name="Skipped", message=f"the month's report is on {first}")
    with session_scope() as session:
        context = report_context(session=session, now=now)
        written = write_ops_message(
            session=session,
            key=f"ops/retention/{today:%Y-%m}",
            template="retention_report",
            context=context,
            ops_email=current().ops_email,
            now=now,
        )
    deliver()
    return Completed(
        message=f"{len(context['due'])} due for deletion, {len(context['held'])} held"
        + ("" if written else " (already sent)")
    )
