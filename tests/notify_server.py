"""A local stand-in for GOV.UK Notify's REST API, speaking its documented requests and responses
(https://docs.notifications.service.gov.uk/rest-api.html), for the delivery tests: the official
client talks to it over real HTTP.

- Authorisation: a JWT (HS256) signed with the API key's secret, `iss` the service id, `iat`
  within 30 s; checked with the client library's own decoder. Otherwise 403 AuthError.
- POST /v2/notifications/email: the template must exist and its placeholders be given
  (`((subject))`, `((body))`), the address must look like one; 201 with the notification.
- GET /v2/notifications?reference=R, GET /v2/notifications/ID: as documented.
- Faults for the tests: the next requests answer 429 or 500 (`fail_next`), or a send is stored
  and then answered 500, as if the reply were lost (`lose_next_reply`); `set_status` moves a
  notification on (delivered, permanent-failure, ...), as Notify's own delivery would.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from notifications_python_client.authentication import decode_jwt_token, get_token_issuer
from notifications_python_client.errors import TokenError

SERVICE_ID = "11111111-2222-4333-8444-555555555555"
SIGNING_KEY = "66666666-7777-4888-9999-000000000000"
API_KEY = f"sendops_test-{SERVICE_ID}-{SIGNING_KEY}"
TEMPLATE_ID = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"
PLACEHOLDERS = ("subject", "body")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class FakeNotify:
    notifications: dict[str, dict] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (method, path)
    faults: list[int] = field(default_factory=list)  # status codes for the next requests
    lose_replies: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def fail_next(self, *codes: int) -> None:
        self.faults.extend(codes)

    def lose_next_reply(self) -> None:
        self.lose_replies += 1

    def set_status(self, notification_id: str, status: str) -> None:
        self.notifications[notification_id]["status"] = status

    def sent_to(self, address: str) -> list[dict]:
        return [n for n in self.notifications.values() if n["email_address"] == address]


def _error(status: int, error: str, message: str) -> tuple[int, dict]:
    return status, {"status_code": status, "errors": [{"error": error, "message": message}]}


class Handler(BaseHTTPRequestHandler):
    notify: FakeNotify  # set on the server's handler class

    def log_message(self, *args) -> None:  # quiet
        pass

    def _reply(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _authorised(self) -> tuple[int, dict] | None:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return _error(401, "AuthError", "Unauthorized: authentication token must be provided")
        token = header.removeprefix("Bearer ")
        try:
            if get_token_issuer(token) != SERVICE_ID:
                return _error(403, "AuthError", "Invalid token: service not found")
            decode_jwt_token(token, SIGNING_KEY)
        except TokenError as exc:
            return _error(403, "AuthError", exc.message)
        return None

    def _handle(self, method: str) -> None:
        notify = self.notify
        url = urlparse(self.path)
        with notify.lock:
            notify.requests.append((method, url.path))
            if notify.faults:
                code = notify.faults.pop(0)
                kind = "RateLimitError" if code == 429 else "Exception"
                return self._reply(
                    *_error(code, kind, "Internal server error" if code >= 500 else "Exceeded rate limit")
                )
        if (refusal := self._authorised()) is not None:
            return self._reply(*refusal)
        if method == "POST" and url.path == "/v2/notifications/email":
            length = int(self.headers.get("Content-Length", "0"))
            return self._reply(*self._send_email(json.loads(self.rfile.read(length) or b"{}")))
        if method == "GET" and url.path == "/v2/notifications":
            reference = parse_qs(url.query).get("reference", [None])[0]
            with notify.lock:
                found = [
                    n
                    for n in notify.notifications.values()
                    if reference is None or n["reference"] == reference
                ]
            return self._reply(200, {"notifications": found, "links": {"current": self.path}})
        if method == "GET" and (match := re.fullmatch(r"/v2/notifications/([0-9a-f-]{36})", url.path)):
            with notify.lock:
                found = notify.notifications.get(match.group(1))
            if found is None:
                return self._reply(*_error(404, "NoResultFound", "No result found"))
            return self._reply(200, found)
        return self._reply(*_error(404, "NotFound", f"{method} {url.path} not found"))

    def _send_email(self, body: dict) -> tuple[int, dict]:
        if body.get("template_id") != TEMPLATE_ID:
            return _error(400, "BadRequestError", "Template not found")
        if not EMAIL.match(str(body.get("email_address", ""))):
            return _error(400, "ValidationError", "email_address Not a valid email address")
        personalisation = body.get("personalisation") or {}
        missing = [p for p in PLACEHOLDERS if p not in personalisation]
        if missing:
            return _error(400, "BadRequestError", f"Missing personalisation: {', '.join(missing)}")
        notification_id = str(uuid.uuid4())
        now = dt.datetime.now(dt.UTC).isoformat()
        template = {"id": TEMPLATE_ID, "version": 1, "uri": f"/v2/template/{TEMPLATE_ID}"}
        stored = {
            "id": notification_id,
            "reference": body.get("reference"),
            "email_address": body["email_address"],
            "type": "email",
            "status": "sending",
            "template": template,
            "body": personalisation["body"],
            "subject": personalisation["subject"],
            "created_at": now,
            "created_by_name": None,
            "sent_at": now,
            "completed_at": None,
        }
        with self.notify.lock:
            self.notify.notifications[notification_id] = stored
            if self.notify.lose_replies:
                self.notify.lose_replies -= 1
                return _error(500, "Exception", "Internal server error")  # stored, reply lost
        return 201, {
            "id": notification_id,
            "reference": body.get("reference"),
            "content": {
                "subject": personalisation["subject"],
                "body": personalisation["body"],
                "from_email": "area.send@notifications.service.gov.uk",
            },
            "uri": f"/v2/notifications/{notification_id}",
            "template": template,
        }

    def do_GET(self) -> None:  # noqa: N802
        self._handle("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._handle("POST")


def start() -> tuple[FakeNotify, ThreadingHTTPServer, str]:
    """A fake Notify on a free loopback port: (its state, the server, its base URL)."""
    notify = FakeNotify()
    handler = type("BoundHandler", (Handler,), {"notify": notify})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return notify, server, f"http://127.0.0.1:{server.server_address[1]}"
