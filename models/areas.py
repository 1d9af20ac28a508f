"""Reference data: the 153 English local areas, and each area's contacts from a CSV file."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from sqlmodel import Session, select

from models.queries import area_finder, audit, get_area
from models.tables import Contact, LocalArea, PastInspection
from sendops.config import get_timeline
from sendops.errors import SendopsError
from sendops.inputs import check_cell
from sendops.specs import AREA_ROLES, NATIONAL_ROLES, ROLES, TIMELINES

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


def _validated_contact(
    *, session: Session, row: dict[str, str], where: str, find: Callable[[str], LocalArea] | None = None
) -> Contact:
    missing = [c for c in CONTACT_COLUMNS if not (row.get(c) or "").strip()]
    if missing:
        raise SendopsError(f"{where}: missing {', '.join(missing)}")
    try:
        row = {c: check_cell(row[c], c) for c in CONTACT_COLUMNS}
    except SendopsError as exc:
        raise SendopsError(f"{where}: {exc}") from None
    role, email = row["role"], row["email"]
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
    lookup = find or (lambda name: get_area(session=session, name=name))  # one area: one query
    try:
        area_id = None if national else lookup(row["area"]).id
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
    find = area_finder(session)
    contacts = [
        _validated_contact(session=session, row=r, where=f"{path}:{i}", find=find)
        for i, r in enumerate(rows, 2)
    ]
    seen: dict[tuple, int] = {}
    for line, c in enumerate(contacts, 2):
        key = (c.area_id, c.role, c.email.lower())
        if key in seen:
            raise SendopsError(f"{path}:{line}: repeats line {seen[key]} (the same area, role and email)")
        seen[key] = line
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


HISTORY_COLUMNS = ("area", "date", "framework", "outcome")
# When each framework's full inspections ran (their specs' periods, with the rules).
FRAMEWORK_PERIODS = {"2016": TIMELINES["full-2016"].period, "2023": TIMELINES["full-2023"].period}
OUTCOMES_2016 = ("wsoa", "no_wsoa")  # whether HMCI required a written statement of action (H§74)
ENGAGEMENT = "engagement"  # a 2023 row for an engagement meeting held (C22 P9), not an inspection


def _history_problems(
    *, find: Callable[[str], LocalArea], row: dict[str, str], today: dt.date
) -> tuple[list[str], PastInspection | None]:
    """What is wrong with one row of a history file, or the inspection it records."""
    from sendops.config import get_calendar

    cells = {c: (row.get(c) or "") for c in HISTORY_COLUMNS}
    problems = [f"{c}: missing" for c, v in cells.items() if not v.strip()]
    for c, v in cells.items():
        try:
            cells[c] = check_cell(v, c)
        except SendopsError as exc:
            problems.append(str(exc))
    if problems:
        return problems, None
    area_name, framework, outcome = cells["area"], cells["framework"], cells["outcome"]
    area = None
    try:
        area = find(area_name)
    except SendopsError as exc:
        problems.append(f"area: {exc}")
    try:
        day = dt.date.fromisoformat(cells["date"].strip())
    except ValueError:
        problems.append(f"date: {cells['date'].strip()!r} is not a date (YYYY-MM-DD)")
        day = None
    if framework not in FRAMEWORK_PERIODS:
        problems.append(f"framework: {framework!r} is not 2016 or 2023")
    else:
        outcomes_2023 = (*(o.key for o in get_timeline("full-2023").outcomes), ENGAGEMENT)
        known = OUTCOMES_2016 if framework == "2016" else outcomes_2023
        if outcome not in known:
            problems.append(f"outcome: {outcome!r} is not a {framework} outcome ({', '.join(known)})")
        first, last = FRAMEWORK_PERIODS[framework].first, FRAMEWORK_PERIODS[framework].last
        if day is not None and not (first <= day <= (last or today)):
            end = last.isoformat() if last else "today"
            problems.append(
                f"date: {day} is outside the {framework} framework's inspections ({first} to {end})"
            )
    if day is not None and not problems and (reason := get_calendar().why_not_working(day)):
        problems.append(f"date: {day} is {reason}, not an inspection's last on-site day or a meeting's")
    if problems or area is None or day is None:
        return problems, None
    return [], PastInspection(area_id=area.id, inspected_on=day, framework=framework, outcome=outcome)


def import_history(*, session: Session, path: Path, actor: str, now: dt.datetime) -> tuple[int, int]:
    """Past full inspections from a CSV (area,date,framework,outcome: the last on-site day, 2016 or
    2023, and the outcome; or a 2023 engagement meeting held, outcome "engagement"), so the
    register starts from where a team is today. All rows or none:
    every bad row is named with its line. Returns (added, changed); a row already there is kept."""
    from sendops.calendar import to_london

    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            header = tuple(h.strip() for h in reader.fieldnames or ())
            if header != HISTORY_COLUMNS:
                raise SendopsError(
                    f"{path}: header must be {','.join(HISTORY_COLUMNS)}, not {','.join(header)}"
                )
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise SendopsError(f"cannot read {path}: {exc}") from None
    if not rows:
        raise SendopsError(f"{path}: no rows")
    today = to_london(now).date()
    problems: list[str] = []
    found: dict[tuple, tuple[int, PastInspection]] = {}
    find = area_finder(session)
    for line, row in enumerate(rows, 2):
        if None in row or any(v is None for v in row.values()):
            problems.append(f"{path}:{line}: expected {len(HISTORY_COLUMNS)} columns")
            continue
        wrong, past = _history_problems(find=find, row=row, today=today)
        problems += [f"{path}:{line}: {p}" for p in wrong]
        if past is None:
            continue
        key = (past.area_id, past.inspected_on, past.framework)
        if key in found:
            problems.append(f"{path}:{line}: repeats line {found[key][0]}")
        found[key] = (line, past)
    if problems:
        shown = problems[:20] + ([f"... and {len(problems) - 20} more"] if len(problems) > 20 else [])
        raise SendopsError("nothing imported: " + "; ".join(shown))
    added = changed = 0
    for _, past in found.values():
        existing = session.exec(
            select(PastInspection).where(
                PastInspection.area_id == past.area_id,
                PastInspection.inspected_on == past.inspected_on,
                PastInspection.framework == past.framework,
            )
        ).first()
        if existing is None:
            past.imported_at = now
            session.add(past)
            added += 1
        elif existing.outcome != past.outcome:
            existing.outcome, existing.imported_at = past.outcome, now
            changed += 1
    audit(
        session=session,
        at=now,
        actor=actor,
        action="import_history",
        file=str(path),
        rows=len(rows),
        added=added,
        changed=changed,
    )
    return added, changed
