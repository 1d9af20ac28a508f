"""The 2016 framework: the full inspection (H) and the re-visit of an area that produced a WSOA
(RV), as data. Every milestone cites the guidance it rests on.

A milestone is reached either when its time comes (the case sends its messages then) or, when it
`awaits` a decision, when an operator records that decision (its time is then the deadline).
"""

from __future__ import annotations

import datetime as dt

from sendops.specs.common import (
    AT_FEEDBACK,
    CALL_BY,
    CCG_ICB,
    CQC,
    DCS,
    DCS_CALL,
    DFE,
    HMCI_DECISION,
    HMI,
    IASS,
    LA,
    LANO,
    NHSE,
    OTHER_CONCERNS,
    OUTCOME,
    PCF,
    ReportDays,
    call_guard,
    report_milestones,
)
from sendops.timelines import NINE, NOON, ONSITE_END, ONSITE_START, Milestone, Period, Timeline

# When each applies: the 2016 programme is over; a case of it now is a rehearsal or a correction,
# scheduled only with an acknowledgement (tasks/case_timeline.check_period).
PERIOD_2016 = Period(
    dt.date(2016, 5, 1),
    dt.date(2022, 4, 30),
    "C22 background: full inspections from May 2016; the programme completed in April 2022",
)
REVISIT_PERIOD = Period(
    dt.date(2018, 12, 1),
    dt.date(2022, 12, 31),
    "RV18: re-visits from December 2018; C22 background, H§119: for WSOAs from before March 2020, "
    "until the new framework (FRAMEWORK_2023 §8, ROAD: to December 2022)",
)
DRAFT_RULE = "H§66-67; RV QA process: latest day leaving 10 working days for comments before day 28"

# The tables below are laid out as tables, one milestone per entry.
# fmt: off
REVISIT = Timeline(
    kind="revisit",
    period=REVISIT_PERIOD,
    title="Re-visit to a local area that produced a WSOA",
    noun="re-visit",
    report="re-visit letter",
    reviews="the WSOA's areas of significant weakness",  # RV: the re-visit checks progress on each
    onsite_days=(2, 4),  # RV inspection activity: "2 to 4 days", told at notification
    notice_days=10,  # RV notice period: "10 working days before the start of the re-visit"
    milestones=(
        Milestone("notify_local_area", ONSITE_START, -10, NINE,
                  "HMI notifies the DCS; information requested from LA and PCF", HMI,
                  "RV notice period; RV timeframe day -10 (morning)", notify=(DCS,),
                  sends="notify_local_area", status="notified"),
        Milestone("notify_ccg_icb", ONSITE_START, -10, NINE,
                  "CQC notifies the CCG/ICB chief executive(s)", CQC, "RV notice period",
                  notify=(CCG_ICB,), sends="notify_ccg_icb"),
        Milestone("lano_followup", ONSITE_START, -10, NINE,
                  "Follow-up with the LANO: timetable and arrangements", HMI, "RV notice period",
                  notify=(LANO,), sends="lano_timetable"),
        Milestone("notify_pcf", ONSITE_START, -10, NINE,
                  "PCF told of the re-visit and its focus", HMI, "RV before the re-visit",
                  notify=(PCF,), sends="notify_pcf"),
        Milestone("evidence_request", ONSITE_START, -10, NINE,
                  "Information requested from the LA and PCF, to upload by day -7", HMI,
                  "RV notice period; RV providing evidence", notify=(LANO, PCF),
                  sends="evidence_request"),
        Milestone("evidence_reminder", ONSITE_START, -8, NINE,
                  "Reminder: evidence upload due at the end of tomorrow", HMI,
                  "RV providing evidence (4th working day after notification)", notify=(LANO, PCF),
                  sends="evidence_reminder"),
        Milestone("evidence_upload_due", ONSITE_START, -7, None,
                  "LA and PCF evidence uploaded, incl. tribunal/ombudsman outcomes", LA,
                  "RV providing evidence (4th working day after notification); RV timeframe -7"),
        Milestone("survey_opens", ONSITE_START, -5, NOON,
                  "Online survey for parents goes live", HMI, "RV before the re-visit; timeframe -5",
                  notify=(PCF, LANO), sends="survey_opens"),
        Milestone("survey_closes", ONSITE_START, -1, NOON,
                  "Online survey for parents closes", HMI, "RV timeframe day -1", notify=(PCF, LANO),
                  sends="survey_closes"),
        Milestone("onsite_starts", ONSITE_START, 1, NINE,
                  "On-site starts: senior leaders, PCF and open parents' meetings", HMI,
                  "RV timeframe day 1", status="onsite"),
        Milestone("onsite_ends", ONSITE_END, 0, None,
                  "Last on-site day: feedback, sufficient progress per weakness", HMI,
                  "RV timeframe; RV feedback to leaders", awaits=OUTCOME, status="reporting",
                  guard=AT_FEEDBACK),
        Milestone("concerns_reported", ONSITE_END, 1, NINE,
                  "Other significant weaknesses found told to the DfE and NHS England (no new WSOA)",
                  HMI, "RV purpose: referenced in the letter, not a new WSOA; RV the re-visit "
                  "letter: communicated to the DfE and NHS England; time not found",
                  only_if=OTHER_CONCERNS, notify=(DFE, NHSE), sends="revisit_concerns"),
        *report_milestones("final_letter_due", ReportDays(
            18, 10, 28, 33,
            draft_rule=DRAFT_RULE,
            comments_rule="H§67; RV QA process (10 working days to comment)",
            final_rule="RV QA process (28 working days)",
            publication_rule="RV publication (33 working days)")),
    ),
)

