"""The database: SQLite file by default, PostgreSQL through SENDOPS_DATABASE_URL.

SQLite is shared by the worker's threads and the CLI's processes, so it runs in WAL mode and
every transaction that may write starts with BEGIN IMMEDIATE: writers queue on the busy timeout
instead of failing with a deadlock when two deferred transactions both try to upgrade to a write
lock. A block that only reads says so (session_scope(read_only=True)) and takes no lock, so the
many short reads of waiting runs do not queue with the writers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from functools import lru_cache
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

import models.tables  # noqa: F401  (registers the tables)
from sendops.config import current
from sendops.errors import SendopsError


def _normalise(url: str) -> str:
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


# A worker runs many flow runs in threads of one process (deployments/worker.py): enough
# connections for them, and a wait for a free one as long as a busy SQLite writer's.
POOL = {"pool_size": 10, "max_overflow": 30, "pool_timeout": 120}


READ_ONLY = "sendops_read_only"  # an execution option: session_scope(read_only=True)
_WRITERS = threading.RLock()  # a thread's nested write sessions (none today) would not deadlock


def get_engine(url: str | None = None) -> Engine:
    """The engine for `url` (default: the configured database), one per URL per process."""
    return _engine(_normalise(url or current().database_url))


@lru_cache(maxsize=8)
def _engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 60}, **POOL)

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn, _record) -> None:
            dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself, below
            dbapi_conn.execute("PRAGMA journal_mode=WAL")
            dbapi_conn.execute("PRAGMA foreign_keys=ON")
            dbapi_conn.execute("PRAGMA busy_timeout=60000")

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn) -> None:
            if conn.get_execution_options().get(READ_ONLY):
                conn.exec_driver_sql("BEGIN")  # WAL: a reader waits for no one
            else:
                conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if url.startswith("postgresql+psycopg://"):
        return create_engine(url, pool_pre_ping=True, **POOL)
    raise SendopsError(f"unsupported database URL {url.split(':')[0]!r}: use sqlite:/// or postgresql://")


def init_db(engine: Engine | None = None) -> Engine:
    """A new database gets the newest schema; one whose schema is behind is refused, naming the
    command that upgrades it (models/migrate.py)."""
    from models.migrate import create_or_check

    engine = engine or get_engine()
    create_or_check(engine)
    return engine


@contextmanager
def session_scope(engine: Engine | None = None, *, read_only: bool = False) -> Iterator[Session]:
    """One transaction: committed if the block succeeds, rolled back (changing nothing) if not;
    then, once committed, what the block left to `after_commit`.
    `read_only`: a block that only reads, which on SQLite then takes no write lock."""
    bind = engine or get_engine()
    if read_only:
        bind = bind.execution_options(**{READ_ONLY: True})
    # On SQLite one transaction writes at a time anyway: this process's writers queue on a lock
    # in turn, rather than each polling SQLite's busy handler (sleeps of up to 100 ms, in no
    # order), which made a burst of a hundred runs reaching at one instant take seconds more.
    queue = _WRITERS if bind.dialect.name == "sqlite" and not read_only else nullcontext()
    with queue, Session(bind, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        later = session.info.pop(AFTER_COMMIT, [])
    for action in later:
        action()


AFTER_COMMIT = "sendops_after_commit"


def after_commit(session: Session, action: Callable[[], None]) -> None:
    """Do `action` once `session`'s transaction has committed, and never if it rolls back: a call
    to another system (the Prefect API) that must neither happen inside an open transaction (which
    would hold SQLite's write lock, or a row lock, for as long as that system takes to answer) nor
    for a transaction that then fails."""
    session.info.setdefault(AFTER_COMMIT, []).append(action)
