"""Fault injection: many 2023 inspections run to publication through `sendops simulate` (a real
Prefect server, the real worker and flows, a real SMTP server), once undisturbed and once with
faults at random moments (seeded):

- the worker SIGKILLed and started again;
- the Prefect server stopped and started;
- a case's run cancelled, as the UI's Cancel button does;
- the sendops database taking no writes for 5-90 real seconds (its busy timeout is 60 s);
- the SMTP server refusing every message (421) for 5-60 real seconds.

Then the invariants:

- every case ends as it did undisturbed (its status);
- no milestone is reached twice;
- every message is delivered once: each milestone reached that writes to the area has its
  messages, none twice, or one is left for an operator with an alert (uncertain: its sender
  stopped mid-send; failed: refused, or still refused after 6 tries), never re-sent by itself;
  and the SMTP server received no Message-ID twice;
- every decision is recorded once, and audited once;
- the simulation finishes: every case's run has ended, nothing is left waiting.

Run: .venv/bin/python bench/bench_faults.py --cases 50 --faults 20 --seed 1
(about half an hour on 2 cores; `pytest -m slow` runs it; the default suite runs a handful in
tests/e2e/test_faults.py). Exits 1 if an invariant breaks. The last line printed is one JSON
object with the counts.
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from sendops.calendar import WorkingDayCalendar  # noqa: E402
from sendops.config import get_timeline  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUTCOMES = ("positive", "inconsistent", "widespread")
# Faults the scenario plays at simulated moments (a kill twice as often); the SMTP outages are
# played by this script in real time, against its own SMTP server.
SCENARIO_FAULTS = ("kill_serving", "kill_serving", "restart_server", "cancel_run", "db_outage")
PER_DAY = 5  # inspections starting on each working day
FIRST = dt.date(2026, 4, 13)  # the first inspection's first day on site
CONFIG = """[framework_2023]
notice_days = 3
survey_days = 2
data_return_day = -2
tracking_day = -2
tracking_upload_days = 1
draft_day = 1
comments_days = 3
final_day = 5
publication_day = 6
plan_days = 5

