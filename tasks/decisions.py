"""The decisions a case waits for, as Prefect RunInput models: the UI renders each as a form on
the suspended flow run, and `sendops decide` validates against the same model before resuming.

The forms carry only what a JSON schema can check (the Prefect UI checks nothing more before it
resumes a run); the product's own rules are `decision_problems`. A submission that breaks them,
from any form or command, is refused: the refusal is audited and the case asks again, under a new
suspension key (`outcome-retry-1`, ...), with the reason at the top of the form. So no input can
make a case run fail.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import pydantic
from prefect.input import RunInput
from pydantic import Field
from sqlmodel import Session, select

from models.db import session_scope
from models.queries import audit, get_case
from models.tables import AuditEntry, Case
from sendops.calendar import london_instant, to_london
from sendops.config import get_timeline
from sendops.errors import SendopsError
from sendops.inputs import TEXT, check_text
from sendops.specs import (
    DCS_CALL,
    DRAFT_SENT,
    ENGAGEMENT_HELD,
    FINAL_ISSUED,
    HMCI_DECISION,
    OTHER_CONCERNS,
    OUTCOME,
    PUBLISHED,
)
from sendops.timelines import Timeline

REFUSED = "decision_refused"  # the audit action of a refused submission
DECIDED_AT = "decided_at"  # a form's field: when a decision recorded later was taken
NO_NAME = "unnamed operator (Prefect UI)"


class DecisionInput(RunInput):
    decided_by: str = Field(min_length=1, title="Your name", description="It goes in the audit log.")
    reason: str = Field(default="", title="Reason or note", description="Why, or any note for the record.")
    # A decision taken before it is recorded (the outcome given at Friday's final feedback, typed
    # in on Monday) is dated when it was taken: the deadlines that count from it, and whether it
    # was on time, follow the decision, not the typing.
    decided_at: str = Field(
        default="",
        title="When it was decided, if earlier (YYYY-MM-DD HH:MM, London)",
        description="Leave empty if it is being decided now. Not in the future, not before the case "
        "could take it, not before its previous decision; the audit log keeps both moments.",
    )


class DeferralDecision(DecisionInput):
    # Yes/no fields default to no: the UI sends nothing for a switch left untouched.
    granted: bool = Field(
        default=False,
        title="Grant the deferral",
        description="Tick if Ofsted and the CQC, deciding jointly, grant it; untick to refuse it (H§25).",
    )
    # H§25, RV: "Ofsted and the CQC will both consider requests and will make decisions on
    # deferrals jointly": the decision names who took it for each.
    ofsted_by: str = Field(default="", title="For Ofsted: who decided", description="H§25: decided jointly.")
    cqc_by: str = Field(default="", title="For the CQC: who decided", description="H§25: decided jointly.")


class FullInspectionOutcome(DecisionInput):
    wsoa_required: bool = Field(
        default=False,
        title="WSOA required",
        description="Tick if HMCI requires a written statement of action (H§74).",
    )
    principal_authority: str = Field(
        default="",
        title="Principal authority",
        description="Who draws up the WSOA (H§38, H§74); required when a WSOA is.",
    )
    principal_is: Literal["la", "ccg_icb"] = Field(
        default="la",
        title="The principal authority is",
        description="The local authority (la) or the CCG/ICB (ccg_icb).",
    )
    weaknesses: list[str] = Field(
        default_factory=list,
        title="Areas of significant weakness",
        description="One per line: what the WSOA must tackle, and its re-visit checks (H§38, H§74); "
        "required when a WSOA is.",
    )


class NotificationCall(DecisionInput):
    """The lead HMI's call announcing the inspection (H§17-18): who took it, and when."""

    spoke_to: str = Field(
        default="",
        title="Spoke to (name)",
        description="Who took the call: the DCS, or if the DCS was unavailable the most senior "
        "member of staff available (H§18).",
    )
    dcs_unavailable: bool = Field(
        default=False,
        title="The DCS was unavailable",
        description="Tick if you spoke to the most senior member of staff available instead (H§18).",
    )
    their_role: str = Field(
        default="",
        title="Their role",
        description="Required when the DCS was unavailable: the role of the person you spoke to.",
    )
    called_at: str = Field(
        default="",
        title="Time of the call (HH:MM, London)",
        description="Normally between 09:00 and 10:00 on the notification day (H§17).",
    )


