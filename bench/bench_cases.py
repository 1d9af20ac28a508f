"""Benchmark: how late waiting cases fire when many are due at once, and what waiting cases cost,
for the sendops worker (flow runs in threads of one process) against Prefect's `serve` (a new
interpreter per flow run, the executor before it), side by side in the same run.

burst N: N re-visits in N areas, all notified at the same 09:00 (the worst case), on the real
  clock shifted so the deadline comes after set-up. Set-up runs every case to its first wait on
  the worker; then the executor under test is started. Lag is deadline -> milestone recorded;
  CPU is the executor's own (and its children's) user+system time from 30 s before the deadline
  until every case was recorded, per wake.
capacity N: N cases scheduled, the worker taking each case's run to its first wait as it is
  created (the real flow: the run pauses itself); then the case runs waiting on the server,
  flow-run processes, worker threads busy, and the server's memory.

Run: .venv/bin/python bench/bench_cases.py burst 100 [--old-max 100]
     .venv/bin/python bench/bench_cases.py capacity 10000
With BENCH_POSTGRES_URL=postgresql://user@host/db (e.g. from scripts/start-postgres) each Prefect
server keeps its database in a fresh PostgreSQL database there instead of SQLite (see the README's
"Beyond one machine": under a burst the SQLite server stalls its writes for a minute at a time).
The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from deployments.local import LocalStack, free_port, prefect_env  # noqa: E402

START = dt.date(2026, 3, 30)
WAITING = "Awaiting notify_local_area"


def fresh_home(tag: str) -> tuple[Path, int]:
    """A private sendops home and Prefect port; the environment points at them (before any
    Prefect client is made: each stack is started by a child of this script, see main)."""
    home = Path(tempfile.mkdtemp(prefix=f"sendops-bench-{tag}-"))
    port = free_port()
    for name in ("SENDOPS_DATABASE_URL", "SENDOPS_CLOCK", "SENDOPS_CONFIG"):
        os.environ.pop(name, None)
    os.environ.update(prefect_env(home=home, port=port))
    if postgres := os.environ.get("BENCH_POSTGRES_URL"):  # the Prefect server's own database there
        import psycopg

        base, _, _ = postgres.rpartition("/")
        name = f"bench_{tag}_{os.getpid()}"
        with psycopg.connect(postgres, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = f"{base}/{name}".replace("postgresql://", "postgresql+asyncpg://", 1)
        os.environ["PREFECT_SERVER_DATABASE_CONNECTION_URL"] = url
    return home, port


def process_group_rss_mb(pid: int) -> float:
    """Resident memory of every process in `pid`'s process group, in MiB."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getpgid(int(entry.name)) != pid:
                continue
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except (OSError, ProcessLookupError):
            continue
    return total / 1024


def children(pid: int) -> int:
    """Processes in `pid`'s process group other than itself (flow-run processes)."""
    count = 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != pid:
            try:
                count += os.getpgid(int(entry.name)) == pid
            except ProcessLookupError:
                continue
    return count


def cpu_seconds(pid: int) -> float:
    """User + system CPU of `pid` and its reaped children (utime, stime, cutime, cstime)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(fields[i]) for i in (11, 12, 13, 14)) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def runs_in_state(prefix: str) -> int:
    """Scheduled runs whose state name starts with `prefix` (the case flow adds " · due ..."),
    counted by the server: those whose name is not one Prefect gives (a run created, or late)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateName,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType

    assert prefix == WAITING  # the only state a case waits in here: every case is due together
    waiting = FlowRunFilter(
        state=FlowRunFilterState(
            type=FlowRunFilterStateType(any_=[StateType.SCHEDULED]),
            name=FlowRunFilterStateName(not_any_=["Scheduled", "Late", "AwaitingRetry"]),
        )
    )
    with get_client(sync_client=True) as client:
        return client.count_flow_runs(flow_run_filter=waiting)


