"""Delivery of outbox messages, once each, by any number of delivery processes.

Protocol, per message (each step its own committed transaction):
1. claim: `UPDATE ... SET status='sending', claimed_by=me WHERE id=? AND status='pending'`; only
   the process whose update changed the row sends it, so two processes, a replayed flow or a
   retried task cannot both send it.
2. send through the transport (SMTP or the mail-drop folder).
3. mark: delivered; or pending again after a back-off (transient failure); or failed (permanent,
   operations alerted); or uncertain (connection lost after the data was sent).

Residual window: a process that dies between the server accepting the message (step 2) and its
mark (step 3) leaves the row `sending`. After the lease (longer than any SMTP exchange) the next
delivery run marks it `uncertain` and alerts operations; it is never re-sent automatically, so the
system never sends a message twice. At most one message per crashed process is in that state, and
an operator resolves it (`sendops outbox resolve KEY --sent|--resend`), audited.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime

from sqlalchemy import update
from sqlmodel import select

from models.db import session_scope
from models.queries import audit
from models.tables import OutboxMessage
from sendops.config import current
from tasks.transports import PermanentError, TransientError, Transport, UncertainError

SENDER = "Ofsted area SEND operations <area-send@ofsted.invalid>"
SYSTEM = "sendops delivery"
log = logging.getLogger("sendops.delivery")  # keys and statuses only: addresses stay in the database


def lease() -> dt.timedelta:
    return dt.timedelta(seconds=current().delivery_lease_seconds)


def backoff(attempts: int) -> dt.timedelta:
    """30 s, 1, 2, 4, 8 minutes (real time) after the 1st..5th transient failure."""
    base = current().delivery_backoff_seconds
    return dt.timedelta(seconds=base * 2 ** (attempts - 1))


MAX_ATTEMPTS = 6


def eml_name(key: str) -> str:
    return key.replace("/", "__") + ".eml"


def as_email(message: OutboxMessage) -> EmailMessage:
    email = EmailMessage()
    email["From"] = SENDER
    email["To"] = f"{message.recipient_name} <{message.recipient_email}>"
    email["Subject"] = message.subject
    email["Date"] = format_datetime(message.created_at)
    # The same Message-ID whenever this outbox row is sent: receivers can discard a re-send.
    email["Message-ID"] = f"<{message.key.replace('/', '.')}@sendops.invalid>"
    if message.restricted:
        email["Sensitivity"] = "Company-Confidential"
    email.set_content(message.body)
    if message.html:
        email.add_alternative(message.html, subtype="html")
    if message.ics:
        email.add_attachment(
            message.ics.encode(), maintype="text", subtype="calendar", filename="timetable.ics", params={}
        )
    return email


@dataclass
class DeliveryReport:
    delivered: list[str] = field(default_factory=list)
    retrying: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{len(self.delivered)} delivered, {len(self.retrying)} to retry, "
            f"{len(self.failed)} failed, {len(self.uncertain)} uncertain"
        )


def _real_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _set(message_id: int, *conditions, **values) -> bool:
    with session_scope() as session:
        statement = update(OutboxMessage).where(OutboxMessage.id == message_id, *conditions).values(**values)
        return session.execute(statement).rowcount == 1


def recover_stale(*, now: dt.datetime, ops_email: str) -> list[str]:
    """Rows left `sending` by a process that died mid-send become `uncertain` (never re-sent)."""
    cutoff = _real_now() - lease()
    with session_scope() as session:
        stale = session.exec(
            select(OutboxMessage).where(OutboxMessage.status == "sending", OutboxMessage.claimed_at < cutoff)
        ).all()
        for message in stale:
            message.status = "uncertain"
            message.error = f"delivery process {message.claimed_by} stopped while sending it"
            _alert(session=session, message=message, now=now, ops_email=ops_email)
        return [m.key for m in stale]


def deliver_pending(
    *, transport: Transport, now: dt.datetime, ops_email: str, case_id: int | None = None
) -> DeliveryReport:
    """Send every due pending message (of one case, or all), and the alerts that sending writes.
    `now` is the case clock's time."""
    report = DeliveryReport(uncertain=recover_stale(now=now, ops_email=ops_email))
    worker = worker_name()
    tried: set[int] = set()
    while ids := [i for i in due_ids(case_id) if i not in tried]:
        for message_id in ids:
            tried.add(message_id)
            claimed = _set(
                message_id,
                OutboxMessage.status == "pending",
                status="sending",
                claimed_by=worker,
                claimed_at=_real_now(),
                attempts=OutboxMessage.attempts + 1,
            )
            if claimed:  # else another delivery process took it
                _send_one(
                    message_id,
                    transport=transport,
                    worker=worker,
                    now=now,
                    ops_email=ops_email,
                    report=report,
                )
    return report


