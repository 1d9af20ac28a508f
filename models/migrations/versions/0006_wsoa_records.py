"""a WSOA's facts in typed columns (wsoarecord), out of the case's JSON facts

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
import sqlmodel
from alembic import op

import models.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

DATES = ("inspected_on", "final_report_received", "quarterly_visits_from")
MOVED = (
    "principal_authority",
    "principal_role",
    *DATES,
    "first_review_reason",
    "dfe_decision",
    "dfe_decided_on",
)


def upgrade() -> None:
    records = op.create_table(
        "wsoarecord",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("principal_authority", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("principal_role", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("inspected_on", sa.Date(), nullable=False),
        sa.Column("final_report_received", sa.Date(), nullable=False),
        sa.Column("first_review_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("quarterly_visits_from", sa.Date(), nullable=True),
        sa.Column("dfe_decision", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("dfe_decided_at", models.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id"),
    )
    # Each WSOA's facts move out of its case's JSON into its record, typed.
    connection = op.get_bind()
    cases = sa.table("case", sa.column("id", sa.Integer), sa.column("kind"), sa.column("facts", sa.JSON))
    rows = connection.execute(sa.select(cases.c.id, cases.c.facts).where(cases.c.kind == "wsoa")).all()
    for case_id, facts in rows:
        facts = json.loads(facts) if isinstance(facts, str) else dict(facts or {})
        record = {k: facts.get(k) for k in MOVED}
        for key in DATES:
            record[key] = dt.date.fromisoformat(record[key]) if record[key] else None
        decided = record.pop("dfe_decided_on")
        record["dfe_decided_at"] = dt.datetime.fromisoformat(decided) if decided else None
        connection.execute(sa.insert(records).values(case_id=case_id, **record))
        rest = {k: v for k, v in facts.items() if k not in MOVED}
        connection.execute(sa.update(cases).where(cases.c.id == case_id).values(facts=rest))


def downgrade() -> None:
    op.drop_table("wsoarecord")
