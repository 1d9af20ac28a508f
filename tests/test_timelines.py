"""Timelines put each milestone on the right working day and London time, citing its rule."""

import datetime as dt
import os
import subprocess
import sys

import pytest

from sendops.calendar import WorkingDayCalendar, to_london
from sendops.config import get_timeline
from sendops.errors import SendopsError
from sendops.specs import CASE_KINDS, TIMELINES
from sendops.timelines import schedule

D = dt.date.fromisoformat
CAL = WorkingDayCalendar()


def dues(kind, **kwargs):
    return {m.key: to_london(m.due).isoformat() for m in schedule(get_timeline(kind), CAL, **kwargs)}


def test_revisit_across_the_spring_dst_change():
    """A re-visit starting 2026-03-30 has its day -5 in GMT and its day 1 in BST (RV timeframe)."""
    got = dues("revisit", start=D("2026-03-30"), days=3)
    assert got["notify_local_area"] == "2026-03-16T09:00:00+00:00"
    assert got["evidence_upload_due"] == "2026-03-19T23:59:59+00:00"
    assert got["survey_opens"] == "2026-03-23T12:00:00+00:00"
    assert got["survey_closes"] == "2026-03-27T12:00:00+00:00"
    assert got["onsite_starts"] == "2026-03-30T09:00:00+01:00"
    assert got["onsite_ends"] == "2026-04-01T23:59:59+01:00"
    assert got["final_letter_due"] == "2026-05-14T23:59:59+01:00"
    assert got["publication_due"] == "2026-05-21T23:59:59+01:00"
    assert "comments_due" not in got  # needs the draft_sent event


def test_revisit_onsite_end_skips_easter():
    """A 4-day re-visit from 2026-03-31 ends after the Easter bank holidays."""
    assert dues("revisit", start=D("2026-03-31"), days=4)["onsite_ends"].startswith("2026-04-07")


def test_full_inspection_notice_is_five_working_days():
    """H§17: the DCS is called between 9am and 10am five working days before a full inspection:
    the call is due by 10:00, and what follows it (H§18-22) has the same deadline."""
    got = dues("full-2016", start=D("2027-01-04"), days=5)
    assert got["notify_local_area"] == "2026-12-23T10:00:00+00:00"  # 24, 29, 30, 31 Dec
    assert got["notify_ccg_icb"] == got["lano_call"] == got["notify_pcf_iass"] == got["notify_local_area"]
    assert got["onsite_ends"].startswith("2027-01-08")
    assert got["final_report_due"].startswith("2027-02-17")


def test_event_relative_wsoa_milestones():
    """H§75/B17: 70 working days to submit, 10 to review, 20 to re-submit after an unfit notice."""
    got = dues(
        "wsoa",
        events={
            "final_report_received": D("2026-05-01"),
            "wsoa_received": D("2026-08-10"),
            "unfit_notified": D("2026-08-21"),
        },
    )
    assert got["wsoa_due"].startswith("2026-08-11")
    assert got["review_due"].startswith("2026-08-24")  # 31 Aug 2026 is a bank holiday
    assert got["resubmission_due"].startswith("2026-09-21")


def test_report_comments_due_ten_working_days_after_draft():
    """H§67: the local area has 10 working days to comment on the draft."""
    assert dues("report", events={"draft_sent": D("2026-12-18")})["comments_due"].startswith("2027-01-06")


@pytest.mark.parametrize(
    ("kind", "kwargs", "message"),
    [
        ("revisit", {}, "needs an on-site start"),
        ("revisit", {"start": D("2026-03-30"), "days": 5}, "2 to 4 on-site days"),
        ("revisit", {"start": D("2026-04-06")}, "Easter Monday"),
        ("wsoa", {}, "needs at least one event"),
        ("wsoa", {"start": D("2026-03-30")}, "takes no start"),
        ("wsoa", {"events": {"draft_sent": D("2026-03-30")}}, "no event 'draft_sent'"),
    ],
)
def test_bad_timeline_requests_name_the_problem(kind, kwargs, message):
    """Missing or inconsistent anchors raise an error that says what is wrong."""
    with pytest.raises(SendopsError, match=message):
        schedule(get_timeline(kind), CAL, **kwargs)