[delivery]
backoff_seconds = 3
"""


def _working_days(first: dt.date, n: int) -> list[dt.date]:
    calendar = WorkingDayCalendar()  # England's bank holidays (May Day, ...)
    days, day = [], first
    while len(days) < n:
        if calendar.is_working_day(day):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def scenario(
    cases: int,
    faults: int,
    seed: int,
    speed: int,
    kinds: tuple[str, ...] = SCENARIO_FAULTS,
    outage_seconds: tuple[int, int] = (5, 90),
) -> str:
    """`cases` inspections, `PER_DAY` starting on each working day from 13 April 2026, each decided
    as soon as it asks; `faults` faults drawn from `kinds` at random moments in their first six
    weeks, `kinds` in turn (the SMTP outages are chosen by `smtp_outages`)."""
    # Six days before the first inspection starts (its notice is 3 working days), and as long again
    # as scheduling the cases may overrun simulate's allowance for it (half a real second each, on
    # 2 cores), which the clock spends as simulated time.
    start = dt.datetime.combine(FIRST, dt.time(7)) - dt.timedelta(days=6, seconds=cases * speed / 2)
    with (ROOT / "data" / "local_areas_england.csv").open() as f:
        areas = [row["name"] for row in csv.DictReader(f)][:cases]
    days = _working_days(FIRST, -(-cases // PER_DAY))
    starts = [days[i // PER_DAY] for i in range(cases)]
    # until: long enough for a lost run to be recovered (60-90 real s of heartbeat silence, weeks
    # at these speeds); a scenario ends as soon as every case has.
    last = dt.datetime.combine(starts[-1], dt.time()) + dt.timedelta(weeks=26)
    lines = [f'start = "{start.isoformat()}"', f"speed = {speed}", f'until = "{last.isoformat()}"', CONFIG]
    for i, (area, start) in enumerate(zip(areas, starts, strict=True)):
        name = f"c{i}"
        outcome = OUTCOMES[i % 3]
        lines += ["[[cases]]", f'name = "{name}"', 'kind = "full-2023"', f'area = "{area}"']
        lines += [f'start = "{start.isoformat()}"', "days = 1", f'lead_hmi = "HMI {i}"', ""]
        fields = (
            f'{{ outcome = "{outcome}"'
            + (', areas_for_priority_action = ["Waiting times"]' if outcome == "widespread" else "")
            + " }"
        )
        for decision, by, extra in DECISIONS:
            lines += [
                "[[actions]]",
                f'case = "{name}"',
                'action = "decide"',
                f'decision = "{decision}"',
                f'by = "{by}"',
            ]
            lines += [extra.format(fields=fields), ""] if extra else [""]
    rng = random.Random(seed)
    for i in range(faults):
        at = dt.datetime.combine(FIRST, dt.time(7)) + dt.timedelta(days=rng.uniform(-3, 7 * 6))
        kind = kinds[i % len(kinds)]
        lines += ["[[actions]]", f'case = "c{rng.randrange(cases)}"', f'action = "{kind}"']
        lines += [f'at = "{at.replace(microsecond=0).isoformat()}"']
        lines += [f"seconds = {rng.randint(*outage_seconds)}", ""] if kind == "db_outage" else [""]
    return "\n".join(lines) + "\n"


# As the test suite's stacks (tests/conftest.py): the sweeps every 15 s and a run silent for 60 s
# counted lost, so that recovery takes about a real minute (weeks, simulated) rather than three;
# no server services sendops does not use.
ENV = {
    "SENDOPS_SWEEP_SECONDS": "15",
    "SENDOPS_UNRESPONSIVE_SECONDS": "60",
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_EVENT_LOGGER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_FOREMAN_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_LATE_RUNS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_PAUSE_EXPIRATIONS_ENABLED": "false",
}
DECISIONS = (
    ("outcome", "Lead inspector", "fields = {fields}"),
    ("draft_sent", "QA lead", ""),
    ("final_issued", "QA lead", ""),
    ("published", "Publications", ""),
)


def smtp_outages(n: int, seed: int, within: float) -> list[tuple[float, float]]:
    """`n` (start, seconds) outages of the SMTP server, at random real moments in `within` seconds."""
    rng = random.Random(seed + 1)
    return sorted((rng.uniform(0, within), rng.uniform(5, 60)) for _ in range(n))


def simulate(text: str, folder: Path, outages: list[tuple[float, float]], name: str, env: dict) -> Run:
    """Run the scenario against a fresh SMTP server, with its outages played in real time; its
    home (database, logs) is kept in `folder` as home-`name`. `env`: more environment (the
    Prefect server's database)."""
    from tests.smtp_server import SmtpServer

    path = folder / f"{name}.toml"
    path.write_text(text)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SENDOPS_", "PREFECT_"))} | ENV | env
    with SmtpServer() as smtp:
        env |= {"SENDOPS_SMTP_HOST": "127.0.0.1", "SENDOPS_SMTP_PORT": str(smtp.port)}
        began = time.monotonic()
        process = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "sendops"), "simulate", "--keep", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        stop = threading.Event()
        played = []

        def play() -> None:
            for at, seconds in outages:
                if stop.wait(max(0.0, began + at - time.monotonic())):
                    return
                smtp.recorder.refuse_all = "421 4.3.2 Service not available, closing channel"
                played.append(seconds)
                stop.wait(seconds)
                smtp.recorder.refuse_all = ""

        player = threading.Thread(target=play, daemon=True)
        player.start()
        stdout, stderr = process.communicate(timeout=3600)
        stop.set()
        player.join()
        smtp.recorder.refuse_all = ""
        received = smtp.recorder.message_ids()
    seconds = time.monotonic() - began
    if process.returncode != 0:
        (folder / "simulate.err").write_text(stderr)
        errors = [line for line in stderr.splitlines() if "Error" in line][-3:]
        raise SystemExit(f"simulate failed ({folder / 'simulate.err'}): {errors}")
    (folder / f"{name}.jsonl").write_text(stdout)  # the events, as they came
    kept = folder / f"home-{name}"
    shutil.rmtree(kept, ignore_errors=True)
    shutil.move(stderr.strip().splitlines()[-1].removeprefix("kept "), kept)
    audits, flagged = _audits(kept / "sendops.db"), _flagged(kept / "sendops.db")
    events = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]
    return Run(events, seconds, received, audits, flagged, len(played))


@dataclass
class Run:
    events: list[dict]
    seconds: float
    received: collections.Counter  # Message-ID -> times the SMTP server accepted it
    audits: collections.Counter  # (case id, action) -> audit entries
    flagged: dict[tuple[int, str], list[str]]  # (case id, milestone) -> "uncertain", "failed"
    smtp_outages: int


