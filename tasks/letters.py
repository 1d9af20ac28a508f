"""Every letter and email comes from a Jinja2 template in `templates/`.

Each communication is one text template (`<name>.txt.j2`) with a `subject` and a `body` block,
extending a layout that adds the greeting, the restricted marking, the timetable and the
signature. The HTML version of every email is the same body in `_layout.html.j2` (autoescaped),
so the two never say different things. One `Environment`, with `StrictUndefined`: a template
that uses a value the case does not have fails to render rather than sending a blank.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from models.tables import Case, LocalArea
from sendops.calendar import to_london
from sendops.config import current, get_calendar, get_timeline
from sendops.specs import ROLE_TITLES
from sendops.timelines import ScheduledMilestone

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
SENDER_NAME = "Ofsted area SEND operations"

ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    undefined=jinja2.StrictUndefined,
    autoescape=lambda name: bool(name and name.endswith(".html.j2")),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


@dataclass(frozen=True)
class Communication:
    name: str
    timetable: bool = False  # lists the case's timetable and attaches it as .ics


COMMUNICATIONS = {
    c.name: c
    for c in (
        Communication("notify_local_area", timetable=True),
        Communication("notify_ccg_icb", timetable=True),
        Communication("lano_timetable", timetable=True),
        Communication("notify_pcf", timetable=True),
        Communication("evidence_request"),
        Communication("evidence_reminder"),
        Communication("survey_opens"),
        Communication("survey_closes"),
        Communication("draft_cover"),
        Communication("comments_reminder"),
        Communication("revisit_concerns"),
        Communication("final_distribution"),
        Communication("publication_notice"),
        Communication("deferral_decision"),
        Communication("restart_notice", timetable=True),
        Communication("timetable_correction", timetable=True),
        Communication("withdrawal_notice"),
        Communication("wsoa_reminder", timetable=True),
        Communication("wsoa_chase", timetable=True),
        Communication("review_reminder"),
        Communication("wsoa_unfit_notice", timetable=True),
        Communication("wsoa_fit_notice"),
        Communication("wsoa_support_starts"),
        Communication("dfe_escalation"),
        # the 2023 framework
        Communication("partnership_notification", timetable=True),
        Communication("pcf_notification", timetable=True),
        Communication("information_request"),
        Communication("surveys_open"),
        Communication("surveys_close"),
        Communication("tracking_request"),
        Communication("plan_reminder"),
        Communication("pap_due"),
        Communication("engagement_arranged", timetable=True),
        Communication("engagement_reminder"),
    )
}
# To the inspectorate's own addresses (operations, an Ofsted region), not to an area:
OPERATIONS = (
    "delivery_failed",
    "ops_digest",
    "case_run_broken",
    "call_unconfirmed",
    "retention_report",
    "deferral_request_region",
)


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def london(instant: dt.datetime, end_of_day: bool = False) -> str:
    """'Monday 23 March 2026, 12:00 GMT', or 'Thursday 19 March 2026 (end of the day)'."""
    local = to_london(instant)
    day = f"{local:%A} {local.day} {local:%B %Y}"
    return f"{day} (end of the day)" if end_of_day else f"{day}, {local:%H:%M %Z}"


def long_date(date: dt.date | str) -> str:
    date = dt.date.fromisoformat(date) if isinstance(date, str) else date
    return f"{date:%A} {date.day} {date:%B %Y}"


ENV.filters["long_date"] = long_date


def case_reference(case: Case) -> str:
    return f"SEND-{case.id or 0:05d}/{case.attempt}"


def case_label(case: Case, area: str) -> str:
    """How messages to operations name a case: "case 42 (SEND-00042/1 Camden, revisit)"."""
    return f"case {case.id} ({case_reference(case)} {area}, {case.kind})"


def _row(m: ScheduledMilestone) -> dict[str, str]:
    return {
        "key": m.key,
        "when": london(m.due, m.end_of_day),
        "day_label": m.day_label,
        "title": m.title,
        "rule": m.rule,
    }


def case_context(
    *,
    case: Case,
    area: LocalArea,
    milestones: list[ScheduledMilestone],
    recipient_name: str,
    role: str,
    milestone: ScheduledMilestone | None = None,
    values: dict[str, Any] | None = None,
    outcome: dict[str, Any] | None = None,
    facts: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """What a template may use about one case, in London time, for one recipient."""
    timeline = get_timeline(case.kind)
    rows = [_row(m) for m in milestones]
    onsite_end = case.start
    if timeline.onsite_days:
        onsite_end = get_calendar().onsite_date(case.start, case.onsite_days)
    return {
        "case": {
            "id": case.id,
            "reference": case_reference(case),
            "kind": case.kind,
            "is_revisit": case.kind == "revisit",
            "title": timeline.title,
            "noun": timeline.noun,
            "Noun": timeline.noun[:1].upper() + timeline.noun[1:],
            "report": timeline.report,
            "notice_days": timeline.notice_days,
            "start": case.start,
            "end": onsite_end,
            "onsite_days": case.onsite_days,
            "attempt": case.attempt,
            "lead_hmi": case.lead_hmi,
            "weaknesses": list(case.weaknesses),
            # RV: sufficient progress on every weakness ends the DfE and NHS England's visits
            "all_sufficient": all(
                (outcome or {}).get(f"weakness_{i}") for i in range(1, len(case.weaknesses) + 1)
            ),
        },
        "area": {"name": area.name, "official_name": area.official_name},
        "recipient": {"name": recipient_name, "role": ROLE_TITLES[role]},
        "milestone": _row(milestone) if milestone else None,
        "due": {row["key"]: row for row in rows},
        "timetable": rows,
        "values": dict(values or {}),
        "outcome": dict(outcome or {}),
        "facts": dict(case.facts if facts is None else facts),  # a WSOA's: tasks/messages.case_facts
        "sender": SENDER_NAME,
    }


def _paragraphs(body: str) -> list[dict[str, Any]]:
    """Blank-line separated paragraphs; one whose lines all start with '- ' is a list."""
    out = []
    for block in (b.strip("\n") for b in body.split("\n\n")):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if lines and all(line.startswith("- ") for line in lines):
            out.append({"bullets": [line[2:] for line in lines]})
        elif lines:
            out.append({"lines": lines})
    return out


def render(name: str, context: dict[str, Any], *, restricted: bool = False) -> Rendered:
    """Subject, text and HTML of communication `name`; raises on any undefined value."""
    template = _template(f"{name}.txt.j2")
    context = {**context, "restricted": restricted, "show_timetable": has_timetable(name)}
    subject = " ".join("".join(template.blocks["subject"](template.new_context(context))).split())
    body = "".join(template.blocks["body"](template.new_context(context)))
    text = template.render(context)
    html = ENV.get_template("_layout.html.j2").render(context, subject=subject, paragraphs=_paragraphs(body))
    return Rendered(subject=("RESTRICTED: " if restricted else "") + subject, text=text, html=html)


def _template(name: str) -> jinja2.Template:
    """`templates/`, then the folders of the kinds from spec modules ([specs] modules)."""
    folders = [str(TEMPLATES), *map(str, current().template_dirs)]
    if ENV.loader.searchpath != folders:  # type: ignore[union-attr]
        ENV.loader.searchpath = folders  # type: ignore[union-attr]
    return ENV.get_template(name)


def has_timetable(name: str) -> bool:
    """Whether communication `name` lists the case's timetable (and attaches it as .ics); a
    spec module's kind's own communications (not in COMMUNICATIONS) do not."""
    return name in COMMUNICATIONS and COMMUNICATIONS[name].timetable
