"""The steps a case flow puts in order: the ones that change the case or write to the area are
Prefect tasks (reach, record, deliver), each run shown in the flow run; planning and the timeline
artifact are plain calls. Each opens its own transaction; no task is cached, because the
database (not Prefect's cache) is what makes a replay repeat nothing."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from sqlalchemy.exc import DBAPIError

from models.db import session_scope
from models.queries import get_area_by_id, get_case, messages_for, milestones_of
from sendops.calendar import to_london
from sendops.config import current, get_timeline
from sendops.errors import SendopsError
from tasks.artifacts import publish
from tasks.board import board_changed
from tasks.case_state import Step, next_step, prepare_milestone, reach_milestone
from tasks.decisions import refuse_submission
from tasks.delivery import DeliveryReport, collect_receipts, deliver_pending, due_ids
from tasks.follow_ons import record_decision_with_follow_ons
from tasks.holds import hold, last_action, last_action_in, yield_to_reaching
from tasks.transports import transport_for

RETRIES = {"retries": 3, "retry_delay_seconds": 2, "cache_policy": NO_CACHE}
PLAN_RETRIES = RETRIES["retries"]
LATE_AFTER_REAL_SECONDS = 5.0  # the system's own lag is not lateness; an outage or a late decision is


def now():
    return current().clock.now()


def grace() -> dt.timedelta:
    return dt.timedelta(seconds=LATE_AFTER_REAL_SECONDS * current().clock.speed)


def plan_step(case_id: int) -> Step:
    """What the case does next (and what it awaits, noted on the case). A plain call rather than
    a task run: a wake makes two or three, and they were three of its five task runs, while
    recording task runs was the largest part of a busy Prefect server's CPU (bench_programme)."""

    def plan() -> Step:
        with session_scope() as session:
            return next_step(session=session, case_id=case_id, now=now())

    return _retried(plan)


def _retried(call: Callable[[], Any]) -> Any:
    """`call()`, from a plain call rather than a task: a database that does not answer is tried
    again as a task's retries would (3 times, 2 s apart)."""
    tries = 0
    while True:
        try:
            return call()
        except DBAPIError:
            tries += 1
            if tries > PLAN_RETRIES:
                raise
            time.sleep(RETRIES["retry_delay_seconds"])


@task(name="reach due milestones", **RETRIES)
def reach_due(case_id: int, key: str | None = None, at: dt.datetime | None = None) -> list[str]:
    """Every milestone due now, each in its own transaction, in one task run: several milestones
    due at the same 09:00 are reached within milliseconds of each other, not one task run apart.

    With `key` and `at` (milestone `key` is due at `at`, a few real seconds away), the task run
    starts before its instant: the milestone's messages are written out first, then it holds
    until the instant and records the milestone with them then. Under a burst (a hundred cases
    notified at one 09:00) what happens at the instant is one short transaction each, not the
    task run, the planning and the letters of every run after one another. An action on the case
    or its area meanwhile ends the hold, and the flow plans again."""
    reached = [key] if key is not None and at is not None and _reach_at(case_id, key, at) else []
    while True:  # what else is due now (or, after an early or refused hold, whatever is)
        with session_scope() as session:
            step = next_step(session=session, case_id=case_id, now=now())
        if step.kind != "reach":
            return reached
        with session_scope() as session:
            reach_milestone(session=session, case_id=case_id, key=step.key, now=now(), grace=grace())
            written = messages_for(session=session, case_id=case_id, key=step.key)
        get_run_logger().info("Reached %s; %d message(s) written", step.key, written)
        reached.append(step.key)


def _reach_at(case_id: int, key: str, at: dt.datetime) -> bool:
    """Hold until `at`, then reach milestone `key` with the messages prepared before the hold;
    False if it is not pending (a retry of this task run after it was reached), if the hold ended
    early (someone acted) or if someone acted since the messages were prepared: what is due is
    then planned again, and what is reached is written afresh."""
    clock = current().clock
    mark = last_action(case_id)
    # Planned again after the mark: an action between the flow's plan and the mark (a deferral
    # requested as this task run started) is seen here, one after the mark by the hold and below.
    if plan_step(case_id) != Step("wait", key=key, due=at, reaches=True):
        return False
    with session_scope(read_only=True) as session:
        prepared = prepare_milestone(session=session, case_id=case_id, key=key, at=at)
    if prepared is None or not hold(case_id, clock.real_seconds_until(at), mark=mark):
        return False
    while (left := clock.real_seconds_until(at)) > 0:  # a timed wait may end a hair early
        time.sleep(left)
    with session_scope() as session:
        if last_action_in(session, case_id) != mark:  # acted on since the holds were last watched
            return False
        if not reach_milestone(
            session=session, case_id=case_id, key=key, now=now(), grace=grace(), prepared=prepared
        ):
            return False
    yield_to_reaching()  # the runs released at this instant record theirs before this goes on
    get_run_logger().info("Reached %s at its instant; %d message(s) written", key, len(prepared))
    return True


