"""The current framework (from January 2023, revised June and July 2025): the full inspection and
the monitoring inspection, as data.

Citations are those of shared/FRAMEWORK_2023.md: HB = handbook (§ numbers), SoC = its summary of
changes, C22 = the 2022 consultation (proposal P#), and secondary sources marked [2nd]. The sources
give few figures; each one they do not give, or give only from a secondary source, comes from
`Framework2023Policy` (sendops.toml [framework_2023]) and its rule says "configurable".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sendops.errors import TimelineError
from sendops.specs.common import (
    AT_FEEDBACK,
    CCG_ICB,
    DCS,
    DFE,
    HMI,
    LA,
    LANO,
    NHSE,
    OUTCOME,
    PCF,
    PUBLISHED,
    ReportDays,
    report_milestones,
)
from sendops.timelines import ONSITE_END, ONSITE_START, Guard, Milestone, Outcome, Period, Timeline

LEAD = "lead inspector"
CONFIGURABLE = "configurable"
ENGAGEMENT_HELD = "engagement_held"  # the decision that records an engagement meeting was held
PERIOD_2023 = Period(
    dt.date(2023, 1, 1), None, "C22 background: from early 2023; ROAD (January 2023); HB §1-3"
)

# The three outcomes, worded as published (FRAMEWORK_2023.md §6, from LSC and SG: the handbook's
# table is not readable), and what each sets in motion.
POSITIVE = Outcome(
    "positive",
    "The local area partnership's SEND arrangements typically lead to positive experiences and "
    "outcomes for children and young people with SEND. The local area partnership is taking "
    "action where improvements are needed.",
    next_full_months=60,
    support="DfE and NHS England: the least intensive support and challenge",
    rule="C22 P3; TES: next full inspection in about 5 years; SC: intensity by outcome",
)
INCONSISTENT = Outcome(
    "inconsistent",
    "The local area partnership's arrangements lead to inconsistent experiences and outcomes for "
    "children and young people with SEND. The local area partnership must work jointly to make "
    "improvements.",
    next_full_months=36,
    support="DfE and NHS England: closer support and challenge; DfE monitors the strategic plan",
    rule="C22 P3; TES: next full inspection in about 3 years; SC: intensity by outcome",
)
WIDESPREAD = Outcome(
    "widespread",
    "There are widespread and/or systemic failings leading to significant concerns about the "
    "experiences and outcomes of children and young people with SEND, which the local area "
    "partnership must address urgently.",
    next_full_months=36,
    support="DfE and NHS England: the most intensive support and challenge (e.g. an improvement "
    "notice, a DfE SEND adviser, stocktakes)",
    rule="SoC→HB §21; SG: priority action plan, monitoring inspection, full inspection within 3 years",
    opens=("monitoring-2023",),  # due Framework2023Policy.monitoring_months after the final report
)
OUTCOMES = (POSITIVE, INCONSISTENT, WIDESPREAD)
MONITORING_OUTCOMES = (
    Outcome(
        "effective",
        "The local area partnership is taking effective action to address the areas for priority action.",
        rule="HP [2nd]; BBC: effective or ineffective action",
    ),
    Outcome(
        "ineffective",
        "The local area partnership is not taking effective action to address the areas for priority action.",
        rule="HP [2nd]; BBC: effective or ineffective action",
    ),
)


@dataclass(frozen=True)
class Framework2023Policy:
    """What the sources leave open (FRAMEWORK_2023.md §10): operations' defaults."""

    notice_days: int = 10  # LAN [2nd]: told 10 working days before on site
    onsite_days: int = 5  # Lancashire news [2nd]: a "five-day inspection"
    survey_days: int = 5  # SG [2nd]: the surveys are open in week 1 only (close on its Friday)
    data_return_day: int = -6  # DOR [2nd]: data in weeks 1-2; the deadline is not found
    tracking_day: int = -5  # SG, DOR [2nd]: tracking in week 2
    tracking_upload_days: int = 2  # SG [2nd]: documents within 2 days
    draft_day: int = 20  # draft, comments and final: not found
    comments_days: int = 10  # the 2016 handbook's 10 working days (H§67) as a default
    final_day: int = 35
    publication_day: int = 40  # SG [2nd]: published about 2 months after
    plan_days: int = 30  # NAS [2nd]: strategic plan within 30 working days; PAP (OX, inferred)
    monitoring_months: int = 18  # SoC→HB §21: usually 18 months from receiving the final report
    monitoring_onsite_days: int = 3  # not found
    first_cycle_year: int = 2027  # LGL [2nd]: the first cycle covers all 153 areas by December 2027
    due_window_months: int = 6  # "about" 5 or 3 years: the register's window before the due date
    engagement_months: int = 12  # C22 P9: engagement meetings normally once a year (under review, LGL)
    engagement_notice_days: int = 15  # arranged with the partnership (C22 P9): notice not found

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if not isinstance(value, int) or isinstance(value, bool):
                raise TimelineError(f"framework_2023.{name} must be a whole number, not {value!r}")
        if not 2 <= self.notice_days <= 20:
            raise TimelineError(f"framework_2023.notice_days must be 2 to 20, not {self.notice_days}")
        if not 0 < self.survey_days < self.notice_days:
            raise TimelineError("framework_2023.survey_days must be fewer than notice_days")
        if not -self.notice_days < self.data_return_day < 0 or not -self.notice_days < self.tracking_day < 0:
            raise TimelineError(
                "framework_2023 data_return_day and tracking_day fall between notification and day 1"
            )
        if not 0 < self.draft_day < self.final_day <= self.publication_day:
            raise TimelineError("framework_2023: draft_day < final_day <= publication_day")
        for name in (
            "comments_days",
            "plan_days",
            "monitoring_months",
            "onsite_days",
            "monitoring_onsite_days",
            "due_window_months",
            "engagement_months",
            "engagement_notice_days",
        ):
            if getattr(self, name) < 1:
                raise TimelineError(f"framework_2023.{name} must be at least 1")


