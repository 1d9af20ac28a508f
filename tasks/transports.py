"""Where messages go: an SMTP server, or (the embedded default) a mail-drop folder.

A transport sends one email and says how a failure should be treated:
- `TransientError`: the server did not take the message (4xx, connection refused, timeout before
  the data was sent): safe to try again later.
- `PermanentError`: the server refused it for good (5xx): mark failed, alert operations.
- `UncertainError`: the connection broke after the message data was sent and before the server's
  reply was read: the server may have it. Never retried automatically (no duplicates); an operator
  confirms or re-sends it (`sendops outbox resolve`).

SMTP credentials come from the environment (`SENDOPS_SMTP_USERNAME`, `SENDOPS_SMTP_PASSWORD`) or
a Prefect Secret block named in `SENDOPS_SMTP_PASSWORD_BLOCK`; never from the repository.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from sendops.errors import SendopsError


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


class UncertainError(Exception):
    pass


class Transport(Protocol):
    name: str

    def send(self, email: EmailMessage, *, file_name: str) -> None: ...


@dataclass
class MailDrop:
    """One .eml file per outbox key; writing it twice rewrites the same file."""

    folder: Path
    name: str = "mail-drop"

    def send(self, email: EmailMessage, *, file_name: str) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / file_name
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(bytes(email))
            os.replace(tmp, path)  # atomic: a reader never sees half a message
        except OSError as exc:
            raise TransientError(f"mail drop {self.folder}: {exc.strerror}") from None


@dataclass
class Smtp:
    host: str
    port: int = 25
    starttls: bool = False
    username: str | None = None
    password: str | None = None
    timeout: float = 30.0
    name: str = "smtp"

    def send(self, email: EmailMessage, *, file_name: str) -> None:
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


def smtp_password(env: dict[str, str]) -> str | None:
    block = env.get("SENDOPS_SMTP_PASSWORD_BLOCK")
    if not block:
        return env.get("SENDOPS_SMTP_PASSWORD")
    from prefect.blocks.system import Secret

    try:
        return Secret.load(block, _sync=True).get()
    except ValueError as exc:
        raise SendopsError(f"SMTP password block {block!r}: {exc}") from None


def transport_from_env(env: dict[str, str] | None = None, *, mail_drop: Path) -> Transport:
    """SMTP when `SENDOPS_SMTP_HOST` is set, else the mail-drop folder."""
    env = dict(os.environ if env is None else env)
    host = env.get("SENDOPS_SMTP_HOST", "").strip()
    if not host:
        return MailDrop(folder=mail_drop)
    try:
        port = int(env.get("SENDOPS_SMTP_PORT", "25"))
    except ValueError:
        raise SendopsError(f"SENDOPS_SMTP_PORT must be a number, not {env['SENDOPS_SMTP_PORT']!r}") from None
    return Smtp(
        host=host,
        port=port,
        starttls=env.get("SENDOPS_SMTP_STARTTLS", "").lower() in ("1", "true", "yes"),
        username=env.get("SENDOPS_SMTP_USERNAME") or None,
        password=smtp_password(env),
        timeout=float(env.get("SENDOPS_SMTP_TIMEOUT", "30")),
    )
