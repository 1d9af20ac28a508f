"""`sendops simulate SCENARIO`: run cases on the accelerated clock against a private, temporary
Prefect server and serving process, apply the scenario's operator actions, and print one JSON
line per event. The scenario format is documented in the README (TOML).

The caller must set this process's Prefect environment (`simulation_env`) before Prefect is
imported, since Prefect reads its settings at import.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import time
import tomllib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from deployments.sim_actions import Action, check_action
from sendops.calendar import LONDON, parse_date
from sendops.config import case_kinds
from sendops.errors import SendopsError

# Real seconds before the clock reaches `start`: scheduling the national programme's 153 cases took
# 0.35 s a case (53 s in all, the worker starting their runs meanwhile, 2 cores); 1.5 a case, as
# before, kept the programme waiting 230 s.
SETUP_SECONDS, SETUP_SECONDS_PER_CASE = 3.0, 0.35
ACTION_THREADS = 8  # cases whose actions are applied at once
SPAWN_SUFFIXES = ("-wsoa", "-revisit", "-monitoring")  # the names of cases the scenario's cases open
CONFIG_SECTIONS = (
    "calendar",
    "wsoa",
    "framework_2023",
    "delivery",
)  # a scenario's operator settings (as in sendops.toml)


@dataclass
class Scenario:
    start: dt.datetime
    speed: float
    until: dt.datetime
    cases: list[dict[str, Any]]
    actions: list[Action]
    config: dict[str, Any] = field(default_factory=dict)


def _instant(text: Any, where: str) -> dt.datetime:
    try:
        value = text if isinstance(text, dt.datetime) else dt.datetime.fromisoformat(str(text))
    except ValueError:
        raise SendopsError(f"{where}: {text!r} is not an ISO date-time") from None
    return value.replace(tzinfo=LONDON) if value.tzinfo is None else value  # naive = London time


def load_scenario(path: Path) -> Scenario:
    try:
        data = tomllib.loads(path.read_text())
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SendopsError(f"scenario {path}: {exc}") from None
    start = _instant(data.get("start", ""), "start")
    cases = data.get("cases") or []
    if not cases:
        raise SendopsError(f"scenario {path}: no [[cases]]")
    names = set()
    for i, case in enumerate(cases, 1):
        missing = [k for k in ("name", "kind", "area", "start") if k not in case]
        if missing:
            raise SendopsError(f"scenario {path}: case {i} is missing {', '.join(missing)}")
        if case["name"] in names:
            raise SendopsError(f"scenario {path}: two cases are named {case['name']!r}")
        names.add(case["name"])
        if case["kind"] not in case_kinds():
            kinds = ", ".join(case_kinds())
            raise SendopsError(
                f"scenario {path}: case {case['name']}: unknown kind {case['kind']!r}; kinds: {kinds}"
            )
        case["start"] = parse_date(str(case["start"]), f"case {case['name']} start")
    actions = []
    for i, raw in enumerate(data.get("actions") or [], 1):
        where = f"scenario {path}: action {i}"
        if _base_name(str(raw.get("case"))) not in names:
            raise SendopsError(f"{where}: unknown case {raw.get('case')!r}")
        problem = check_action(raw, where)
        if problem:
            raise SendopsError(problem)
        params = {k: v for k, v in raw.items() if k not in ("case", "action", "by", "at")}
        at = _instant(raw["at"], where) if "at" in raw else None
        actions.append(
            Action(case=raw["case"], action=raw["action"], by=raw.get("by", "scenario"), at=at, params=params)
        )
    config = {k: data[k] for k in CONFIG_SECTIONS if k in data}
    _check_config(config, f"scenario {path}")
    until = _instant(data["until"], "until") if "until" in data else start + dt.timedelta(days=120)
    if until <= start:
        raise SendopsError(f"scenario {path}: until {until.isoformat()} is not after start")
    speed = data.get("speed", 20_000)
    if isinstance(speed, bool) or not isinstance(speed, int | float) or not 0 < speed <= 10_000_000:
        raise SendopsError(f"scenario {path}: speed must be a number from 1 to 10,000,000, not {speed!r}")
    return Scenario(
        start=start,
        speed=float(speed),
        until=until,
        cases=cases,
        actions=actions,
        config=config,
    )


def _base_name(name: str) -> str:
    """The scenario case a name refers to: `leeds-wsoa-revisit` is opened by `leeds`."""
    while name.endswith(SPAWN_SUFFIXES):
        name = name.rsplit("-", 1)[0]
    return name


def _check_config(config: dict[str, Any], where: str) -> None:
    """The scenario's [calendar], [wsoa], [framework_2023] and [delivery] settings, checked as
    sendops.toml's would be."""
    from sendops.config import closure_days_from, policy_from, school_holidays_from
    from sendops.specs import Framework2023Policy, WsoaPolicy

    closure_days_from(config.get("calendar", {}).get("closure_days", []), where)
    school_holidays_from(config.get("calendar", {}).get("school_holidays", []), where)
    policy_from(WsoaPolicy, "wsoa", config, where)
    policy_from(Framework2023Policy, "framework_2023", config, where)
    for key, value in config.get("delivery", {}).items():
        if key not in ("lease_seconds", "backoff_seconds"):
            raise SendopsError(f"{where}: [delivery] has no setting {key!r}: lease_seconds, backoff_seconds")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 86_400:
            raise SendopsError(f"{where}: [delivery] {key} must be seconds from 1 to 86400, not {value!r}")


def _write_config(config: dict[str, Any], home: Path) -> Path:
    """The scenario's settings as the home's sendops.toml, for every process of the simulation."""
    lines = []
    for section, values in config.items():
        lines.append(f"[{section}]")
        for key, value in values.items():
            lines.append(f"{key} = {_toml(value)}")
    path = home / "sendops.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def _toml(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dt.date | int | float) and not isinstance(value, bool):
        return str(value)
    return json.dumps(value)


