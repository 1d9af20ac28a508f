"""Where messages go: GOV.UK Notify, an SMTP server, or (the embedded default) a mail-drop folder.

A transport sends one email and says how a failure should be treated:
- `TransientError`: the server did not take the message (4xx, connection refused, timeout before
  the data was sent): safe to try again later.
- `PermanentError`: the server refused it for good (5xx): mark failed, alert operations.
- `UncertainError`: the connection broke after the message data was sent and before the server's
  reply was read: the server may have it. Never retried automatically (no duplicates); an operator
  confirms or re-sends it (`sendops outbox resolve`).

A transport's `send` returns the provider's id for the message when it has one (Notify's
notification id), so its delivery receipt can be asked for later (`receipt`).

Credentials come from the environment (`SENDOPS_SMTP_USERNAME`, `SENDOPS_SMTP_PASSWORD`,
`SENDOPS_NOTIFY_API_KEY`, read by sendops.config into MailSettings) or a Prefect Secret block named
in `SENDOPS_SMTP_PASSWORD_BLOCK` or `SENDOPS_NOTIFY_API_KEY_BLOCK`; never from the repository.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from sendops.config import MailSettings
from sendops.errors import SendopsError


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


class UncertainError(Exception):
    pass


class Transport(Protocol):
    name: str

    def send(self, email: EmailMessage, *, file_name: str) -> str | None: ...


# Notify's delivery receipts (its notification statuses): the final ones, and which are failures.
# https://docs.notifications.service.gov.uk/python.html#status-email
RECEIPT_FINAL = ("delivered", "permanent-failure", "temporary-failure", "technical-failure")
RECEIPT_FAILED = ("permanent-failure", "temporary-failure", "technical-failure")


@dataclass
class Notify:
    """GOV.UK Notify (the official client): each message through one email template whose subject
    and body are its `((subject))` and `((body))` placeholders. The outbox key is the
    notification's reference: before sending, Notify is asked for a notification with it, so a
    retry after a lost reply never sends twice. Attachments are not sent (the timetable is in the
    text); the provider id is Notify's notification id, for the delivery receipt."""

    api_key: str
    template_id: str
    base_url: str = "https://api.notifications.service.gov.uk"
    reply_to_id: str | None = None
    timeout: float = 30.0
    name: str = "notify"

    def _client(self):
        from notifications_python_client.notifications import NotificationsAPIClient

        return NotificationsAPIClient(self.api_key, base_url=self.base_url, timeout=self.timeout)

    def send(self, email: EmailMessage, *, file_name: str) -> str | None:
        reference = str(email["Message-ID"]).strip("<>").split("@")[0]  # the outbox key, dotted
        client = self._client()
        try:
            sent = client.get_all_notifications(reference=reference).get("notifications") or []
            if sent:  # a send whose reply was lost: it is there, do not send again
                return sent[0]["id"]
            body = email.get_body(("plain",))
            response = client.send_email_notification(
                email_address=email["To"].addresses[0].addr_spec,
                template_id=self.template_id,
                personalisation={
                    "subject": str(email["Subject"]),
                    "body": body.get_content() if body else "",
                },
                reference=reference,
                email_reply_to_id=self.reply_to_id,
            )
        except Exception as exc:
            raise _notify_error(exc) from None
        return response["id"]

    def receipt(self, provider_id: str) -> str:
        """The notification's status: created, sending, delivered, or a failure."""
        try:
            return self._client().get_notification_by_id(provider_id)["status"]
        except Exception as exc:
            raise _notify_error(exc) from None


def _notify_error(exc: Exception) -> Exception:
    """Notify's errors (https://docs.notifications.service.gov.uk/python.html#error-codes): a
    request it refused (400 bad request, 403 auth) will be refused again; a rate limit (429), a
    server error (5xx) or no answer (the client's 503) is worth trying again, and safe to, since
    the retry looks for the reference first."""
    status = getattr(exc, "status_code", None)
    if status is None:
        return TransientError(f"Notify: {exc}")
    text = f"Notify {status}: {getattr(exc, 'message', exc)}"
    return PermanentError(text) if status in (400, 403, 404) else TransientError(text)


