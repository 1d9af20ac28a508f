"""Settings from the environment and an optional TOML file; the one place that reads them.

Environment variables win over the file. The file (`SENDOPS_CONFIG`, default `sendops.toml` in
the working directory) holds what an operator edits, e.g. office closure days:

    [calendar]
    closure_days = [2026-12-29, 2026-12-30, 2026-12-31]
    school_holidays = [[2026-02-16, 2026-02-20], [2026-03-30, 2026-04-10]]  # first and last days

    [operations]
    email = "area-send-operations@example.gov.uk"
    # Each Ofsted region's address (told of a deferral request, H§25); without one, operations'.
    regions = { "North West" = "north-west.region@example.gov.uk" }

    [wsoa]                     # reminders and chases around WSOA deadlines (defaults shown)
    reminders = [20, 10, 5]    # working days before the 70-day deadline
    resubmission_reminders = [10, 5]
    chase_every = 5            # working days between chases once a deadline has passed
    chases = 4
    escalate_after = 2         # from this chase on, the lead HMI is told as well

    [framework_2023]           # figures the 2023 sources leave open (sendops/specs/framework_2023.py)
    notice_days = 10           # working days' notice before on-site day 1
    onsite_days = 5

    [worker]                   # real seconds
    prefetch_seconds = 10      # a worker starts a run this long before it is due
    sweep_seconds = 120        # recover-cases and deliver-outbox run this often
    unresponsive_seconds = 90  # a case run silent this long is lost (three missed heartbeats)
    run_time_limit = 600       # a flow run that runs longer fails (and is restarted)
    run_limit = 1000           # flow runs at once in `sendops up`'s worker (threads; not seconds)

    [delivery]
    lease_seconds = 300        # a message claimed by a lost sender is free again after this
    backoff_seconds = 30       # after a transient failure; doubled after each

Mail goes to the mail-drop folder unless SENDOPS_SMTP_HOST (or GOV.UK Notify's SENDOPS_NOTIFY_*)
is set: MailSettings, read by tasks/transports.py. No other module reads SENDOPS_* itself.

Each entry point loads the settings once and installs them for everything it calls (`using`):
the CLI per command, the worker per flow run, `sendops simulate` once its clock is set. Below
that, `current()` is what was installed, and `get_timeline`, `case_kinds` and `get_calendar`
read it; the kinds of case (with the policies above and any spec modules) are part of the
settings, so nothing changes a global definition. Outside any entry point (a test, a shell)
`current()` loads them afresh at each call.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import tomllib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sendops.calendar import WorkingDayCalendar
from sendops.clock import Clock
from sendops.errors import SendopsError, TimelineError
from sendops.specs import TIMELINES, Framework2023Policy, WsoaPolicy, build_timelines
from sendops.timelines import Timeline


@dataclass(frozen=True)
class MailSettings:
    """How messages leave (tasks/transports.py): GOV.UK Notify when an API key (or the Prefect
    Secret block holding one) is set, SMTP when a host is, else the mail-drop folder. From the
    environment only (SENDOPS_NOTIFY_*, SENDOPS_SMTP_*): secrets never sit in sendops.toml, and
    they are left out of the settings' repr so that no log line shows them."""

    notify_api_key: str = field(default="", repr=False)
    notify_api_key_block: str = ""  # a Prefect Secret block holding the key
    notify_template_id: str = ""  # the Notify email template with ((subject)) and ((body))
    notify_base_url: str = ""
    notify_reply_to_id: str = ""
    smtp_host: str = ""
    smtp_port: int = 25
    smtp_starttls: bool = False
    smtp_username: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_password_block: str = ""  # a Prefect Secret block holding the password
    smtp_timeout: float = 30.0


