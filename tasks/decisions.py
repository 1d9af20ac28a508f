"""The decisions a case waits for, as Prefect RunInput models: the UI renders each as a form on
the suspended flow run, and `sendops decide` validates against the same model before resuming."""

from __future__ import annotations

from typing import Any, Literal

import pydantic
from prefect.input import RunInput
from pydantic import Field, model_validator

from models.tables import Case
from sendops.definitions import DRAFT_SENT, FINAL_ISSUED, OUTCOME, PUBLISHED
from sendops.errors import SendopsError


class DecisionInput(RunInput):
    decided_by: str = Field(min_length=1, description="Your name: it goes in the audit log.")
    reason: str = Field(default="", description="Why, or any note for the record.")


class DeferralDecision(DecisionInput):
    granted: bool = Field(description="Tick to grant the deferral, leave unticked to refuse it (H§25).")


class FullInspectionOutcome(DecisionInput):
    wsoa_required: bool = Field(description="HMCI requires a written statement of action (H§74).")
    principal_authority: str = Field(default="", description="Who draws up the WSOA (H§38, H§74).")
    principal_is: Literal["la", "ccg_icb"] = Field(
        default="la", description="The principal authority is the local authority (la) or the CCG/ICB."
    )

    @model_validator(mode="after")
    def _authority_when_required(self) -> FullInspectionOutcome:
        if self.wsoa_required and not self.principal_authority.strip():
            raise ValueError("a WSOA requires a principal authority")
        return self


class Confirmation(DecisionInput):
    """Draft sent after QA, final report issued, published: who confirms it, and when (now)."""


DESCRIPTIONS = {
    "deferral": "Deferral request: decided jointly by Ofsted and the CQC (H§25; RV requests for deferral).",
    OUTCOME: "Outcome at the final feedback.",
    DRAFT_SENT: "Confirm the draft has passed QA and is sent (restricted and confidential, H§66).",
    FINAL_ISSUED: "Confirm the final version is issued to the LA and CCG/ICB (H§68, H§71).",
    PUBLISHED: "Confirm publication (H§68; RV publication).",
}


def pause_key(step_key: str) -> str:
    """The suspension key for a decision step: Prefect allows lowercase letters, digits and dashes."""
    return step_key.replace("_", "-")


def step_key(pause: str) -> str:
    return pause if pause.startswith("deferral-") else pause.replace("-", "_")


def revisit_outcome_model(weaknesses: list[str]) -> type[DecisionInput]:
    """One yes/no per significant weakness in the WSOA: was progress sufficient? (RV feedback)."""
    fields: dict[str, Any] = {
        f"weakness_{i}": (bool, Field(title=f"Weakness {i}: {text}", description="Sufficient progress?"))
        for i, text in enumerate(weaknesses, start=1)
    }
    return pydantic.create_model("RevisitOutcome", __base__=DecisionInput, **fields)


def decision_model(case: Case, decision: str) -> type[DecisionInput]:
    if decision == "deferral":
        model: type[DecisionInput] = DeferralDecision
    elif decision == OUTCOME:
        model = revisit_outcome_model(case.weaknesses) if case.kind == "revisit" else FullInspectionOutcome
    elif decision in (DRAFT_SENT, FINAL_ISSUED, PUBLISHED):
        model = Confirmation
    else:
        raise SendopsError(f"unknown decision {decision!r}")
    return model.with_initial_data(description=DESCRIPTIONS[decision])


def validate_decision(case: Case, decision: str, values: dict[str, Any]) -> dict[str, Any]:
    """The values as the flow will receive them, or an error naming every problem."""
    model = decision_model(case, decision)
    try:
        return model(**values).model_dump(mode="json")
    except pydantic.ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'input'}: {e['msg']}" for e in exc.errors())
        raise SendopsError(f"{decision} decision for case {case.id}: {problems}") from None
