"""A made-up kind of case, for the tests only: a one-day "tiny visit" (issue 8: adding a kind is
one spec plus its templates). It is defined here, its one template beside it in
tiny_kind_templates/ (`TIMELINES` and `TEMPLATES` are what sendops.toml's `[specs] modules`, or
SENDOPS_SPEC_MODULES, makes every sendops process's settings read). Nothing else in the
product names it: the case flow, its waits, letters, CLI and Prefect UI read the spec."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sendops.specs import DCS, HMI, PUBLISHED
from sendops.timelines import ONSITE_END, ONSITE_START, Milestone, Period, Timeline

KIND = "tiny-visit"
TINY = Timeline(
    kind=KIND,
    title="Tiny visit (made up for the tests)",
    noun="tiny visit",
    report="tiny note",
    onsite_days=(1, 1),
    notice_days=2,
    period=Period(dt.date(2020, 1, 1), None, "made up: from 2020"),
    milestones=(
        Milestone("tiny_notice", ONSITE_START, -2, dt.time(9, 0), "The DCS is told of the visit", HMI,
                  "made up: 2 working days' notice", notify=(DCS,), sends="tiny_notice", status="notified"),
        Milestone("tiny_visit", ONSITE_START, 1, dt.time(10, 0), "The visit", HMI, "made up: 10:00",
                  status="onsite"),
        Milestone("tiny_note_published", ONSITE_END, 2, None, "Its note is published", HMI,
                  "made up: within 2 working days", awaits=PUBLISHED, status="published"),
    ),
)  # fmt: skip
TIMELINES = (TINY,)
TEMPLATES = Path(__file__).parent / "tiny_kind_templates"
