"""Schema migrations (Alembic, models/migrations/versions): the database's schema changes with the
product without losing a case.

- A new, empty database is created at the newest schema and stamped with it.
- `sendops db upgrade` (and `sendops up`) brings an older one to the newest, in one transaction.
- A database made before sendops had migrations (its tables from `create_all`, no
  `alembic_version`) is recognised as the first revision's schema, stamped, then upgraded.
- Every other command refuses to run against a database that is behind, saying what to run,
  rather than fail halfway through a case on a missing column.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

from sendops.errors import SendopsError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BASELINE = "0001"  # the schema `create_all` made before there were migrations (main at a9db3f2)
# What each revision added (a table, or a table's column), newest first: an unversioned database
# that already has it was made by `create_all` at that revision (a development database).
ADDED = {
    "0006": ("wsoarecord", None),
    "0005": ("case", "run_request"),
    "0004": ("outboxmessage", "provider_id"),
    "0003": ("retentionhold", None),
    "0002": ("pastinspection", None),
}


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    return ScriptDirectory(str(MIGRATIONS)).get_current_head() or BASELINE


def current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _unversioned_revision(connection: Connection) -> str | None:
    """The revision an unversioned database's tables match, or None if it has none of ours."""
    inspector = inspect(connection)
    tables = set(inspector.get_table_names())
    if "case" not in tables:
        return None

    def has(table: str, column: str | None) -> bool:
        return table in tables and (
            column is None or column in {c["name"] for c in inspector.get_columns(table)}
        )

    return next((rev for rev, (table, column) in ADDED.items() if has(table, column)), BASELINE)


def create_or_check(engine: Engine) -> None:
    """A database with no sendops tables gets the newest schema; one that is behind is refused."""
    from sqlmodel import SQLModel

    with engine.begin() as connection:
        at = current(connection) or _unversioned_revision(connection)
        if "case" not in inspect(connection).get_table_names():
            SQLModel.metadata.create_all(connection)
            command.stamp(_config(connection), "head")
            return
    if at != head():
        raise SendopsError(
            f"the database schema is at revision {at}, this sendops needs {head()}: "
            "run 'sendops db backup' then 'sendops db upgrade'"
        )


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Bring the database to `revision` in one transaction; returns (from, to)."""
    with engine.begin() as connection:
        before = current(connection)
        if before is None and (found := _unversioned_revision(connection)) is not None:
            command.stamp(_config(connection), found)  # made by create_all before migrations
            before = found
        command.upgrade(_config(connection), revision)
        return before, current(connection) or ""


def differences(engine: Engine) -> list:
    """What the models have that the migrated database does not (or the reverse): [] when the
    migrations are complete."""
    from alembic.autogenerate import compare_metadata
    from sqlmodel import SQLModel

    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, SQLModel.metadata)
