"""A case's status, defined once: proposed (a follow-on case to confirm: no flow run yet), active
(its flow run follows it) or final (its flow run has ended; nothing more happens to it). The
specs' milestones move a case from one to the next (Milestone.status, checked against these);
recovery restarts the runs of active cases only, so a case is final only once nothing is left."""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    PROPOSED = "proposed"
    # an inspection, re-visit or meeting
    SCHEDULED = "scheduled"
    NOTIFIED = "notified"
    ONSITE = "onsite"
    REPORTING = "reporting"
    FOLLOWING_UP = "following_up"  # published, with follow-ups still due (a strategic plan)
    # a WSOA
    AWAITING_WSOA = "awaiting_wsoa"
    UNDER_REVIEW = "under_review"
    AWAITING_RESUBMISSION = "awaiting_resubmission"
    UNDER_SECOND_REVIEW = "under_second_review"
    # final
    PUBLISHED = "published"
    HELD = "held"  # an engagement meeting
    DEFERRED = "deferred"
    FIT = "fit"
    ESCALATED_TO_DFE = "escalated_to_dfe"
    WITHDRAWN = "withdrawn"


S = CaseStatus
INSPECTION_ACTIVE = tuple(s.value for s in (S.SCHEDULED, S.NOTIFIED, S.ONSITE, S.REPORTING, S.FOLLOWING_UP))
WSOA_ACTIVE = tuple(
    s.value for s in (S.AWAITING_WSOA, S.UNDER_REVIEW, S.AWAITING_RESUBMISSION, S.UNDER_SECOND_REVIEW)
)
ACTIVE_STATUSES = INSPECTION_ACTIVE + WSOA_ACTIVE
FINAL_STATUSES = tuple(
    s.value for s in (S.PUBLISHED, S.HELD, S.DEFERRED, S.FIT, S.ESCALATED_TO_DFE, S.WITHDRAWN)
)
CASE_STATUSES = tuple(s.value for s in CaseStatus)
assert set(CASE_STATUSES) == {S.PROPOSED.value, *ACTIVE_STATUSES, *FINAL_STATUSES}  # each in one set
