"""Schema migrations and backups (models/migrate.py, models/backup.py) on a real database (SQLite
file and PostgreSQL): the migrations make exactly the models' schema; a database at the first
revision, or made by `create_all` before there were migrations, upgrades with nothing lost; a
backup restores what it copied."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import MetaData, insert, select, text
from sqlmodel import SQLModel

from models.backup import backup, restore
from models.db import get_engine, init_db, session_scope
from models.migrate import BASELINE, differences, head, upgrade
from models.tables import CASE_STATUSES, Case, DeferralRequest, WsoaRecord
from sendops.errors import SendopsError
from tests.casework import T0, make_case, run_to_publication, snapshot

LEGACY = Path(__file__).resolve().parent / "data" / "legacy-main-fef8380.sql"


def _empty(engine) -> None:
    SQLModel.metadata.drop_all(engine)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))


def _fill(tmp_path, monkeypatch, target) -> None:
    """Cases in every status, one run to publication (milestones, decisions, outbox, audit), and a
    deferral request: made by today's code in a scratch database, then copied into `target` (at
    an older revision) with the columns its tables have, as that revision's code would have
    written them."""
    scratch = f"sqlite:///{tmp_path / 'scratch.db'}"
    target_url = os.environ["SENDOPS_DATABASE_URL"]
    monkeypatch.setenv("SENDOPS_DATABASE_URL", scratch)
    init_db(get_engine(scratch))
    published = make_case(tmp_path)
    run_to_publication(published)
    for status in CASE_STATUSES:
        case_id = make_case(tmp_path)
        with session_scope() as session:
            session.get(Case, case_id).status = status
            session.add(
                DeferralRequest(case_id=case_id, attempt=1, requested_by="DCS", requested_at=T0, reason="x")
            )
    monkeypatch.setenv("SENDOPS_DATABASE_URL", target_url)
    source = MetaData()
    source.reflect(bind=get_engine(scratch))
    tables = MetaData()
    tables.reflect(bind=target)
    with get_engine(scratch).connect() as reading, target.begin() as writing:
        for table in tables.sorted_tables:
            if table.name == "alembic_version":
                continue
            columns = [c.name for c in table.columns]
            rows = [
                dict(zip(columns, r, strict=True))
                for r in reading.execute(select(*(source.tables[table.name].c[c] for c in columns)))
            ]
            if rows:
                writing.execute(insert(table), rows)
                if target.dialect.name == "postgresql":  # the ids were given: move the sequence on
                    last = max(r["id"] for r in rows)
                    sequence = f"pg_get_serial_sequence('\"{table.name}\"', 'id')"
                    writing.execute(text(f"SELECT setval({sequence}, {last})"))


def _kept(before: dict[str, list[dict]], after: dict[str, list[dict]]) -> bool:
    """Every row and value of `before` is in `after` (which may have new tables and columns)."""
    return all(
        [{k: row[k] for k in old} for row, old in zip(after[t], rows, strict=True)] == rows
        for t, rows in before.items()
    )


def test_the_migrations_make_exactly_the_models_schema(database):
    """CI fails here when a model changes without a migration (or the reverse)."""
    _empty(database)
    assert upgrade(database) == (None, head())
    assert differences(database) == []


def test_a_database_at_the_first_revision_with_cases_in_every_state_upgrades_with_nothing_lost(
    database, tmp_path, monkeypatch
):
    _empty(database)
    upgrade(database, BASELINE)
    _fill(tmp_path, monkeypatch, database)
    before = snapshot(database)
    assert len(before["case"]) == len(CASE_STATUSES) + 1 and before["outboxmessage"] and before["decision"]
    with pytest.raises(
        SendopsError, match=f"at revision {BASELINE}, this sendops needs {head()}: run 'sendops db"
    ):
        init_db(database)  # every other command refuses an old schema
    assert upgrade(database) == (BASELINE, head())
    after = snapshot(database)
    assert _kept(before, after)
    assert differences(database) == []
    assert upgrade(database) == (head(), head())  # again: nothing to do


def test_a_database_made_before_migrations_is_recognised_and_upgraded(database, tmp_path, monkeypatch):
    """SQLite: a real database made by main at fef8380 (create_all, no alembic_version), as its
    dump; PostgreSQL: the first revision's schema with the version table removed."""
    _empty(database)
    if database.dialect.name == "sqlite":
        database.dispose()
        with sqlite3.connect(database.url.database) as connection:
            connection.executescript(LEGACY.read_text(encoding="utf-8"))
    else:
        upgrade(database, BASELINE)
        _fill(tmp_path, monkeypatch, database)
        with database.begin() as connection:
            connection.execute(text("DROP TABLE alembic_version"))
    before = snapshot(database)
    assert before["case"] and before["casemilestone"] and before["auditentry"]
    with pytest.raises(SendopsError, match="run 'sendops db backup' then 'sendops db upgrade'"):
        init_db(database)
    assert upgrade(database) == (BASELINE, head())
    after = snapshot(database)
    assert _kept(before, after)
    assert differences(database) == []


