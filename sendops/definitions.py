"""The timeline of each process, as data. Every milestone cites the guidance it rests on.

A milestone is reached either when its time comes (the case sends its messages then) or, when it
`awaits` a decision, when an operator records that decision (its time is then the deadline). A new
framework is a new definition here, not a new flow.
"""

from __future__ import annotations

from dataclasses import dataclass

from sendops.errors import TimelineError
from sendops.timelines import NINE, NOON, ONSITE_END, ONSITE_START, Guard, Milestone, Timeline

# Contact roles (a local area's people, plus national recipients).
DCS = "dcs"  # director of children's services
LANO = "lano"  # local area nominated officer
CCG_ICB = "ccg_icb"  # CCG/ICB chief executive(s)
PCF = "pcf"  # parent carer forum
IASS = "iass"  # information, advice and support service
DFE = "dfe_adviser"
NHSE = "nhse_adviser"
SOS_EDUCATION = "sos_education"  # Secretary of State for Education (national)
SOS_HEALTH = "sos_health"  # Secretary of State for Health and Social Care (national)
AREA_ROLES = (DCS, LANO, CCG_ICB, PCF, IASS, DFE, NHSE)
NATIONAL_ROLES = (SOS_EDUCATION, SOS_HEALTH)
ROLES = AREA_ROLES + NATIONAL_ROLES
OPERATIONS = "operations"  # the inspectorate's own operations team (alerts, daily digest)
ROLE_TITLES = {
    DCS: "Director of children's services",
    LANO: "Local area nominated officer",
    CCG_ICB: "CCG/ICB chief executive",
    PCF: "Parent carer forum",
    IASS: "Information, advice and support service",
    DFE: "Department for Education adviser",
    NHSE: "NHS England adviser",
    SOS_EDUCATION: "Secretary of State for Education",
    SOS_HEALTH: "Secretary of State for Health and Social Care",
    OPERATIONS: "Area SEND operations",
}
# Only these may receive a draft report or letter (H§66, RV quality assurance).
DRAFT_ROLES = (DCS, CCG_ICB)

HMI = "lead HMI"
CQC = "CQC inspector"
LA = "local area"
OFSTED = "Ofsted"

# Decisions that complete a milestone (the case waits for them; the UI and CLI record them).
OUTCOME = "outcome"
DRAFT_SENT = "draft_sent"
FINAL_ISSUED = "final_issued"
PUBLISHED = "published"


# The outcome is recorded at the final feedback, on the last on-site day (H§37-38, H§54; RV
# feedback to leaders), not before.
AT_FEEDBACK = Guard("onsite_ends", "H§37-38; H§54; RV feedback: given on the last on-site day", from_day=True)
# The final version only after the 10 working days for comments on the draft (H§67, RV QA
# process), unless an operator overrides it with a reason.
AFTER_COMMENTS = Guard("comments_due", "H§67; RV QA process: 10 working days to comment", override=True)


# The tables below are laid out as tables, one milestone per entry.
# fmt: off
def report_milestones(
    final_key: str, final_rule: str, publication_rule: str, opens: str | None = None
) -> tuple[Milestone, ...]:
    """After on-site: draft (restricted), 10 working days for comments, final, publication."""
    return (
        Milestone("draft_sent", ONSITE_END, 18, None,
                  "Draft sent after QA (restricted and confidential)", OFSTED,
                  "H§66-67; RV QA process: latest day leaving 10 working days for comments before day 28",
                  notify=DRAFT_ROLES, awaits=DRAFT_SENT, restricted=True, sends="draft_cover"),
        Milestone("comments_reminder", DRAFT_SENT, 8, NINE,
                  "Reminder: factual accuracy comments due in 2 working days", OFSTED,
                  "H§67; RV QA process (10 working days to comment)", notify=DRAFT_ROLES,
                  sends="comments_reminder", moot_after=FINAL_ISSUED),
        Milestone("comments_due", DRAFT_SENT, 10, None,
                  "Local area's comments on the draft due", "LA and CCG/ICB", "H§67; RV QA process",
                  moot_after=FINAL_ISSUED),
        Milestone(final_key, ONSITE_END, 28, None,
                  "Final version to the LA and CCG/ICB; copies to both Secretaries of State", OFSTED,
                  final_rule, notify=(DCS, CCG_ICB, *NATIONAL_ROLES), awaits=FINAL_ISSUED,
                  sends="final_distribution", guard=AFTER_COMMENTS, opens=opens),
        Milestone("publication_due", ONSITE_END, 33, None,
                  "Published", OFSTED, publication_rule,
                  notify=(DCS, LANO, PCF, DFE, NHSE), awaits=PUBLISHED, sends="publication_notice",
                  status="published"),
    )


