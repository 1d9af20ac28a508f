"""The timeline of each process, as data. Every milestone cites the guidance it rests on.

A new framework is a new definition here, not a new flow.
"""

from __future__ import annotations

from sendops.errors import TimelineError
from sendops.timelines import NINE, NOON, ONSITE_END, ONSITE_START, Milestone, Timeline

HMI = "lead HMI"
CQC = "CQC inspector"
LA = "local area"
OFSTED = "Ofsted"

# The tables below are laid out as tables, one milestone per entry.
# fmt: off
# Factual-accuracy comments on a draft report or re-visit letter (H§67, RV quality assurance).
REPORT_MILESTONES = (
    Milestone("comments_due", "draft_sent", 10, None,
              "Local area's comments on the draft due", "LA and CCG/ICB", "H§67; RV QA process"),
)

REVISIT = Timeline(
    kind="revisit",
    title="Re-visit to a local area that produced a WSOA",
    onsite_days=(2, 4),  # RV inspection activity: "2 to 4 days", told at notification
    notice_days=10,  # RV notice period: "10 working days before the start of the re-visit"
    milestones=(
        Milestone("notify_local_area", ONSITE_START, -10, NINE,
                  "HMI notifies the DCS; information requested from LA and PCF", HMI,
                  "RV notice period; RV timeframe day -10 (morning)"),
        Milestone("notify_ccg_icb", ONSITE_START, -10, NINE,
                  "CQC notifies the CCG/ICB chief executive(s)", CQC, "RV notice period"),
        Milestone("lano_followup", ONSITE_START, -10, None,
                  "Follow-up call with the LANO; PCF told of the re-visit and its focus", HMI,
                  "RV notice period; RV before the re-visit"),
        Milestone("deferral_window_closes", ONSITE_START, -10, None,
                  "Last day to request a deferral (at notification)", LA, "RV requests for deferral"),
        Milestone("evidence_upload_due", ONSITE_START, -7, None,
                  "LA and PCF evidence uploaded, incl. tribunal/ombudsman outcomes", LA,
                  "RV providing evidence (4th working day after notification); RV timeframe -7"),
        Milestone("survey_opens", ONSITE_START, -5, NOON,
                  "Online survey for parents goes live", HMI, "RV before the re-visit; timeframe -5"),
        Milestone("survey_closes", ONSITE_START, -1, NOON,
                  "Online survey for parents closes", HMI, "RV timeframe day -1"),
        Milestone("onsite_starts", ONSITE_START, 1, NINE,
                  "On-site starts: senior leaders, PCF and open parents' meetings", HMI,
                  "RV timeframe day 1"),
        Milestone("onsite_ends", ONSITE_END, 0, None,
                  "Last on-site day: provisional judgement and feedback", HMI,
                  "RV timeframe; RV feedback to leaders"),
        Milestone("final_letter_due", ONSITE_END, 28, None,
                  "Final re-visit letter to LA and CCG/ICB", OFSTED, "RV QA process (28 working days)"),
        Milestone("publication_due", ONSITE_END, 33, None,
                  "Re-visit letter published", OFSTED, "RV publication (33 working days)"),
    )
    + REPORT_MILESTONES,
)

FULL_2016 = Timeline(
    kind="full-2016",
    title="Area SEND inspection (2016 framework)",
    onsite_days=(1, 5),  # H§30: "do not normally last longer than five days"
    notice_days=5,  # H§17: notification "five working days before the inspection"
    milestones=(
        Milestone("notify_local_area", ONSITE_START, -5, NINE,
                  "Lead HMI telephones the DCS (09:00-10:00); confirmation email", HMI, "H§17; H§19"),
        Milestone("notify_ccg_icb", ONSITE_START, -5, NINE,
                  "CQC notifies the CCG/ICB chief executive(s)", CQC, "H§18"),
        Milestone("lano_call", ONSITE_START, -5, None,
                  "Call with the LANO to arrange the inspection", HMI, "H§17; H§20"),
        Milestone("notify_pcf_iass", ONSITE_START, -5, None,
                  "PCF and IASS informed; parents' survey arranged", HMI, "H§22; H§44"),
        Milestone("deferral_window_closes", ONSITE_START, -5, None,
                  "Last day to request a deferral (at notification)", LA, "H§25"),
        Milestone("onsite_starts", ONSITE_START, 1, NINE,
                  "On-site starts (not before 09:00)", HMI, "H§31"),
        Milestone("onsite_ends", ONSITE_END, 0, None,
                  "Last on-site day: final team meeting and feedback", HMI, "H§30; H§38"),
        Milestone("final_report_due", ONSITE_END, 28, None,
                  "Final report to LA and CCG/ICB", OFSTED, "H§68 (28 working days)"),
        Milestone("publication_due", ONSITE_END, 33, None,
                  "Report published", OFSTED, "H§68 (33 working days)"),
    )
    + REPORT_MILESTONES,
)

REPORT = Timeline(kind="report", title="Draft report comments", milestones=REPORT_MILESTONES)

WSOA = Timeline(
    kind="wsoa",
    title="Written statement of action",
    milestones=(
        Milestone("wsoa_due", "final_report_received", 70, None,
                  "Principal authority submits the WSOA", "principal authority", "H§75; B17"),
        Milestone("review_due", "wsoa_received", 10, None,
                  "Ofsted and CQC review the WSOA", "Ofsted and CQC", "B17"),
        Milestone("resubmission_due", "unfit_notified", 20, None,
                  "Area re-submits the WSOA after it was found unfit", "principal authority", "B17"),
    ),
)

# fmt: on

TIMELINES: dict[str, Timeline] = {t.kind: t for t in (REVISIT, FULL_2016, REPORT, WSOA)}


def get_timeline(kind: str) -> Timeline:
    try:
        return TIMELINES[kind]
    except KeyError:
        raise TimelineError(f"unknown timeline {kind!r}; known: {', '.join(TIMELINES)}") from None
