"""Messages are outbox rows first, written in the same transaction as the milestone they belong
to, with a unique key (case, attempt, milestone, recipient); delivery comes afterwards."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, select

from models.queries import audit, contacts_for
from models.tables import Case, LocalArea, OutboxMessage
from sendops.calendar import to_london
from sendops.definitions import CCG_ICB, DCS, DRAFT_ROLES, LANO, get_timeline
from sendops.errors import SendopsError
from sendops.timelines import ScheduledMilestone
from tasks.case_timeline import scheduled_milestones

RESTRICTED_MILESTONES = ("draft_sent",)  # H§66; RV QA: restricted and confidential
DEFERRAL_ROLES = (DCS, LANO, CCG_ICB)


def london(instant: dt.datetime, end_of_day: bool = False) -> str:
    local = to_london(instant)
    return f"{local:%A %d %B %Y}, end of day" if end_of_day else f"{local:%A %d %B %Y, %H:%M %Z}"


def timetable(case: Case) -> str:
    lines = [f"  {london(m.due, m.end_of_day):<40} {m.title} [{m.rule}]" for m in scheduled_milestones(case)]
    return "\n".join(lines)


def compose(
    *, case: Case, area: LocalArea, kind: str, milestone: ScheduledMilestone | None, values: dict[str, Any]
) -> tuple[str, str]:
    """Subject and plain-text body. (Templates replace this in the communications issue.)"""
    timeline = get_timeline(case.kind)
    head = f"{timeline.title}: {area.official_name}"
    if kind == "deferral_decision":
        verdict = "granted" if values.get("granted") else "refused"
        body = (
            f"The request to defer the {timeline.title.lower()} of {area.name} "
            f"(on-site from {case.start:%A %d %B %Y}) has been {verdict} by Ofsted and the CQC jointly.\n"
            f"Request: {values.get('request', '')}\nReason for the decision: {values.get('reason', '')}\n"
            f"Rule: deferral only in exceptional circumstances (H§25; RV requests for deferral)."
        )
        return f"{head}: deferral request {verdict}", body
    assert milestone is not None
    body = (
        f"{milestone.title}.\n"
        f"When: {london(milestone.due, milestone.end_of_day)} ({milestone.day_label})\n"
        f"Rule: {milestone.rule}\n"
        f"Lead HMI: {case.lead_hmi}\n\nTimetable (Europe/London):\n{timetable(case)}\n"
    )
    if milestone.key in RESTRICTED_MILESTONES:
        body = "RESTRICTED AND CONFIDENTIAL: not to be shared more widely or published.\n\n" + body
    return f"{head}: {milestone.title}", body


def write_messages(
    *,
    session: Session,
    case: Case,
    area: LocalArea,
    milestone: ScheduledMilestone | None,
    now: dt.datetime,
    values: dict[str, Any],
    kind: str = "milestone",
    tag: str | None = None,
) -> list[OutboxMessage]:
    """One outbox row per recipient, skipping keys already written."""
    roles = DEFERRAL_ROLES if kind == "deferral_decision" else milestone.notify if milestone else ()
    restricted = milestone is not None and milestone.key in RESTRICTED_MILESTONES
    subject, body = compose(case=case, area=area, kind=kind, milestone=milestone, values=values)
    tag = tag or (milestone.key if milestone else kind)
    written = []
    for role in roles:
        if restricted and role not in DRAFT_ROLES:
            audit(
                session=session,
                at=now,
                actor="sendops",
                action="restricted_send_refused",
                case_id=case.id,
                role=role,
            )
            raise SendopsError(f"a restricted draft may only go to {', '.join(DRAFT_ROLES)}, not {role}")
        for contact in contacts_for(session=session, area_id=area.id, role=role):
            key = f"case-{case.id}/{case.attempt}/{tag}/{contact.id}"
            if session.exec(select(OutboxMessage.id).where(OutboxMessage.key == key)).first() is not None:
                continue
            message = OutboxMessage(
                key=key,
                case_id=case.id,
                milestone=tag,
                role=role,
                recipient_name=contact.name,
                recipient_email=contact.email,
                subject=subject,
                body=f"Dear {contact.name},\n\n{body}",
                restricted=restricted,
                created_at=now,
            )
            session.add(message)
            written.append(message)
    return written