REVISIT = Timeline(
    kind="revisit",
    title="Re-visit to a local area that produced a WSOA",
    noun="re-visit",
    report="re-visit letter",
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
        *report_milestones("final_letter_due", "RV QA process (28 working days)",
                           "RV publication (33 working days)"),
    ),
)

FULL_2016 = Timeline(
    kind="full-2016",
    title="Area SEND inspection (2016 framework)",
    noun="area SEND inspection",
    report="inspection report",
    onsite_days=(1, 5),  # H§30: "do not normally last longer than five days"
    usual_days=5,  # H§34: "the five days of the inspection"
    notice_days=5,  # H§17: notification "five working days before the inspection"
    milestones=(
        Milestone("notify_local_area", ONSITE_START, -5, NINE,
                  "Lead HMI telephones the DCS (09:00-10:00); confirmation email", HMI, "H§17; H§19",
                  notify=(DCS,), sends="notify_local_area", status="notified"),
        Milestone("notify_ccg_icb", ONSITE_START, -5, NINE,
                  "CQC notifies the CCG/ICB chief executive(s)", CQC, "H§18", notify=(CCG_ICB,),
                  sends="notify_ccg_icb"),
        Milestone("lano_call", ONSITE_START, -5, NINE,
                  "Call with the LANO to arrange the inspection", HMI, "H§17; H§20", notify=(LANO,),
                  sends="lano_timetable"),
        Milestone("notify_pcf_iass", ONSITE_START, -5, NINE,
                  "PCF and IASS informed; parents' survey arranged", HMI, "H§22; H§44",
                  notify=(PCF, IASS), sends="notify_pcf"),
        Milestone("onsite_starts", ONSITE_START, 1, NINE,
                  "On-site starts (not before 09:00)", HMI, "H§31", status="onsite"),
        Milestone("onsite_ends", ONSITE_END, 0, None,
                  "Last on-site day: final team meeting, WSOA recommendation, feedback", HMI,
                  "H§30; H§38", awaits=OUTCOME, status="reporting", guard=AT_FEEDBACK),
        # HMCI's required WSOA starts with the final report, its day 0 (H§74-75)
        *report_milestones("final_report_due", "H§68 (28 working days); H§71",
                           "H§68 (33 working days)", opens="wsoa"),
    ),
)

REPORT = Timeline(
    kind="report",
    title="Draft report comments",
    milestones=(REVISIT.milestone("comments_due"),),
)

# fmt: on


# The WSOA's events, recorded by operators (or, for the final report, by the inspection's case).
FINAL_REPORT_RECEIVED = "final_report_received"
WSOA_RECEIVED = "wsoa_received"
FIRST_REVIEW = "first_review"
UNFIT_NOTIFIED = "unfit_notified"
RESUBMISSION_RECEIVED = "resubmission_received"
SECOND_REVIEW = "second_review"
PRINCIPAL = "principal"  # the principal authority: its DCS or CCG/ICB chief executive, per WSOA


@dataclass(frozen=True)
class WsoaPolicy:
    """The reminders and chases around WSOA deadlines: operations' choice, not the guidance's."""

    reminders: tuple[int, ...] = (20, 10, 5)  # working days before the 70-day deadline
    resubmission_reminders: tuple[int, ...] = (10, 5)  # before the 20-day resubmission deadline
    chase_every: int = 5  # working days between chases once a deadline has passed
    chases: int = 4  # chases before the case is left to operations (the digest lists it overdue)
    escalate_after: int = 2  # from this chase on, the lead HMI is told too

    def __post_init__(self) -> None:
        for name in ("chase_every", "chases", "escalate_after"):
            if not isinstance(getattr(self, name), int) or getattr(self, name) < 1:
                raise TimelineError(
                    f"wsoa.{name} must be a whole number of at least 1, not {getattr(self, name)!r}"
                )


