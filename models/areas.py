"""Reference data: the 153 English local areas, and each area's contacts from a CSV file."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

from sqlmodel import Session, select

from models.queries import audit, get_area
from models.tables import Contact, LocalArea
from sendops.errors import SendopsError
from sendops.specs import AREA_ROLES, NATIONAL_ROLES, ROLES

AREAS_CSV = Path(__file__).resolve().parent.parent / "data" / "local_areas_england.csv"
CONTACT_COLUMNS = ("area", "role", "name", "email")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
NATIONAL = "national"


def load_areas(*, session: Session, path: Path = AREAS_CSV) -> int:
    """Insert the areas that are not there yet; returns how many were added."""
    known = set(session.exec(select(LocalArea.gss_code)).all())
    added = 0
    with path.open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["gss_code"] not in known:
                session.add(
                    LocalArea(**{k: row[k] for k in ("gss_code", "name", "official_name", "type", "region")})
                )
                added += 1
    return added


def _validated_contact(*, session: Session, row: dict[str, str], where: str) -> Contact:
    missing = [c for c in CONTACT_COLUMNS if not (row.get(c) or "").strip()]
    if missing:
        raise SendopsError(f"{where}: missing {', '.join(missing)}")
    role, email = row["role"].strip(), row["email"].strip()
    if role not in ROLES:
        raise SendopsError(f"{where}: unknown role {role!r}; roles: {', '.join(ROLES)}")
    if not EMAIL.match(email):
        raise SendopsError(f"{where}: {email!r} is not an email address")
    national = row["area"].strip().lower() == NATIONAL
    if national != (role in NATIONAL_ROLES):
        kind = "national" if role in NATIONAL_ROLES else "an area's"
        raise SendopsError(
            f"{where}: {role} is {kind} role (area {NATIONAL!r} is for {', '.join(NATIONAL_ROLES)})"
        )
    try:
        area_id = None if national else get_area(session=session, name=row["area"]).id
    except SendopsError as exc:
        raise SendopsError(f"{where}: {exc}") from None
    return Contact(area_id=area_id, role=role, name=row["name"].strip(), email=email)


def import_contacts(*, session: Session, path: Path, actor: str, now: dt.datetime) -> int:
    """Add or update contacts from a CSV (area,role,name,email); all rows or none."""
    try:
        with path.open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            if tuple(reader.fieldnames or ()) != CONTACT_COLUMNS:
                raise SendopsError(f"{path}: header must be {','.join(CONTACT_COLUMNS)}")
            rows = list(reader)
    except (OSError, UnicodeDecodeError) as exc:
        raise SendopsError(f"cannot read {path}: {exc}") from None
    contacts = [
        _validated_contact(session=session, row=r, where=f"{path}:{i}") for i, r in enumerate(rows, 2)
    ]
    changed = 0
    for c in contacts:
        existing = session.exec(
            select(Contact).where(
                Contact.area_id == c.area_id, Contact.role == c.role, Contact.email == c.email
            )
        ).first()
        if existing is None:
            session.add(c)
            changed += 1
        elif existing.name != c.name:
            existing.name = c.name
            changed += 1
    audit(
        session=session,
        at=now,
        actor=actor,
        action="import_contacts",
        file=str(path),
        rows=len(rows),
        changed=changed,
    )
    return changed


def set_contact(
    *, session: Session, area: str, role: str, name: str, email: str, actor: str, now: dt.datetime
) -> Contact:
    """Replace the contacts of `role` in `area` with one person (e.g. a new DCS)."""
    contact = _validated_contact(
        session=session, row={"area": area, "role": role, "name": name, "email": email}, where="contact"
    )
    old = session.exec(select(Contact).where(Contact.area_id == contact.area_id, Contact.role == role)).all()
    before = [{"name": o.name, "email": o.email} for o in old]
    for o in old:
        session.delete(o)
    session.flush()
    session.add(contact)
    audit(
        session=session,
        at=now,
        actor=actor,
        action="set_contact",
        area=area,
        role=role,
        before=before,
        after={"name": contact.name, "email": contact.email},
    )
    return contact


def write_placeholder_contacts(path: Path, areas: list[str]) -> Path:
    """A contacts CSV with a made-up person (example.org) in every role of each area, and the
    national recipients: for demos, simulations, tests and benchmarks, never for real cases."""
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(CONTACT_COLUMNS)
        for area in areas:
            slug = "".join(c for c in area.lower() if c.isalnum())
            out.writerows(
                (area, role, f"{role} of {area}", f"{role}@{slug}.example.org") for role in AREA_ROLES
            )
        out.writerows((NATIONAL, role, role, f"{role}@gov.example.org") for role in NATIONAL_ROLES)
    return path


def missing_roles(*, session: Session, area_id: int, roles: tuple[str, ...]) -> list[str]:
    have = set(
        session.exec(
            select(Contact.role).where((Contact.area_id == area_id) | (Contact.area_id.is_(None)))
        ).all()
    )  # type: ignore[union-attr]
    return [r for r in roles if r not in have]