class Confirmation(DecisionInput):
    """Draft sent after QA, published: who confirms it, and when (the moment of Resume)."""


class FinalIssued(Confirmation):
    override_reason: str = Field(
        default="",
        title="Override: why issue it before the comments deadline",
        description="Only to issue the final version before the local area's 10 working days for "
        "comments on the draft are over (H§67): say why. It is audited. Leave empty otherwise.",
    )


DESCRIPTIONS = {
    "deferral": "Deferral request: decided jointly by Ofsted and the CQC (H§25; RV requests for deferral).",
    OUTCOME: "Outcome at the final feedback.",
    HMCI_DECISION: "HMCI's decision after moderation (H§38, H§74; B17): whether a WSOA is required, "
    "the principal authority and the areas of significant weakness. It may differ from the team's "
    "recommendation at feedback (the case's audit shows both); the letters and the WSOA follow this one.",
    DCS_CALL: "Record the notification call to the DCS (H§17-18). The CQC's call to the CCG/ICB, "
    "the confirmation email and the notices to the LANO, the PCF and the IASS follow it "
    "(H§18-20, H§22); operations are alerted if it is not recorded by 10:00.",
    DRAFT_SENT: "Confirm the draft has passed QA and is sent (restricted and confidential, H§66).",
    FINAL_ISSUED: "Confirm the final version is issued to the LA and CCG/ICB (H§68, H§71).",
    PUBLISHED: "Confirm publication (H§68; RV publication).",
    ENGAGEMENT_HELD: "Confirm the engagement meeting was held (C22 P9); the next one is then proposed.",
}
RETRY = "-retry-"


def pause_key(step_key: str, refusals: int = 0) -> str:
    """The suspension key for a decision step (Prefect allows lowercase letters, digits and
    dashes); after a refused submission the case asks again under a new key."""
    base = step_key.replace("_", "-")
    return f"{base}{RETRY}{refusals}" if refusals else base


def step_key(pause: str) -> str:
    pause = pause.split(RETRY)[0]
    return pause if pause.startswith("deferral-") else pause.replace("-", "_")


def revisit_outcome_model(weaknesses: list[str]) -> type[DecisionInput]:
    """One yes/no per significant weakness in the WSOA: was progress sufficient? (RV feedback);
    and any other significant weaknesses the re-visit found (RV purpose)."""
    fields: dict[str, Any] = {
        f"weakness_{i}": (
            bool,
            Field(
                default=False,
                title=f"Weakness {i}: {text}",
                description="Tick if the area made sufficient progress on it; leave unticked if not.",
            ),
        )
        for i, text in enumerate(weaknesses, start=1)
    }
    fields[OTHER_CONCERNS] = (
        list[str],
        Field(
            default_factory=list,
            title="Other significant weaknesses found",
            description="One per line, if the re-visit found any beyond the WSOA's: the letter "
            "refers to them and the DfE and NHS England are told; they need no new WSOA (RV).",
        ),
    )
    return pydantic.create_model("RevisitOutcome", __base__=DecisionInput, **fields)