def _submission(
    policy: WsoaPolicy,
    prefix: str,
    anchor: str,
    days: int,
    reminders: tuple[int, ...],
    received: str,
    title: str,
    rule: str,
) -> list[Milestone]:
    """Reminders before a submission deadline, the deadline, then chases until it is received."""
    out = [
        Milestone(
            f"{prefix}_reminder_{n}",
            anchor,
            days - n,
            NINE,
            f"Reminder: {title} due in {n} working days",
            OFSTED,
            rule,
            notify=(PRINCIPAL,),
            moot_after=received,
            sends="wsoa_reminder",
        )
        for n in reminders
        if 0 < n < days
    ]
    out.append(
        Milestone(
            f"{prefix}_due",
            anchor,
            days,
            None,
            f"Principal authority submits the {title}",
            "principal authority",
            rule,
            closed_by=received,
        )
    )
    out += [
        Milestone(
            f"{prefix}_chase_{k}",
            anchor,
            days + 1 + (k - 1) * policy.chase_every,
            NINE,
            f"Chase {k}: {title} not received",
            OFSTED,
            rule,
            notify=(PRINCIPAL, OPERATIONS) if k >= policy.escalate_after else (PRINCIPAL,),
            moot_after=received,
            sends="wsoa_chase",
        )
        for k in range(1, policy.chases + 1)
    ]
    return out


def _review(prefix: str, anchor: str, decided: str) -> list[Milestone]:
    return [
        Milestone(
            f"{prefix}_reminder",
            anchor,
            7,
            NINE,
            "Reminder to the reviewing inspectors: review due",
            OFSTED,
            "B17 (review within 10 working days)",
            notify=(OPERATIONS,),
            moot_after=decided,
            sends="review_reminder",
        ),
        Milestone(
            f"{prefix}_due",
            anchor,
            10,
            None,
            "Ofsted and CQC review the WSOA: fit for purpose or not",
            "Ofsted and CQC",
            "B17",
            closed_by=decided,
        ),
    ]


def wsoa_timeline(policy: WsoaPolicy = WsoaPolicy()) -> Timeline:
    """H§75, B17: 70 working days to submit, 10 to review; if unfit, 20 to re-submit, 10 to review."""
    return Timeline(
        kind="wsoa",
        title="Written statement of action",
        noun="written statement of action",
        milestones=(
            *_submission(
                policy,
                "wsoa",
                FINAL_REPORT_RECEIVED,
                70,
                policy.reminders,
                WSOA_RECEIVED,
                "WSOA",
                "H§75; B17 (70 working days from receipt of the final report)",
            ),
            *_review("review", WSOA_RECEIVED, FIRST_REVIEW),
            *_submission(
                policy,
                "resubmission",
                UNFIT_NOTIFIED,
                20,
                policy.resubmission_reminders,
                RESUBMISSION_RECEIVED,
                "re-submitted WSOA",
                "B17 (20 working days after unfit)",
            ),
            *_review("second_review", RESUBMISSION_RECEIVED, SECOND_REVIEW),
        ),
    )


WSOA = wsoa_timeline()


def _check_restricted(*timelines: Timeline) -> None:
    """A restricted draft goes to the DCS and CCG/ICB chief executive(s) only (H§66, RV QA)."""
    for timeline in timelines:
        for m in timeline.milestones:
            if m.restricted and not set(m.notify) <= set(DRAFT_ROLES):
                raise TimelineError(f"{timeline.kind}.{m.key} is restricted but notifies {m.notify}")


_check_restricted(REVISIT, FULL_2016)
TIMELINES: dict[str, Timeline] = {t.kind: t for t in (REVISIT, FULL_2016, REPORT, WSOA)}
for _m in (m for t in TIMELINES.values() for m in t.milestones if m.opens):
    if _m.opens not in TIMELINES:
        raise TimelineError(f"{_m.key} opens an unknown kind of case {_m.opens!r}")


def set_wsoa_policy(policy: WsoaPolicy) -> None:
    """Operations' reminder and chase settings (sendops.toml [wsoa]) replace the defaults."""
    TIMELINES["wsoa"] = wsoa_timeline(policy)


CASE_KINDS = (REVISIT.kind, FULL_2016.kind)  # the kinds that run as a case flow


def get_timeline(kind: str) -> Timeline:
    try:
        return TIMELINES[kind]
    except KeyError:
        raise TimelineError(f"unknown timeline {kind!r}; known: {', '.join(TIMELINES)}") from None