def _server(pg: str | None, name: str) -> dict[str, str]:
    """The environment that puts a Prefect server's database in a fresh database on `pg`."""
    if not pg:
        return {}
    import psycopg

    database = f"prefect_bench_faults_{name}_{os.getpid()}"  # a suite and a bench can run at once
    with psycopg.connect(pg, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{database}"')
    base = pg.rpartition("/")[0].replace("postgresql://", "postgresql+asyncpg://", 1)
    # A pool of 20 connections kept open, not Prefect's 5: with 5, the connections a burst opens
    # beyond them are closed when it passes, and the next burst opens (and prepares) new ones.
    return {
        "PREFECT_SERVER_DATABASE_CONNECTION_URL": f"{base}/{database}",
        "PREFECT_SERVER_DATABASE_SQLALCHEMY_POOL_SIZE": "20",
    }


def _audits(path: Path) -> collections.Counter:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT case_id, action FROM auditentry WHERE case_id IS NOT NULL")
        return collections.Counter(rows)


def _flagged(path: Path) -> dict[tuple[int, str], list[str]]:
    """The messages to the area left for an operator (`sendops outbox resolve`): uncertain (maybe
    sent: the sender stopped mid-send) or failed (refused, or retried until it gave up), each
    with an alert to operations about it: (case id, milestone) -> each message's status ("not
    alerted" if operations were not told)."""
    with sqlite3.connect(path) as connection:
        alerts = {
            k for (k,) in connection.execute("SELECT key FROM outboxmessage WHERE key LIKE 'ops/alert/%'")
        }
        rows = connection.execute(
            "SELECT case_id, milestone, status, key FROM outboxmessage"
            " WHERE status IN ('uncertain', 'failed') AND key NOT LIKE 'ops/%'"
        )
        flagged = collections.defaultdict(list)
        for case_id, milestone, status, key in rows:
            alerted = any(a.startswith(f"ops/alert/{key}/") for a in alerts)
            flagged[(case_id, milestone)].append(status if alerted else "not alerted")
        return flagged


def check(run: Run, ends: dict[str, str]) -> dict[str, int]:
    """The counts, and the invariants' breaks, of `run`; `ends` is each case's status undisturbed."""
    events = run.events

    def count(kind: str, *fields: str) -> collections.Counter:
        keys = (tuple(e[f] for f in ("case", *fields)) for e in events if e["event"] == kind)
        return collections.Counter(keys)

    def faults(kind: str) -> int:
        return sum(1 for e in events if e["event"] == "fault" and e["key"] == kind)

    milestones = count("milestone", "key")
    # Twice: two messages of one milestone to one recipient. Alerts to operations are one per
    # event (each run that broke, each message that failed), so not counted here; the SMTP
    # server's count of each Message-ID (smtp_duplicates) covers every message.
    messages = collections.Counter(
        (e["case"], e["key"], e["recipient"])
        for e in events
        if e["event"] == "message" and e["role"] != "operations"
    )
    decisions = count("decision", "key")
    # Lost: a milestone that writes to the area was reached (or decided) and none of its messages
    # was delivered, nor left for an operator (uncertain or failed, with an alert). Which messages
    # a case sends depends on when decisions come (no comments reminder once the final report is
    # out), so runs are not compared message for message.
    end = events[-1]
    names = {i: name for name, i in end["case_ids"].items()}
    sends = {m.key for m in get_timeline("full-2023").milestones if m.sends}
    reached = {
        (e["case"], e["key"]) for e in events if e["event"] in ("milestone", "decision") and e["key"] in sends
    }
    delivered = {(case, key) for case, key, _ in messages}
    flagged = {(names[i], key): statuses for (i, key), statuses in run.flagged.items() if i in names}
    left = {k for k, statuses in flagged.items() if "not alerted" not in statuses}
    statuses = collections.Counter(s for ss in run.flagged.values() for s in ss)
    # Audited once: each case's scheduling, and each decision the scenario submitted (and was not
    # refused), has one audit entry.
    submitted = count("action", "key")
    audit_mismatches = sum(
        1
        for name, i in end["case_ids"].items()
        if "-" not in name  # not one a case opened (its monitoring inspection, proposed)
        for action, times in [("schedule_case", 1)]
        + [(f"decide_{key}", submitted[(name, key)]) for key, _, _ in DECISIONS]
        if run.audits[(i, action)] != times
    )
    return {
        "lifecycles": sum(1 for name in end["statuses"] if "-" not in name),
        "faults": sum(1 for e in events if e["event"] == "fault") + run.smtp_outages,
        "kills": faults("kill_serving"),
        "server_restarts": faults("restart_server"),
        "cancels": faults("cancel_run"),
        "db_outages": faults("db_outage"),
        "smtp_outages": run.smtp_outages,
        "milestones": sum(milestones.values()),
        "messages": sum(messages.values()),
        "smtp_received": sum(run.received.values()),
        "decisions": sum(decisions.values()),
        "ended_differently": sum(1 for n, s in ends.items() if end["statuses"].get(n) != s),
        "milestones_twice": sum(n - 1 for n in milestones.values() if n > 1),
        "messages_twice": sum(n - 1 for n in messages.values() if n > 1),
        "smtp_duplicates": sum(n - 1 for n in run.received.values() if n > 1),
        "messages_lost": len(reached - delivered - left),
        "decisions_twice": sum(n - 1 for n in decisions.values() if n > 1),
        "audit_mismatches": audit_mismatches,
        # Left for an operator, with an alert: never re-sent by itself.
        "uncertain": statuses["uncertain"],
        "failed": statuses["failed"],
        "not_alerted": statuses["not alerted"],
    }


FINISHED = "simulation_finished"  # the last event when every case and action was done before `until`
INVARIANTS = (
    "ended_differently",
    "milestones_twice",
    "messages_twice",
    "smtp_duplicates",
    "decisions_twice",
    "audit_mismatches",
    "messages_lost",
    "not_alerted",
)


def run(
    cases: int,
    faults: int,
    smtp: int,
    seed: int,
    speed: int,
    out: Path | None = None,
    ends: dict[str, str] | None = None,
    pg: str | None = None,
    undisturbed_seconds: float = 37.5,
    **faulted: Any,
) -> dict:
    """Both runs and their counts; `broken` names the invariants that broke. With `ends` (each
    case's status undisturbed, known from an earlier run, which took `undisturbed_seconds`), only
    the run with faults. `faulted` goes
    to its `scenario` (`kinds`, `outage_seconds`). With `pg` (a PostgreSQL server's URL), each
    run's Prefect server keeps its database there, a fresh one each."""
    runs = {}
    with tempfile.TemporaryDirectory(prefix="sendops-faults-") as tmp:
        folder = out or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        if ends is None:
            runs["undisturbed"] = simulate(
                scenario(cases, 0, seed, speed), folder, [], "undisturbed", _server(pg, "undisturbed")
            )
            ends = runs["undisturbed"].events[-1]["statuses"]
            undisturbed_seconds = runs["undisturbed"].seconds
        within = undisturbed_seconds * 0.8  # the SMTP outages come while cases still send
        outages = smtp_outages(smtp, seed, within)
        faulted_scenario = scenario(cases, faults, seed, speed, **faulted)
        runs["faults"] = simulate(faulted_scenario, folder, outages, "faults", _server(pg, "faults"))
    disturbed = runs["faults"]
    counts = check(disturbed, ends)
    for name, status in ends.items():
        if disturbed.events[-1]["statuses"].get(name) != status:
            print(f"{name}: {disturbed.events[-1]['statuses'].get(name)} (undisturbed: {status})")
    counts |= {"unfinished": sum(1 for r in runs.values() if r.events[-1]["event"] != FINISHED)}
    counts |= {f"real_seconds_{name}": round(r.seconds, 1) for name, r in runs.items()}
    broken = [k for k in (*INVARIANTS, "unfinished") if counts[k]]
    return counts | {"broken": broken}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=50)
    parser.add_argument("--faults", type=int, default=20, help="Faults the scenario plays.")
    parser.add_argument("--smtp-outages", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--speed", type=int, default=10_000, help="The simulated clock's speed.")
    parser.add_argument("--out", type=Path, help="Keep both runs' events and homes here.")
    parser.add_argument(
        "--prefect-postgres",
        metavar="URL",
        help="Keep the Prefect server's database in a fresh database on this PostgreSQL server, as "
        "beyond one machine (a Prefect server on SQLite stalls its writes for a minute at a time "
        "under many runs).",
    )
    parser.add_argument(
        "--ends",
        type=Path,
        metavar="UNDISTURBED.jsonl",
        help="Take each case's undisturbed end from this earlier run's events (as --out keeps them) "
        "rather than running undisturbed again.",
    )
    args = parser.parse_args()
    ends, seconds = None, 37.5
    if args.ends:
        events = [json.loads(line) for line in args.ends.read_text().splitlines() if line.startswith("{")]
        ends = events[-1]["statuses"]
        first, last = (dt.datetime.fromisoformat(events[i]["real"]) for i in (0, -1))
        seconds = (last - first).total_seconds()
    counts = run(
        args.cases,
        args.faults,
        args.smtp_outages,
        args.seed,
        args.speed,
        args.out,
        ends=ends,
        pg=args.prefect_postgres,
        undisturbed_seconds=seconds,
    )
    for name, value in counts.items():
        print(f"{name:>26}: {value}")
    print(json.dumps(counts))
    sys.exit(1 if counts["broken"] else 0)


if __name__ == "__main__":
    main()
