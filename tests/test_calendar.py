"""The working-day calendar follows DOMAIN.md's counting convention, date by date."""

import datetime as dt
import random

import numpy as np
import pytest

from sendops.calendar import WorkingDayCalendar, london_instant
from sendops.errors import CalendarError

D = dt.date.fromisoformat
CAL = WorkingDayCalendar()


@pytest.mark.parametrize(
    ("day", "working", "why"),
    [
        ("2026-11-21", False, "Saturday"),
        ("2026-11-22", False, "Sunday"),
        ("2026-11-23", True, None),
        ("2026-04-03", False, "Good Friday"),
        ("2026-04-06", False, "Easter Monday"),
        ("2026-12-25", False, "Christmas Day"),
        ("2026-12-28", False, "Boxing Day (observed)"),  # 26 Dec 2026 is a Saturday
        ("2027-12-27", False, "Christmas Day (observed)"),
        ("2027-12-28", False, "Boxing Day (observed)"),
        ("2022-01-03", False, "New Year's Day (observed)"),
        ("2028-01-03", False, "New Year's Day (observed)"),
        ("2022-06-02", False, "Spring Bank Holiday"),
        ("2022-06-03", False, "Platinum Jubilee"),
        ("2022-09-19", False, "State Funeral"),
        ("2023-05-08", False, "Coronation"),
        ("2023-05-09", True, None),
        ("2026-12-29", True, None),
    ],
)
def test_working_days_and_reasons(day, working, why):
    """Weekends, bank holidays with substitutes and one-off days are not working days, with a reason."""
    assert CAL.is_working_day(D(day)) is working
    reason = CAL.why_not_working(D(day))
    assert (reason is None) if why is None else (why in reason)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        ("2026-11-20", 1, "2026-11-23"),  # Friday + 1 = Monday
        ("2026-11-21", 1, "2026-11-23"),  # Saturday: the first working day after is day 1
        ("2026-11-22", -1, "2026-11-20"),  # Sunday: the first working day before is day -1
        ("2026-11-23", -1, "2026-11-20"),
        ("2026-11-23", 0, "2026-11-23"),
        ("2026-04-02", 1, "2026-04-07"),  # Easter 2026: Good Friday and Easter Monday skipped
        ("2026-04-07", -1, "2026-04-02"),
        ("2026-12-24", 1, "2026-12-29"),  # Christmas 2026: 25th, 28th (Boxing Day substitute)
        ("2026-12-31", 1, "2027-01-04"),  # New Year's Day 2027 is a Friday
        ("2027-12-24", 1, "2027-12-29"),  # Christmas 2027: both days substituted (27th, 28th)
        ("2027-12-31", 1, "2028-01-04"),  # 2028-01-03 New Year substitute
        ("2021-12-31", 1, "2022-01-04"),  # 2022-01-03 New Year substitute
        ("2022-06-01", 1, "2022-06-06"),  # 2 and 3 June 2022 (Platinum Jubilee)
        ("2022-09-16", 1, "2022-09-20"),  # 19 Sept 2022 (State Funeral)
        ("2023-05-05", 1, "2023-05-09"),  # 8 May 2023 (Coronation)
        ("2026-05-01", 70, "2026-08-11"),  # H§75 WSOA due, across the two May bank holidays
        ("2026-03-30", -10, "2026-03-16"),
    ],
)
def test_add_working_days(start, n, expected):
    """Adding N working days counts E as day 0 and skips every non-working day."""
    assert CAL.add(D(start), n) == D(expected)


@pytest.mark.parametrize(
    ("start", "end", "count"),
    [
        ("2026-12-24", "2027-01-04", 4),
        ("2026-11-20", "2026-11-23", 1),
        ("2026-11-23", "2026-11-20", -1),
        ("2026-11-21", "2026-11-22", 0),
        ("2026-05-01", "2026-08-11", 70),
    ],
)
def test_between_counts_working_days_after_start_up_to_end(start, end, count):
    """`between` counts the working days after A up to and including B."""
    assert CAL.between(D(start), D(end)) == count


