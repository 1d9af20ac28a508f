"""The national register: for each of the 153 local areas, its last full inspection and outcome,
when the next is due, what is open (plans, monitoring, a WSOA, engagement meetings) and what is
overdue. Read from the cases sendops ran and the inspections imported from before it
(`sendops areas import-history`); printed by `sendops areas --due`, summarised in the digest and
kept as the `area-register` artifact in the Prefect UI.

When the next full inspection is due (FRAMEWORK_2023.md §1, §6): every area at least once in 5
years, the first cycle of the 2023 framework covering all of them by December 2027 (LGL [2nd]);
after a 2023 inspection, about 5 years for the positive outcome and about 3 for the others (C22
P3; SG). "About" is a window of `due_window_months` before that date (configurable).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass

from sqlmodel import Session, select

from models.db import session_scope
from models.tables import ACTIVE_STATUSES, Case, CaseMilestone, LocalArea, PastInspection
from sendops.calendar import to_london
from sendops.config import framework_2023_policy, get_calendar, get_timeline
from sendops.specs import LA
from tasks.artifacts import publish
from tasks.messages import outcome_of

FULL_KINDS = {"full-2016": "2016", "full-2023": "2023"}
ENGAGEMENT = "engagement-2023"
ENGAGEMENT_HELD = "engagement"  # an imported engagement meeting (models.areas.ENGAGEMENT)
REGISTER = "area-register"  # the artifact's key


@dataclass(frozen=True)
class Inspection:
    on: dt.date  # the last on-site day
    framework: str  # "2016" | "2023"
    outcome: str  # a 2023 outcome key, or "wsoa" / "no_wsoa" (2016)
    source: str  # "case 12" | "imported"


@dataclass(frozen=True)
class AreaEntry:
    area: str
    region: str
    last: Inspection | None
    next_from: dt.date | None  # the start of the "about" window (None: any time until next_by)
    next_by: dt.date
    next_engagement_by: dt.date | None
    open: tuple[str, ...]  # open cases, with the plans and steps they wait for
    planned: tuple[str, ...]  # follow-ons proposed, for an operator to confirm
    overdue: tuple[str, ...]

    @property
    def last_text(self) -> str:
        if self.last is None:
            return "none recorded"
        return f"{self.last.on} ({self.last.framework}) {self.last.outcome}, {self.last.source}"

    @property
    def due_text(self) -> str:
        return f"{self.next_from} to {self.next_by}" if self.next_from else f"by {self.next_by}"

    def as_json(self) -> dict:
        data = asdict(self)
        data["last"] = asdict(self.last) if self.last else None
        return data


def _words(key: str) -> str:
    """strategic_plan_due -> strategic plan"""
    return key.removesuffix("_due").replace("_", " ")


def _case_inspection(session: Session, case: Case) -> Inspection | None:
    """The inspection a full-inspection case made, once its outcome is recorded."""
    if case.kind == "full-2023":
        outcome = case.facts.get("outcome")
    else:
        values = outcome_of(session=session, case=case)
        outcome = ("wsoa" if values.get("wsoa_required") else "no_wsoa") if values else None
    if not outcome:
        return None
    last_day = get_calendar().onsite_date(case.start, case.onsite_days)
    return Inspection(last_day, FULL_KINDS[case.kind], outcome, f"case {case.id}")


def _next_due(last: Inspection | None) -> tuple[dt.date | None, dt.date]:
    calendar, policy = get_calendar(), framework_2023_policy()
    if last is not None and last.framework == "2023":
        months = get_timeline("full-2023").outcome(last.outcome).next_full_months or 36
        return (
            calendar.add_months(last.on, months - policy.due_window_months),
            calendar.add_months(last.on, months),
        )
    cycle_end = dt.date(policy.first_cycle_year, 12, 31)
    if not calendar.is_working_day(cycle_end):
        cycle_end = calendar.add(cycle_end, -1)
    return None, cycle_end


def _case_lines(case: Case, pending: list[CaseMilestone], now: dt.datetime) -> tuple[str, list[str]]:
    """What an open case shows in the register, and its overdue steps."""
    timeline = get_timeline(case.kind)
    owned = [m for m in pending if timeline.milestone(m.key).actor == LA]  # plans, returns, a WSOA
    shown = owned or pending[:1]
    steps = ", ".join(f"{_words(m.key)} due {to_london(m.due).date()}" for m in shown)
    overdue = [
        f"case {case.id}: {_words(m.key)} was due {to_london(m.due).date()}" for m in pending if m.due <= now
    ]
    return f"{timeline.noun} (case {case.id}, {case.status})" + (f": {steps}" if steps else ""), overdue


def register(*, session: Session, now: dt.datetime) -> list[AreaEntry]:
    """Every area, in name order: a few queries, and one more per 2016 inspection (its outcome)."""
    today = to_london(now).date()
    calendar, policy = get_calendar(), framework_2023_policy()
    inspections: dict[int, list[Inspection]] = defaultdict(list)
    engagements: dict[int, list[dt.date]] = defaultdict(list)  # meetings held
    for past in session.exec(select(PastInspection)).all():
        if past.outcome == ENGAGEMENT_HELD:
            engagements[past.area_id].append(past.inspected_on)
            continue
        inspections[past.area_id].append(
            Inspection(past.inspected_on, past.framework, past.outcome, "imported")
        )
    cases = session.exec(select(Case).order_by(Case.id)).all()
    open_statuses = (*ACTIVE_STATUSES, "proposed")
    pending: dict[int, list[CaseMilestone]] = defaultdict(list)
    for m in session.exec(
        select(CaseMilestone)
        .where(
            CaseMilestone.case_id == Case.id,
            CaseMilestone.attempt == Case.attempt,
            CaseMilestone.status == "pending",
            Case.status.in_(ACTIVE_STATUSES),  # type: ignore[attr-defined]
        )
        .order_by(CaseMilestone.due)
    ).all():
        pending[m.case_id].append(m)
    by_area: dict[int, list[Case]] = defaultdict(list)
    for case in cases:
        by_area[case.area_id].append(case)
        made = _case_inspection(session, case) if case.kind in FULL_KINDS else None
        if made is not None and case.status not in ("deferred", "withdrawn"):
            inspections[case.area_id].append(made)

    entries = []
    for area in session.exec(select(LocalArea).order_by(LocalArea.name)).all():
        last = max(inspections[area.id], key=lambda i: i.on, default=None)
        next_from, next_by = _next_due(last)
        mine = by_area[area.id]
        open_lines, planned, overdue = [], [], []
        for case in mine:
            if case.status == "proposed":
                planned.append(f"{get_timeline(case.kind).noun} by {case.start} (case {case.id})")
            elif case.status in ACTIVE_STATUSES:
                line, late = _case_lines(case, pending[case.id], now)
                open_lines.append(line)
                overdue += late
        inspecting = any(c.kind in FULL_KINDS and c.status in open_statuses for c in mine)
        if next_by < today and not inspecting:
            overdue.append(f"full inspection was due by {next_by}")
        held = [
            *engagements[area.id],
            *(c.start for c in mine if c.kind == ENGAGEMENT and c.status == "held"),
        ]
        since = [d for d in (*held, last.on if last and last.framework == "2023" else None) if d]
        next_engagement = calendar.add_months(max(since), policy.engagement_months) if since else None
        engaging = any(c.kind == ENGAGEMENT and c.status in open_statuses for c in mine)
        if next_engagement and next_engagement < today and not engaging and not inspecting:
            overdue.append(f"engagement meeting was due by {next_engagement}")
        entries.append(
            AreaEntry(
                area=area.name,
                region=area.region,
                last=last,
                next_from=next_from,
                next_by=next_by,
                next_engagement_by=next_engagement,
                open=tuple(open_lines),
                planned=tuple(planned),
                overdue=tuple(overdue),
            )
        )
    return entries


def by_due(entries: list[AreaEntry]) -> list[AreaEntry]:
    """Overdue first, then the soonest due."""
    return sorted(entries, key=lambda e: (not e.overdue, e.next_by, e.area))


def newest_first(entries: list[AreaEntry]) -> list[AreaEntry]:
    """The most recently inspected first; areas with none recorded last."""
    return sorted(entries, key=lambda e: (e.last is None, -(e.last.on.toordinal() if e.last else 0), e.area))


def register_markdown(entries: list[AreaEntry]) -> str:
    header = [
        "area",
        "region",
        "last full inspection",
        "next due",
        "next engagement",
        "open",
        "to confirm",
        "overdue",
    ]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for e in entries:
        cells = [
            e.area,
            e.region,
            e.last_text,
            e.due_text,
            str(e.next_engagement_by or ""),
            "; ".join(e.open),
            "; ".join(e.planned),
            "; ".join(e.overdue),
        ]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines)


def register_summary(entries: list[AreaEntry], today: dt.date) -> dict[str, object]:
    """The digest's part: areas with something overdue, and those inside their due window."""
    window = [e for e in by_due(entries) if not e.overdue and e.next_from and e.next_from <= today]
    return {
        "areas": len(entries),
        "overdue_areas": [
            {"area": e.area, "what": "; ".join(e.overdue)} for e in by_due(entries) if e.overdue
        ],
        "due_window": [{"area": e.area, "what": f"full inspection due {e.due_text}"} for e in window],
        "proposed": [{"area": e.area, "what": line} for e in by_due(entries) for line in e.planned],
    }


def publish_register(now: dt.datetime) -> bool:
    """Write the `area-register` artifact if it changed (newest inspection first)."""
    with session_scope(read_only=True) as session:
        entries = register(session=session, now=now)
    overdue = sum(1 for e in entries if e.overdue)
    description = (
        f"**National register: {len(entries)} areas, {overdue} with something overdue**, the most "
        f"recently inspected first (as of {to_london(now):%d %b %Y}). `sendops areas --due` lists "
        "them soonest due first."
    )
    return publish(REGISTER, description=description, markdown=register_markdown(newest_first(entries)))
