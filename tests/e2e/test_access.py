"""Access to the Prefect API beyond loopback (deployments/local.py): Prefect's own basic auth,
on a real server. Without the password the API answers 401; the CLI's and workers' client sends
it (PREFECT_API_AUTH_STRING); it is never written to the server's log."""

from __future__ import annotations

import base64
import secrets
import urllib.error
import urllib.request

import pytest
from prefect.client.orchestration import SyncPrefectClient

from deployments.local import AUTH, LocalStack, free_port
from sendops.errors import SendopsError

pytestmark = pytest.mark.e2e


def _status(url: str, auth: str | None = None) -> int:
    request = urllib.request.Request(
        url, data=b"{}", method="POST", headers={"Content-Type": "application/json"}
    )
    if auth:
        request.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_beyond_loopback_the_api_needs_the_password_and_the_client_sends_it(tmp_path):
    with pytest.raises(SendopsError, match="refusing to listen on 0.0.0.0 without authentication"):
        LocalStack(home=tmp_path, port=free_port(), host="0.0.0.0").start_server()

    password = f"ops:{secrets.token_urlsafe(18)}"
    stack = LocalStack(home=tmp_path, port=free_port(), host="0.0.0.0", extra_env={AUTH: password})
    stack.start_server()
    try:
        flows = f"{stack.api_url}/flows/filter"
        assert _status(flows) == 401
        assert _status(flows, "ops:not-the-password") == 401
        assert _status(flows, password) == 200
        with SyncPrefectClient(stack.api_url, auth_string=password) as client:
            assert client.read_flows() == []
        with SyncPrefectClient(stack.api_url) as client, pytest.raises(Exception, match="401"):
            client.read_flows()
    finally:
        stack.stop()
    logs = "".join(p.read_text(errors="replace") for p in (tmp_path / "logs").glob("*.log"))
    assert logs and password.split(":")[1] not in logs