@pytest.mark.parametrize(
    ("day_number", "expected"),
    [
        (1, "2026-03-30"),
        (2, "2026-03-31"),
        (3, "2026-04-01"),
        (4, "2026-04-02"),
        (5, "2026-04-07"),
        (-1, "2026-03-27"),
        (-5, "2026-03-23"),
        (-10, "2026-03-16"),
    ],
)
def test_onsite_day_numbers_round_trip(day_number, expected):
    """On-site day 1 is the start, -k the k-th working day before it, and numbers invert."""
    start = D("2026-03-30")
    assert CAL.onsite_date(start, day_number) == D(expected)
    assert CAL.onsite_day_number(start, D(expected)) == day_number


def test_onsite_start_on_a_bank_holiday_is_rejected():
    """A visit cannot start on a bank holiday: the error names the day and why."""
    with pytest.raises(CalendarError, match="2026-12-28 is not a working day.*Boxing Day"):
        CAL.onsite_date(D("2026-12-28"), -10)


def test_there_is_no_onsite_day_zero():
    """Day 0 does not exist in the on-site numbering."""
    with pytest.raises(CalendarError, match="no on-site day 0"):
        CAL.onsite_date(D("2026-03-30"), 0)


@pytest.mark.parametrize(
    ("day", "n"), [("2014-12-31", 1), ("2041-01-01", -1), ("2040-12-31", 5), ("2015-01-02", -5)]
)
def test_dates_outside_the_supported_range_are_rejected(day, n):
    """Dates (or results) outside 2015-2040 are an error, never a silent wrong answer."""
    with pytest.raises(CalendarError, match="supported range"):
        CAL.add(D(day), n)


def test_closure_days_are_not_working_days():
    """Operator-configured closure days count like bank holidays."""
    cal = WorkingDayCalendar(closure_days=[D("2026-12-29"), D("2026-12-30"), D("2026-12-31")])
    assert cal.add(D("2026-12-24"), 1) == D("2027-01-04")
    assert "closure" in cal.why_not_working(D("2026-12-30"))


@pytest.mark.parametrize(
    ("day", "at", "utc"),
    [
        ("2026-03-23", dt.time(12), "2026-03-23T12:00:00+00:00"),  # GMT
        ("2026-03-30", dt.time(9), "2026-03-30T08:00:00+00:00"),  # BST from 29 March 2026
        ("2026-10-23", dt.time(12), "2026-10-23T11:00:00+00:00"),  # last BST week
        ("2026-10-26", dt.time(9), "2026-10-26T09:00:00+00:00"),  # GMT from 25 October 2026
        ("2026-06-01", None, "2026-06-01T22:59:59+00:00"),  # end of a BST day
    ],
)
def test_london_wall_clock_to_utc(day, at, utc):
    """London times convert to UTC with the right offset either side of the DST changes."""
    assert london_instant(D(day), at).isoformat() == utc


def test_add_agrees_with_numpy_busday_offset_on_random_pairs():
    """On 20,000 random (date, N) pairs, `add` equals numpy's busday_offset with the same holidays."""
    rng = random.Random(2026)
    origin = D("2018-01-01").toordinal()
    pairs = [
        (dt.date.fromordinal(origin + rng.randrange(365 * 17)), rng.randint(-120, 120)) for _ in range(20_000)
    ]
    busdays = np.busdaycalendar(holidays=CAL.non_working_days())
    for day, n in pairs:
        # DOMAIN.md: forwards from a non-working day count from the last working day before it
        # (numpy's roll="backward"); backwards, from the next one after it (roll="forward").
        roll = "backward" if n > 0 else "forward"
        expected = np.busday_offset(day, n, roll=roll, busdaycal=busdays) if n else day
        assert CAL.add(day, n) == dt.date.fromisoformat(str(expected)), (day, n)
