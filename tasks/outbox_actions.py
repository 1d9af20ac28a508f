"""Operator actions on messages: send a copy of a case's communication to another contact role
(HMCI may send the report to others, RV publication), and resolve a failed or uncertain message.
Each is audited; a refused action changes nothing except the audit record of the refusal."""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from models.db import session_scope
from models.queries import audit, contacts_for, get_area_by_id, get_case
from models.tables import OutboxMessage
from sendops.errors import SendopsError
from sendops.specs import ROLES
from tasks.case_timeline import stored_schedule
from tasks.messages import RestrictedRecipientError, check_restricted, write_messages

RESOLUTIONS = ("sent", "resend")


def send_copy(*, case_id: int, key: str, role: str, actor: str, now: dt.datetime) -> int:
    """Write the communication of milestone `key` to the case's contacts in `role`; returns how many."""
    if role not in ROLES:
        raise SendopsError(f"unknown contact role {role!r}; roles: {', '.join(ROLES)}")
    with session_scope() as session:
        case = get_case(session=session, case_id=case_id, lock=True)
        milestone = next((m for m in stored_schedule(session=session, case=case) if m.key == key), None)
        if milestone is None or milestone.sends is None:
            raise SendopsError(f"case {case_id} has no communication for {key!r}")
        try:
            check_restricted(restricted=milestone.restricted, roles=[role])
        except RestrictedRecipientError as exc:
            refusal = str(exc)
        else:
            refusal = None
        if refusal:  # committed on its own: the refusal is on record, nothing is written
            audit(
                session=session,
                at=now,
                actor=actor,
                action="restricted_send_refused",
                case_id=case_id,
                key=key,
                role=role,
            )
        else:
            area = get_area_by_id(session=session, area_id=case.area_id)
            if not contacts_for(session=session, area_id=area.id, role=role):
                raise SendopsError(f"{area.name} has no contact in role {role}: see 'sendops contacts set'")
            written = write_messages(
                session=session,
                case=case,
                area=area,
                communication=milestone.sends,
                roles=(role,),
                tag=f"{key}-copy",
                now=now,
                milestone=milestone,
            )
            audit(
                session=session,
                at=now,
                actor=actor,
                action="send_copy",
                case_id=case_id,
                key=key,
                role=role,
                messages=[m.key for m in written],
            )
    if refusal:
        raise RestrictedRecipientError(refusal)
    return len(written)


def resolve_message(*, key: str, resolution: str, actor: str, now: dt.datetime) -> str:
    """Record that a failed or uncertain message was in fact sent, or put it back to be re-sent."""
    if resolution not in RESOLUTIONS:
        raise SendopsError(f"resolution must be one of {', '.join(RESOLUTIONS)}")
    with session_scope() as session:
        message = session.exec(
            select(OutboxMessage).where(OutboxMessage.key == key).with_for_update()
        ).first()
        if message is None:
            raise SendopsError(f"there is no message {key!r}: see 'sendops outbox list'")
        if message.status not in ("failed", "uncertain"):
            raise SendopsError(
                f"message {key} is {message.status}: only a failed or uncertain one can be resolved"
            )
        before = message.status
        if resolution == "sent":
            message.status, message.delivered_at = "delivered", now
        else:
            message.status, message.next_attempt_at, message.claimed_by = "pending", None, None
        audit(
            session=session,
            at=now,
            actor=actor,
            action=f"outbox_{resolution}",
            case_id=message.case_id,
            key=key,
            before=before,
            after=message.status,
            error=message.error,
        )
        return message.status