@dataclass
class MailDrop:
    """One .eml file per outbox key; writing it twice rewrites the same file."""

    folder: Path
    name: str = "mail-drop"

    def send(self, email: EmailMessage, *, file_name: str) -> str | None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / file_name
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(bytes(email))
            os.replace(tmp, path)  # atomic: a reader never sees half a message
        except OSError as exc:
            raise TransientError(f"mail drop {self.folder}: {exc.strerror}") from None
        return None


@dataclass
class Smtp:
    host: str
    port: int = 25
    starttls: bool = False
    username: str | None = None
    password: str | None = None
    timeout: float = 30.0
    name: str = "smtp"

    def send(self, email: EmailMessage, *, file_name: str) -> str | None:
        try:
            client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        except (OSError, smtplib.SMTPException) as exc:
            raise TransientError(f"cannot connect to {self.host}:{self.port}: {exc}") from None
        try:
            self._envelope(client, email)
            try:
                code, reply = client.data(email.as_bytes(policy=email.policy.clone(linesep="\r\n")))
            except smtplib.SMTPDataError as exc:  # DATA itself refused: nothing was sent
                raise _refusal(exc.smtp_code, exc.smtp_error) from None
            except (OSError, smtplib.SMTPException) as exc:
                raise UncertainError(f"connection lost during DATA: {exc}") from None
            if code != 250:  # smtplib returns, not raises, the reply to the message itself
                raise _refusal(code, reply)
        finally:
            try:
                client.quit()  # the message is accepted or not by now; QUIT's reply changes nothing
            except (OSError, smtplib.SMTPException):
                client.close()
        return None

    def _envelope(self, client: smtplib.SMTP, email: EmailMessage) -> None:
        """Everything before the message data: failures here mean the server has nothing."""
        try:
            client.ehlo()
            if self.starttls:
                client.starttls(context=ssl.create_default_context())
                client.ehlo()
            if self.username:
                client.login(self.username, self.password or "")
            code, reply = client.mail(email["From"].addresses[0].addr_spec)
            if code != 250:
                raise _refusal(code, reply)
            for to in email["To"].addresses:
                code, reply = client.rcpt(to.addr_spec)
                if code not in (250, 251):
                    raise _refusal(code, reply)
        except smtplib.SMTPAuthenticationError as exc:
            raise PermanentError(f"SMTP login refused: {exc.smtp_code}") from None
        except (OSError, smtplib.SMTPException) as exc:
            raise TransientError(f"SMTP session failed before the data was sent: {exc}") from None


def _refusal(code: int, reply: bytes | str) -> Exception:
    text = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
    error = TransientError if 400 <= code < 500 else PermanentError
    return error(f"{code} {text}".strip())


def _secret(value: str, block: str, name: str) -> str | None:
    """The secret itself, or the value of the Prefect Secret block named for it (`name`_BLOCK)."""
    if not block:
        return value or None
    from prefect.blocks.system import Secret

    try:
        return Secret.load(block, _sync=True).get()
    except ValueError as exc:
        raise SendopsError(f"{name}_BLOCK {block!r}: {exc}") from None


def transport_for(mail: MailSettings, *, mail_drop: Path) -> Transport:
    """GOV.UK Notify when an API key (or its block) is set, SMTP when a host is, else the
    mail-drop folder (sendops.config.MailSettings, from SENDOPS_NOTIFY_* and SENDOPS_SMTP_*)."""
    if api_key := _secret(mail.notify_api_key, mail.notify_api_key_block, "SENDOPS_NOTIFY_API_KEY"):
        if not mail.notify_template_id:
            raise SendopsError(
                "SENDOPS_NOTIFY_TEMPLATE_ID: the Notify email template with ((subject)) and ((body))"
            )
        return Notify(
            api_key=api_key,
            template_id=mail.notify_template_id,
            base_url=mail.notify_base_url or Notify.base_url,
            reply_to_id=mail.notify_reply_to_id or None,
        )
    if not mail.smtp_host:
        return MailDrop(folder=mail_drop)
    return Smtp(
        host=mail.smtp_host,
        port=mail.smtp_port,
        starttls=mail.smtp_starttls,
        username=mail.smtp_username or None,
        password=_secret(mail.smtp_password, mail.smtp_password_block, "SENDOPS_SMTP_PASSWORD"),
        timeout=mail.smtp_timeout,
    )