def mail_settings(env) -> MailSettings:
    def number(name: str, default: str, kind: type) -> Any:
        try:
            return kind(env.get(name) or default)
        except ValueError:
            raise SendopsError(f"{name} must be a number, not {env[name]!r}") from None

    return MailSettings(
        notify_api_key=env.get("SENDOPS_NOTIFY_API_KEY", ""),
        notify_api_key_block=env.get("SENDOPS_NOTIFY_API_KEY_BLOCK", ""),
        notify_template_id=env.get("SENDOPS_NOTIFY_TEMPLATE_ID", "").strip(),
        notify_base_url=env.get("SENDOPS_NOTIFY_BASE_URL", ""),
        notify_reply_to_id=env.get("SENDOPS_NOTIFY_REPLY_TO_ID", ""),
        smtp_host=env.get("SENDOPS_SMTP_HOST", "").strip(),
        smtp_port=number("SENDOPS_SMTP_PORT", "25", int),
        smtp_starttls=env.get("SENDOPS_SMTP_STARTTLS", "").lower() in ("1", "true", "yes"),
        smtp_username=env.get("SENDOPS_SMTP_USERNAME", ""),
        smtp_password=env.get("SENDOPS_SMTP_PASSWORD", ""),
        smtp_password_block=env.get("SENDOPS_SMTP_PASSWORD_BLOCK", ""),
        smtp_timeout=number("SENDOPS_SMTP_TIMEOUT", "30", float),
    )


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    mail_drop: Path
    ops_email: str  # the operations team: delivery alerts and the daily digest
    closure_days: tuple[dt.date, ...]
    clock: Clock
    # School holidays, (first, last) inclusive: a full inspection is on site in term time (H§24).
    school_holidays: tuple[tuple[dt.date, dt.date], ...] = ()
    # Real seconds: how long before a run is due a worker starts it, to hold in its thread until
    # the instant (flows/waiting.py). Ten covers a worker's poll and a run's start with room to
    # spare; on an accelerated clock (tests, simulate) one keeps the holds short in simulated time.
    prefetch_seconds: float = 10.0
    # Real seconds, [worker] in sendops.toml or the variable named beside each:
    sweep_seconds: float = 120.0  # recover-cases and deliver-outbox run this often (SENDOPS_SWEEP_SECONDS)
    unresponsive_seconds: float = 90.0  # a case run this silent is lost (SENDOPS_UNRESPONSIVE_SECONDS)
    run_time_limit: float = 600.0  # a flow run that runs longer fails (SENDOPS_RUN_TIME_LIMIT)
    # [delivery]: a claimed message is free again after the lease; the backoff doubles per failure.
    delivery_lease_seconds: float = 300.0  # SENDOPS_DELIVERY_LEASE_SECONDS
    delivery_backoff_seconds: float = 30.0  # SENDOPS_DELIVERY_BACKOFF_SECONDS
    region_emails: tuple[tuple[str, str], ...] = ()  # [operations] regions: (region, address)
    mail: MailSettings = MailSettings()
    run_limit: int = 1000  # flow runs a worker runs at once, `sendops up` (SENDOPS_RUN_LIMIT)
    run_log_level: str = "INFO"  # what the case runs log to their Logs tab (SENDOPS_RUN_LOG_LEVEL)
    operator: str = ""  # the CLI's default --by (SENDOPS_OPERATOR; else the user name)
    # The kinds of case, built from the policies ([wsoa], [framework_2023]) and [specs] modules,
    # and the folders of those modules' templates.
    timelines: Mapping[str, Timeline] = field(default_factory=lambda: TIMELINES, repr=False, compare=False)
    template_dirs: tuple[Path, ...] = ()
    framework_2023: Framework2023Policy = Framework2023Policy()

    def region_email(self, region: str) -> str:
        """The Ofsted region's address ([operations] regions), else operations'."""
        return dict(self.region_emails).get(region, self.ops_email)


def _date(item: object, source: str, what: str) -> dt.date:
    if isinstance(item, dt.date) and not isinstance(item, dt.datetime):
        return item
    if isinstance(item, str):
        try:
            return dt.date.fromisoformat(item)
        except ValueError:
            pass
    raise SendopsError(f"{source}: {what} {item!r} is not a date")


