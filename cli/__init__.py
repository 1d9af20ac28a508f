"""The `sendops` command line. Every error is one line on stderr and a non-zero exit."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from sendops.calendar import parse_date, to_london
from sendops.config import get_calendar, get_timeline, load_settings, using
from sendops.errors import SendopsError
from sendops.timelines import ScheduledMilestone, schedule

EVENT_OPTIONS = {
    "draft_sent": "--draft-sent",
    "published": "--published",
    "final_report_received": "--final-report-received",
    "wsoa_received": "--wsoa-received",
    "unfit_notified": "--unfit-notified",
    "resubmission_received": "--resubmission-received",
}
NUMBER_ARGS = {"ignore_unknown_options": True}  # so that "-3" is a number, not an option


@click.group(help="Run area SEND inspections, re-visits and WSOAs.")
def cli() -> None:
    pass


@cli.group(help="Working days in England & Wales (bank holidays and closure days excluded).")
def calendar() -> None:
    pass


@calendar.command("add", context_settings=NUMBER_ARGS)
@click.argument("date")
@click.argument("n", required=False)
def calendar_add(date: str, n: str | None) -> None:
    """Print the date N working days after DATE (before it if N < 0).

    With "-" as DATE, read "DATE N" pairs from stdin, one per line, and print one date per line.
    """
    cal = get_calendar()
    if date != "-":
        if n is None:
            raise SendopsError("calendar add needs DATE and N (or - to read pairs from stdin)")
        click.echo(cal.add(parse_date(date), _parse_int(n, "N")).isoformat())
        return
    out = []
    for lineno, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        parts = line.split()
        if len(parts) != 2:
            raise SendopsError(f"stdin line {lineno}: expected 'DATE N', got {line.strip()!r}")
        out.append(cal.add(parse_date(parts[0]), _parse_int(parts[1], f"line {lineno} N")))
    click.echo("\n".join(d.isoformat() for d in out))


@calendar.command("between")
@click.argument("start")
@click.argument("end")
def calendar_between(start: str, end: str) -> None:
    """Print the number of working days after START up to and including END."""
    click.echo(get_calendar().between(parse_date(start, "START"), parse_date(end, "END")))


@cli.command("timeline")
@click.argument("kind", metavar="KIND")
@click.option("--start", help="First on-site day (day 1), YYYY-MM-DD.")
@click.option("--days", type=int, help="On-site days (re-visit 2-4, full inspection 1-5).")
@click.option("--draft-sent", help="Date the draft report or letter was sent.")
@click.option("--published", help="Date the report was published (2023: the plans due after it).")
@click.option("--outcome", help="The outcome (2023: positive, inconsistent, widespread).")
@click.option("--final-report-received", help="Date the final report was received.")
@click.option("--wsoa-received", help="Date the WSOA was received.")
@click.option("--unfit-notified", help="Date the area was told its WSOA is unfit.")
@click.option("--resubmission-received", help="Date the re-submitted WSOA was received.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array instead of a table.")
def timeline_cmd(
    kind: str, start: str | None, days: int | None, outcome: str | None, as_json: bool, **events
) -> None:
    """Print the dated milestones of a KIND of process, in London time.

    KIND: full-2023, monitoring-2023, engagement-2023, revisit, full-2016, report or wsoa, or
    one a spec module defines ([specs] modules in sendops.toml).
    """
    timeline = get_timeline(kind)
    if outcome is not None:
        timeline.outcome(outcome)  # an unknown one is an error naming the known ones
    dates = {k: parse_date(v, EVENT_OPTIONS[k]) for k, v in events.items() if v is not None}
    items = schedule(
        timeline,
        get_calendar(),
        start=parse_date(start, "--start") if start else None,
        days=days,
        events=dates,
        outcome=outcome,
    )
    if as_json:
        click.echo(json.dumps([milestone_json(m) for m in items], indent=2))
        return
    click.echo(f"{timeline.title} (times are Europe/London)")
    for m in items:
        click.echo(format_row(m))


def milestone_json(m: ScheduledMilestone) -> dict[str, str]:
    return {
        "key": m.key,
        "date": m.date.isoformat(),
        "due": to_london(m.due).isoformat(),
        "day": m.day_label,
        "title": m.title,
        "actor": m.actor,
        "rule": m.rule,
    }


def format_row(m: ScheduledMilestone) -> str:
    local = to_london(m.due)
    when = "end of day" if m.end_of_day else local.strftime("%H:%M %Z")
    return f"{local:%a %d %b %Y}  {when:<10}  {m.day_label:<22}  {m.key:<22}  {m.title}  [{m.rule}]"


def _parse_int(text: str, what: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise SendopsError(f"{what} {text!r} is not a whole number") from None


def _register_operator_commands() -> None:
    from cli import cases, db, ops, outbox, retention, wsoa

    for command in (
        ops.up,
        ops.serve,
        ops.simulate,
        ops.areas,
        ops.contacts,
        db.db,
        retention.retention,
        *cases.COMMANDS,
        *outbox.COMMANDS,
        *wsoa.COMMANDS,
    ):
        cli.add_command(command)


def _prefect_defaults(home: Path) -> None:
    """Point Prefect at the local server and keep its files in our home, unless told otherwise."""
    os.environ.setdefault("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    os.environ.setdefault("PREFECT_HOME", str(home / "prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", "30")  # tasks/recovery.py


def main(argv: list[str] | None = None) -> None:
    try:
        # The command's settings, loaded once and read by everything it calls (sendops.config.current).
        with using(load_settings()) as settings:
            _prefect_defaults(settings.home)
            _register_operator_commands()
            result = cli.main(args=argv, prog_name="sendops", standalone_mode=False)
    except click.UsageError as exc:
        _fail(exc.format_message(), 2)
    except click.ClickException as exc:
        _fail(exc.format_message(), exc.exit_code)
    except click.Abort:
        _fail("aborted", 130)
    except SendopsError as exc:
        _fail(str(exc), 1)
    sys.exit(result if isinstance(result, int) else 0)


def _fail(message: str, code: int) -> None:
    click.echo(f"sendops: error: {message}", err=True)
    sys.exit(code)
