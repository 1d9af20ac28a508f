"""One table per real thing. Statuses are plain strings, listed beside each table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, Text, UniqueConstraint, event
from sqlmodel import Field, SQLModel

from models.types import UTCDateTime
from sendops.errors import SendopsError

# A case's status: proposed, active or final, defined once in sendops/status.py (the tables'
# readers import the sets from here).
from sendops.status import (  # noqa: F401
    ACTIVE_STATUSES,
    CASE_STATUSES,
    FINAL_STATUSES,
    INSPECTION_ACTIVE,
    WSOA_ACTIVE,
)


def _instant(**kwargs: Any) -> Any:
    return Field(sa_type=UTCDateTime, **kwargs)


def _json(default_factory: Any) -> Any:
    return Field(default_factory=default_factory, sa_column=Column(JSON, nullable=False))


class LocalArea(SQLModel, table=True):
    """One of the 153 English local areas (data/local_areas_england.csv)."""

    id: int | None = Field(default=None, primary_key=True)
    gss_code: str = Field(unique=True)
    name: str = Field(unique=True, index=True)
    official_name: str
    type: str
    region: str


class PastInspection(SQLModel, table=True):
    """A full inspection (or a 2023 engagement meeting) from before sendops ran the area's cases
    (`sendops areas import-history`): where the national register starts from. One per area,
    date and framework."""

    __table_args__ = (UniqueConstraint("area_id", "inspected_on", "framework"),)
    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="localarea.id", index=True)
    inspected_on: dt.date  # the last on-site day (the outcome's day)
    framework: str  # "2016" | "2023"
    outcome: str  # 2023: an outcome key (positive, ...) or "engagement"; 2016: "wsoa" | "no_wsoa"
    imported_at: dt.datetime = _instant()


class Contact(SQLModel, table=True):
    """A person a case writes to; `area_id` is None for national recipients (Secretaries of State)."""

    __table_args__ = (UniqueConstraint("area_id", "role", "email"),)
    id: int | None = Field(default=None, primary_key=True)
    area_id: int | None = Field(default=None, foreign_key="localarea.id", index=True)
    role: str  # sendops.specs.ROLES
    name: str
    email: str


class Case(SQLModel, table=True):
    """An inspection or re-visit of one local area (`attempt` counts restarts after deferral), or
    a WSOA (kind "wsoa", `start` = the day the final report was received): each a flow run."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str  # sendops.specs.CASE_KINDS
    area_id: int = Field(foreign_key="localarea.id", index=True)
    start: dt.date  # on-site day 1 of the current attempt
    onsite_days: int
    attempt: int = 1
    status: str = "scheduled"  # CASE_STATUSES
    lead_hmi: str
    weaknesses: list[str] = _json(list)  # re-visit: the WSOA's areas of significant weakness
    events: dict[str, str] = _json(dict)  # event name -> ISO date, e.g. draft_sent
    facts: dict[str, Any] = _json(dict)  # a decision's findings, follow-on links (a WSOA's: WsoaRecord)
    awaiting: str | None = None  # what the case waits for now, for operators
    flow_run_id: str | None = None
    # A flow run asked for and not created yet: its idempotency key. The run is created once the
    # transaction that asked for it commits (tasks/operator.py, start_run), or by recover-cases.
    run_request: str | None = None
    created_at: dt.datetime = _instant()
    updated_at: dt.datetime = _instant()


