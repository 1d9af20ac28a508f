"""The written statement of action (H§74-79, B17): its deadlines, reminders and chases, as data."""

from __future__ import annotations

from dataclasses import dataclass

from sendops.errors import TimelineError
from sendops.specs.common import DFE, NHSE, OFSTED, OPERATIONS
from sendops.timelines import NINE, Milestone, Timeline

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
            Milestone(
                "support_starts",
                FINAL_REPORT_RECEIVED,
                0,
                NINE,
                "DfE and NHS England advisers told: a WSOA is required, their support and challenge starts",
                OFSTED,
                "H§116: if a WSOA is required, the DfE (with the DHSC and NHS England) engages closely with "
                "the area to challenge and support it",
                notify=(DFE, NHSE),
                sends="wsoa_support_starts",
            ),
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