def test_a_backup_restores_what_it_copied(database, tmp_path):
    first = make_case(tmp_path)
    run_to_publication(first)
    copied = snapshot(database)
    url = database.url.render_as_string(hide_password=False)
    dest = backup(url, tmp_path / "backup.db")
    with pytest.raises(SendopsError, match="exists: choose a new file"):
        backup(url, dest)
    make_case(tmp_path)  # a change after the backup
    assert len(snapshot(database)["case"]) == 2
    restore(url, dest)
    assert snapshot(database) == copied
    with pytest.raises(SendopsError, match="there is no backup at"):
        restore(url, tmp_path / "missing.db")


def test_a_wsoas_facts_move_from_the_json_bag_to_typed_columns(database, tmp_path, monkeypatch):
    """0006: a WSOA written by 0005's code kept its facts in the case's JSON; after the upgrade
    they are typed columns of its record (dates as dates), and the case keeps only its links."""
    _empty(database)
    upgrade(database, "0005")
    _fill(tmp_path, monkeypatch, database)  # an area (Camden) and cases of every status
    legacy = {
        "principal_authority": "London Borough of Camden",
        "principal_role": "ccg_icb",
        "inspected_on": "2021-03-15",
        "final_report_received": "2021-05-04",
        "inspection_case_id": 1,
        "first_review_reason": "No measurable targets",
        "quarterly_visits_from": "2021-09-01",
        "revisit_case_id": 2,
    }
    with database.begin() as connection:
        area = connection.execute(text("SELECT id FROM localarea WHERE name = 'Camden'")).scalar_one()
        values = {"area": area, "facts": json.dumps(legacy), "events": json.dumps({}), "at": T0}
        wsoa = connection.execute(
            text(
                'INSERT INTO "case" (kind, area_id, start, onsite_days, attempt, status, lead_hmi, '
                "weaknesses, events, facts, created_at, updated_at) VALUES ('wsoa', :area, "
                "'2021-05-04', 0, 1, 'fit', 'Ann HMI', '[]', :events, :facts, :at, :at) RETURNING id"
            ),
            values,
        ).scalar_one()
    assert upgrade(database) == ("0005", head()) and differences(database) == []
    with session_scope() as session:
        record = session.exec(select(WsoaRecord).where(WsoaRecord.case_id == wsoa)).scalars().one()
        case = session.get(Case, wsoa)
    assert (record.principal_authority, record.principal_role) == ("London Borough of Camden", "ccg_icb")
    assert (record.inspected_on, record.final_report_received, record.quarterly_visits_from) == (
        dt.date(2021, 3, 15),
        dt.date(2021, 5, 4),
        dt.date(2021, 9, 1),
    )
    assert record.first_review_reason == "No measurable targets" and record.dfe_decision is None
    assert case.facts == {"inspection_case_id": 1, "revisit_case_id": 2}
