"""Test settings. Prefect reads its settings when it is imported, so the environment of the whole
session (a private home, the end-to-end server's port) is set here, before any test imports it."""

from __future__ import annotations

import functools
import os
import socket
import tempfile
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SESSION_HOME = Path(tempfile.mkdtemp(prefix="sendops-tests-"))
E2E_PORT = _free_port()
os.environ.update(
    {
        "SENDOPS_HOME": str(SESSION_HOME),
        "SENDOPS_CONFIG": str(SESSION_HOME / "sendops.toml"),
        "PREFECT_HOME": str(SESSION_HOME / "prefect"),
        "PREFECT_API_URL": f"http://127.0.0.1:{E2E_PORT}/api",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        # The sweeps (recover-cases, deliver-outbox) every 20 s, and a case run silent for 60 s
        # counted lost (two missed 30 s heartbeats), so the recovery tests wait a minute, not four.
        "SENDOPS_SWEEP_SECONDS": "20",
        "SENDOPS_UNRESPONSIVE_SECONDS": "60",
        # Runs are started 1 real second early rather than 10, so the holds in-process before a
        # deadline stay short in simulated time (a day passes in 1.7 s).
        "SENDOPS_PREFETCH_SECONDS": "1",
        # The server turns schedules (the digest's cron) into runs every 5 s, not every minute.
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5",
        # Server services sendops does not use (automations, the event log, marking idle workers
        # offline): a quarter of an idle server's CPU, on a machine running three servers at once.
        "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_EVENT_LOGGER_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_FOREMAN_ENABLED": "false",
        # ... and two 5-second loops: relabelling a run Late (the worker takes a late run anyway)
        # and expiring pauses (a case's suspension has no timeout).
        "PREFECT_SERVER_SERVICES_LATE_RUNS_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_PAUSE_EXPIRATIONS_ENABLED": "false",
    }
)
(SESSION_HOME / "sendops.toml").write_text("")
os.environ.pop("SENDOPS_DATABASE_URL", None)
os.environ.pop("SENDOPS_CLOCK", None)

POSTGRES_URL = os.environ.get("SENDOPS_TEST_POSTGRES_URL")
REQUIRE_POSTGRES = os.environ.get("SENDOPS_REQUIRE_POSTGRES") == "1"


@functools.cache
def worker_database(url: str) -> str:
    """This test process's own database on the PostgreSQL test server (`<name>_gw1` for xdist's
    worker gw1), created if missing: the database tests drop and create every table."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    import psycopg

    base, _, name = url.rpartition("/")
    own = f"{name}_{worker}"
    with psycopg.connect(url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (own,)).fetchone():
            conn.execute(f'CREATE DATABASE "{own}"')
    return f"{base}/{own}"


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path, monkeypatch):
    """A fresh, empty database: a SQLite file, or the PostgreSQL test server with its tables dropped."""
    from sqlmodel import SQLModel

    from models.db import get_engine, init_db

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'sendops.db'}"
    elif POSTGRES_URL:
        url = worker_database(POSTGRES_URL)
    elif REQUIRE_POSTGRES:
        pytest.fail("SENDOPS_REQUIRE_POSTGRES=1 but SENDOPS_TEST_POSTGRES_URL is not set")
    else:
        pytest.skip("no PostgreSQL: set SENDOPS_TEST_POSTGRES_URL (scripts/start-postgres prints one)")
    monkeypatch.setenv("SENDOPS_DATABASE_URL", url)
    engine = get_engine()
    SQLModel.metadata.drop_all(engine)
    init_db(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def case_id(database, tmp_path):
    """A re-visit case (tests/casework.py) in a fresh database."""
    from tests.casework import make_case

    return make_case(tmp_path)


# The longest tests first, so that the short ones fill the gaps at the end rather than a long one
# starting last: each `sendops simulate` test starts its own Prefect server and runs 45-110 s.
FIRST = ("tests/e2e/test_faults.py", "tests/e2e/test_simulate.py", "tests/e2e/test_recovery.py")


def pytest_collection_modifyitems(items):
    items.sort(key=lambda item: not item.nodeid.startswith(FIRST))


def pytest_configure(config):
    """The caches of deployments/prefect_speedups.py, as in every sendops process (after the
    environment above: Prefect reads its settings when it is imported)."""
    from deployments import prefect_speedups

    prefect_speedups.apply()