def run(scenario: Scenario, home: Path, port: int) -> Iterator[dict[str, Any]]:
    """Start the private stack, play the scenario, yield events; always stops the stack. It ends
    once every case and action is done, or at `until` on the clock, or half an hour of real time
    after that should have come (a clock file someone changed)."""
    from sendops.config import load_settings, using

    if scenario.config:  # before anything reads the settings; the stack's processes inherit it
        os.environ["SENDOPS_CONFIG"] = str(_write_config(scenario.config, home))
    with using(load_settings()):  # its home and config; its clock once the stack is up
        yield from _run_stack(scenario, home, port)


# Runs start 1 real second before they are due, not 10: at the scenario's speed a long hold
# in-process would span days, and a fault (kill_serving) would then catch runs mid-hold. The
# worker polls for runs every 0.25 s, not every 1 s: a run resumed by a decision waits for the
# next poll, and at a programme's 450,000x one real second is five simulated days.
SIMULATE_ENV = {"SENDOPS_PREFETCH_SECONDS": "1", "PREFECT_WORKER_QUERY_SECONDS": "0.25"}


def _run_stack(scenario: Scenario, home: Path, port: int) -> Iterator[dict[str, Any]]:
    from deployments.local import LocalStack
    from deployments.sim_events import EventReader
    from models.areas import import_contacts, load_areas, write_placeholder_contacts
    from models.db import init_db, session_scope
    from sendops.clock import Clock
    from sendops.config import CLOCK_FILE, load_settings, using
    from tasks.operator import schedule_case

    stack = LocalStack(home=home, port=port, extra_env=SIMULATE_ENV)
    pool = ThreadPoolExecutor(max_workers=ACTION_THREADS, thread_name_prefix="scenario")
    init_db()
    stack.start()
    try:
        # The clock reaches the scenario's start once the cases are scheduled; until then it shows
        # a little before it, so that setup time (hours, simulated) does not eat the notice period.
        allowance = SETUP_SECONDS + SETUP_SECONDS_PER_CASE * len(scenario.cases)
        clock = Clock(
            speed=scenario.speed,
            sim_epoch=scenario.start.astimezone(dt.UTC),
            real_epoch=time.time() + allowance,
        )
        (home / CLOCK_FILE).write_text(clock.spec())
        # simulate's settings from here on: its home, its scenario's config, its clock.
        with using(load_settings()):
            contacts = write_placeholder_contacts(home / "contacts.csv", [c["area"] for c in scenario.cases])
            with session_scope() as session:
                load_areas(session=session)
                import_contacts(session=session, path=contacts, actor="scenario", now=clock.now())
            ids = {}
            for c in scenario.cases:
                ids[c["name"]] = schedule_case(
                    kind=c["kind"],
                    area=c["area"],
                    start=c["start"],
                    days=c.get("days"),
                    lead_hmi=c.get("lead_hmi", "Scenario HMI"),
                    weaknesses=list(c.get("weaknesses", [])),
                    actor="scenario",
                    outside_period=str(c.get("outside_period", "")),
                    clock=clock,
                )
            reader = EventReader(clock=clock, names={v: k for k, v in ids.items()})
            span = (scenario.until - scenario.start).total_seconds() / scenario.speed
            give_up = time.monotonic() + allowance + span + 1800
            while True:
                reader.read_new()
                reader.held += play(scenario.actions, reader=reader, clock=clock, stack=stack, pool=pool)
                yield from reader.release()
                finished = reader.all_finished() and all(a.done for a in scenario.actions)
                if finished or clock.now() >= scenario.until or time.monotonic() > give_up:
                    reader.read_new()
                    yield from reader.release(everything=True)
                    yield reader.summary(reason="finished" if finished else "stopped")
                    return
                time.sleep(0.1)
    finally:
        pool.shutdown(cancel_futures=True)
        stack.stop()


def play(actions: list[Action], *, reader, clock, stack, pool: ThreadPoolExecutor) -> list[dict[str, Any]]:
    """Apply the actions that are ready; returns their events. Faults first, one at a time in the
    scenario's order (they act on the whole stack); then each case's actions in order, the cases
    side by side: a decision waits on the Prefect server (0.3 to 1.5 real s each when a programme
    keeps it busy), and one case's decision does not wait for another's."""
    from deployments.sim_actions import FAULTS
    from deployments.sim_events import apply_action
    from sendops.config import current, using

    cases = reader.cases()  # as they are at this turn (one query for every action)

    def apply_in_order(todo: list[Action]) -> list[dict[str, Any]]:
        events = []
        for action in todo:
            if event := apply_action(action, reader=reader, cases=cases, clock=clock, stack=stack):
                events.append(event)
        return events

    pending = [a for a in actions if not a.done]
    events = apply_in_order([a for a in pending if a.action in FAULTS])
    by_case: dict[str, list[Action]] = {}
    for action in pending:
        if action.action not in FAULTS:
            by_case.setdefault(action.case, []).append(action)
    settings = current()  # the pool's threads read simulate's settings too

    def in_settings(todo: list[Action]) -> list[dict[str, Any]]:
        with using(settings):
            return apply_in_order(todo)

    for more in pool.map(in_settings, by_case.values()):
        events += more
    return events


def simulate(path: Path, *, port: int, keep: bool = False) -> Iterator[str]:
    from sendops.config import current

    scenario = load_scenario(path)
    home = current().home
    try:
        for event in run(scenario, home, port):
            yield json.dumps(event, default=str)
    finally:
        if not keep:
            shutil.rmtree(home, ignore_errors=True)
