"""A case's state in the database: what comes next, reaching milestones, applying decisions.

Plain functions on a session, so the flow's tasks, the CLI and the tests share one implementation.
Everything that has an effect is guarded by a database row: a milestone marked done, a decision
with a unique (case, attempt, key), an outbox message with a unique key. Replaying a flow therefore
finds the work done and repeats nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from models.queries import audit, get_area_by_id, get_case, milestones_of
from models.tables import FINAL_STATUSES, Case, CaseMilestone, Decision, DeferralRequest, OutboxMessage
from sendops.calendar import END_OF_DAY, london_instant, to_london
from sendops.config import get_calendar, get_timeline
from sendops.errors import SendopsError
from sendops.specs import DCS_CALL, HMCI_DECISION, OTHER_CONCERNS, OUTCOME
from tasks.case_timeline import scheduled_milestones, stored_schedule
from tasks.messages import DEFERRAL_ROLES, milestone_messages, outcome_of, write_messages
from tasks.reschedule import CALENDAR_CHANGED, reschedule

SYSTEM = "sendops"
# The final state names of a case run (besides "Published", when every milestone is done).
FINAL_STATES = {
    "held": "Held",  # an engagement meeting
    "deferred": "Deferred",
    "fit": "Fit for purpose",
    "escalated_to_dfe": "Escalated to DfE",
    "withdrawn": "Withdrawn",
}
IDLE = dt.timedelta(days=30)  # an overdue case with nothing to send re-checks itself this often
OVERRIDE = "override_reason"  # the decision field that overrides a guard that allows it


@dataclass(frozen=True)
class Step:
    """What a case does next: finish, wait for a time, reach a milestone, or await a decision."""

    kind: str  # "finished" | "wait" | "reach" | "decide"
    key: str = ""  # milestone key, or the decision's key ("deferral-3")
    decision: str = ""  # what is awaited: "deferral", "outcome", "draft_sent", ...
    due: dt.datetime | None = None
    final_state: str = ""  # for "finished": "Published", "Deferred", "Fit for purpose", ...
    overdue: bool = False  # for "wait": nothing is due; the case waits for an operator's record
    reaches: bool = False  # for "wait": the milestone `key` is reached at `due` (not a decision's)

    @property
    def label(self) -> str:
        if self.kind == "decide":
            return f"decision {self.decision}"
        return f"{self.key} (overdue)" if self.overdue else self.key


def sync_milestones(*, session: Session, case: Case) -> list[CaseMilestone]:
    """Create the rows of milestones that have become datable (e.g. comments_due after draft_sent)."""
    existing = {m.key for m in milestones_of(session=session, case=case)}
    for item in scheduled_milestones(case):
        if item.key not in existing:
            session.add(CaseMilestone(case_id=case.id, attempt=case.attempt, key=item.key, due=item.due))
    session.flush()
    return milestones_of(session=session, case=case)


def pending_deferral(*, session: Session, case: Case) -> DeferralRequest | None:
    query = select(DeferralRequest).where(
        DeferralRequest.case_id == case.id,
        DeferralRequest.attempt == case.attempt,
        DeferralRequest.status == "pending",
    )
    return session.exec(query).first()


def next_step(*, session: Session, case_id: int, now: dt.datetime) -> Step:
    case = get_case(session=session, case_id=case_id, lock=True)
    rows = sync_milestones(session=session, case=case)
    if case.status not in FINAL_STATUSES:  # the stored dates, if the calendar moved them
        reschedule(session=session, case=case, now=now, reason=CALENDAR_CHANGED)
    _settle_by_events(case, rows, now)  # first: a WSOA received then reviewed at once is still on time
    if case.status in FINAL_STATES:
        for m in rows:
            if m.status == "pending":
                m.status = "cancelled"
        return _awaiting(case, Step("finished", final_state=FINAL_STATES[case.status]))
    request = pending_deferral(session=session, case=case)
    if request is not None:
        return _awaiting(case, Step("decide", key=f"deferral-{request.id}", decision="deferral"))
    timeline = get_timeline(case.kind)
    pending = [m for m in rows if m.status == "pending"]
    if not pending:
        _final_status(case, rows)
        return _awaiting(case, Step("finished", final_state="Published"))
    # A milestone an event closes (a WSOA due) is only waited for until its time; after that the
    # case goes on to its chases, and the operator's record of the event wakes it.
    ahead = [m for m in pending if not timeline.milestone(m.key).closed_by or m.due > now]
    # A milestone that follows a decision is reached with it (record_decision), not by its time.
    waiting = {m.key for m in pending}
    ahead = [m for m in ahead if timeline.milestone(m.key).follows not in waiting]
    if not ahead:
        return _awaiting(case, Step("wait", key=pending[0].key, due=now + IDLE, overdue=True))
    first = ahead[0]
    spec = timeline.milestone(first.key)
    if spec.awaits:
        # A decision its rules do not allow yet (the outcome before the last on-site day) is
        # asked for once they do; one an operator may override is asked for at once.
        asks_later = spec.guard is not None and not spec.guard.override
        opens = decision_opens(case=case, key=first.key) if asks_later else None
        if opens is not None and opens > now:
            return _awaiting(case, Step("wait", key=first.key, due=opens))
        return _awaiting(case, Step("decide", key=first.key, decision=spec.awaits, due=first.due))
    if first.due <= now and not spec.closed_by:
        return Step("reach", key=first.key, due=first.due)
    return _awaiting(case, Step("wait", key=first.key, due=first.due, reaches=not spec.closed_by))


def _settle_by_events(case: Case, rows: list[CaseMilestone], now: dt.datetime) -> None:
    """Milestones an event has closed are done (late if the event came after them); those an
    event has made moot (reminders, chases) are skipped."""
    timeline = get_timeline(case.kind)
    for m in rows:
        spec = timeline.milestone(m.key)
        if m.status != "pending":
            continue
        if spec.closed_by in case.events:
            day = dt.date.fromisoformat(case.events[spec.closed_by])
            m.status, m.done_at, m.outcome = "done", now, f"{spec.closed_by} {day.isoformat()}"
            m.late = day > to_london(m.due).date()
        elif spec.moot_after in case.events:
            m.status = "skipped"


def _awaiting(case: Case, step: Step) -> Step:
    if step.kind == "finished":
        case.awaiting = None
    else:
        due = f" (due {to_london(step.due):%a %d %b %Y %H:%M %Z})" if step.due and not step.overdue else ""
        case.awaiting = f"{step.label}{due}"
    return step


def reach_milestone(
    *,
    session: Session,
    case_id: int,
    key: str,
    now: dt.datetime,
    values: dict[str, Any] | None = None,
    grace: dt.timedelta = dt.timedelta(0),
    prepared: list[OutboxMessage] | None = None,
) -> bool:
    """Mark a milestone done and write its messages, once. False if it was already done.
    `prepared`: its messages as prepare_milestone wrote them out ahead of its instant."""
    case = get_case(session=session, case_id=case_id, lock=True)
    rows = milestones_of(session=session, case=case)
    row = next((m for m in rows if m.key == key), None)
    if row is None:
        raise SendopsError(f"case {case_id} has no milestone {key!r} in attempt {case.attempt}")
    if row.status != "pending":
        return False
    if prepared is None:
        _messages_of(session=session, case=case, key=key, now=now, values=values)
    for message in prepared or ():
        message.created_at = now
        session.add(message)
    row.status, row.done_at, row.late = "done", now, now > row.due + grace
    status = get_timeline(case.kind).milestone(key).status
    if status and not (status in FINAL_STATUSES and any(m.status == "pending" for m in rows)):
        case.status = status  # a final one waits for the last milestone: see _final_status
    case.updated_at = now
    return True


def prepare_milestone(
    *, session: Session, case_id: int, key: str, at: dt.datetime
) -> list[OutboxMessage] | None:
    """The messages milestone `key` will write at `at`, composed (rendered, with their timetable)
    but not added, for reach_milestone(prepared=...) to write at the instant; None if it is not
    pending. Valid while nobody acts on the case or its area (tasks/holds.py watches for that):
    a letter reads only the case, its schedule, decisions and contacts, all changed by audited
    actions alone."""
    case = get_case(session=session, case_id=case_id)
    row = next((m for m in milestones_of(session=session, case=case) if m.key == key), None)
    if row is None or row.status != "pending":
        return None
    return _messages_of(session=session, case=case, key=key, now=at, add=False)


def _messages_of(
    *,
    session: Session,
    case: Case,
    key: str,
    now: dt.datetime,
    values: dict[str, Any] | None = None,
    add: bool = True,
) -> list[OutboxMessage]:
    """Milestone `key`'s messages as its stored schedule dates it (added to the session, or not)."""
    area = get_area_by_id(session=session, area_id=case.area_id)
    item = next(s for s in stored_schedule(session=session, case=case) if s.key == key)
    return milestone_messages(
        session=session, case=case, area=area, milestone=item, now=now, values=values, add=add
    )