class WsoaRecord(SQLModel, table=True):
    """A WSOA's facts, typed (issue 8), one row per WSOA case: who draws it up and is written to
    (H§74: the local authority or the CCG/ICB), when the inspection and its report were, what its
    first review found and what the DfE decided after a second unfit one (H§77-78). Its links to
    other cases (the inspection's, `inspection_case_id`) stay with the case's facts, as every
    follow-on case's do."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", unique=True)
    principal_authority: str
    principal_role: str  # sendops.specs.DCS or CCG_ICB: the role its letters go to
    inspected_on: dt.date
    final_report_received: dt.date  # its day 0 (H§75)
    first_review_reason: str | None = None  # why the first review found it unfit
    quarterly_visits_from: dt.date | None = None  # HMI's quarterly visits, once found fit (B17)
    dfe_decision: str | None = None  # after a second unfit review (H§78)
    dfe_decided_at: dt.datetime | None = _instant(default=None, nullable=True)

    def facts(self) -> dict[str, Any]:
        """As the letters read them (`facts.principal_authority`, dates as ISO strings)."""
        values = self.model_dump(exclude={"id", "case_id"})
        return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in values.items() if v is not None}


MILESTONE_STATUSES = ("pending", "done", "skipped", "cancelled")


class CaseMilestone(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("case_id", "attempt", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    attempt: int
    key: str
    due: dt.datetime = _instant()
    status: str = "pending"  # MILESTONE_STATUSES
    done_at: dt.datetime | None = _instant(default=None)
    late: bool = False
    outcome: str | None = None


class Decision(SQLModel, table=True):
    """An operator's decision that a case waited for (deferral, outcome, draft sent, ...)."""

    __table_args__ = (UniqueConstraint("case_id", "attempt", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    attempt: int
    key: str  # e.g. "outcome", "deferral-3"
    decided_by: str
    decided_at: dt.datetime = _instant()
    values: dict[str, Any] = _json(dict)


DEFERRAL_STATUSES = ("pending", "granted", "refused")


class DeferralRequest(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    attempt: int
    requested_by: str
    requested_at: dt.datetime = _instant()
    reason: str
    status: str = "pending"  # DEFERRAL_STATUSES


class AuditEntry(SQLModel, table=True):
    """Append-only: who did what, when, with the state before and after."""

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = _instant(index=True)
    actor: str
    action: str
    case_id: int | None = Field(default=None, index=True)
    details: dict[str, Any] = _json(dict)


@event.listens_for(AuditEntry, "before_update")
@event.listens_for(AuditEntry, "before_delete")
def _append_only(mapper, connection, target: AuditEntry) -> None:
    raise SendopsError(f"the audit log is append-only: entry {target.id} cannot be changed")


class RetentionHold(SQLModel, table=True):
    """A case's evidence and records kept beyond the usual six months after publication (H§73),
    until an operator releases the hold. Who set and released it, when and why, are kept."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    reason: str  # tasks.retention.HOLD_REASONS
    note: str
    set_by: str
    set_at: dt.datetime = _instant()
    released_by: str | None = None
    released_at: dt.datetime | None = _instant(default=None)
    release_note: str | None = None


# pending -> sending (claimed by one delivery process) -> delivered | pending again (transient
# failure, after a back-off) | failed (permanent) | uncertain (the process died mid-send: the SMTP
# server may have it; an operator confirms or re-sends, so nothing is sent twice by the system).
OUTBOX_STATUSES = ("pending", "sending", "delivered", "failed", "uncertain")


class OutboxMessage(SQLModel, table=True):
    """A message to send: written with its milestone, delivered afterwards, once per key."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)  # case-{id}/{attempt}/{milestone}/{contact id}, ops/...
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)  # None: to operations
    milestone: str  # what it is about: a milestone key, or e.g. deferral-1, restart-2, digest
    template: str
    role: str
    recipient_name: str
    recipient_email: str
    subject: str
    body: str = Field(sa_type=Text)  # text/plain
    html: str | None = Field(default=None, sa_type=Text)
    ics: str | None = Field(default=None, sa_type=Text)  # the case's timetable, attached
    restricted: bool = False
    status: str = Field(default="pending", index=True)  # OUTBOX_STATUSES
    created_at: dt.datetime = _instant()
    attempts: int = 0
    next_attempt_at: dt.datetime | None = _instant(default=None)  # real time, after a transient failure
    claimed_by: str | None = None  # host:pid of the delivery process sending it
    claimed_at: dt.datetime | None = _instant(default=None)  # real time
    delivered_at: dt.datetime | None = _instant(default=None)
    error: str | None = None
    provider_id: str | None = None  # the transport's id for it (GOV.UK Notify's notification id)
    receipt: str | None = None  # the provider's delivery receipt: delivered, permanent-failure, ...
    receipt_at: dt.datetime | None = _instant(default=None)
