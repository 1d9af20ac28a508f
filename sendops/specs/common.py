"""What every case kind's definition is made of: contact roles, actors, the decisions a case
waits for, the guards on them, and the report stage that inspections share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sendops.timelines import NINE, ONSITE_END, Guard, Milestone

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
OFSTED_REGION = "ofsted_region"  # the Ofsted region of the area (told of a deferral request, H§25)
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
    OFSTED_REGION: "Ofsted region",
}
# Only these may receive a draft report or letter (H§66, RV quality assurance).
DRAFT_ROLES = (DCS, CCG_ICB)

HMI = "lead HMI"
CQC = "CQC inspector"
LA = "local area"
OFSTED = "Ofsted"

# Decisions that complete a milestone (the case waits for them; the UI and CLI record them).
DCS_CALL = "dcs_call"  # the lead HMI's notification call, confirmed: to whom, at what time (H§17-18)
OUTCOME = "outcome"
HMCI_DECISION = "hmci_decision"  # HMCI's decision after moderation, which the letters and WSOA follow
DRAFT_SENT = "draft_sent"
FINAL_ISSUED = "final_issued"
PUBLISHED = "published"

# Facts a decision records that decide whether a milestone happens at all (Milestone.only_if).
OTHER_CONCERNS = "other_concerns"  # significant weaknesses a re-visit found beyond the WSOA's (RV)


# The notification call is normally made between 9am and 10am (H§17): 10:00 is its deadline, and
# an unconfirmed call then alerts operations. It may be confirmed from the start of its day.
CALL_BY = dt.time(10, 0)


def call_guard(key: str) -> Guard:
    return Guard(key, "H§17: the notification call is made on the notification day", from_day=True)


# The outcome is recorded at the final feedback, on the last on-site day (H§37-38, H§54; RV
# feedback to leaders), not before.
AT_FEEDBACK = Guard("onsite_ends", "H§37-38; H§54; RV feedback: given on the last on-site day", from_day=True)
# The final version only after the 10 working days for comments on the draft (H§67, RV QA
# process), unless an operator overrides it with a reason.
AFTER_COMMENTS = Guard("comments_due", "H§67; RV QA process: 10 working days to comment", override=True)


@dataclass(frozen=True)
class ReportDays:
    """Working days after the last on-site day (the draft, the final version, publication) and
    after the draft (the comments window), with the rule each rests on."""

    draft: int
    comments: int
    final: int
    publication: int
    draft_rule: str
    comments_rule: str
    final_rule: str
    publication_rule: str


# The tables below are laid out as tables, one milestone per entry.
# fmt: off
def report_milestones(
    final_key: str, days: ReportDays, opens: str | None = None, published: str = "published"
) -> tuple[Milestone, ...]:
    """After on-site: draft (restricted), the comments window with a reminder 2 working days
    before it ends, the final version (which may open a follow-on case), publication (the case's
    status then: `published`, or one still active when milestones follow it)."""
    return (
        Milestone("draft_sent", ONSITE_END, days.draft, None,
                  "Draft sent after QA (restricted and confidential)", OFSTED, days.draft_rule,
                  notify=DRAFT_ROLES, awaits=DRAFT_SENT, restricted=True, sends="draft_cover"),
        Milestone("comments_reminder", DRAFT_SENT, days.comments - 2, NINE,
                  "Reminder: factual accuracy comments due in 2 working days", OFSTED,
                  days.comments_rule, notify=DRAFT_ROLES, sends="comments_reminder",
                  moot_after=FINAL_ISSUED),
        Milestone("comments_due", DRAFT_SENT, days.comments, None,
                  "Local area's comments on the draft due", "LA and CCG/ICB", days.comments_rule,
                  moot_after=FINAL_ISSUED),
        Milestone(final_key, ONSITE_END, days.final, None,
                  "Final version to the LA and CCG/ICB; copies to both Secretaries of State", OFSTED,
                  days.final_rule, notify=(DCS, CCG_ICB, *NATIONAL_ROLES), awaits=FINAL_ISSUED,
                  sends="final_distribution", guard=AFTER_COMMENTS, opens=opens),
        Milestone("publication_due", ONSITE_END, days.publication, None,
                  "Published", OFSTED, days.publication_rule,
                  notify=(DCS, LANO, PCF, DFE, NHSE), awaits=PUBLISHED, sends="publication_notice",
                  status=published),
    )
# fmt: on
