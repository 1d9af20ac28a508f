"""End-to-end fixtures: one real Prefect server and one serving process for the session, on an
accelerated clock; operator actions go through the real `sendops` CLI."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest
from sqlmodel import select

from deployments.local import LocalStack
from models.areas import import_contacts, load_areas, write_placeholder_contacts
from models.db import init_db, session_scope
from models.queries import milestones_of
from models.tables import Case, CaseMilestone, OutboxMessage
from sendops.calendar import london_instant, to_london
from sendops.clock import Clock
from sendops.config import CLOCK_FILE, get_calendar, get_timeline, load_settings
from tests.casework import run_sendops as sendops
from tests.conftest import POSTGRES_URL

SESSION_HOME = Path(os.environ["SENDOPS_HOME"])  # set by tests/conftest.py for the whole session
E2E_PORT = int(os.environ["PREFECT_API_URL"].rsplit(":", 1)[1].split("/")[0])
SPEED = 50_000.0  # simulated seconds per real second: a day in 1.7 s
AREAS = (
    *("Camden", "Leeds", "Cornwall", "Kent", "Norfolk", "Sheffield", "Devon", "Suffolk"),
    *("Hackney", "Barnet", "Luton", "Wigan", "Derby"),
    *("York", "Leicester", "Bury", "Bolton", "Halton"),  # the browser tests'
    *("Rutland", "Stockport", "Trafford"),
)


def wait_for(predicate, *, timeout: float, what: str, every: float = 0.5):
    """`predicate()` once it is truthy. Most predicates ask the Prefect server (a run's state), so
    they are polled every half second, not faster: on 2 cores the server's CPU is the suite's."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def case_row(case_id: int) -> Case:
    with session_scope() as session:
        return session.get(Case, case_id)


def milestone_rows(case_id: int) -> dict[str, CaseMilestone]:
    with session_scope() as session:
        return {m.key: m for m in milestones_of(session=session, case=session.get(Case, case_id))}


def messages(case_id: int) -> list[OutboxMessage]:
    with session_scope() as session:
        return list(session.exec(select(OutboxMessage).where(OutboxMessage.case_id == case_id)).all())


def run_state(case_id: int):
    """The case's run's state; "Requested" while its run is asked for and not yet created (it is
    created once the transaction that asked commits: tasks/run_requests.py)."""
    from tasks.runs import RunState, read_run_state

    case = case_row(case_id)
    if case.run_request is not None or case.flow_run_id is None:
        return RunState("REQUESTED", "Requested", None, None)
    return read_run_state(case.flow_run_id)


def start_in(working_days: int) -> dt.date:
    """An on-site start `working_days` working days after the simulated today."""
    return get_calendar().add(load_settings().clock.now().date(), working_days)


# The 2016 framework's kinds are outside the period they apply to (it ended in 2022): the tests
# schedule them all the same, saying why, as an operator would.
OUTSIDE_PERIOD = ("--outside-period", "tests: the 2016 framework on today's dates")


def schedule(kind: str, area: str, start: dt.date, *extra: str) -> int:
    outside = () if start in get_timeline(kind).period else OUTSIDE_PERIOD
    out = sendops(
        "schedule",
        kind,
        "--area",
        area,
        "--start",
        start.isoformat(),
        "--lead-hmi",
        "Ann HMI",
        "--by",
        "planner",
        *outside,
        *extra,
    ).stdout
    return int(out.split()[1])


def wait_until_reached(case_id: int, key: str, timeout: float = 120) -> CaseMilestone:
    return wait_for(
        lambda: (m := milestone_rows(case_id).get(key)) is not None and m.status == "done" and m,
        timeout=timeout,
        what=f"case {case_id} to reach {key}",
    )


def wait_for_decision(case_id: int, decision: str, timeout: float = 120) -> None:
    def waiting() -> bool:
        case = case_row(case_id)
        return (case.awaiting or "").startswith(f"decision {decision}") and run_state(
            case_id
        ).type == "PAUSED"

    wait_for(waiting, timeout=timeout, what=f"case {case_id} to wait for a {decision} decision")


def confirm_call(case_id: int, timeout: float = 120) -> None:
    """The lead HMI records a full inspection's notification call (H§17-18), made now."""
    wait_for_decision(case_id, "dcs_call", timeout=timeout)
    called = f"{to_london(load_settings().clock.now()):%H:%M}"
    sendops("decide", case_id, "dcs_call", "spoke_to=The DCS", f"called_at={called}", "--by", "Ann HMI")


def assert_on_time(milestone: CaseMilestone, real_tolerance: float = 1.0) -> None:
    """Reached at its deadline: never before it, and within `real_tolerance` real seconds after."""
    lag = (milestone.done_at - milestone.due).total_seconds()
    assert 0 <= lag <= real_tolerance * SPEED, f"{milestone.key}: {lag / SPEED:.3f} real s late"


def prefect_database(suffix: str = "") -> dict[str, str]:
    """With a PostgreSQL test server (CI has one), the Prefect server keeps its database there, in a
    fresh database for this test process (`suffix` for a second server, e.g. simulate's), as the
    README advises beyond one machine: a Prefect server on SQLite stalls every write for a minute
    at a time when many runs move at once."""
    if not POSTGRES_URL:
        return {}
    import psycopg

    base, _, _ = POSTGRES_URL.rpartition("/")
    name = f"prefect_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}{suffix}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{base}/{name}".replace("postgresql://", "postgresql+asyncpg://", 1)
    return {"PREFECT_SERVER_DATABASE_CONNECTION_URL": url}


@pytest.fixture(scope="session")
def stack():
    home = SESSION_HOME
    contacts = write_placeholder_contacts(home / "contacts.csv", list(AREAS))
    init_db()
    # The worker also knows a made-up kind of case, from its spec module (tests/tiny_kind.py).
    spec_modules = {"SENDOPS_SPEC_MODULES": "tests.tiny_kind"}
    local = LocalStack(home=home, port=E2E_PORT, extra_env=prefect_database() | spec_modules)
    local.start()
    # The clock starts once the server is up; it shows 07:00 London on Tuesday 10 March 2026, so
    # the first cases cross the change to BST on 29 March.
    sim_start = london_instant(dt.date(2026, 3, 10), dt.time(7))
    (home / CLOCK_FILE).write_text(Clock.accelerated_from(sim_start, SPEED).spec())
    with session_scope() as session:
        load_areas(session=session)
        import_contacts(session=session, path=contacts, actor="test setup", now=load_settings().clock.now())
    yield local
    local.stop()


@pytest.fixture(scope="session")
def mail_drop(stack) -> Path:
    return load_settings().mail_drop
