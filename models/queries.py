"""Query helpers. The session is keyword-only; none of them commits (the caller's scope does)."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable
from typing import Any

from sqlmodel import Session, func, or_, select

from models.tables import AuditEntry, Case, CaseMilestone, Contact, LocalArea, OutboxMessage, WsoaRecord
from sendops.errors import SendopsError
from sendops.inputs import check_text


def get_case(*, session: Session, case_id: int, lock: bool = False) -> Case:
    query = select(Case).where(Case.id == case_id)
    case = session.exec(query.with_for_update() if lock else query).first()
    if case is None:
        raise SendopsError(f"there is no case {case_id}")
    return case


def wsoa_record_of(*, session: Session, case_id: int) -> WsoaRecord | None:
    """A WSOA case's typed facts; None for any other case."""
    return session.exec(select(WsoaRecord).where(WsoaRecord.case_id == case_id)).first()


def get_area(*, session: Session, name: str) -> LocalArea:
    """An area by short name, official name or GSS code, ignoring case."""
    wanted = name.strip().lower()
    found = session.exec(
        select(LocalArea)
        .where(
            or_(
                func.lower(LocalArea.name) == wanted,
                func.lower(LocalArea.official_name) == wanted,
                func.lower(LocalArea.gss_code) == wanted,
            )
        )
        .order_by(LocalArea.id)  # type: ignore[arg-type]
    ).first()
    return found or area_finder(session)(name)  # not found: the finder's error, with its hints


def area_finder(session: Session) -> Callable[[str], LocalArea]:
    """get_area for many names (an import's rows): the areas are read once, not once a name
    (70,000 contacts of 10,000 areas took minutes)."""
    areas = session.exec(select(LocalArea).order_by(LocalArea.id)).all()  # type: ignore[arg-type]
    index: dict[str, LocalArea] = {}
    for area in areas:  # the first area with a name wins, as in the table's order
        for key in (area.name, area.official_name, area.gss_code):
            index.setdefault(key.lower(), area)

    def find(name: str) -> LocalArea:
        wanted = name.strip().lower()
        if (area := index.get(wanted)) is not None:
            return area
        close = difflib.get_close_matches(name.strip(), [a.name for a in areas], n=3, cutoff=0.6)
        close += [a.name for a in areas if wanted and wanted in a.name.lower() and a.name not in close]
        hint = f"did you mean {' or '.join(close[:3])}?" if close else "see 'sendops areas'"
        raise SendopsError(f"unknown local area {name.strip()!r}: {hint}")

    return find


def get_area_by_id(*, session: Session, area_id: int) -> LocalArea:
    area = session.get(LocalArea, area_id)
    if area is None:
        raise SendopsError(f"there is no local area {area_id}")
    return area


def contacts_for(*, session: Session, area_id: int, role: str) -> list[Contact]:
    """The area's contacts in `role`, or the national ones for national roles."""
    query = select(Contact).where(Contact.role == role)
    query = query.where((Contact.area_id == area_id) | (Contact.area_id.is_(None)))  # type: ignore[union-attr]
    return list(session.exec(query.order_by(Contact.id)).all())


def milestones_of(*, session: Session, case: Case) -> list[CaseMilestone]:
    query = select(CaseMilestone).where(
        CaseMilestone.case_id == case.id, CaseMilestone.attempt == case.attempt
    )
    return sorted(session.exec(query).all(), key=lambda m: (m.due, m.id))


def messages_for(*, session: Session, case_id: int, key: str) -> int:
    """How many outbox messages the case's current attempt has for milestone `key`."""
    case = get_case(session=session, case_id=case_id)
    prefix = f"case-{case_id}/{case.attempt}/{key}/"
    query = select(OutboxMessage.id).where(OutboxMessage.key.startswith(prefix))  # type: ignore[attr-defined]
    return len(session.exec(query).all())


def audit(
    *,
    session: Session,
    at: dt.datetime,
    actor: str,
    action: str,
    case_id: int | None = None,
    **details: Any,
) -> AuditEntry:
    if not actor or not actor.strip():
        raise SendopsError(f"{action}: say who is acting (--by)")
    actor = check_text(actor, "who is acting (--by)")
    entry = AuditEntry(at=at, actor=actor.strip(), action=action, case_id=case_id, details=details)
    session.add(entry)
    return entry