def _final_status(case: Case, rows: list[CaseMilestone]) -> None:
    """With nothing left pending, the case takes the final status (published) a milestone already
    reached gave it. A case is final only once its run has nothing left to do: the recovery
    restarts the runs of active cases only, so a case made final with a milestone still pending
    (the 2023 strategic plan due, then the priority action plan the same day) was stranded when
    its run stopped between the two (found by bench/bench_faults.py)."""
    timeline = get_timeline(case.kind)
    final = [
        s for m in rows if m.status == "done" and (s := timeline.milestone(m.key).status) in FINAL_STATUSES
    ]
    if final and case.status not in FINAL_STATUSES:
        case.status = final[-1]


def decision_opens(*, case: Case, key: str) -> dt.datetime | None:
    """The earliest moment the decision milestone `key` awaits may be recorded (its guard), or
    None if it may be recorded whenever the case asks for it."""
    guard = get_timeline(case.kind).milestone(key).guard
    after = next((m for m in scheduled_milestones(case) if guard and m.key == guard.after), None)
    if guard is None or after is None:
        return None
    return london_instant(after.date, dt.time(0)) if guard.from_day else after.due


def last_decision(*, session: Session, case: Case) -> Decision | None:
    """The case's latest decision in this attempt, by when it was taken."""
    query = select(Decision).where(Decision.case_id == case.id, Decision.attempt == case.attempt)
    return session.exec(query.order_by(Decision.decided_at.desc())).first()


