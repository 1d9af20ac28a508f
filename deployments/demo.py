"""`sendops up --demo`: a fresh home with an accelerated clock and a few cases, so a newcomer sees
flow runs move in the UI. The contacts are made up (example.org addresses)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from sendops.calendar import london_instant
from sendops.clock import Clock
from sendops.config import CLOCK_FILE, get_calendar

DEMO_CASES = (
    # kind, area, working days from today to the on-site start, on-site days, weaknesses
    ("full-2023", "Hackney", 12, 5, []),
    ("revisit", "Camden", 11, 3, ["Timeliness of EHC plans", "Joint commissioning of therapies"]),
    ("full-2016", "Leeds", 7, 5, []),
    ("revisit", "Cornwall", 13, 2, ["Co-production with parents and carers"]),
)
# The 2016 framework's cases are outside its period (it ended in 2022): shown as they ran.
OUTSIDE_PERIOD = "demo: the 2016 framework's cases as they ran, on today's dates"


def prepare_demo(home: Path) -> Path:
    """Wipe and recreate the demo home."""
    if home.name != "demo":
        raise ValueError(f"refusing to wipe {home}: not a demo home")
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    return home


def start_demo_clock(home: Path, *, speed: float) -> None:
    """The demo's accelerated clock, showing 07:00 London on a working day from now on."""
    calendar = get_calendar()
    today = dt.date.today()
    first = today if calendar.is_working_day(today) else calendar.add(today, 1)
    sim_now = london_instant(first, dt.time(7, 0))
    (home / CLOCK_FILE).write_text(Clock.accelerated_from(sim_now, speed).spec() + "\n")


def seed_demo_cases() -> list[str]:
    from models.areas import import_contacts, write_placeholder_contacts
    from models.db import init_db, session_scope
    from sendops.config import get_timeline, load_settings, using
    from tasks.operator import schedule_case

    lines = []
    with using(load_settings()) as settings:  # read again: the demo clock was just written
        init_db()
        csv_path = write_placeholder_contacts(settings.home / "demo_contacts.csv", [c[1] for c in DEMO_CASES])
        with session_scope() as session:
            import_contacts(session=session, path=csv_path, actor="demo", now=settings.clock.now())
        today = settings.clock.now().date()
        for kind, area, ahead, days, weaknesses in DEMO_CASES:
            start = get_calendar().add(today, ahead)
            case_id = schedule_case(
                kind=kind,
                area=area,
                start=start,
                days=days,
                lead_hmi="Demo Lead HMI",
                weaknesses=weaknesses,
                actor="demo",
                clock=settings.clock,
                outside_period="" if start in get_timeline(kind).period else OUTSIDE_PERIOD,
            )
            lines.append(f"demo case {case_id}: {kind} of {area}, on-site from {start}")
    return lines
