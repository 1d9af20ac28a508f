"""Messages to the inspectorate's own operations team: delivery alerts and the daily digest.
Outbox rows like any other (keys under `ops/`), so they are delivered once the same way."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, select

from models.tables import OutboxMessage
from sendops.specs import OPERATIONS, ROLE_TITLES
from tasks.letters import render


def write_ops_message(
    *,
    session: Session,
    key: str,
    template: str,
    context: dict[str, Any],
    ops_email: str,
    now: dt.datetime,
    case_id: int | None = None,
    role: str = OPERATIONS,
    name: str = "",
) -> OutboxMessage | None:
    """One message to operations (or another of the inspectorate's own addresses: `role`, named
    `name`, at `ops_email`) under `key`, unless that key was written before."""
    if session.exec(select(OutboxMessage.id).where(OutboxMessage.key == key)).first() is not None:
        return None
    name = name or ROLE_TITLES[role]
    letter = render(template, {**context, "recipient": {"name": name, "role": ROLE_TITLES[role]}})
    message = OutboxMessage(
        key=key,
        case_id=case_id,
        milestone=template,
        template=template,
        role=role,
        recipient_name=name,
        recipient_email=ops_email,
        subject=letter.subject,
        body=letter.text,
        html=letter.html,
        created_at=now,
    )
    session.add(message)
    return message


def write_alert(*, session: Session, failed: OutboxMessage, now: dt.datetime, ops_email: str) -> None:
    context = {
        "failed": {
            "key": failed.key,
            "status": failed.status,
            "error": failed.error or "",
            "role": ROLE_TITLES.get(failed.role, failed.role),
            "subject": failed.subject,
            "attempts": failed.attempts,
        }
    }
    write_ops_message(
        session=session,
        key=f"ops/alert/{failed.key}/{failed.attempts}",
        template="delivery_failed",
        context=context,
        ops_email=ops_email,
        now=now,
        case_id=failed.case_id,
    )
