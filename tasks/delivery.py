"""Delivery of outbox messages. The embedded default writes each message to a mail-drop folder as
an .eml file named by its outbox key, so delivering the same message twice rewrites one file."""

from __future__ import annotations

import datetime as dt
import os
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from sqlmodel import select

from models.db import session_scope
from models.tables import OutboxMessage

SENDER = "Ofsted area SEND operations <area-send@ofsted.invalid>"


def eml_name(key: str) -> str:
    return key.replace("/", "__") + ".eml"


def as_email(message: OutboxMessage) -> EmailMessage:
    email = EmailMessage()
    email["From"] = SENDER
    email["To"] = f"{message.recipient_name} <{message.recipient_email}>"
    email["Subject"] = message.subject
    email["Date"] = format_datetime(message.created_at)
    email["Message-ID"] = f"<{message.key.replace('/', '.')}@sendops.invalid>"
    if message.restricted:
        email["Sensitivity"] = "Company-Confidential"
    email.set_content(message.body)
    return email


def deliver_to_mail_drop(*, mail_drop: Path, now: dt.datetime, case_id: int | None = None) -> int:
    """Write every pending message (of one case, or all) to the folder; returns how many."""
    mail_drop.mkdir(parents=True, exist_ok=True)
    with session_scope() as session:
        query = select(OutboxMessage.id).where(OutboxMessage.status == "pending")
        if case_id is not None:
            query = query.where(OutboxMessage.case_id == case_id)
        ids = list(session.exec(query.order_by(OutboxMessage.id)).all())
    delivered = 0
    for message_id in ids:
        with session_scope() as session:
            message = session.get(OutboxMessage, message_id, with_for_update=True)
            if message is None or message.status != "pending":
                continue  # another delivery process took it
            path = mail_drop / eml_name(message.key)
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(bytes(as_email(message)))
            os.replace(tmp, path)  # atomic: a reader never sees half a message
            message.status, message.delivered_at = "delivered", now
            delivered += 1
    return delivered
