"""Backups of the sendops database: `sendops db backup` and `sendops db restore`.

SQLite: SQLite's own online backup (a consistent copy even while the worker writes, WAL and
all), to a file that is itself a database. PostgreSQL: `pg_dump --format=custom`, restored with
`pg_restore --clean --single-transaction` (all or nothing). Restoring replaces every case: stop
`sendops up` first.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

from models.db import _normalise, get_engine
from sendops.errors import SendopsError


def _sqlite_path(url: str) -> Path | None:
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def _pg_url(url: str) -> str:
    """The URL as libpq's tools take it (no SQLAlchemy driver name)."""
    return "postgresql://" + url.split("://", 1)[1]


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SendopsError(f"{name} is not installed (Debian: apt-get install postgresql-client)")
    return found


def _run(args: list[str], what: str) -> None:
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        message = (result.stderr.strip() or result.stdout.strip()).splitlines()
        raise SendopsError(f"{what} failed: {message[-1] if message else f'exit {result.returncode}'}")


def backup(url: str, dest: Path) -> Path:
    """Copy the database at `url` to `dest` (which must not exist)."""
    url = _normalise(url)
    if dest.exists():
        raise SendopsError(f"{dest} exists: choose a new file for the backup")
    dest.parent.mkdir(parents=True, exist_ok=True)
    if (path := _sqlite_path(url)) is not None:
        if not path.exists():
            raise SendopsError(f"there is no database at {path}")
        source, copy = sqlite3.connect(path), sqlite3.connect(dest)
        try:
            with copy:
                source.backup(copy)
        finally:
            source.close()
            copy.close()
        return dest
    _run([_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={dest}", _pg_url(url)], "pg_dump")
    return dest


def restore(url: str, source: Path) -> None:
    """Replace the database at `url` with the backup `source`, all or nothing."""
    url = _normalise(url)
    if not source.is_file():
        raise SendopsError(f"there is no backup at {source}")
    get_engine(url).dispose()  # no pooled connection of this process holds the old database
    if (path := _sqlite_path(url)) is not None:
        backup_db = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            if backup_db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise SendopsError(f"{source} is not a sound SQLite database")
        except sqlite3.DatabaseError as exc:
            raise SendopsError(f"{source} is not a SQLite database backup: {exc}") from None
        live = sqlite3.connect(path, timeout=60)
        try:
            with live:
                backup_db.backup(live)
        finally:
            backup_db.close()
            live.close()
        return
    _run(
        [
            _tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            f"--dbname={_pg_url(url)}",
            str(source),
        ],
        "pg_restore",
    )
