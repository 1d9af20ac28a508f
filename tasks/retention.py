"""Evidence retention (H§73; RV "The inspection evidence base"): an inspection's evidence and
case records are kept six months after publication, and longer while a hold stands: safeguarding
concerns, litigation (e.g. a judicial review), a formal complaint, a WSOA required, or an
inspection of a sensitive nature or of national or regional importance. A WSOA's hold is
automatic; the others are set and released by operators, with a reason, audited.

Deletion needs an operator's confirmation and removes what sendops holds about people: the
letters' text and recipients, the operators' free-text reasons and the deferral requests. The
case, its dates, outcome and milestones stay (the published report is public), as does the audit
log (append-only: it records that the deletion happened and who confirmed it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, select

from models.queries import audit, get_case
from models.tables import Case, Decision, DeferralRequest, LocalArea, OutboxMessage, RetentionHold
from sendops.calendar import to_london
from sendops.config import get_calendar, get_timeline
from sendops.errors import SendopsError
from sendops.inputs import TEXT, check_text
from sendops.specs import PUBLISHED
from tasks.messages import outcome_of

RETENTION_MONTHS = 6  # H§73: kept "for longer than six months" only when one of the holds applies
HOLD_REASONS = {  # H§73's examples, in its words
    "safeguarding": "safeguarding concerns have been identified",
    "litigation": "a potential or current litigation claim against Ofsted or the CQC (e.g. judicial review)",
    "complaint": "a formal complaint has been made under Ofsted's complaints procedure",
    "wsoa": "the local area has been required to produce a WSOA",
    "sensitive": "of a sensitive nature, or of national or regional importance (political or press interest)",
}
DELETED = "[deleted under the retention policy, H§73]"


@dataclass(frozen=True)
class Retention:
    case_id: int
    area: str
    kind: str
    published: dt.date
    delete_from: dt.date  # six months after publication (the next working day)
    holds: tuple[str, ...]  # "safeguarding: note (Ops Lead, 2026-12-01)", "wsoa (automatic)"
    deleted_on: dt.date | None

    @property
    def state(self) -> str:
        if self.deleted_on:
            return f"deleted on {self.deleted_on}"
        if self.holds:
            return "held: " + "; ".join(self.holds)
        return f"due for deletion from {self.delete_from}"

    def due(self, today: dt.date) -> bool:
        return not self.deleted_on and not self.holds and self.delete_from <= today


def _automatic_holds(session: Session, case: Case) -> list[str]:
    """H§73: a local area required to produce a WSOA (the 2016 outcome, or a re-visit of one)."""
    if case.kind == "revisit" or (
        case.kind == "full-2016" and outcome_of(session=session, case=case).get("wsoa_required")
    ):
        return [f"wsoa (automatic: {HOLD_REASONS['wsoa']})"]
    return []


def _published_on(session: Session, case: Case) -> dt.date | None:
    """The day the case's report was published: its publication decision's (London) date."""
    keys = [m.key for m in get_timeline(case.kind).milestones if m.awaits == PUBLISHED]
    if not keys:
        return None
    decision = session.exec(
        select(Decision).where(
            Decision.case_id == case.id,
            Decision.attempt == case.attempt,
            Decision.key.in_(keys),  # type: ignore[attr-defined]
        )
    ).first()
    return to_london(decision.decided_at).date() if decision else None


def retention_of(session: Session, case: Case) -> Retention | None:
    """The case's retention, or None if it has no publication (nothing to keep or delete yet)."""
    published = _published_on(session, case)
    if published is None:
        return None
    holds = _automatic_holds(session, case)
    for hold in session.exec(
        select(RetentionHold).where(RetentionHold.case_id == case.id, RetentionHold.released_at.is_(None))  # type: ignore[union-attr]
    ).all():
        holds.append(f"{hold.reason}: {hold.note} ({hold.set_by}, {to_london(hold.set_at).date()})")
    deleted = case.facts.get("records_deleted_on")
    return Retention(
        case_id=case.id,
        area=session.get(LocalArea, case.area_id).name,
        kind=case.kind,
        published=published,
        delete_from=get_calendar().add_months(published, RETENTION_MONTHS),
        holds=tuple(holds),
        deleted_on=dt.date.fromisoformat(deleted) if deleted else None,
    )


def retention_list(*, session: Session) -> list[Retention]:
    """Every published case, the soonest due for deletion first."""
    found = [retention_of(session, c) for c in session.exec(select(Case).order_by(Case.id)).all()]
    return sorted((r for r in found if r is not None), key=lambda r: (r.delete_from, r.case_id))