@task(name="record decision", task_run_name="record {decision}", **RETRIES)
def decide(
    case_id: int,
    key: str,
    decision: str,
    values: dict[str, Any],
    form: str,
    acted_at: dt.datetime,
    recorded_at: dt.datetime | None = None,
) -> bool:
    """Record the decision submitted on suspension `form` (at `recorded_at`) as taken at
    `acted_at`: when the operator submitted it, or the earlier moment the form gives. One the
    case's rules refuse is audited as refused, and the case asks for it again: a decision never
    fails the run."""
    try:
        with session_scope() as session:
            recorded = record_decision_with_follow_ons(
                session=session,
                case_id=case_id,
                key=key,
                decision=decision,
                values=values,
                now=acted_at,
                recorded_at=recorded_at,
            )
    except SendopsError as exc:
        get_run_logger().warning("Refused the %s decision: %s", decision, exc)
        refuse_submission(
            case_id=case_id,
            key=key,
            submission=form,
            decision=decision,
            values=values,
            reason=str(exc),
            now=acted_at,
        )
        return False
    get_run_logger().info("Recorded the %s decision by %s", decision, values.get("decided_by"))
    return recorded


@task(name="deliver messages", **RETRIES)
def deliver(case_id: int | None = None) -> str:
    """Send the due pending messages (of one case, or all); failures never stop the case."""
    report = deliver_messages(case_id)
    return report.summary()


def deliver_due(case_id: int) -> None:
    """The case's `deliver messages` task run, if it (or operations) has a message due to send:
    a wake with none (a decision asked for, a milestone that writes no letter) makes no task run,
    which the Prefect server records in three events. A claim left by a delivery process that
    stopped mid-send is the outbox sweep's to find (deliver-outbox, tasks/delivery.recover_stale)."""
    if _retried(lambda: due_ids(case_id)):
        deliver(case_id)


def delivery_receipts() -> dict[str, int]:
    """The provider's receipts for the messages it took (GOV.UK Notify; none for SMTP)."""
    settings = current()
    return collect_receipts(
        transport=transport_for(settings.mail, mail_drop=settings.mail_drop),
        now=settings.clock.now(),
        ops_email=settings.ops_email,
    )


def deliver_messages(case_id: int | None = None) -> DeliveryReport:
    settings = current()
    return deliver_pending(
        transport=transport_for(settings.mail, mail_drop=settings.mail_drop),
        now=settings.clock.now(),
        ops_email=settings.ops_email,
        case_id=case_id,
    )


def publish_timeline(case_id: int) -> None:
    """The case's table artifact, with each milestone's status, and the cases board: each
    written when it changed. A plain call (see plan_step); a view, so one that cannot be written
    now is logged and left for the case's next change or the outbox sweep to write."""
    try:
        _publish_timeline(case_id)
    except Exception:
        get_run_logger().warning("Could not update the timeline artifact of case %d", case_id, exc_info=True)


def _publish_timeline(case_id: int) -> None:
    with session_scope(read_only=True) as session:
        case = get_case(session=session, case_id=case_id)
        area = get_area_by_id(session=session, area_id=case.area_id)
        timeline = get_timeline(case.kind)
        rows = [
            {
                "due (London)": f"{to_london(m.due):%a %d %b %Y %H:%M}",
                "milestone": m.key,
                "title": timeline.milestone(m.key).title,
                "status": m.status + (" (late)" if m.late else ""),
                "done at (London)": f"{to_london(m.done_at):%a %d %b %H:%M}" if m.done_at else "",
                "rule": timeline.milestone(m.key).rule,
            }
            for m in milestones_of(session=session, case=case)
        ]
        description = (
            f"**{timeline.title}**: {area.name}, on-site from {case.start:%a %d %b %Y} "
            f"({case.onsite_days} days), attempt {case.attempt}. Status: **{case.status}**. "
            f"Waiting for: {case.awaiting or 'nothing'}."
        )
    # After the transaction; only the case's run writes its timeline.
    publish(f"case-{case_id}", table=rows, description=description, one_writer=True)
    board_changed()
