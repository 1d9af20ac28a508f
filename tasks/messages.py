"""Messages are outbox rows first, written in the same transaction as the milestone or decision
they belong to, with a unique key (case, attempt, what, recipient); delivery comes afterwards.

Confidentiality is checked here, before anything is written: a restricted draft may only be
addressed to the DCS and the CCG/ICB chief executive(s) and their named representatives (H§66,
RV quality assurance process), who are recorded as contacts in those two roles.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, select

from models.queries import contacts_for, wsoa_record_of
from models.tables import Case, Decision, LocalArea, OutboxMessage
from sendops.config import current, get_timeline
from sendops.errors import SendopsError
from sendops.specs import (
    CCG_ICB,
    DCS,
    DRAFT_ROLES,
    HMCI_DECISION,
    LANO,
    OPERATIONS,
    OUTCOME,
    PCF,
    PRINCIPAL,
)
from sendops.timelines import ScheduledMilestone
from tasks.case_timeline import stored_schedule
from tasks.letters import case_context, case_reference, has_timetable, render
from tasks.timetable_ics import timetable_ics

DEFERRAL_ROLES = (DCS, LANO, CCG_ICB)
RESTART_ROLES = (DCS, LANO, CCG_ICB, PCF)


class RestrictedRecipientError(SendopsError):
    """A restricted draft was addressed to someone who may not receive it."""


def check_restricted(*, restricted: bool, roles: tuple[str, ...] | list[str]) -> None:
    refused = [role for role in roles if restricted and role not in DRAFT_ROLES]
    if refused:
        raise RestrictedRecipientError(
            f"a restricted draft may only go to {' and '.join(DRAFT_ROLES)} (H§66), not {', '.join(refused)}"
        )


def recipients(
    *, session: Session, case: Case, area: LocalArea, role: str
) -> list[tuple[str, str, str, str]]:
    """(key suffix, name, address, role) of each person `role` means for this case: the principal
    authority is a WSOA's DCS or CCG/ICB chief executive; operations is the team's mailbox."""
    if role == PRINCIPAL:
        role = case_facts(session=session, case=case).get("principal_role", DCS)
    if role == OPERATIONS:
        name = f"{case.lead_hmi} (lead HMI) and the reviewing inspectors, via area SEND operations"
        return [("ops", name, current().ops_email, OPERATIONS)]
    return [
        (str(c.id), c.name, c.email, role) for c in contacts_for(session=session, area_id=area.id, role=role)
    ]


def case_facts(*, session: Session, case: Case) -> dict[str, Any]:
    """What a case's letters know of it (`facts` in the templates): its findings and links, and a
    WSOA's record (principal authority, dates) with its dates as ISO strings."""
    record = wsoa_record_of(session=session, case_id=case.id)
    return {**case.facts, **(record.facts() if record else {})}


def outcome_of(*, session: Session, case: Case) -> dict[str, Any]:
    """The values of the case's outcome decision (per-weakness progress, principal authority),
    recorded under the key of the milestone that awaited it (onsite_ends); once HMCI has decided
    after moderation (a full-2016 inspection, H§38, H§74), HMCI's decision."""
    keys = [m.key for m in get_timeline(case.kind).milestones if m.awaits in (OUTCOME, HMCI_DECISION)]
    query = select(Decision).where(
        Decision.case_id == case.id,
        Decision.attempt == case.attempt,
        Decision.key.in_(keys),  # type: ignore[attr-defined]
    )
    decisions = {d.key: d for d in session.exec(query)}
    latest = next((decisions[k] for k in reversed(keys) if k in decisions), None)  # in the spec's order
    return dict(latest.values) if latest else {}


def write_messages(
    *,
    session: Session,
    case: Case,
    area: LocalArea,
    communication: str,
    roles: tuple[str, ...] | list[str],
    tag: str,
    now: dt.datetime,
    milestone: ScheduledMilestone | None = None,
    values: dict[str, Any] | None = None,
    add: bool = True,
) -> list[OutboxMessage]:
    """One outbox row per contact in `roles`, skipping keys already written; nothing on refusal.
    `add=False`: the rows composed but not added to the session (written later, at an instant)."""
    restricted = milestone is not None and milestone.restricted
    check_restricted(restricted=restricted, roles=roles)
    milestones = stored_schedule(session=session, case=case)
    outcome = outcome_of(session=session, case=case)
    facts = case_facts(session=session, case=case)
    ics = None
    if has_timetable(communication):
        reference = case_reference(case)
        ics = timetable_ics(reference=reference, area=area.name, milestones=milestones, stamp=now)
    written = []
    for role_or_principal in roles:
        for suffix, name, address, role in recipients(
            session=session, case=case, area=area, role=role_or_principal
        ):
            key = f"case-{case.id}/{case.attempt}/{tag}/{suffix}"
            if session.exec(select(OutboxMessage.id).where(OutboxMessage.key == key)).first() is not None:
                continue
            context = case_context(
                case=case,
                area=area,
                milestones=milestones,
                recipient_name=name,
                role=role,
                milestone=milestone,
                values=values,
                outcome=outcome,
                facts=facts,
            )
            letter = render(communication, context, restricted=restricted)
            message = OutboxMessage(
                key=key,
                case_id=case.id,
                milestone=tag,
                template=communication,
                role=role,
                recipient_name=name,
                recipient_email=address,
                subject=letter.subject,
                body=letter.text,
                html=letter.html,
                ics=ics,
                restricted=restricted,
                created_at=now,
            )
            if add:
                session.add(message)
            written.append(message)
    return written


def milestone_messages(
    *,
    session: Session,
    case: Case,
    area: LocalArea,
    milestone: ScheduledMilestone,
    now: dt.datetime,
    values: dict[str, Any] | None = None,
    add: bool = True,
) -> list[OutboxMessage]:
    if not milestone.sends:
        return []
    return write_messages(
        session=session,
        case=case,
        area=area,
        communication=milestone.sends,
        roles=milestone.notify,
        tag=milestone.key,
        now=now,
        milestone=milestone,
        values=values,
        add=add,
    )
