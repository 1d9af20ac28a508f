"""Templates: every communication renders for a realistic case, in London time, citing its rule,
with no undefined value; the committed samples are current; the timetable is valid iCalendar."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import icalendar
import jinja2
import pytest

from sendops.specs import CASE_KINDS, TIMELINES
from tasks.case_timeline import scheduled_milestones
from tasks.letters import COMMUNICATIONS, OPERATIONS, TEMPLATES, case_context, render
from tasks.samples import AREA, NOW, sample_case, sample_letters
from tasks.timetable_ics import timetable_ics

DOCS = Path(__file__).resolve().parent.parent / "docs" / "communications"
LONG_DATE = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday) \d{1,2} [A-Z][a-z]+ 20\d\d")
RULE = re.compile(r"H§\d+|RV [a-z]|B17|HB §\d+|C22 P\d|\[2nd\]")
SAMPLES = sample_letters()


def test_every_template_file_is_a_known_communication_and_every_milestone_message_has_one():
    """No orphan template, no communication without one, no notifying milestone without a letter."""
    files = {p.name.removesuffix(".txt.j2") for p in TEMPLATES.glob("[!_]*.txt.j2")}
    assert files == set(COMMUNICATIONS) | set(OPERATIONS)
    # the built-in kinds' (a spec module's kind, tests/tiny_kind.py, has its own folder)
    notifying = [m for k in (*CASE_KINDS, "wsoa") for m in TIMELINES[k].milestones if m.notify]
    assert notifying and all(m.sends in COMMUNICATIONS for m in notifying)


@pytest.mark.parametrize("name", sorted(n for n in SAMPLES if not n.startswith("ops.")))
def test_each_letter_has_london_dates_with_weekdays_and_cites_its_rule(name):
    """Each area letter names the area, shows at least one London date with its weekday, and a rule."""
    text = SAMPLES[name]
    assert "Camden" in text and re.search(r"Reference SEND-0004[234]/1", text)
    assert LONG_DATE.search(text), name
    assert RULE.search(text), name


def test_the_committed_samples_are_current():
    """docs/communications holds exactly what the templates render now (python -m tasks.samples)."""
    committed = {p.name: p.read_text() for p in DOCS.glob("*.txt")}
    assert committed == SAMPLES


def test_times_are_london_wall_clock_across_the_clock_change():
    """The survey opens at 12:00 GMT on 23 March and on-site starts at 09:00 BST on 30 March."""
    text = SAMPLES["revisit.notify_local_area.txt"]
    assert "Monday 23 March 2026, 12:00 GMT (day -5)" in text
    assert "Monday 30 March 2026, 09:00 BST (day 1)" in text
    assert "Thursday 19 March 2026 (end of the day) (day -7)" in text


def test_an_undefined_value_fails_the_render():
    """StrictUndefined: a context without the case's deadlines cannot render a blank into a letter."""
    case = sample_case("revisit")
    context = case_context(
        case=case, area=AREA, milestones=scheduled_milestones(case), recipient_name="Jo", role="dcs"
    )
    del context["due"]
    with pytest.raises(jinja2.UndefinedError, match="due"):
        render("notify_local_area", context)


def test_html_is_escaped_and_text_is_not():
    """An operator's reason with markup is shown literally in the HTML, unchanged in the text."""
    case = sample_case("revisit")
    values = {"granted": True, "request": "Flood <b>warning</b>", "reason": "<script>alert(1)</script>"}
    context = case_context(
        case=case,
        area=AREA,
        milestones=scheduled_milestones(case),
        recipient_name="Jo & Co",
        role="dcs",
        values=values,
    )
    letter = render("deferral_decision", context)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in letter.html and "<script>" not in letter.html
    assert "Jo &amp; Co" in letter.html
    assert "<script>alert(1)</script>" in letter.text and "granted" in letter.subject


def test_the_draft_cover_is_marked_restricted_in_subject_text_and_html():
    """H§66: the restricted marking is on every form of the draft cover."""
    text = SAMPLES["revisit.draft_cover.txt"]
    assert text.startswith("Subject: RESTRICTED: ")
    assert "RESTRICTED AND CONFIDENTIAL" in text.split("Dear")[0]


def test_the_timetable_is_valid_icalendar_in_the_right_instants():
    """One event per milestone; timed ones at their UTC instant, end-of-day ones all day."""
    case = sample_case("revisit")
    milestones = scheduled_milestones(case)
    ics = timetable_ics(reference="SEND-00042/1", area="Camden", milestones=milestones, stamp=NOW)
    events = {
        str(e["uid"]).removeprefix("send-00042-1-").split("@")[0]: e
        for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")
    }
    assert len(events) == len(milestones)
    assert events["survey_opens"].decoded("dtstart") == dt.datetime(2026, 3, 23, 12, tzinfo=dt.UTC)
    assert events["onsite_starts"].decoded("dtstart") == dt.datetime(2026, 3, 30, 8, tzinfo=dt.UTC)
    assert events["evidence_upload_due"].decoded("dtstart") == dt.date(2026, 3, 19)


@pytest.mark.parametrize(
    ("progress", "told"),
    [
        ((True, True), "stop their\nquarterly support and challenge visits"),
        ((True, False), "it is for the Department for Education and NHS\nEngland to decide the next steps"),
    ],
)
def test_a_revisits_publication_tells_the_dfe_and_nhs_england_what_follows(progress, told):
    """RV: sufficient progress on every weakness ends the quarterly visits; otherwise DfE and NHS
    England decide the next steps."""
    case = sample_case("revisit")
    outcome = {f"weakness_{i}": ok for i, ok in enumerate(progress, 1)}
    context = case_context(
        case=case,
        area=AREA,
        milestones=scheduled_milestones(case),
        recipient_name="DfE",
        role="dfe_adviser",
        outcome=outcome,
    )
    assert told in render("publication_notice", context).text