@pytest.mark.parametrize("kind", list(TIMELINES))
def test_every_milestone_cites_a_rule_and_keys_are_unique(kind):
    """Each milestone carries the rule it comes from, so operators can see why it exists."""
    timeline = TIMELINES[kind]
    keys = [m.key for m in timeline.milestones]
    assert len(keys) == len(set(keys))
    assert all(m.rule and m.title and m.actor for m in timeline.milestones)


def test_full_2023_over_the_autumn_dst_change_and_christmas():
    """A 2023-framework inspection on site Mon 26 Oct to Fri 30 Oct 2026 (BST ends Sun 25 Oct),
    its draft sent Fri 27 Nov and its report published Tue 29 Dec (Christmas Day and the Boxing
    Day substitute, Mon 28 Dec, are not working days); every date counted by hand."""
    got = dues(
        "full-2023",
        start=D("2026-10-26"),
        events={"draft_sent": D("2026-11-27"), "published": D("2026-12-29")},
        outcome="widespread",
    )
    assert got == {
        "notify_partnership": "2026-10-12T09:00:00+01:00",  # day -10, BST
        "notify_pcf": "2026-10-12T09:00:00+01:00",
        "information_request": "2026-10-12T09:00:00+01:00",
        "surveys_open": "2026-10-12T12:00:00+01:00",
        "surveys_close": "2026-10-16T12:00:00+01:00",  # day -6: the Friday of week 1
        "data_return_due": "2026-10-16T23:59:59+01:00",
        "tracking_selected": "2026-10-19T09:00:00+01:00",  # day -5
        "tracking_documents_due": "2026-10-21T23:59:59+01:00",  # 2 working days later
        "onsite_starts": "2026-10-26T09:00:00+00:00",  # day 1, GMT
        "onsite_ends": "2026-10-30T23:59:59+00:00",
        "draft_sent": "2026-11-27T23:59:59+00:00",  # +20
        "comments_reminder": "2026-12-09T09:00:00+00:00",  # draft +8
        "comments_due": "2026-12-11T23:59:59+00:00",  # draft +10
        "final_report_due": "2026-12-18T23:59:59+00:00",  # +35
        "publication_due": "2026-12-29T23:59:59+00:00",  # +40: over Christmas
        "plan_reminder": "2027-01-27T09:00:00+00:00",  # published +20, New Year's Day excluded
        "strategic_plan_due": "2027-02-10T23:59:59+00:00",  # published +30
        "pap_due": "2027-02-10T23:59:59+00:00",  # only for the widespread outcome
    }
    positive = dues(
        "full-2023", start=D("2026-10-26"), events={"published": D("2026-12-29")}, outcome="positive"
    )
    assert "pap_due" not in positive and positive["strategic_plan_due"] == got["strategic_plan_due"]


def test_full_2023_over_the_spring_dst_change():
    """On site from Tue 30 Mar 2027 (BST starts Sun 28 Mar; Good Friday 26 Mar and Easter Monday
    29 Mar are bank holidays): notified Fri 12 Mar, 09:00 GMT; on site at 09:00 BST."""
    got = dues("full-2023", start=D("2027-03-30"), days=3)
    assert got["notify_partnership"] == "2027-03-12T09:00:00+00:00"
    assert got["surveys_close"] == "2027-03-18T12:00:00+00:00"
    assert got["onsite_starts"] == "2027-03-30T09:00:00+01:00"
    assert got["onsite_ends"] == "2027-04-01T23:59:59+01:00"
    assert got["publication_due"] == "2027-05-28T23:59:59+01:00"  # +40: Early May bank holiday excluded


def test_monitoring_2023_reviews_its_areas_in_three_days_by_default():
    got = dues("monitoring-2023", start=D("2028-06-19"))
    assert got["notify_partnership"] == "2028-06-05T09:00:00+01:00"
    assert got["onsite_ends"] == "2028-06-21T23:59:59+01:00"
    assert "surveys_open" not in got  # no family survey (HP)