def add_areas(count: int) -> list[str]:
    """The English areas, then made-up ones ("Bench area 0154", ...) to reach `count`: one
    re-visit per area is allowed at a time."""
    from sqlmodel import select

    from models.areas import import_contacts, load_areas, write_placeholder_contacts
    from models.db import session_scope
    from models.tables import LocalArea
    from sendops.config import load_settings

    with session_scope() as session:
        load_areas(session=session)
        names = [a.name for a in session.exec(select(LocalArea).order_by(LocalArea.name)).all()]
        for i in range(len(names), count):
            name = f"Bench area {i + 1:05d}"
            session.add(
                LocalArea(gss_code=f"X{i:08d}", name=name, official_name=name, type="bench", region="Bench")
            )
            names.append(name)
    names = names[:count]
    home = load_settings().home
    write_placeholder_contacts(home / "contacts.csv", names)
    with session_scope() as session:
        now = load_settings().clock.now()
        import_contacts(session=session, path=home / "contacts.csv", actor="bench", now=now)
    return names


def schedule_all(areas: list[str], clock) -> float:
    from tasks.operator import schedule_case

    t0 = time.monotonic()
    for area in areas:
        schedule_case(
            kind="revisit",
            area=area,
            start=START,
            days=2,
            lead_hmi="Bench HMI",
            weaknesses=["w"],
            actor="bench",
            clock=clock,
            outside_period="bench: re-visits on today's dates",
        )
    return time.monotonic() - t0


def start_with_cases(home: Path, n: int, clock, *, worker_first: bool = False) -> LocalStack:
    """A server with `n` cases scheduled, then the worker: the scheduling is measured on its own
    (each case's run is created inside its transaction, which a busy server makes slow). With
    `worker_first`, the worker is started first and takes the runs as they are created."""
    stack = LocalStack(home=home, port=int(os.environ["PREFECT_API_URL"].rsplit(":", 1)[1].split("/")[0]))
    stack.start_server()
    stack.rss_idle = process_group_rss_mb(stack.server.pid)
    from deployments.serve import register

    register()
    if worker_first:
        stack.start_serving()
    stack.scheduled_in = schedule_all(add_areas(n), clock)
    if not worker_first:
        stack.start_serving()
    return stack


def wait_until_waiting(n: int, *, deadline: float) -> float:
    t0 = time.monotonic()
    while runs_in_state(WAITING) < n:
        if time.monotonic() > deadline:
            waiting = runs_in_state(WAITING)
            raise SystemExit(f"only {waiting} of {n} cases waiting in time: raise the set-up time")
        time.sleep(2)
    return time.monotonic() - t0


def burst(n: int, executor: str) -> dict:
    """One burst of `n` cases due at the same instant, fired by `executor`."""
    from sqlmodel import select

    from models.db import init_db, session_scope
    from models.tables import CaseMilestone
    from sendops.calendar import london_instant
    from sendops.clock import Clock
    from sendops.config import CLOCK_FILE, get_calendar

    home = Path(os.environ["SENDOPS_HOME"])
    due = london_instant(get_calendar().onsite_date(START, -10), dt.time(9))
    setup = 90 + 1.2 * n  # real seconds before the deadline: scheduling and first waits
    clock = Clock(speed=1.0, sim_epoch=due - dt.timedelta(seconds=setup), real_epoch=time.time())
    (home / CLOCK_FILE).write_text(clock.spec())
    init_db()
    stack = start_with_cases(home, n, clock)
    try:
        scheduled_in = stack.scheduled_in
        waiting_in = wait_until_waiting(n, deadline=time.monotonic() + setup - 35)
        if executor == "process":  # the deployments move off the pool; runs already waiting stay
            stack.stop_serving()
            stack.executor = "process"
            stack.start_serving()
            stack.wait_for_deployments()
        while (left := (due - clock.now()).total_seconds()) > 30:
            time.sleep(min(1.0, left - 30))
        cpu0 = cpu_seconds(stack.serving.pid)
        end = time.monotonic() + 30 + 60 + 4.0 * n  # the old executor needs ~3 s a wake here
        lags: list[float] = []
        while time.monotonic() < end:
            # Read only: a reader takes no write lock, so a hundred executor processes writing
            # the same SQLite file do not lock this one out (the old executor's side failed so).
            with session_scope(read_only=True) as session:
                done = session.exec(
                    select(CaseMilestone).where(
                        CaseMilestone.key == "notify_local_area", CaseMilestone.status == "done"
                    )
                ).all()
            lags = [(m.done_at - m.due).total_seconds() for m in done]
            if len(lags) == n:
                break
            time.sleep(0.5)
        cpu = cpu_seconds(stack.serving.pid) - cpu0
        return {
            "executor": executor,
            "cases": n,
            "recorded": len(lags),
            "scheduled_s": round(scheduled_in, 1),
            "first_waits_s": round(waiting_in, 1),
            "lag_p50_s": round(statistics.median(lags), 3) if lags else None,
            "lag_p99_s": round(percentile(lags, 0.99), 3) if lags else None,
            "lag_max_s": round(max(lags), 3) if lags else None,
            "cpu_s_per_wake": round(cpu / max(1, len(lags)), 3),
        }
    finally:
        stack.stop()


