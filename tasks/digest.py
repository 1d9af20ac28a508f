"""The operations digest: what is due in the next N working days, what is overdue, which
decisions wait in the UI, which deliveries failed. Sent every working morning by the `ops-digest`
deployment and printed by `sendops upcoming --days N`."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlmodel import Session, select

from models.tables import ACTIVE_STATUSES, Case, CaseMilestone, LocalArea, OutboxMessage
from sendops.calendar import WorkingDayCalendar, london_instant, to_london
from sendops.config import get_timeline
from tasks.letters import case_reference, london, render
from tasks.ops_messages import write_ops_message

REVIEWING = {"under_review": "the WSOA review", "under_second_review": "the re-submitted WSOA's review"}


@dataclass(frozen=True)
class Line:
    when: str
    case: str
    what: str
    rule: str = ""


def digest_context(
    *, session: Session, now: dt.datetime, calendar: WorkingDayCalendar, days: int
) -> dict[str, object]:
    today = to_london(now).date()
    horizon = calendar.add(today, days)
    until = london_instant(horizon, None)
    upcoming: list[tuple[dt.datetime, int, Line]] = []  # (due, order in the timeline, line)
    overdue: list[tuple[dt.datetime, int, Line]] = []
    decisions: list[Line] = []
    cases = session.exec(select(Case).where(Case.status.in_(ACTIVE_STATUSES)).order_by(Case.id)).all()  # type: ignore[attr-defined]
    for case in cases:
        area = session.get(LocalArea, case.area_id)
        label = f"{case_reference(case)} {area.name} ({case.kind})"
        timeline = get_timeline(case.kind)
        rows = session.exec(
            select(CaseMilestone).where(
                CaseMilestone.case_id == case.id,
                CaseMilestone.attempt == case.attempt,
                CaseMilestone.status == "pending",
            )
        ).all()
        for m in rows:
            spec = timeline.milestone(m.key)
            entry = (
                m.due,
                timeline.milestones.index(spec),
                Line(london(m.due, spec.at is None), label, spec.title, spec.rule),
            )
            if m.due <= now:
                overdue.append(entry)
            elif m.due <= until:
                upcoming.append(entry)
        if (case.awaiting or "").startswith("decision"):
            decisions.append(Line(f"case {case.id}", label, case.awaiting))
        elif case.status in REVIEWING:  # recorded with 'sendops wsoa review' or the wsoa-review form
            decisions.append(Line(f"case {case.id}", label, REVIEWING[case.status]))
    failed = session.exec(
        select(OutboxMessage)
        .where(OutboxMessage.status.in_(("failed", "uncertain")))  # type: ignore[attr-defined]
        .order_by(OutboxMessage.id)
    ).all()
    deliveries = [Line(m.status, m.key, m.subject, m.error or "") for m in failed]
    from tasks.register import register, register_summary

    areas = register_summary(register(session=session, now=now), today)
    return {
        "today": today,
        "days": days,
        "horizon": horizon,
        "upcoming": [asdict(line) for *_, line in sorted(upcoming, key=lambda x: x[:2])],
        "overdue": [asdict(line) for *_, line in sorted(overdue, key=lambda x: x[:2])],
        "decisions": [asdict(line) for line in decisions],
        "deliveries": [asdict(line) for line in deliveries],
        "register": areas,
    }


def digest_text(context: dict[str, object]) -> str:
    recipient = {"name": "Area SEND operations", "role": "Area SEND operations"}
    return render("ops_digest", {**context, "recipient": recipient}).text


def write_digest(*, session: Session, context: dict[str, object], ops_email: str, now: dt.datetime) -> bool:
    """Today's digest (`digest_context`) as an outbox message, once per London day; False if
    already written."""
    key = f"ops/digest/{context['today']}"
    message = write_ops_message(
        session=session, key=key, template="ops_digest", context=context, ops_email=ops_email, now=now
    )
    return message is not None
