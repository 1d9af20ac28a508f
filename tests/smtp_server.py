"""A real SMTP server (aiosmtpd) in the test process, counting what it accepted and able to
refuse chosen recipients (4xx or 5xx) or to answer slowly."""

from __future__ import annotations

import email
import email.message
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from deployments.local import free_port


@dataclass
class Recorder:
    """The handler: `received` holds every accepted message, parsed."""

    received: list[email.message.EmailMessage] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # recipient -> "451 ..." / "550 ..."
    refuse_times: dict[str, int] = field(
        default_factory=dict
    )  # recipient -> how many times (default: always)
    delay: float = 0.0  # seconds before answering each message
    refuse_all: str = ""  # while set ("421 ..."), every recipient is refused with it: an outage
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse_all:
            return self.refuse_all
        reply = self.refuse.get(address)
        if reply and self.refuse_times.get(address, 1) > 0:
            if address in self.refuse_times:
                self.refuse_times[address] -= 1
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            time.sleep(self.delay)  # blocks the server's loop: one message at a time, like a slow relay
        message = email.message_from_bytes(envelope.content, _class=email.message.EmailMessage)
        with self.lock:
            self.received.append(message)
        return "250 Message accepted for delivery"

    def message_ids(self) -> Counter:
        with self.lock:
            return Counter(m["Message-ID"] for m in self.received)


class SmtpServer:
    """With `login` ("user", "password"), the server asks for AUTH (over plain TCP: a test)."""

    def __init__(self, login: tuple[str, str] | None = None) -> None:
        self.recorder = Recorder()
        self.port = free_port()
        auth = {}
        if login is not None:
            expected = LoginPassword(login[0].encode(), login[1].encode())

            def check(server, session, envelope, mechanism, data) -> AuthResult:
                return AuthResult(success=data == expected, handled=False)

            auth = {"auth_require_tls": False, "auth_required": True, "authenticator": check}
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port, **auth)

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()