def order_problem(last: Decision | None, at: dt.datetime) -> str | None:
    """Why a decision cannot be dated `at` (a form's `decided_at`): before `last`, the case's
    previous decision in this attempt. None if it can."""
    if last is None or at >= last.decided_at:
        return None
    return (
        f"decided_at: {to_london(at):%Y-%m-%d %H:%M} is before the case's previous decision "
        f"({last.key}, {to_london(last.decided_at):%Y-%m-%d %H:%M} London)"
    )


def guard_problem(*, case: Case, key: str, values: dict[str, Any], now: dt.datetime) -> str | None:
    """Why the decision milestone `key` awaits may not be recorded at `now`, or None. A guard
    that allows it is overridden by a reason in the `override_reason` field."""
    opens = decision_opens(case=case, key=key)
    spec = get_timeline(case.kind).milestone(key)
    guard = spec.guard
    called, local_now = str(values.get("called_at", "")), to_london(now)
    same_day = opens is not None and to_london(opens).date() == local_now.date()
    if spec.awaits == DCS_CALL and same_day and called > f"{local_now:%H:%M}":
        return f"a call made at {called} cannot be recorded at {local_now:%H:%M}, before it was made"
    if guard is None or opens is None or now >= opens:
        return None
    if guard.override and str(values.get(OVERRIDE, "")).strip():
        return None
    local = to_london(opens)
    when = f"{local:%A} {local.day} {local:%B %Y}"
    if not guard.from_day:
        when += " (after the end of that day)" if local.time() == END_OF_DAY else f", {local:%H:%M}"
    how = f"; to record it earlier, give the reason in {OVERRIDE}" if guard.override else ""
    return f"the {spec.awaits} decision can be recorded from {when} ({guard.rule}){how}"