def closure_days_from(raw: object, source: str) -> tuple[dt.date, ...]:
    if not isinstance(raw, list):
        raise SendopsError(f"{source}: calendar.closure_days must be a list of dates")
    return tuple(sorted(_date(item, source, "closure day") for item in raw))


def school_holidays_from(raw: object, source: str) -> tuple[tuple[dt.date, dt.date], ...]:
    """[calendar] school_holidays: a list of [first day, last day] pairs."""
    if not isinstance(raw, list):
        raise SendopsError(f"{source}: calendar.school_holidays must be a list of [first, last] date pairs")
    holidays = []
    for item in raw:
        if not isinstance(item, list) or len(item) != 2:
            raise SendopsError(f"{source}: school holiday {item!r} is not a [first, last] pair of dates")
        first, last = (_date(day, source, "school holiday day") for day in item)
        if last < first:
            raise SendopsError(f"{source}: school holiday {first} to {last} ends before it starts")
        holidays.append((first, last))
    return tuple(sorted(holidays))


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
    framework_2023 = policy_from(Framework2023Policy, "framework_2023", data, str(config_path))
    modules = env.get("SENDOPS_SPEC_MODULES", "").split(",")
    extra, template_dirs = _import_specs(
        [m.strip() for m in modules if m.strip()] or data.get("specs", {}).get("modules", []),
        str(config_path),
    )
    try:
        timelines = _timelines(policy_from(WsoaPolicy, "wsoa", data, str(config_path)), framework_2023, extra)
    except TimelineError as exc:
        raise SendopsError(f"{config_path}: specs.modules: {exc}") from None
    return Settings(
        home=home,
        database_url=env.get("SENDOPS_DATABASE_URL", f"sqlite:///{home / 'sendops.db'}"),
        mail_drop=Path(env.get("SENDOPS_MAIL_DROP", home / "mail-drop")),
        ops_email=env.get("SENDOPS_OPS_EMAIL", data.get("operations", {}).get("email", OPS_EMAIL)),
        closure_days=closures,
        school_holidays=school_holidays_from(
            data.get("calendar", {}).get("school_holidays", []), str(config_path)
        ),
        clock=Clock.parse(env.get("SENDOPS_CLOCK") or _read(home / CLOCK_FILE) or "real"),
        prefetch_seconds=_setting(env, data, "worker", "prefetch_seconds", 10),
        sweep_seconds=_setting(env, data, "worker", "sweep_seconds", 120),
        unresponsive_seconds=_setting(env, data, "worker", "unresponsive_seconds", 90),
        run_time_limit=_setting(env, data, "worker", "run_time_limit", 600, most=86400),
        delivery_lease_seconds=_setting(env, data, "delivery", "lease_seconds", 300),
        delivery_backoff_seconds=_setting(env, data, "delivery", "backoff_seconds", 30),
        region_emails=_regions(data.get("operations", {}).get("regions", {}), str(config_path)),
        mail=mail_settings(env),
        run_limit=_count(env, data, "worker", "run_limit", 1000),
        run_log_level=env.get("SENDOPS_RUN_LOG_LEVEL", "INFO"),
        operator=env.get("SENDOPS_OPERATOR", ""),
        timelines=timelines,
        template_dirs=template_dirs,
        framework_2023=framework_2023,
    )


def _import_specs(modules: object, source: str) -> tuple[tuple[Timeline, ...], tuple[Path, ...]]:
    """The kinds of case the modules define (`[specs] modules`, or SENDOPS_SPEC_MODULES,
    comma-separated): each module's `TIMELINES` (a tuple of Timeline), and `TEMPLATES`, the folder
    of their templates, if it has one."""
    if not isinstance(modules, list) or not all(isinstance(m, str) for m in modules):
        raise SendopsError(f"{source}: specs.modules must be a list of module names")
    timelines: list[Timeline] = []
    folders: list[Path] = []
    for name in modules:
        try:
            module = importlib.import_module(name)
        except Exception as exc:  # a missing module, or one that fails to import
            raise SendopsError(f"{source}: specs.modules: {name}: {exc}") from None
        defined = getattr(module, "TIMELINES", None)
        if not isinstance(defined, tuple) or not all(isinstance(t, Timeline) for t in defined):
            raise SendopsError(f"{source}: specs.modules: {name} defines no TIMELINES (a tuple of Timeline)")
        timelines.extend(defined)
        if (folder := getattr(module, "TEMPLATES", None)) is not None:
            folders.append(Path(folder))
    return tuple(timelines), tuple(dict.fromkeys(folders))