def due_ids(case_id: int | None) -> list[int]:
    """Pending messages whose back-off (if any) has passed; alerts to operations go with any case."""
    with session_scope() as session:
        query = select(OutboxMessage.id).where(OutboxMessage.status == "pending")
        query = query.where(
            (OutboxMessage.next_attempt_at.is_(None)) | (OutboxMessage.next_attempt_at <= _real_now())  # type: ignore[union-attr]
        )
        if case_id is not None:
            query = query.where((OutboxMessage.case_id == case_id) | OutboxMessage.key.startswith("ops/"))
        return list(session.exec(query.order_by(OutboxMessage.id)).all())


def _send_one(
    message_id: int,
    *,
    transport: Transport,
    worker: str,
    now: dt.datetime,
    ops_email: str,
    report: DeliveryReport,
) -> None:
    with session_scope() as session:
        message = session.get(OutboxMessage, message_id)
        email, key, attempts = as_email(message), message.key, message.attempts
    mine = (OutboxMessage.claimed_by == worker,)
    try:
        provider_id = transport.send(email, file_name=eml_name(key))
    except TransientError as exc:
        if attempts < MAX_ATTEMPTS:
            retry_at = _real_now() + backoff(attempts)
            _set(message_id, *mine, status="pending", next_attempt_at=retry_at, error=str(exc))
            log.warning("delivery of %s failed (attempt %d), retrying: %s", key, attempts, exc)
            report.retrying.append(key)
            return
        _fail(
            message_id,
            status="failed",
            error=f"gave up after {attempts} attempts: {exc}",
            now=now,
            ops_email=ops_email,
        )
        report.failed.append(key)
    except PermanentError as exc:
        _fail(message_id, status="failed", error=str(exc), now=now, ops_email=ops_email)
        report.failed.append(key)
    except UncertainError as exc:
        _fail(message_id, status="uncertain", error=str(exc), now=now, ops_email=ops_email)
        report.uncertain.append(key)
    else:
        _set(message_id, *mine, status="delivered", delivered_at=now, error=None, provider_id=provider_id)
        report.delivered.append(key)


def _fail(message_id: int, *, status: str, error: str, now: dt.datetime, ops_email: str) -> None:
    with session_scope() as session:
        message = session.get(OutboxMessage, message_id, with_for_update=True)
        message.status, message.error = status, error
        _alert(session=session, message=message, now=now, ops_email=ops_email)


def _alert(*, session, message: OutboxMessage, now: dt.datetime, ops_email: str) -> None:
    """Audit the failure and tell operations by a message of its own (not for a failed alert)."""
    from tasks.ops_messages import write_alert

    log.error("delivery of %s %s: %s", message.key, message.status, message.error)
    audit(
        session=session,
        at=now,
        actor=SYSTEM,
        action=f"delivery_{message.status}",
        case_id=message.case_id,
        key=message.key,
        role=message.role,
        error=message.error,
    )
    if not message.key.startswith("ops/"):
        write_alert(session=session, failed=message, now=now, ops_email=ops_email)


def collect_receipts(*, transport: Transport, now: dt.datetime, ops_email: str) -> dict[str, int]:
    """Ask the provider (GOV.UK Notify) for the delivery receipt of each message it took and has
    not yet given a final one for; record it, and a message it could not deliver is failed and
    operations alerted. Returns the receipts recorded, by status."""
    from tasks.transports import RECEIPT_FAILED, RECEIPT_FINAL

    receipt = getattr(transport, "receipt", None)
    if receipt is None:
        return {}
    with session_scope(read_only=True) as session:
        waiting = session.exec(
            select(OutboxMessage.id, OutboxMessage.provider_id).where(
                OutboxMessage.status == "delivered",
                OutboxMessage.provider_id.is_not(None),  # type: ignore[union-attr]
                (OutboxMessage.receipt.is_(None)) | (OutboxMessage.receipt.not_in(RECEIPT_FINAL)),  # type: ignore[union-attr]
            )
        ).all()
    counts: dict[str, int] = {}
    for message_id, provider_id in waiting:
        try:
            status = receipt(provider_id)
        except (TransientError, PermanentError) as exc:
            log.warning("no receipt yet for %s: %s", provider_id, exc)
            continue
        counts[status] = counts.get(status, 0) + 1
        _set(message_id, receipt=status, receipt_at=_real_now())
        if status in RECEIPT_FAILED:
            _fail(message_id, status="failed", error=f"Notify: {status}", now=now, ops_email=ops_email)
    return counts