def _c(rule: str) -> str:
    return f"{rule}; {CONFIGURABLE}"


# fmt: off
def full_2023(policy: Framework2023Policy = Framework2023Policy()) -> Timeline:
    p = policy
    n = -p.notice_days
    survey_close = n + p.survey_days - 1  # at noon on the last of survey_days
    upload = p.tracking_day + p.tracking_upload_days
    return Timeline(
        kind="full-2023",
        period=PERIOD_2023,
        title="Area SEND inspection (2023 framework)",
        noun="area SEND inspection",
        report="inspection report",
        onsite_days=(1, 5),  # the on-site length is not stated; five is reported (Lancashire) and usual
        usual_days=p.onsite_days,
        notice_days=p.notice_days,
        outcomes=(*OUTCOMES[:2], replace(WIDESPREAD, follow_on_months=p.monitoring_months)),
        milestones=(
            Milestone("notify_partnership", ONSITE_START, n, dt.time(9, 0),
                      "Local area partnership notified: DCS and ICB", LEAD,
                      _c("LAN [2nd]: 10 working days before on site; time not found"),
                      notify=(DCS, CCG_ICB), sends="partnership_notification", status="notified"),
            Milestone("notify_pcf", ONSITE_START, n, dt.time(9, 0),
                      "Parent carer forum told on day one", LEAD, _c("SG [2nd]"),
                      notify=(PCF,), sends="pcf_notification"),
            Milestone("information_request", ONSITE_START, n, dt.time(9, 0),
                      "Information request (HB Annex A) and set-up discussion with leaders", LEAD,
                      _c("LAN [2nd] week 1; SoC→HB §8 (code of conduct at the set-up)"),
                      notify=(LANO,), sends="information_request"),
            Milestone("surveys_open", ONSITE_START, n, dt.time(12, 0),
                      "Surveys open: children and young people (11-25), parents and carers, practitioners",
                      LEAD, _c("C22 P6; SG [2nd]: week 1"), notify=(LANO, PCF), sends="surveys_open"),
            Milestone("surveys_close", ONSITE_START, survey_close, dt.time(12, 0),
                      "Surveys close", LEAD, _c("SG [2nd]: open in week 1 only"),
                      notify=(LANO, PCF), sends="surveys_close"),
            Milestone("data_return_due", ONSITE_START, p.data_return_day, None,
                      "Data returns: person-level lists of children and young people with SEND "
                      "(incl. placed out of area) and commissioning information", LA,
                      _c("DOR [2nd]: weeks 1-2; HB Annex A (revised Jun 2025)")),
            Milestone("tracking_selected", ONSITE_START, p.tracking_day, dt.time(9, 0),
                      "Up to 6 children and young people chosen for tracking (at least 1 in "
                      "alternative provision, 2 on SEN support)", LEAD,
                      _c("ESX [2nd]; SG [2nd]; C22 P6"), notify=(LANO,), sends="tracking_request"),
            Milestone("tracking_documents_due", ONSITE_START, upload, None,
                      "Tracking documents uploaded", LA, _c("SG [2nd]: within 2 days")),
            Milestone("onsite_starts", ONSITE_START, 1, dt.time(9, 0),
                      "On site: leaders' meeting on day 1, set up with the LANO", LEAD,
                      _c("CON [2nd]; Lancashire news [2nd]: five days"), status="onsite"),
            Milestone("onsite_ends", ONSITE_END, 0, None,
                      "Final feedback to the LANO, the partnership and the PCF (embargoed until "
                      "publication); the outcome", LEAD,
                      _c("CON [2nd]; SoC→HB §134; the last on-site day (assumed)"),
                      awaits=OUTCOME, status="reporting", guard=AT_FEEDBACK),
            *report_milestones("final_report_due", ReportDays(
                p.draft_day, p.comments_days, p.final_day, p.publication_day,
                draft_rule=_c("not found (FRAMEWORK_2023 §5)"),
                comments_rule=_c("not found; H§67's 10 working days as default"),
                final_rule=_c("not found (FRAMEWORK_2023 §5)"),
                publication_rule=_c("SG [2nd]: about 2 months; e.g. Lancashire Dec 2024 to 12 Feb 2025")),
                opens="monitoring-2023", published="following_up"),
            Milestone("plan_reminder", PUBLISHED, p.plan_days - 10, dt.time(9, 0),
                      "Reminder: strategic plan update due in 10 working days", HMI,
                      _c("C22 P5; NAS [2nd]"), notify=(DCS, CCG_ICB), sends="plan_reminder"),
            Milestone("strategic_plan_due", PUBLISHED, p.plan_days, None,
                      "The partnership updates and publishes its strategic plan", LA,
                      _c("C22 P5; NAS [2nd]: within 30 working days"), status="published"),
            Milestone("pap_due", PUBLISHED, p.plan_days, None,
                      "Priority action plan submitted by the principal authority; feedback from "
                      "DfE and NHS England only (since 7 Jul 2025)", LA,
                      _c("SoC→HB §149; OX: due 30 working days after publication (inferred)"),
                      only_for=(WIDESPREAD.key,), notify=(DCS, CCG_ICB, DFE, NHSE), sends="pap_due"),
        ),
    )