def _regions(raw: object, source: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, dict) or not all(isinstance(v, str) and "@" in v for v in raw.values()):
        raise SendopsError(f"{source}: operations.regions must map region names to email addresses")
    return tuple(sorted(raw.items()))


def _setting(env, data: dict, table: str, key: str, default: float, most: float = 600) -> float:
    """[table] key in sendops.toml, unless the environment sets SENDOPS_<KEY> (the worker's and
    delivery's: SENDOPS_PREFETCH_SECONDS, SENDOPS_DELIVERY_LEASE_SECONDS, ...)."""
    name = "SENDOPS_" + (key if table == "worker" else f"{table}_{key}").upper()
    raw = env.get(name, data.get(table, {}).get(key, default))
    return _seconds(raw, f"{table}.{key} ({name})", most)


def _count(env, data: dict, table: str, key: str, default: int, most: int = 100_000) -> int:
    """A whole number, [table] key in sendops.toml unless SENDOPS_<KEY> is set."""
    name = f"SENDOPS_{key.upper()}"
    raw = env.get(name, data.get(table, {}).get(key, default))
    try:
        value = int(raw)
    except (TypeError, ValueError):
        value = 0
    if not 0 < value <= most:
        raise SendopsError(f"{table}.{key} ({name}) must be a whole number from 1 to {most}, not {raw!r}")
    return value


def _seconds(raw: object, what: str, most: float = 600) -> float:
    try:
        value = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise SendopsError(f"{what} must be a number of seconds, not {raw!r}") from None
    if not 0 < value <= most:
        raise SendopsError(f"{what} must be more than 0 and at most {most:g} seconds, not {value:g}")
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


# Built once per set of policies and spec modules' kinds (read-only, so settings may share them).
_timelines = lru_cache(maxsize=16)(build_timelines)


@lru_cache(maxsize=8)
def _calendar(closure_days: tuple[dt.date, ...]) -> WorkingDayCalendar:
    return WorkingDayCalendar(closure_days=closure_days)


def get_calendar(settings: Settings | None = None) -> WorkingDayCalendar:
    """The working-day calendar with the configured closure days (built once per set of days)."""
    return _calendar((settings or current()).closure_days)


_CURRENT: ContextVar[Settings | None] = ContextVar("sendops_settings", default=None)


@contextmanager
def using(settings: Settings) -> Iterator[Settings]:
    """Install an entry point's settings for everything it calls (in this thread or task)."""
    token = _CURRENT.set(settings)
    try:
        yield settings
    finally:
        _CURRENT.reset(token)


def current() -> Settings:
    """The settings the entry point installed (`using`); outside one, loaded afresh."""
    return _CURRENT.get() or load_settings()


def get_timeline(kind: str) -> Timeline:
    timelines = current().timelines
    try:
        return timelines[kind]
    except KeyError:
        raise TimelineError(f"unknown timeline {kind!r}; known: {', '.join(timelines)}") from None


def case_kinds() -> tuple[str, ...]:
    """The kinds an operator schedules: those with on-site days (a WSOA starts from its
    inspection), built-in and from spec modules."""
    return tuple(kind for kind, t in current().timelines.items() if t.onsite_days is not None)


def framework_2023_policy() -> Framework2023Policy:
    """The [framework_2023] settings the timelines were built from (the register reads them too)."""
    return current().framework_2023
