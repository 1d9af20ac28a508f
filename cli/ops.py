"""Operator commands of the CLI: run the orchestrator, manage areas and cases, record decisions.

Imports of Prefect, the database and the flows happen inside the commands, so that the calendar
commands stay quick and the Prefect settings in the environment are in place first.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import signal
import time
from pathlib import Path

import click

from sendops.calendar import to_london
from sendops.config import current, load_settings, using
from sendops.errors import SendopsError

BY = click.option(
    "--by",
    "actor",
    default=lambda: current().operator or getpass.getuser(),
    show_default="$SENDOPS_OPERATOR or your user name",
    help="Who is acting (recorded in the audit log).",
)
DIRECTION = click.option(
    "--secretary-of-state-direction",
    "direction",
    default="",
    help="For a further re-visit of an area: the Secretary of State's direction (its reference); "
    "without one there is none (RV after the re-visit).",
)
OUTSIDE_PERIOD = click.option(
    "--outside-period",
    "outside_period",
    default="",
    metavar="REASON",
    help="Why a case outside the period its kind applies to (the 2016 framework's ended in 2022) is "
    "scheduled all the same; refused without one.",
)


def _clock():
    return current().clock


def _ensure_db() -> None:
    """Create the tables on a new database (commands that write through tasks need them)."""
    from models.db import init_db

    init_db()


def _session():
    from models.db import session_scope

    _ensure_db()
    return session_scope()


def _when(instant: dt.datetime | None) -> str:
    return f"{to_london(instant):%a %d %b %Y %H:%M %Z}" if instant else ""


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


@click.command("up")
@click.option("--demo", is_flag=True, help="Fresh demo home (var/demo), accelerated clock, demo cases.")
@click.option("--port", type=int, default=4200, show_default=True, help="Port of the Prefect server and UI.")
@click.option("--speed", type=float, default=5000.0, show_default=True, help="Demo clock speed.")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Where the server listens; beyond loopback only with PREFECT_SERVER_API_AUTH_STRING set.",
)
def up(demo: bool, port: int, speed: float, host: str) -> None:
    """Start the orchestrator: a local Prefect server with its UI, and a sendops worker."""
    from deployments.demo import prepare_demo
    from deployments.local import LocalStack, check_access

    check_access(host, dict(os.environ))  # before anything starts
    settings = current()
    home = settings.home
    if demo:
        home = prepare_demo(home if home.name == "demo" else home / "demo")
    stack = LocalStack(home=home, port=port, host=host, run_limit=settings.run_limit)
    os.environ.update(stack.env)
    click.get_current_context().with_resource(using(load_settings()))  # the demo's home, if --demo
    from cli.db import upgrade_database

    before, after = upgrade_database("sendops up")  # a database made by an older sendops
    if before not in (None, after):
        click.echo(f"database schema upgraded {before} -> {after}")
    with _session() as session:
        from models.areas import load_areas

        load_areas(session=session)
    click.echo(f"starting the Prefect server (home {home}) ...")
    signal.signal(signal.SIGTERM, _interrupt)  # a service manager's stop cleans up like Ctrl-C
    stack.start()
    try:
        if demo:
            from deployments.demo import seed_demo_cases, start_demo_clock

            start_demo_clock(home, speed=speed)
            for line in seed_demo_cases():
                click.echo(line)
        click.echo(f"Prefect UI: http://{host}:{port}  (flow runs, deployments, artifacts)")
        click.echo(f"Operators' CLI in another terminal: SENDOPS_HOME={home} .venv/bin/sendops cases list")
        click.echo("Stop with Ctrl-C.")
        while stack.server.poll() is None and stack.serving.poll() is None:
            time.sleep(1)
        raise SendopsError("the Prefect server or the worker stopped; see the logs in " + str(home / "logs"))
    except KeyboardInterrupt:
        click.echo("stopping ...")
    finally:
        stack.stop()


@click.command("simulate")
@click.argument("scenario", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--keep", is_flag=True, help="Keep the temporary home (database, mail drop, logs).")
def simulate(scenario: Path, keep: bool) -> None:
    """Run SCENARIO (TOML) on the accelerated clock against a private, temporary Prefect server;
    print one JSON line per event."""
    import tempfile

    from deployments.local import free_port, prefect_env

    home = Path(tempfile.mkdtemp(prefix="sendops-sim-"))
    for name in ("SENDOPS_DATABASE_URL", "SENDOPS_CLOCK", "SENDOPS_CONFIG"):
        os.environ.pop(name, None)
    port = free_port()
    os.environ.update(prefect_env(home=home, port=port))  # before anything imports Prefect
    click.get_current_context().with_resource(using(load_settings()))  # its own home
    from deployments.prefect_speedups import apply
    from deployments.simulate import simulate as run_scenario

    apply()  # simulate asks the server about its cases' runs many times a second

    for line in run_scenario(scenario, port=port, keep=keep):
        click.echo(line)
    if keep:
        click.echo(f"kept {home}", err=True)


@click.command("serve")
@click.option("--limit", type=int, default=1000, show_default=True, help="Flow runs at once (threads).")
@click.option("--pool", default="sendops", show_default=True, help="The Prefect work pool to run.")
def serve(limit: int, pool: str) -> None:
    """Register the deployments and run a sendops worker against the Prefect server at
    PREFECT_API_URL (no server of its own); several hosts may each run one."""
    # Before Prefect is imported: the runs log their steps at INFO (their Logs tab).
    os.environ["PREFECT_LOGGING_LEVEL"] = current().run_log_level
    os.environ.setdefault("PREFECT_WORKER_QUERY_SECONDS", "1")
    from deployments.serve import run_worker

    run_worker(limit=limit, pool=pool)


@click.group("areas", invoke_without_command=True)
@click.option("--search", default="", help="Part of a name, region or GSS code.")
@click.option("--due", is_flag=True, help="The national register: last inspection, next due, open, overdue.")
@click.option("--json", "as_json", is_flag=True, help="With --due: one JSON object per area.")
@click.pass_context
def areas(ctx: click.Context, search: str, due: bool, as_json: bool) -> None:
    """List the English local areas; with --due, the national register (overdue first, then the
    soonest due)."""
    if ctx.invoked_subcommand is not None:
        return
    from sqlmodel import select

    from models.areas import load_areas
    from models.tables import LocalArea

    if as_json and not due:
        raise click.UsageError("--json goes with --due")
    with _session() as session:
        load_areas(session=session)
        if due:
            _print_register(session, search, as_json)
            return
        for a in session.exec(select(LocalArea).order_by(LocalArea.name)).all():
            line = f"{a.gss_code}  {a.name:<32} {a.type:<24} {a.region}"
            if search.lower() in line.lower():
                click.echo(line)


def _print_register(session, search: str, as_json: bool) -> None:
    from tasks.register import by_due, register

    entries = [
        e
        for e in by_due(register(session=session, now=_clock().now()))
        if search.lower() in f"{e.area} {e.region}".lower()
    ]
    if as_json:
        click.echo(json.dumps([e.as_json() for e in entries], default=str, indent=1))
        return
    click.echo(f"{'area':<28} {'last full inspection':<40} {'next due':<26} open / overdue")
    for e in entries:
        notes = [*e.open, *(f"to confirm: {p}" for p in e.planned), *(f"OVERDUE: {o}" for o in e.overdue)]
        click.echo(f"{e.area:<28} {e.last_text:<40} {e.due_text:<26} {'; '.join(notes)}")


@areas.command("import-history")
@click.argument("csv_file", type=click.Path(dir_okay=False, path_type=Path))
@BY
def areas_import_history(csv_file: Path, actor: str) -> None:
    """Add past full inspections from CSV_FILE (columns: area,date,framework,outcome: the last
    on-site day, 2016 or 2023, and the outcome: positive, inconsistent or widespread for 2023,
    wsoa or no_wsoa for 2016), so the register starts from today; all rows or none."""
    from models.areas import import_history, load_areas

    with _session() as session:
        load_areas(session=session)
        added, changed = import_history(session=session, path=csv_file, actor=actor, now=_clock().now())
    click.echo(f"{added} inspections added, {changed} changed")


@click.group("contacts")
def contacts() -> None:
    """Each local area's contacts (DCS, LANO, CCG/ICB, PCF, IASS, DfE and NHS England advisers)."""