def monitoring_2023(policy: Framework2023Policy = Framework2023Policy()) -> Timeline:
    """Reviews only the areas for priority action: 2 weeks of data, then on site (HP; SoC)."""
    p = policy
    n = -p.notice_days
    return Timeline(
        kind="monitoring-2023",
        period=PERIOD_2023,
        title="Area SEND monitoring inspection (2023 framework)",
        noun="monitoring inspection",
        report="monitoring letter",
        reviews="the areas for priority action",  # HP [2nd]: it reviews only these
        onsite_days=(1, 5),
        usual_days=p.monitoring_onsite_days,
        notice_days=p.notice_days,
        outcomes=MONITORING_OUTCOMES,
        milestones=(
            Milestone("notify_partnership", ONSITE_START, n, dt.time(9, 0),
                      "Local area partnership notified of the monitoring inspection", LEAD,
                      _c("HP [2nd]: 3 weeks, 2 of data then on site"),
                      notify=(DCS, CCG_ICB), sends="partnership_notification", status="notified"),
            Milestone("notify_pcf", ONSITE_START, n, dt.time(9, 0),
                      "Parent carer forum told; PCF meeting arranged (no family survey)", LEAD,
                      _c("HP [2nd]"), notify=(PCF,), sends="pcf_notification"),
            Milestone("information_request", ONSITE_START, n, dt.time(9, 0),
                      "Information on the areas for priority action requested", LEAD, _c("HP [2nd]"),
                      notify=(LANO,), sends="information_request"),
            Milestone("onsite_starts", ONSITE_START, 1, dt.time(9, 0),
                      "On site", LEAD, _c("HP [2nd]"), status="onsite"),
            Milestone("onsite_ends", ONSITE_END, 0, None,
                      "Feedback: effective or ineffective action on each area for priority action",
                      LEAD, _c("HP [2nd]; BBC"), awaits=OUTCOME, status="reporting", guard=AT_FEEDBACK),
            *report_milestones("final_report_due", ReportDays(
                p.draft_day, p.comments_days, p.final_day, p.publication_day,
                draft_rule=_c("not found"),
                comments_rule=_c("not found; H§67's 10 working days as default"),
                final_rule=_c("not found"),
                publication_rule=_c("not found"))),
        ),
    )


def engagement_2023(policy: Framework2023Policy = Framework2023Policy()) -> Timeline:
    """An engagement meeting with a local area partnership between its inspections: normally once
    a year, arranged with the partnership (C22 P9; SoC→HB §17, its scope). Its "on-site day" is
    the meeting's day; once the lead inspector records it held, the next one is proposed."""
    p = policy
    n = -p.engagement_notice_days
    return Timeline(
        kind="engagement-2023",
        period=PERIOD_2023,
        title="Engagement meeting (2023 framework)",
        noun="engagement meeting",
        report="engagement meeting note",
        onsite_days=(1, 1),
        notice_days=p.engagement_notice_days,
        milestones=(
            Milestone("arrange_engagement", ONSITE_START, n, dt.time(9, 0),
                      "Engagement meeting arranged with the partnership: DCS, ICB and LANO told", LEAD,
                      _c("C22 P9: arranged with the partnership; notice not found"),
                      notify=(DCS, CCG_ICB, LANO), sends="engagement_arranged", status="notified"),
            Milestone("engagement_reminder", ONSITE_START, -2, dt.time(9, 0),
                      "Reminder: the engagement meeting is in 2 working days", LEAD, _c("C22 P9"),
                      notify=(DCS, CCG_ICB, LANO), sends="engagement_reminder"),
            Milestone("engagement_meeting", ONSITE_START, 1, None,
                      "Engagement meeting held (the lead inspector records it; the next is proposed)",
                      LEAD, _c("C22 P9: normally once a year; SoC→HB §17; LGL: frequency under review"),
                      awaits=ENGAGEMENT_HELD, status="held", opens="engagement-2023",
                      guard=Guard("engagement_meeting", "C22 P9: recorded once it is held", from_day=True)),
        ),
    )
# fmt: on