def _published_case(session: Session, case_id: int) -> tuple[Case, Retention]:
    case = get_case(session=session, case_id=case_id, lock=True)
    retention = retention_of(session, case)
    if retention is None:
        raise SendopsError(f"case {case_id} is not published: its records are kept while it runs")
    return case, retention


def set_hold(
    *, session: Session, case_id: int, reason: str, note: str, actor: str, now: dt.datetime
) -> RetentionHold:
    if reason not in HOLD_REASONS or reason == "wsoa":
        allowed = ", ".join(r for r in HOLD_REASONS if r != "wsoa")
        raise SendopsError(f"unknown hold reason {reason!r}: one of {allowed} (a WSOA's hold is automatic)")
    note = check_text(note, "note", limit=TEXT, lines=True)
    if not note:
        raise SendopsError("say what the hold is for (--note): it goes in the audit log")
    case, retention = _published_case(session, case_id)
    if retention.deleted_on:
        raise SendopsError(f"case {case_id}'s records were deleted on {retention.deleted_on}")
    hold = RetentionHold(case_id=case_id, reason=reason, note=note.strip(), set_by=actor, set_at=now)
    session.add(hold)
    session.flush()
    audit(
        session=session,
        at=now,
        actor=actor,
        action="retention_hold",
        case_id=case_id,
        reason=reason,
        note=note.strip(),
    )
    return hold


def release_hold(
    *, session: Session, case_id: int, reason: str, note: str, actor: str, now: dt.datetime
) -> int:
    """Release the case's open holds for `reason`; returns how many."""
    note = check_text(note, "note", limit=TEXT, lines=True)
    if not note:
        raise SendopsError("say why the hold ends (--note): it goes in the audit log")
    _published_case(session, case_id)
    holds = session.exec(
        select(RetentionHold).where(
            RetentionHold.case_id == case_id,
            RetentionHold.reason == reason,
            RetentionHold.released_at.is_(None),  # type: ignore[union-attr]
        )
    ).all()
    if not holds:
        raise SendopsError(f"case {case_id} has no {reason!r} hold to release")
    for hold in holds:
        hold.released_by, hold.released_at, hold.release_note = actor, now, note.strip()
    audit(
        session=session,
        at=now,
        actor=actor,
        action="retention_release",
        case_id=case_id,
        reason=reason,
        note=note.strip(),
    )
    return len(holds)


def delete_records(*, session: Session, case_id: int, actor: str, now: dt.datetime) -> dict[str, int]:
    """Delete what sendops holds about people in a case due for deletion (no hold, six months
    after publication); the caller has the operator's confirmation. Returns what was deleted."""
    case, retention = _published_case(session, case_id)
    today = to_london(now).date()
    if not retention.due(today):
        raise SendopsError(f"case {case_id} cannot be deleted: {retention.state}")
    messages = session.exec(select(OutboxMessage).where(OutboxMessage.case_id == case_id)).all()
    for m in messages:
        m.body, m.html, m.ics = DELETED, None, None
        m.recipient_name = m.recipient_email = DELETED
    decisions = session.exec(select(Decision).where(Decision.case_id == case_id)).all()
    for d in decisions:
        d.values = {k: (DELETED if k in ("reason", "override_reason") else v) for k, v in d.values.items()}
    requests = session.exec(select(DeferralRequest).where(DeferralRequest.case_id == case_id)).all()
    for r in requests:
        r.requested_by, r.reason = DELETED, DELETED
    case.facts = {**case.facts, "records_deleted_on": today.isoformat()}
    counts = {"messages": len(messages), "decisions": len(decisions), "deferral_requests": len(requests)}
    audit(session=session, at=now, actor=actor, action="retention_delete", case_id=case_id, **counts)
    return counts


def report_day(today: dt.date) -> dt.date:
    """The month's report is written on its first working day."""
    first = today.replace(day=1)
    return first if get_calendar().is_working_day(first) else get_calendar().add(first, 1)


def report_context(*, session: Session, now: dt.datetime) -> dict[str, object]:
    """The monthly report: what is due for deletion (awaiting an operator), what is held."""
    today = to_london(now).date()
    items = retention_list(session=session)

    def line(r: Retention) -> dict[str, str]:
        return {"case": f"case {r.case_id} {r.area} ({r.kind}, published {r.published})", "state": r.state}

    return {
        "today": today,
        "due": [line(r) for r in items if r.due(today)],
        "held": [line(r) for r in items if r.holds and not r.deleted_on],
        "upcoming": [line(r) for r in items if not r.deleted_on and not r.holds and r.delete_from > today],
    }
