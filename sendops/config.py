"""Settings from the environment and an optional TOML file; the one place that reads them.

Environment variables win over the file. The file (`SENDOPS_CONFIG`, default `sendops.toml` in
the working directory) holds what an operator edits, e.g. office closure days:

    [calendar]
    closure_days = [2026-12-29, 2026-12-30, 2026-12-31]

    [operations]
    email = "area-send-operations@example.gov.uk"

    [wsoa]                     # reminders and chases around WSOA deadlines (defaults shown)
    reminders = [20, 10, 5]    # working days before the 70-day deadline
    resubmission_reminders = [10, 5]
    chase_every = 5            # working days between chases once a deadline has passed
    chases = 4
    escalate_after = 2         # from this chase on, the lead HMI is told as well

    [framework_2023]           # figures the 2023 sources leave open (sendops/specs/framework_2023.py)
    notice_days = 10           # working days' notice before on-site day 1
    onsite_days = 5

    [worker]
    prefetch_seconds = 10      # a worker starts a run this long (real s) before it is due

Mail goes to the mail-drop folder unless SENDOPS_SMTP_HOST is set (tasks/transports.py).
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sendops.calendar import WorkingDayCalendar
from sendops.clock import Clock
from sendops.errors import SendopsError
from sendops.specs import Framework2023Policy, WsoaPolicy, set_policies


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    mail_drop: Path
    ops_email: str  # the operations team: delivery alerts and the daily digest
    closure_days: tuple[dt.date, ...]
    clock: Clock
    # Real seconds: how long before a run is due a worker starts it, to hold in its thread until
    # the instant (flows/waiting.py). Ten covers a worker's poll and a run's start with room to
    # spare; on an accelerated clock (tests, simulate) one keeps the holds short in simulated time.
    prefetch_seconds: float = 10.0


def closure_days_from(raw: object, source: str) -> tuple[dt.date, ...]:
    if not isinstance(raw, list):
        raise SendopsError(f"{source}: calendar.closure_days must be a list of dates")
    days = []
    for item in raw:
        if isinstance(item, dt.date) and not isinstance(item, dt.datetime):
            days.append(item)
        elif isinstance(item, str):
            try:
                days.append(dt.date.fromisoformat(item))
            except ValueError:
                raise SendopsError(f"{source}: closure day {item!r} is not a date") from None
        else:
            raise SendopsError(f"{source}: closure day {item!r} is not a date")
    return tuple(sorted(days))


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    config_path = Path(env.get("SENDOPS_CONFIG", "sendops.toml"))
    data: dict = {}
    if config_path.exists():
        try:
            data = tomllib.loads(config_path.read_text())
        except tomllib.TOMLDecodeError as exc:
            raise SendopsError(f"{config_path}: not valid TOML: {exc}") from None
    elif "SENDOPS_CONFIG" in env:
        raise SendopsError(f"config file {config_path} does not exist")
    home = Path(env.get("SENDOPS_HOME", data.get("home", "var"))).resolve()
    closures = closure_days_from(data.get("calendar", {}).get("closure_days", []), str(config_path))
    if "SENDOPS_CLOSURE_DAYS" in env:
        raw = [d for d in env["SENDOPS_CLOSURE_DAYS"].split(",") if d.strip()]
        closures = closure_days_from([d.strip() for d in raw], "SENDOPS_CLOSURE_DAYS")
    set_policies(
        wsoa=policy_from(WsoaPolicy, "wsoa", data, str(config_path)),
        framework_2023=policy_from(Framework2023Policy, "framework_2023", data, str(config_path)),
    )
    return Settings(
        home=home,
        database_url=env.get("SENDOPS_DATABASE_URL", f"sqlite:///{home / 'sendops.db'}"),
        mail_drop=Path(env.get("SENDOPS_MAIL_DROP", home / "mail-drop")),
        ops_email=env.get("SENDOPS_OPS_EMAIL", data.get("operations", {}).get("email", OPS_EMAIL)),
        closure_days=closures,
        clock=Clock.parse(env.get("SENDOPS_CLOCK") or _read(home / CLOCK_FILE) or "real"),
        prefetch_seconds=_seconds(
            env.get("SENDOPS_PREFETCH_SECONDS", data.get("worker", {}).get("prefetch_seconds", 10)),
            "worker.prefetch_seconds (SENDOPS_PREFETCH_SECONDS)",
        ),
    )


def _seconds(raw: object, what: str) -> float:
    try:
        value = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise SendopsError(f"{what} must be a number of seconds, not {raw!r}") from None
    if not 0 < value <= 600:
        raise SendopsError(f"{what} must be more than 0 and at most 600 seconds, not {value:g}")
    return value


OPS_EMAIL = "area-send-operations@ofsted.invalid"


def policy_from(policy: type, table: str, data: dict, source: str):
    """Operations' settings in sendops.toml [table] (WSOA reminders and chases, the 2023
    framework's figures), checked by the policy's own rules."""
    raw = data.get(table, {})
    try:
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
        return policy(**values)
    except (TypeError, SendopsError) as exc:
        raise SendopsError(f"{source}: [{table}]: {exc}") from None


CLOCK_FILE = "clock"  # a home made under an accelerated clock keeps it (sendops up --demo)


def _read(path: Path) -> str | None:
    return path.read_text().strip() if path.exists() else None


@lru_cache(maxsize=8)
def _calendar(closure_days: tuple[dt.date, ...]) -> WorkingDayCalendar:
    return WorkingDayCalendar(closure_days=closure_days)


def get_calendar(settings: Settings | None = None) -> WorkingDayCalendar:
    """The working-day calendar with the configured closure days (built once per set of days)."""
    return _calendar((settings or load_settings()).closure_days)
