"""Timelines put each milestone on the right working day and London time, citing its rule."""

import datetime as dt

import pytest

from sendops.calendar import WorkingDayCalendar, to_london
from sendops.definitions import TIMELINES, get_timeline
from sendops.errors import SendopsError
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
    """H§17: the DCS is called at 09:00 five working days before a full inspection."""
    got = dues("full-2016", start=D("2027-01-04"), days=5)
    assert got["notify_local_area"] == "2026-12-23T09:00:00+00:00"  # 24, 29, 30, 31 Dec
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