def capacity(n: int) -> dict:
    """`n` case runs that each paused themselves, then what they cost while they wait."""
    from models.db import init_db
    from sendops.calendar import london_instant
    from sendops.clock import Clock
    from sendops.config import CLOCK_FILE, get_calendar

    home = Path(os.environ["SENDOPS_HOME"])
    due = london_instant(get_calendar().onsite_date(START, -10), dt.time(9))
    clock = Clock(speed=1.0, sim_epoch=due - dt.timedelta(days=2), real_epoch=time.time())
    (home / CLOCK_FILE).write_text(clock.spec())
    init_db()
    stack = start_with_cases(home, n, clock, worker_first=True)
    t0 = time.monotonic() - stack.scheduled_in
    try:
        rss_idle = stack.rss_idle
        scheduled_in = stack.scheduled_in
        wait_until_waiting(n, deadline=time.monotonic() + 6 * 3600)
        waiting_in = time.monotonic() - t0  # from the first case scheduled
        time.sleep(5)
        return {
            "executor": "worker",
            "cases": n,
            "waiting_runs": runs_in_state(WAITING),
            "scheduled_s": round(scheduled_in, 1),
            "first_waits_s": round(waiting_in, 1),
            "first_waits_per_s": round(n / max(waiting_in, 0.001), 1),
            "flow_run_processes": children(stack.serving.pid),
            "server_rss_idle_mib": round(rss_idle),
            "server_rss_mib": round(process_group_rss_mb(stack.server.pid)),
            "worker_rss_mib": round(process_group_rss_mb(stack.serving.pid)),
        }
    finally:
        stack.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("burst", "capacity", "one"))
    parser.add_argument("cases", type=int, nargs="?", default=100)
    parser.add_argument("--old-max", type=int, default=100, help="largest burst to run on the old executor")
    parser.add_argument("--executor", default="worker", help=argparse.SUPPRESS)  # for "one"
    args = parser.parse_args()
    if args.what == "one":  # a child: one stack, one measurement, one JSON line
        from deployments import prefect_speedups

        prefect_speedups.apply()  # it schedules the cases: a Prefect client each
        fresh_home(args.executor)
        result = burst(args.cases, args.executor) if args.executor != "capacity" else capacity(args.cases)
        print(json.dumps(result))
        return
    import subprocess

    # Each measurement in a child process of its own: Prefect reads its settings (the server's
    # address) once per process, and each measurement has its own server.
    runs = [("capacity", args.cases)] if args.what == "capacity" else [("worker", args.cases)]
    if args.what == "burst" and args.cases <= args.old_max:
        runs.append(("process", args.cases))
    results = []
    for executor, n in runs:
        out = subprocess.run(
            [sys.executable, __file__, "one", str(n), "--executor", executor],
            capture_output=True,
            text=True,
        )
        if out.returncode != 0:
            raise SystemExit(f"{executor} x{n} failed:\n{out.stderr[-12000:]}")
        result = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(result)
        print("  ".join(f"{k} {v}" for k, v in result.items()), flush=True)
    if args.what == "burst" and len(results) == 2:
        new, old = results
        print(
            f"old/new: p50 lag {old['lag_p50_s'] / max(new['lag_p50_s'], 1e-3):.0f}x, "
            f"p99 lag {old['lag_p99_s'] / max(new['lag_p99_s'], 1e-3):.0f}x, "
            f"CPU per wake {old['cpu_s_per_wake'] / max(new['cpu_s_per_wake'], 1e-3):.1f}x"
        )
    print(json.dumps({"benchmark": f"{args.what} {args.cases}", "results": results}))


if __name__ == "__main__":
    main()