def outcome_choice_model(timeline: Timeline) -> type[DecisionInput]:
    """The outcome as one of the kind's published outcomes (a list in the UI), with the areas the
    follow-ons check (a monitoring inspection reviews only the areas for priority action)."""
    keys = tuple(o.key for o in timeline.outcomes)
    wording = " ".join(f"{o.key}: {o.wording}" for o in timeline.outcomes)  # the UI shows it as text
    fields: dict[str, Any] = {
        "outcome": (Literal[keys], Field(title="Outcome", description=wording)),  # type: ignore[valid-type]
        "areas_for_priority_action": (
            list[str],
            Field(
                default_factory=list,
                title="Areas for priority action",
                description="One per line; required for an outcome with a monitoring inspection "
                "(it reviews only these).",
            ),
        ),
    }
    return pydantic.create_model("OutcomeChoice", __base__=DecisionInput, **fields)


def decision_model(case: Case, decision: str, refused: str | None = None) -> type[DecisionInput]:
    """The form for `decision`; `refused` (why the last submission was refused) heads it."""
    if decision == "deferral":
        model: type[DecisionInput] = DeferralDecision
    elif decision == OUTCOME and get_timeline(case.kind).outcomes:
        model = outcome_choice_model(get_timeline(case.kind))
    elif decision == OUTCOME:
        model = revisit_outcome_model(case.weaknesses) if case.kind == "revisit" else FullInspectionOutcome
    elif decision == HMCI_DECISION:
        model = FullInspectionOutcome
    elif decision == FINAL_ISSUED:
        model = FinalIssued
    elif decision == DCS_CALL:
        model = NotificationCall
    elif decision in (DRAFT_SENT, PUBLISHED, ENGAGEMENT_HELD):
        model = Confirmation
    else:
        raise SendopsError(f"unknown decision {decision!r}")
    description = DESCRIPTIONS[decision]
    if refused:
        description = (
            f"**The last submission was refused: {refused}** Correct it and resume.\n\n{description}"
        )
    return model.with_initial_data(description=description)


def decision_problems(decision: str, values: dict[str, Any], timeline: Timeline) -> list[str]:
    """The product's rules that a form's schema cannot express."""
    problems = []
    for name, value in values.items():  # free text: no control characters, no essays
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                try:
                    check_text(text, name, **({} if name == "decided_by" else {"limit": TEXT, "lines": True}))
                except SendopsError as exc:
                    problems.append(str(exc))
    if decision == OUTCOME and "outcome" in values:
        values["areas_for_priority_action"] = [
            a.strip() for a in values.get("areas_for_priority_action") or [] if a.strip()
        ]
        follow_ons = timeline.outcome(values["outcome"]).opens
        if follow_ons and not values["areas_for_priority_action"]:
            problems.append(
                f"areas_for_priority_action: the {values['outcome']} outcome brings a monitoring "
                "inspection of the areas for priority action: list them (SoC→HB §21)"
            )
    if decision == DCS_CALL:
        problems += _call_problems(values)
    if not str(values.get("decided_by", "")).strip():
        problems.append("decided_by: say who is deciding (it goes in the audit log)")
    problems += _decided_at_problems(values)
    if decision == "deferral":
        for field, body in (("ofsted_by", "Ofsted"), ("cqc_by", "the CQC")):
            if not str(values.get(field, "")).strip():
                problems.append(
                    f"{field}: Ofsted and the CQC decide a deferral jointly (H§25): name who did for {body}"
                )
    if (
        decision in (OUTCOME, HMCI_DECISION)
        and values.get("wsoa_required")
        and not values.get("principal_authority", "").strip()
    ):
        problems.append("principal_authority: a WSOA needs a principal authority (H§74)")
    if decision in (OUTCOME, HMCI_DECISION) and values.get("wsoa_required"):
        values["weaknesses"] = [w.strip() for w in values.get("weaknesses") or [] if w.strip()]
        if not values["weaknesses"]:
            problems.append(
                "weaknesses: name the areas of significant weakness the WSOA must tackle (H§38, H§74)"
            )
    return problems


