"""The database's schema and backups: `sendops db status | upgrade | backup | restore`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from cli.ops import BY, _clock
from sendops.config import current


@click.group("db")
def db() -> None:
    """The database: its schema revision, upgrades and backups."""


def upgrade_database(actor: str) -> tuple[str | None, str]:
    """Bring the configured database to the newest schema; audited when it changed anything."""
    from models.db import get_engine, session_scope
    from models.migrate import upgrade
    from models.queries import audit

    before, after = upgrade(get_engine())
    if before != after:
        with session_scope() as session:
            audit(
                session=session,
                at=_clock().now(),
                actor=actor,
                action="upgrade_database",
                before=before,
                after=after,
            )
    return before, after


@db.command("status")
def db_status() -> None:
    """Show the database's schema revision and the one this sendops needs."""
    from models.db import get_engine
    from models.migrate import current, head

    with get_engine().connect() as connection:
        at = current(connection)
    click.echo(f"database: {current().database_url.split('@')[-1]}")
    click.echo(
        f"schema revision: {at or 'none (new, or made before migrations)'}; this sendops needs {head()}"
    )


@db.command("upgrade")
@BY
def db_upgrade(actor: str) -> None:
    """Upgrade the database's schema to the newest (take a backup first); nothing is lost."""
    before, after = upgrade_database(actor)
    click.echo(f"schema {before or 'new'} -> {after}" if before != after else f"schema already at {after}")


def _default_backup() -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    settings = current()
    suffix = ".db" if settings.database_url.startswith("sqlite") else ".dump"
    return settings.home / "backups" / f"sendops-{stamp}{suffix}"


@db.command("backup")
@click.option("--to", "dest", type=click.Path(dir_okay=False, path_type=Path), help="The backup file (new).")
@BY
def db_backup(dest: Path | None, actor: str) -> None:
    """Copy the database to a new file (default: HOME/backups/sendops-<UTC time>.db or .dump)."""
    from models.backup import backup
    from models.db import session_scope
    from models.queries import audit

    dest = backup(current().database_url, dest or _default_backup())
    with session_scope() as session:
        audit(session=session, at=_clock().now(), actor=actor, action="backup_database", file=str(dest))
    click.echo(f"backed up to {dest}")


@db.command("restore")
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Confirm: every case is replaced by the backup's.")
@BY
def db_restore(source: Path, yes: bool, actor: str) -> None:
    """Replace the database with the backup SOURCE (stop 'sendops up' first), then upgrade it."""
    from models.backup import restore
    from models.db import session_scope
    from models.queries import audit

    if not yes:
        raise click.UsageError("restoring replaces every case with the backup's: add --yes to confirm")
    restore(current().database_url, source)
    before, after = upgrade_database(actor)
    with session_scope() as session:
        audit(session=session, at=_clock().now(), actor=actor, action="restore_database", file=str(source))
    click.echo(f"restored {source}" + (f" (schema {before} -> {after})" if before != after else ""))