def test_every_2023_figure_the_sources_leave_open_says_configurable():
    """FRAMEWORK_2023.md §10: where the sources are silent or secondary, the rule says so."""
    for kind in ("full-2023", "monitoring-2023"):
        for m in get_timeline(kind).milestones:
            assert "configurable" in m.rule, (kind, m.key)


@pytest.mark.parametrize(
    "day, months, expected",
    [
        ("2026-12-18", 18, "2028-06-19"),  # a Sunday: the next working day
        ("2026-10-30", 36, "2029-10-30"),
        ("2026-08-31", 6, "2027-03-01"),  # 28 Feb 2027 is a Sunday
        ("2027-06-25", 6, "2027-12-29"),  # 25 Dec a Saturday: 27 and 28 Dec are bank holidays
        ("2024-02-29", 12, "2025-02-28"),
    ],
)
def test_calendar_months_then_the_next_working_day(day, months, expected):
    assert CAL.add_months(D(day), months) == D(expected)


def test_every_communication_a_spec_sends_has_its_template():
    """What a milestone sends has its template (a spec module's kind's may be in its own folder);
    the built-in kinds' are known communications (whether they carry the timetable)."""
    from tasks.letters import COMMUNICATIONS, _template

    for timeline in TIMELINES.values():
        for m in timeline.milestones:
            if m.sends:
                assert _template(f"{m.sends}.txt.j2"), f"{timeline.kind}.{m.key}"
                if timeline.kind in (*CASE_KINDS, "wsoa"):
                    assert m.sends in COMMUNICATIONS, f"{timeline.kind}.{m.key}"


def test_each_kind_states_the_period_it_applies_to():
    """The 2016 framework's full inspections May 2016 to April 2022 and its re-visits December
    2018 to December 2022 (C22 background; RV18; H§119); the current framework from 2023.
    Outside its period a case is scheduled only with a reason, and a reason is refused inside."""
    from tasks.case_timeline import check_period

    periods = {kind: get_timeline(kind).period for kind in CASE_KINDS}
    assert all(p is not None and p.rule for p in periods.values())
    assert (periods["full-2016"].first, periods["full-2016"].last) == (
        dt.date(2016, 5, 1),
        dt.date(2022, 4, 30),
    )
    assert dt.date(2022, 12, 30) in periods["revisit"] and dt.date(2023, 1, 3) not in periods["revisit"]
    assert dt.date(2022, 12, 30) not in periods["full-2023"] and dt.date(2031, 1, 6) in periods["full-2023"]
    assert check_period(kind="full-2016", start=dt.date(2019, 3, 4), acknowledgement="") == ""
    assert (
        check_period(kind="revisit", start=dt.date(2027, 3, 1), acknowledgement=" a rehearsal ")
        == "a rehearsal"
    )
    with pytest.raises(SendopsError, match="outside the period it applies to .* say why"):
        check_period(kind="revisit", start=dt.date(2027, 3, 1), acknowledgement="")
    with pytest.raises(SendopsError, match="within the period it applies to"):
        check_period(kind="full-2023", start=dt.date(2027, 3, 1), acknowledgement="a rehearsal")


def test_a_kind_defined_twice_differently_is_refused():
    """A spec module's kind joins the built-in ones once; another definition under the same name
    is refused, as is a spec the built-in checks refuse (a restricted draft to a role outside the
    draft's)."""
    import dataclasses

    from sendops.errors import TimelineError
    from sendops.specs import build_timelines
    from tests.tiny_kind import KIND, TINY

    assert build_timelines(extra=(TINY, TINY))[KIND] is TINY  # the same twice: one kind
    with pytest.raises(TimelineError, match="a kind of case 'tiny-visit' is defined already"):
        build_timelines(extra=(TINY, dataclasses.replace(TINY, notice_days=3)))
    with pytest.raises(TimelineError, match="a kind of case 'revisit' is defined already"):
        build_timelines(extra=(dataclasses.replace(TINY, kind="revisit"),))
    restricted = dataclasses.replace(TINY.milestones[0], restricted=True, notify=("pcf",))
    with pytest.raises(TimelineError, match="is restricted but notifies"):
        build_timelines(extra=(dataclasses.replace(TINY, kind="tiny-restricted", milestones=(restricted,)),))
    assert KIND not in TIMELINES  # the built-in set is never changed