@contacts.command("import")
@click.argument("csv_file", type=click.Path(dir_okay=False, path_type=Path))
@BY
def contacts_import(csv_file: Path, actor: str) -> None:
    """Add or update contacts from CSV_FILE (columns: area,role,name,email); all rows or none."""
    from models.areas import import_contacts, load_areas

    with _session() as session:
        load_areas(session=session)
        changed = import_contacts(session=session, path=csv_file, actor=actor, now=_clock().now())
    click.echo(f"{changed} contacts added or changed")


@contacts.command("set")
@click.argument("area")
@click.argument("role")
@click.argument("name")
@click.argument("email")
@BY
def contacts_set(area: str, role: str, name: str, email: str, actor: str) -> None:
    """Make NAME <EMAIL> the one contact in ROLE for AREA (replacing who was there)."""
    from models.areas import load_areas, set_contact

    with _session() as session:
        load_areas(session=session)
        set_contact(
            session=session, area=area, role=role, name=name, email=email, actor=actor, now=_clock().now()
        )
    click.echo(f"{area}: {role} is now {name} <{email}>")


@contacts.command("list")
@click.argument("area")
def contacts_list(area: str) -> None:
    """Show AREA's contacts."""
    from sqlmodel import select

    from models.queries import get_area
    from models.tables import Contact

    with _session() as session:
        local_area = get_area(session=session, name=area)
        for c in session.exec(
            select(Contact).where(Contact.area_id == local_area.id).order_by(Contact.role)
        ).all():
            click.echo(f"{c.role:<14} {c.name} <{c.email}>")
