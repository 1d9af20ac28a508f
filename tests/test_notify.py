"""Delivery through GOV.UK Notify (tasks/transports.py Notify, the official client) against a
local fake of Notify's REST API (tests/notify_server.py), on SQLite and PostgreSQL: each message
once, with its reference; a lost reply not sent twice; Notify's refusals, rate limits and
delivery receipts; the transport chosen by configuration."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update
from sqlmodel import select

from models.db import session_scope
from models.tables import AuditEntry, OutboxMessage
from sendops.config import load_settings
from sendops.errors import SendopsError
from tasks.delivery import collect_receipts, deliver_pending
from tasks.transports import Notify, transport_for
from tests import notify_server
from tests.casework import T0, reach, step

OPS = "area-send-operations@ofsted.invalid"


@pytest.fixture
def notify():
    fake, server, url = notify_server.start()
    yield fake, Notify(api_key=notify_server.API_KEY, template_id=notify_server.TEMPLATE_ID, base_url=url)
    server.shutdown()


@pytest.fixture
def notified(case_id):
    """The re-visit's day -10 messages, written to the outbox (one per contact of each role)."""
    due = step(case_id, T0).due
    while (s := step(case_id, due)).kind == "reach":
        reach(case_id, s.key, due)
    return case_id


def _rows(**where) -> list[OutboxMessage]:
    with session_scope() as session:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        for name, value in where.items():
            query = query.where(getattr(OutboxMessage, name) == value)
        return session.exec(query).all()


def _deliver(transport) -> object:
    return deliver_pending(transport=transport, now=T0, ops_email=OPS)


def _due_now() -> None:
    """Skip the back-off after a transient failure."""
    with session_scope() as session:
        session.execute(update(OutboxMessage).values(next_attempt_at=None))


def test_each_message_goes_through_notify_once_and_its_receipt_is_recorded(notified, notify):
    fake, transport = notify
    report = _deliver(transport)
    sent = _rows(case_id=notified)
    assert sent and len(report.delivered) == len(sent) and all(m.status == "delivered" for m in sent)
    assert len(fake.notifications) == len(sent)
    for m in sent:
        stored = fake.notifications[m.provider_id]
        assert stored["reference"] == m.key.replace("/", ".") and stored["email_address"] == m.recipient_email
        assert (stored["subject"], stored["body"]) == (m.subject, m.body)
    assert _deliver(transport).delivered == [] and len(fake.notifications) == len(sent)  # nothing twice

    now = dt.datetime.now(dt.UTC)
    assert collect_receipts(transport=transport, now=now, ops_email=OPS) == {"sending": len(sent)}
    failed, *delivered = sent
    fake.set_status(failed.provider_id, "permanent-failure")
    for m in delivered:
        fake.set_status(m.provider_id, "delivered")
    receipts = collect_receipts(transport=transport, now=now, ops_email=OPS)
    assert receipts == {"delivered": len(delivered), "permanent-failure": 1}
    after = {m.id: m for m in _rows(case_id=notified)}
    assert (after[failed.id].status, after[failed.id].receipt) == ("failed", "permanent-failure")
    assert {(after[m.id].status, after[m.id].receipt) for m in delivered} == {("delivered", "delivered")}
    assert [a.action for a in _audits(failed.key)] == ["delivery_failed"]
    assert any(a.recipient_email == OPS for a in _rows(status="pending"))  # operations are told
    assert collect_receipts(transport=transport, now=now, ops_email=OPS) == {}  # final receipts only once


def _audits(key: str) -> list[AuditEntry]:
    with session_scope() as session:
        return [a for a in session.exec(select(AuditEntry)).all() if a.details.get("key") == key]


def test_a_send_whose_reply_was_lost_is_not_sent_again(notified, notify):
    """Notify stored the first message but its reply never came (500): the retry finds the
    reference and records it delivered, sending nothing more. A rate limit (429) is retried."""
    fake, transport = notify
    fake.lose_next_reply()
    first = _deliver(transport)
    assert len(first.retrying) == 1 and len(fake.notifications) == len(first.delivered) + 1
    fake.fail_next(429)
    _due_now()
    second = _deliver(transport)
    assert second.retrying == first.retrying  # the rate limit: again later
    _due_now()
    third = _deliver(transport)
    assert third.delivered == first.retrying
    (lost,) = _rows(key=first.retrying[0])
    assert lost.status == "delivered" and lost.provider_id in fake.notifications
    assert len(fake.notifications) == len(_rows(case_id=notified))  # each message once
    assert [m for m, path in fake.requests if path == "/v2/notifications/email"].count("POST") == len(
        fake.notifications
    )


def test_notify_refusing_the_request_fails_the_message_and_alerts(notified, notify):
    """A template Notify does not have (400), or a wrong API key (403): refused for good, the
    message failed, the failure audited and operations told; nothing reaches Notify."""
    fake, transport = notify
    wrong_template = Notify(
        api_key=transport.api_key,
        template_id="00000000-0000-4000-8000-000000000000",
        base_url=transport.base_url,
    )
    report = _deliver(wrong_template)
    assert report.delivered == [] and len(report.failed) == len(_rows(case_id=notified))
    assert all("Notify 400" in m.error and "Template not found" in m.error for m in _rows(case_id=notified))
    with session_scope() as session:
        session.execute(update(OutboxMessage).values(status="pending"))
    wrong_key = Notify(
        api_key=f"x-{notify_server.SERVICE_ID}-00000000-0000-4000-8000-000000000000",
        template_id=transport.template_id,
        base_url=transport.base_url,
    )
    assert _deliver(wrong_key).delivered == []
    assert all("Notify 403" in m.error for m in _rows(case_id=notified))
    assert fake.notifications == {}


def test_the_transport_is_chosen_by_configuration(tmp_path):
    """From the environment, through the settings (no module reads SENDOPS_* itself), whose repr
    shows no secret."""

    def chosen(env: dict[str, str]):
        return transport_for(load_settings(env).mail, mail_drop=tmp_path)

    env = {
        "SENDOPS_NOTIFY_API_KEY": notify_server.API_KEY,
        "SENDOPS_NOTIFY_TEMPLATE_ID": notify_server.TEMPLATE_ID,
    }
    notify = chosen({**env, "SENDOPS_SMTP_HOST": "smtp.example.org"})
    assert isinstance(notify, Notify) and notify.base_url == "https://api.notifications.service.gov.uk"
    with pytest.raises(SendopsError, match="SENDOPS_NOTIFY_TEMPLATE_ID"):
        chosen({"SENDOPS_NOTIFY_API_KEY": notify_server.API_KEY})
    assert chosen({"SENDOPS_SMTP_HOST": "smtp.example.org"}).name == "smtp"
    assert chosen({}).name == "mail-drop"
    with pytest.raises(SendopsError, match="SENDOPS_SMTP_PORT must be a number, not 'twenty-five'"):
        load_settings({"SENDOPS_SMTP_HOST": "smtp.example.org", "SENDOPS_SMTP_PORT": "twenty-five"})
    settings = load_settings({**env, "SENDOPS_SMTP_PASSWORD": "pw-" + "k3Lx9Qe2"})
    assert notify_server.API_KEY not in repr(settings) and "k3Lx9Qe2" not in repr(settings)