def test_settings_hold_their_own_kinds_and_policies(tmp_path):
    """Issue 8: two settings in one process, one with a spec module and other WSOA reminders, do
    not change each other's kinds of case, nor the built-in ones: nothing mutates a global
    timeline. A spec module without TIMELINES, or redefining a built-in kind, is refused by name."""
    from sendops.config import load_settings
    from tests.tiny_kind import KIND, TEMPLATES

    config = tmp_path / "sendops.toml"
    config.write_text("[wsoa]\nreminders = [15]\n")
    env = {"SENDOPS_HOME": str(tmp_path), "SENDOPS_CONFIG": str(config)}
    (tmp_path / "empty.toml").write_text("")
    plain = load_settings({**env, "SENDOPS_CONFIG": str(tmp_path / "empty.toml")})
    mine = load_settings({**env, "SENDOPS_SPEC_MODULES": "tests.tiny_kind"})
    assert KIND in mine.timelines and KIND not in plain.timelines and KIND not in TIMELINES
    assert mine.template_dirs == (TEMPLATES,) and plain.template_dirs == ()
    reminders = [m.key for m in mine.timelines["wsoa"].milestones if m.key.startswith("wsoa_reminder")]
    assert reminders == ["wsoa_reminder_15"], reminders
    assert mine.timelines["wsoa"] != plain.timelines["wsoa"] == TIMELINES["wsoa"]
    with pytest.raises(SendopsError, match="specs.modules: tests.test_timelines defines no TIMELINES"):
        load_settings({**env, "SENDOPS_SPEC_MODULES": "tests.test_timelines"})


def test_a_spec_moving_a_case_to_an_unknown_status_is_refused():
    """The statuses are defined once (sendops/status.py): a spec's typo would leave a case neither
    active nor final, so recovery would never restart it."""
    import dataclasses

    from sendops.errors import TimelineError
    from sendops.status import ACTIVE_STATUSES, FINAL_STATUSES, CaseStatus

    assert CaseStatus.FOLLOWING_UP in ACTIVE_STATUSES and CaseStatus.PUBLISHED in FINAL_STATUSES
    full = get_timeline("full-2023")
    typo = dataclasses.replace(full.milestones[0], status="notifed")
    with pytest.raises(TimelineError, match="moves the case to an unknown status 'notifed'"):
        dataclasses.replace(full, milestones=(typo, *full.milestones[1:]))


def test_an_entry_point_loads_its_settings_once_and_everything_below_reads_them(tmp_path, monkeypatch):
    """Issue 8: what an entry point installed (`using`) is what the code below it reads, even
    if the file changes meanwhile (it is not read again); outside one, the file is read at the
    call. The CLI is such an entry point: its settings (here with a spec module's kind) reach
    the timeline command."""
    from sendops.config import current, get_calendar, get_timeline, load_settings, using
    from tests.tiny_kind import KIND

    config = tmp_path / "sendops.toml"
    config.write_text('[calendar]\nclosure_days = [2026-12-29]\n[specs]\nmodules = ["tests.tiny_kind"]\n')
    monkeypatch.setenv("SENDOPS_CONFIG", str(config))
    with using(load_settings()) as settings:
        config.write_text("not = [valid")  # an operator's edit half-way through a command
        assert current() is settings and get_timeline(KIND).kind == KIND
        assert not get_calendar().is_working_day(dt.date(2026, 12, 29))
    with pytest.raises(SendopsError, match="not valid TOML"):
        current()
    config.write_text('[specs]\nmodules = ["tests.tiny_kind"]\n')
    result = subprocess.run(
        [sys.executable, "-m", "cli", "timeline", KIND, "--start", "2026-03-30"],
        capture_output=True,
        text=True,
        env={**os.environ, "SENDOPS_CONFIG": str(config), "SENDOPS_HOME": str(tmp_path)},
    )
    assert "tiny_notice" in result.stdout and "Thu 26 Mar 2026  09:00 GMT   day -2" in result.stdout, (
        result.stderr
    )
