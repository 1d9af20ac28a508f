"""Benchmark: firing lag of waiting cases, and what 1,000 waiting cases cost.

1. 100 re-visits in 100 areas are scheduled for the same on-site day, run to their first wait
   (each a real case flow run that pauses itself) and all fire at the same 09:00 deadline. The
   clock runs at real speed, shifted so the deadline comes after set-up (about 7 minutes), so
   simulated lag is real lag. Prints median, p99 and max of deadline -> milestone done.
2. 1,000 further case runs are parked in the same "Awaiting notify_local_area" state the case
   flow puts itself in (created directly, not started: starting 1,000 processes on 2 cores
   takes ~20 minutes). Prints the server's memory (RSS of its process group) before and after,
   and how many flow-run processes exist while they wait.

Run: .venv/bin/python bench/bench_cases.py [burst|spread] [CASES] [WAITING]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HOME = Path(tempfile.mkdtemp(prefix="sendops-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from deployments.local import LocalStack, free_port, prefect_env  # noqa: E402

PORT = free_port()
os.environ.update(prefect_env(home=HOME, port=PORT))  # before Prefect is imported
for name in ("SENDOPS_DATABASE_URL", "SENDOPS_CLOCK", "SENDOPS_CONFIG"):
    os.environ.pop(name, None)

import datetime as dt  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

from sqlmodel import select  # noqa: E402

from models.areas import import_contacts, load_areas, write_placeholder_contacts  # noqa: E402
from models.db import init_db, session_scope  # noqa: E402
from models.tables import CaseMilestone, LocalArea  # noqa: E402
from sendops.calendar import london_instant  # noqa: E402
from sendops.clock import Clock  # noqa: E402
from sendops.config import CLOCK_FILE, get_calendar  # noqa: E402

PATTERN = sys.argv[1] if len(sys.argv) > 1 else "burst"  # burst | spread
CASES = int(sys.argv[2]) if len(sys.argv) > 2 else 100
WAITING = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
START = dt.date(2026, 3, 30)
NOTIFY_DUE = london_instant(get_calendar().onsite_date(START, -10), dt.time(9))
# burst: every case on the same day, all due at the same 09:00 (the worst case), real-time clock.
# spread: case i starts i working days after the first, so one case is notified per working day,
# on a clock at 14,400x (a day in 6 real seconds); lag is converted back to real seconds.
SPEED = 1.0 if PATTERN == "burst" else 14_400.0


def group_rss_mb(pid: int) -> float:
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


def flow_run_processes(serving_pid: int) -> int:
    """Processes in the serving process's group other than itself: running flow runs."""
    count = 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != serving_pid:
            try:
                count += os.getpgid(int(entry.name)) == serving_pid
            except ProcessLookupError:
                continue
    return count


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def waiting_runs(state_name: str) -> int:
    """Runs whose state is named `state_name` (the case flow adds " · due <time>" to it)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterState, FlowRunFilterStateType
    from prefect.client.schemas.objects import StateType

    scheduled = FlowRunFilter(
        state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.SCHEDULED]))
    )
    count, offset = 0, 0
    with get_client(sync_client=True) as client:
        while page := client.read_flow_runs(flow_run_filter=scheduled, limit=200, offset=offset):
            count += sum(1 for r in page if r.state and (r.state.name or "").startswith(state_name))
            offset += len(page)
    return count


def main() -> None:
    from tasks.operator import schedule_case

    # Scheduling and first runs take ~0.8 s + ~1.5 s per case here; a burst needs them all done
    # before the one deadline, a spread only before the first.
    setup_seconds = 120 + 3.0 * CASES if PATTERN == "burst" else 120.0
    clock = Clock(
        speed=SPEED,
        sim_epoch=NOTIFY_DUE - dt.timedelta(seconds=setup_seconds * SPEED),
        real_epoch=time.time(),
    )
    HOME.mkdir(exist_ok=True)
    (HOME / CLOCK_FILE).write_text(clock.spec())
    init_db()
    stack = LocalStack(home=HOME, port=PORT, run_limit=20)
    stack.start()
    try:
        rss_idle = group_rss_mb(stack.server.pid)
        with session_scope() as session:
            load_areas(session=session)
            areas = [a.name for a in session.exec(select(LocalArea).order_by(LocalArea.name)).all()][:CASES]
        write_placeholder_contacts(HOME / "contacts.csv", areas)
        with session_scope() as session:
            import_contacts(session=session, path=HOME / "contacts.csv", actor="bench", now=clock.now())
        t0 = time.monotonic()
        for i, area in enumerate(areas):
            schedule_case(
                kind="revisit",
                area=area,
                start=START if PATTERN == "burst" else get_calendar().add(START, i),
                days=2,
                lead_hmi="Bench HMI",
                weaknesses=["w"],
                actor="bench",
                clock=clock,
            )
        print(f"scheduled {len(areas)} cases in {time.monotonic() - t0:.1f} s")
        while PATTERN == "burst" and waiting_runs("Awaiting notify_local_area") < len(areas):
            if clock.now() >= NOTIFY_DUE:
                raise SystemExit("the deadline came before every case was waiting: raise setup_seconds")
            time.sleep(1)
        time.sleep(5)  # let the last first-pass processes exit
        print(
            f"all {len(areas)} cases waiting after {time.monotonic() - t0:.1f} s; "
            f"flow-run processes while they wait: {flow_run_processes(stack.serving.pid)}; "
            f"first deadline in {(NOTIFY_DUE - clock.now()).total_seconds() / SPEED:.0f} s"
        )
        lags = {}
        deadline = time.monotonic() + 600 + (0 if PATTERN == "burst" else 1.4 * CASES * 86400 / SPEED)
        while time.monotonic() < deadline:
            with session_scope() as session:
                done = session.exec(select(CaseMilestone).where(CaseMilestone.status == "done")).all()
            lags = {}
            for m in done:
                lags.setdefault(m.key, []).append((m.done_at - m.due).total_seconds() / SPEED)
            if len(lags.get("notify_pcf", [])) == len(areas):
                break
            time.sleep(1)
        for key in ("notify_local_area", "notify_pcf"):
            values = lags.get(key, [])
            print(
                f"firing lag {key:<18} n={len(values):>3}  median {statistics.median(values):6.2f} s  "
                f"p99 {percentile(values, 0.99):6.2f} s  max {max(values):6.2f} s"
            )
        rss_before = group_rss_mb(stack.server.pid)
        park_waiting_runs(WAITING)
        print(
            f"waiting case runs parked: {waiting_runs('Awaiting notify_local_area')} "
            f"(+ {len(areas)} from part 1 now waiting for evidence_upload_due: "
            f"{waiting_runs('Awaiting evidence_upload_due')})"
        )
        print(f"flow-run processes while {WAITING} cases wait: {flow_run_processes(stack.serving.pid)}")
        print(
            f"server RSS: idle {rss_idle:.0f} MiB; after part 1 {rss_before:.0f} MiB; "
            f"with {WAITING} more waiting {group_rss_mb(stack.server.pid):.0f} MiB"
        )
    finally:
        stack.stop()


def park_waiting_runs(count: int) -> None:
    """Create `count` case runs already in the state a waiting case puts itself in."""
    from prefect.client.orchestration import get_client
    from prefect.states import Scheduled

    wake = dt.datetime.now(dt.UTC) + dt.timedelta(days=30)
    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("case/case")
        for i in range(count):
            client.create_flow_run_from_deployment(
                deployment.id,
                parameters={"case_id": 100_000 + i},
                name=f"bench waiting {i}",
                state=Scheduled(scheduled_time=wake, name="Awaiting notify_local_area"),
            )


if __name__ == "__main__":
    main()
