"""The embedded default on one machine: a local Prefect server (UI at http://127.0.0.1:4200) with
its own SQLite database, and one `sendops` worker (the serving process, which runs every flow run in
its threads), both children of `sendops up`.

The same helpers start private servers for `sendops simulate` and the end-to-end tests.
"""

from __future__ import annotations

import base64
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from sendops.config import current
from sendops.errors import SendopsError

DEFAULT_PORT = 4200
LOOPBACK = ("127.0.0.1", "localhost", "::1")
AUTH = "PREFECT_SERVER_API_AUTH_STRING"  # the server's HTTP basic auth, "user:password"
MIN_PASSWORD = 12


def check_access(host: str, env: dict[str, str]) -> None:
    """Beyond loopback the Prefect API must ask for a password: Prefect's own basic auth
    (PREFECT_SERVER_API_AUTH_STRING on the server, PREFECT_API_AUTH_STRING for every client)."""
    auth = env.get(AUTH, "")
    if auth:
        user, _, password = auth.partition(":")
        if not user or len(password) < MIN_PASSWORD:
            raise SendopsError(
                f"{AUTH} must be user:password with a password of {MIN_PASSWORD} or more characters"
            )
    elif host not in LOOPBACK and not host.startswith("127."):
        raise SendopsError(
            f"refusing to listen on {host} without authentication: set {AUTH}=user:password "
            "(and PREFECT_API_AUTH_STRING the same for the CLI and workers on other machines)"
        )


def _request(url: str, env: dict[str, str]) -> urllib.request.Request:
    """A request to the local server, with its basic auth when it has one."""
    request = urllib.request.Request(url)
    if auth := env.get("PREFECT_API_AUTH_STRING"):
        request.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    return request


def prefect_env(*, home: Path, port: int, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment every process of one installation shares (server, serve, CLI, runs)."""
    env = dict(os.environ)
    env.update(
        {
            "SENDOPS_HOME": str(home),
            "PREFECT_HOME": str(home / "prefect"),
            "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",  # offline: telemetry only logs errors
            "PREFECT_WORKER_QUERY_SECONDS": "1",  # seconds between the worker's polls of its pool
            "PREFECT_RUNNER_POLL_FREQUENCY": "1",  # the same for serve_process_per_run (benchmarks)
            # Running flow runs send a heartbeat this often; recover-cases (tasks/recovery.py)
            # crashes and restarts the case runs whose heartbeats stop (their process was lost).
            "PREFECT_FLOWS_HEARTBEAT_FREQUENCY": env.get("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", "30"),
            "PREFECT_LOGGING_LEVEL": env.get("PREFECT_LOGGING_LEVEL", "WARNING"),
            **(extra or {}),
        }
    )
    if env.get(AUTH):  # the server's children and the CLI authenticate as its operators
        env.setdefault("PREFECT_API_AUTH_STRING", env[AUTH])
    # Every new Prefect client (one a wake) asks for a CSRF token before its first write, and a
    # server without CSRF protection (Prefect's default) answers that it has none: 782 of 9,208
    # requests in a 30-area programme (bench/bench_programme.py). Asked only of a server enforcing it.
    if env.get("PREFECT_SERVER_API_CSRF_PROTECTION_ENABLED", "").lower() not in ("1", "true"):
        env.setdefault("PREFECT_CLIENT_CSRF_SUPPORT_ENABLED", "false")
    return env


def wait_until_healthy(api_url: str, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise SendopsError(f"the Prefect server at {api_url} did not become healthy within {timeout:.0f} s")


def port_in_use(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LocalStack:
    """A Prefect server and a serving process for one sendops home, each restartable on its own."""

    home: Path
    port: int = DEFAULT_PORT
    extra_env: dict[str, str] = field(default_factory=dict)
    host: str = "127.0.0.1"  # where the server listens (its children always use loopback)
    run_limit: int = 1000
    executor: str = "worker"  # or "process": Prefect's serve, an interpreter per run (benchmarks)
    server: subprocess.Popen | None = None
    serving: subprocess.Popen | None = None

    @property
    def env(self) -> dict[str, str]:
        return prefect_env(home=self.home, port=self.port, extra=self.extra_env)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def _spawn(self, args: list[str], log_name: str, extra: dict[str, str] | None = None) -> subprocess.Popen:
        (self.home / "logs").mkdir(parents=True, exist_ok=True)
        log = (self.home / "logs" / log_name).open("ab")
        return subprocess.Popen(
            args,
            env={**self.env, **(extra or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def start_server(self) -> None:
        if port_in_use(self.port):
            raise SendopsError(f"port {self.port} is already in use: is another Prefect server running?")
        check_access(self.host, self.env)
        # Prefect's own CLI, in a Python that first applies deployments/prefect_speedups.py.
        code = "from deployments.prefect_speedups import apply; apply(); from prefect.cli import app; app()"
        args = [sys.executable, "-c", code, "server", "start", "--host", self.host, "--port", str(self.port)]
        self.server = self._spawn(args, "server.log")
        wait_until_healthy(self.api_url)

    def start_serving(self) -> None:
        entry = "run_worker" if self.executor == "worker" else "serve_process_per_run"
        code = f"from deployments.serve import {entry}; {entry}(limit={self.run_limit})"
        # Flow runs log their steps at INFO to the run's Logs tab; the CLI stays at WARNING.
        level = {"PREFECT_LOGGING_LEVEL": current().run_log_level}
        self.serving = self._spawn([sys.executable, "-c", code], "serve.log", extra=level)

    def wait_for_deployments(self, timeout: float = 60.0) -> None:
        """Block until the serving process has registered its deployments."""
        deadline = time.monotonic() + timeout
        url = f"{self.api_url}/deployments/name/deliver-outbox/deliver-outbox"  # the last one served
        while time.monotonic() < deadline:
            if self.serving is not None and self.serving.poll() is not None:
                raise SendopsError(f"the serving process exited; see {self.home / 'logs' / 'serve.log'}")
            try:
                with urllib.request.urlopen(_request(url, self.env), timeout=2):
                    return
            except OSError:
                time.sleep(0.3)
        raise SendopsError("the case deployment was not registered in time")

    @staticmethod
    def _stop(process: subprocess.Popen | None) -> None:
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def stop_serving(self) -> None:
        self._stop(self.serving)

    def stop_server(self) -> None:
        self._stop(self.server)

    def start(self) -> None:
        self.start_server()
        self.start_serving()
        self.wait_for_deployments()

    def stop(self) -> None:
        self.stop_serving()
        self.stop_server()