def _decided_at_problems(values: dict[str, Any]) -> list[str]:
    """`decided_at`, if given, as YYYY-MM-DD HH:MM (normalised in place)."""
    text = str(values.get(DECIDED_AT, "")).strip()
    try:
        at = dt.datetime.fromisoformat(text) if text else None
        if at is not None and at.tzinfo is not None:
            raise ValueError("London time has no offset")
        values[DECIDED_AT] = at.strftime("%Y-%m-%d %H:%M" + (":%S" if at.second else "")) if at else ""
    except ValueError:
        return [f"{DECIDED_AT}: give the moment as YYYY-MM-DD HH:MM in London time, not {text!r}"]
    return []


def decided_moment(values: dict[str, Any], recorded: dt.datetime) -> dt.datetime:
    """The instant a decision was taken: its `decided_at` (London), else `recorded`, the moment it
    was submitted. A moment after `recorded` is refused: no one records a decision in advance."""
    text = str(values.get(DECIDED_AT, "")).strip()
    if not text:
        return recorded
    local = dt.datetime.fromisoformat(text)
    at = london_instant(local.date(), local.time())
    if at > recorded:
        raise SendopsError(
            f"{DECIDED_AT}: {text} is after the moment it is recorded "
            f"({to_london(recorded):%Y-%m-%d %H:%M} London): a decision is recorded once it is taken"
        )
    return at


def _call_problems(values: dict[str, Any]) -> list[str]:
    """A notification call names who took it, their role if not the DCS, and its time (H§17-18)."""
    problems = []
    if not str(values.get("spoke_to", "")).strip():
        problems.append("spoke_to: name who took the call (the DCS, or the most senior available, H§18)")
    if values.get("dcs_unavailable") and not str(values.get("their_role", "")).strip():
        problems.append("their_role: the DCS was unavailable: give the role of who took the call (H§18)")
    try:
        hour, minute = str(values.get("called_at", "")).strip().split(":")
        values["called_at"] = dt.time(int(hour), int(minute)).strftime("%H:%M")
    except ValueError:
        problems.append(f"called_at: give the time of the call as HH:MM, not {values.get('called_at')!r}")
    return problems


def validate_decision(case: Case, decision: str, values: dict[str, Any]) -> dict[str, Any]:
    """The values as the flow will record them, or an error naming every problem."""
    model = decision_model(case, decision)
    try:
        checked = model(**values).model_dump(mode="json")
    except pydantic.ValidationError as exc:
        problems = [f"{'.'.join(map(str, e['loc'])) or 'input'}: {e['msg']}" for e in exc.errors()]
    else:
        problems = decision_problems(decision, checked, get_timeline(case.kind))
    if problems:
        raise SendopsError(f"{decision} decision for case {case.id}: {'; '.join(problems)}")
    return checked


def refusals(*, session: Session, case: Case, key: str) -> list[dict[str, Any]]:
    """The refused submissions for decision step `key` of this attempt, in order (audit details)."""
    entries = session.exec(
        select(AuditEntry)
        .where(AuditEntry.case_id == case.id, AuditEntry.action == REFUSED)
        .order_by(AuditEntry.id)
    ).all()
    return [
        e.details for e in entries if e.details.get("key") == key and e.details.get("attempt") == case.attempt
    ]


def refuse_submission(
    *,
    case_id: int,
    key: str,
    submission: str,
    decision: str,
    values: dict[str, Any],
    reason: str,
    now: dt.datetime,
) -> None:
    """Audit a refused submission, the answer to suspension `submission`, once (a replay that reads
    the same answer again finds it recorded), in a transaction of its own with the case locked."""
    with session_scope() as session:
        case = get_case(session=session, case_id=case_id, lock=True)
        if any(r["submission"] == submission for r in refusals(session=session, case=case, key=key)):
            return
        audit(
            session=session,
            at=now,
            actor=str(values.get("decided_by") or "").strip() or NO_NAME,
            action=REFUSED,
            case_id=case.id,
            key=key,
            attempt=case.attempt,
            decision=decision,
            submission=submission,
            values=values,
            reason=reason,
        )