FULL_2016 = Timeline(
    kind="full-2016",
    period=PERIOD_2016,
    title="Area SEND inspection (2016 framework)",
    noun="area SEND inspection",
    report="inspection report",
    onsite_days=(1, 5),  # H§30: "do not normally last longer than five days"
    usual_days=5,  # H§34: "the five days of the inspection"
    term_time="H§24: inspection takes place during the usual school term time",
    notice_days=5,  # H§17: notification "five working days before the inspection"
    milestones=(
        # The call comes first; the CQC's call to the CCG/ICB (H§18), the confirmation email
        # (H§19), the LANO call (H§20) and the PCF and IASS (H§22) follow its confirmation.
        Milestone("notify_local_area", ONSITE_START, -5, CALL_BY,
                  "Lead HMI telephones the DCS (normally 09:00-10:00; the most senior person "
                  "available if the DCS is not); confirmation email once confirmed", HMI,
                  "H§17; H§18; H§19", notify=(DCS,), sends="notify_local_area", status="notified",
                  awaits=DCS_CALL, guard=call_guard("notify_local_area"), alert="call_unconfirmed"),
        Milestone("notify_ccg_icb", ONSITE_START, -5, CALL_BY,
                  "CQC notifies the CCG/ICB chief executive(s), once the local authority is told",
                  CQC, "H§18", notify=(CCG_ICB,), sends="notify_ccg_icb", follows="notify_local_area"),
        Milestone("lano_call", ONSITE_START, -5, CALL_BY,
                  "Call with the LANO to arrange the inspection, once it is confirmed", HMI,
                  "H§17; H§20", notify=(LANO,), sends="lano_timetable", follows="notify_local_area"),
        Milestone("notify_pcf_iass", ONSITE_START, -5, CALL_BY,
                  "PCF and IASS informed, following confirmation with the LA and CCG/ICB; "
                  "parents' survey arranged", HMI, "H§22; H§44", notify=(PCF, IASS),
                  sends="notify_pcf", follows="notify_local_area"),
        Milestone("onsite_starts", ONSITE_START, 1, NINE,
                  "On-site starts (not before 09:00)", HMI, "H§31", status="onsite"),
        Milestone("onsite_ends", ONSITE_END, 0, None,
                  "Last on-site day: final team meeting, WSOA recommendation, feedback", HMI,
                  "H§30; H§38", awaits=OUTCOME, status="reporting", guard=AT_FEEDBACK),
        Milestone("hmci_decision", ONSITE_END, 17, None,
                  "HMCI decides, after moderation, whether a WSOA is required and who the principal "
                  "authority is (may differ from the team's recommendation)", "HMCI",
                  "H§38: the final decision rests with HMCI; H§74; B17: findings moderated by Ofsted "
                  "and the CQC; before the draft (H§66); its day not found", awaits=HMCI_DECISION),
        # HMCI's required WSOA starts with the final report, its day 0 (H§74-75)
        *report_milestones("final_report_due", ReportDays(
            18, 10, 28, 33,
            draft_rule=DRAFT_RULE,
            comments_rule="H§67; RV QA process (10 working days to comment)",
            final_rule="H§68 (28 working days); H§71",
            publication_rule="H§68 (33 working days)"), opens="wsoa"),
    ),
)

REPORT = Timeline(
    kind="report",
    title="Draft report comments",
    milestones=(REVISIT.milestone("comments_due"),),
)
# fmt: on