def record_decision(
    *,
    session: Session,
    case_id: int,
    key: str,
    decision: str,
    values: dict[str, Any],
    now: dt.datetime,
    grace: dt.timedelta = dt.timedelta(0),
    recorded_at: dt.datetime | None = None,
) -> bool:
    """Record an operator's decision, taken at `now`, and apply it, once. False if it was already
    recorded. `recorded_at`: when it was submitted, if later (a decision recorded after it was
    taken, its form's `decided_at`); the audit entry is dated then. The follow-on case it may open
    is tasks/follow_ons.py's (record_decision_with_follow_ons)."""
    case = get_case(session=session, case_id=case_id, lock=True)
    seen = select(Decision).where(
        Decision.case_id == case_id, Decision.attempt == case.attempt, Decision.key == key
    )
    if session.exec(seen).first() is not None:
        return False
    if decision != "deferral" and (problem := guard_problem(case=case, key=key, values=values, now=now)):
        raise SendopsError(problem)
    if problem := order_problem(last_decision(session=session, case=case), now):
        raise SendopsError(problem)
    actor = str(values.get("decided_by", "")).strip()
    # HMCI's decision after moderation may differ from the team's recommendation (H§38): the
    # record keeps both.
    recommended = {"recommended": outcome_of(session=session, case=case)} if decision == HMCI_DECISION else {}
    session.add(
        Decision(
            case_id=case_id, attempt=case.attempt, key=key, decided_by=actor, decided_at=now, values=values
        )
    )
    taken = {"decided_at": now.isoformat()} if recorded_at and recorded_at > now else {}
    audit(
        session=session,
        at=max(now, recorded_at or now),
        actor=actor,
        action=f"decide_{decision}",
        case_id=case_id,
        key=key,
        values=values,
        **recommended,
        **taken,
    )
    if decision == "deferral":
        _apply_deferral(session=session, case=case, request_id=int(key.split("-")[1]), values=values, now=now)
        return True
    if decision in get_timeline(case.kind).events:
        # The decision's date is the event that later milestones count from (draft_sent -> comments_due).
        case.events = {**case.events, decision: to_london(now).date().isoformat()}
    if decision == OUTCOME and "outcome" in values:
        _record_outcome(case, values)
    if decision == OUTCOME and values.get(OTHER_CONCERNS):  # a re-visit's other findings (RV)
        case.facts = {**case.facts, OTHER_CONCERNS: list(values[OTHER_CONCERNS])}
    guard = get_timeline(case.kind).milestone(key).guard
    if guard and guard.override and str(values.get(OVERRIDE, "")).strip():
        audit(
            session=session,
            at=now,
            actor=actor,
            action="guard_overridden",
            case_id=case_id,
            key=key,
            rule=guard.rule,
            reason=str(values[OVERRIDE]).strip(),
        )
    reach_milestone(session=session, case_id=case_id, key=key, now=now, values=values, grace=grace)
    dated = {m.key for m in milestones_of(session=session, case=case)}
    for follower in get_timeline(case.kind).followers(key):  # what comes after it (H§18-22)
        if follower.key in dated:
            reach_milestone(
                session=session, case_id=case_id, key=follower.key, now=now, values=values, grace=grace
            )
    return True


def _record_outcome(case: Case, values: dict[str, Any]) -> None:
    """One of the kind's published outcomes: the case keeps it, with what it sets in motion (the
    next full inspection due, the support and challenge that follows, the areas a monitoring
    inspection will review), for its follow-on milestones and cases and its letters."""
    outcome = get_timeline(case.kind).outcome(values["outcome"])
    facts = {"outcome": outcome.key, "outcome_wording": outcome.wording, "support": outcome.support}
    if outcome.next_full_months:
        last_day = get_calendar().onsite_date(case.start, case.onsite_days)
        due = get_calendar().add_months(last_day, outcome.next_full_months)
        facts["next_full_inspection_due"] = due.isoformat()
    case.facts = {**case.facts, **facts}
    if values.get("areas_for_priority_action"):
        case.weaknesses = list(values["areas_for_priority_action"])


def _apply_deferral(
    *, session: Session, case: Case, request_id: int, values: dict[str, Any], now: dt.datetime
) -> None:
    request = session.get(DeferralRequest, request_id)
    if request is None or request.case_id != case.id or request.status != "pending":
        raise SendopsError(f"case {case.id} has no pending deferral request {request_id}")
    granted = bool(values["granted"])
    request.status = "granted" if granted else "refused"
    area = get_area_by_id(session=session, area_id=case.area_id)
    write_messages(
        session=session,
        case=case,
        area=area,
        communication="deferral_decision",
        roles=DEFERRAL_ROLES,
        tag=f"deferral-{request_id}",
        now=now,
        values={**values, "request": request.reason},
    )
    if granted:
        before = case.status
        for m in milestones_of(session=session, case=case):
            if m.status == "pending":
                m.status = "cancelled"
        case.status, case.awaiting, case.updated_at = "deferred", None, now
        audit(
            session=session,
            at=now,
            actor=SYSTEM,
            action="case_deferred",
            case_id=case.id,
            before=before,
            after="deferred",
        )
