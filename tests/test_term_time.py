"""A full inspection is on site in school term time (H§24): the school holidays are operator
configuration ([calendar] school_holidays), like closure days; a re-visit is not bound to them."""

from __future__ import annotations

import datetime as dt

import pytest

from sendops.config import load_settings
from sendops.errors import SendopsError
from tasks.case_timeline import check_start

NOW = dt.datetime(2027, 1, 4, 9, tzinfo=dt.UTC)


@pytest.fixture
def holidays(tmp_path, monkeypatch):
    config = tmp_path / "sendops.toml"
    config.write_text("[calendar]\nschool_holidays = [[2027-02-15, 2027-02-19], [2027-03-29, 2027-04-09]]\n")
    monkeypatch.setenv("SENDOPS_CONFIG", str(config))


def test_an_on_site_day_in_the_school_holidays_is_refused_naming_the_day_and_the_rule(holidays):
    # Thu 11 Feb 2027 for five days: Thu, Fri, then Mon 15 Feb, the half-term's first day
    with pytest.raises(SendopsError) as refused:
        check_start(kind="full-2016", start=dt.date(2027, 2, 11), days=5, now=NOW)
    assert str(refused.value) == (
        "on-site day 3 (Mon 15 Feb 2027) is in the school holidays 15 Feb to 19 Feb 2027 "
        "([calendar] school_holidays); H§24: inspection takes place during the usual school term time"
    )
    with pytest.raises(SendopsError, match=r"on-site day 1 \(Tue 30 Mar 2027\)"):
        check_start(kind="full-2016", start=dt.date(2027, 3, 30), days=None, now=NOW)  # Easter


def test_term_time_starts_are_taken_with_the_usual_five_days(holidays):
    assert check_start(kind="full-2016", start=dt.date(2027, 2, 8), days=None, now=NOW) == 5  # Mon-Fri
    assert check_start(kind="full-2016", start=dt.date(2027, 2, 22), days=None, now=NOW) == 5
    assert check_start(kind="full-2016", start=dt.date(2027, 2, 10), days=3, now=NOW) == 3  # Wed-Fri


def test_a_revisit_is_not_bound_to_term_time(holidays):
    assert check_start(kind="revisit", start=dt.date(2027, 2, 15), days=2, now=NOW) == 2


def test_without_school_holidays_configured_nothing_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("SENDOPS_CONFIG", str(tmp_path / "none.toml"))
    (tmp_path / "none.toml").write_text("")
    assert check_start(kind="full-2016", start=dt.date(2027, 2, 15), days=None, now=NOW) == 5


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ('"2027-02-15"', "calendar.school_holidays must be a list of [first, last] date pairs"),
        ("[[2027-02-19, 2027-02-15]]", "school holiday 2027-02-19 to 2027-02-15 ends before it starts"),
        ('[["half term", 2027-02-19]]', "school holiday day 'half term' is not a date"),
        ("[[2027-02-15]]", "is not a [first, last] pair of dates"),
    ],
)
def test_bad_school_holidays_are_refused_in_one_line(tmp_path, monkeypatch, value, error):
    config = tmp_path / "sendops.toml"
    config.write_text(f"[calendar]\nschool_holidays = {value}\n")
    monkeypatch.setenv("SENDOPS_CONFIG", str(config))
    with pytest.raises(SendopsError, match=error.replace("[", r"\[").replace("]", r"\]")):
        load_settings()
