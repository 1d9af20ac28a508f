"""What an operator can press in the Prefect UI never strands a case: a decision form resumed with
input the product refuses, the Cancel button on a waiting or suspended run, a deleted run. Each
has a tested way back; a case is stopped for good only by withdrawing it. The UI's buttons are
the API calls made here (resume with input, set state Cancelled, delete the run)."""

from __future__ import annotations

from uuid import UUID

import pytest
from sqlmodel import select

from models.db import session_scope
from models.tables import AuditEntry, Decision
from sendops.config import load_settings
from tests.e2e.conftest import (
    case_row,
    confirm_call,
    messages,
    milestone_rows,
    run_state,
    schedule,
    sendops,
    start_in,
    wait_for,
    wait_for_decision,
    wait_until_reached,
)

pytestmark = pytest.mark.e2e


def _audits(case_id: int, action: str) -> list[AuditEntry]:
    with session_scope() as session:
        return list(
            session.exec(
                select(AuditEntry)
                .where(AuditEntry.case_id == case_id, AuditEntry.action == action)
                .order_by(AuditEntry.id)
            ).all()
        )


def _set_state(case_id: int, state) -> None:
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        client.set_flow_run_state(UUID(case_row(case_id).flow_run_id), state, force=True)


def _awaiting(case_id: int, key: str) -> None:
    wait_for(
        lambda: run_state(case_id).name.startswith(f"Awaiting {key} · due "),
        timeout=90,
        what=f"case {case_id} to await {key}",
    )


def test_an_outcome_the_product_refuses_leaves_the_case_waiting_for_it(stack):
    """The UI's form accepts "WSOA required" with no principal authority (its schema allows it):
    the run does not fail; the refusal is audited, the run asks again with the reason on the form
    and in its state message; a corrected decision then goes through."""
    from prefect.flow_runs import resume_flow_run
    from prefect.input.actions import read_flow_run_input

    case_id = schedule("full-2016", "Hackney", start_in(9), "--days", "1")
    # The notification call's form, resumed with the DCS unavailable but no role for whoever
    # took the call (H§18): refused and asked again; nothing goes to the area meanwhile.
    wait_for_decision(case_id, "dcs_call", timeout=120)
    run_id = UUID(case_row(case_id).flow_run_id)
    odd = {"decided_by": "Ann HMI", "spoke_to": "Sam Lee", "dcs_unavailable": True, "called_at": "09:05"}
    resume_flow_run(run_id, run_input=odd)
    wait_for(lambda: run_state(case_id).pause_key == "notify-local-area-retry-1", timeout=60, what="re-ask")
    assert "their_role: the DCS was unavailable" in run_state(case_id).message
    assert [m for m in messages(case_id) if m.role != "operations"] == []
    confirm_call(case_id)
    wait_for_decision(case_id, "outcome", timeout=120)
    assert run_state(case_id).pause_key == "onsite-ends"
    resume_flow_run(run_id, run_input={"decided_by": "Ann HMI", "wsoa_required": True})

    wait_for(lambda: run_state(case_id).pause_key == "onsite-ends-retry-1", timeout=60, what="the re-ask")
    state = run_state(case_id)
    assert state.type == "PAUSED" and state.message.startswith("Refused: outcome decision")
    assert "principal authority (H§74)" in state.message
    _, refusal = _audits(case_id, "decision_refused")  # the call's, then the outcome's
    assert refusal.actor == "Ann HMI" and refusal.details["submission"] == "onsite-ends"
    description = read_flow_run_input("suspended-onsite-ends-retry-1-description", flow_run_id=run_id)
    assert "The last submission was refused" in description
    assert case_row(case_id).awaiting.startswith("decision outcome")
    assert milestone_rows(case_id)["onsite_ends"].status == "pending"

    bad = sendops("decide", case_id, "outcome", "wsoa_required=yes", "--by", "Ann HMI", check=False)
    assert bad.returncode == 1 and "a WSOA needs a principal authority" in bad.stderr
    before = load_settings().clock.now()
    sendops("decide", case_id, "outcome", "wsoa_required=no", "--by", "Ann HMI")
    after = load_settings().clock.now()  # the worker resumes the run a poll later (hours, simulated)
    wait_for_decision(case_id, "hmci_decision", timeout=60)  # then HMCI's, after moderation (H§38)
    assert milestone_rows(case_id)["onsite_ends"].status == "done"
    assert len(_audits(case_id, "decision_refused")) == 2  # the replays did not record them again
    with session_scope() as session:
        _, decision = session.exec(
            select(Decision).where(Decision.case_id == case_id).order_by(Decision.id)
        ).all()
    assert before <= decision.decided_at <= after  # the operator's moment, not the run's


def test_cancel_on_a_waiting_run_is_undone_by_recovery_with_operations_told(stack):
    """The red Cancel button on a case waiting for a deadline: recovery starts it again, audited;
    operations hear how to stop a case for good; nothing is reached early."""
    from prefect.states import Cancelled

    case_id = schedule("revisit", "Barnet", start_in(80), "--weakness", "Transitions")
    _awaiting(case_id, "notify_local_area")
    wake_at = run_state(case_id).scheduled_time
    _set_state(case_id, Cancelled(message="Cancelled from the UI"))
    assert sendops("recover", "--by", "Ops Lead").stdout.startswith("1 case run(s) restarted")
    _awaiting(case_id, "notify_local_area")
    assert run_state(case_id).scheduled_time == wake_at
    (restart,) = _audits(case_id, "restart_case_run")
    assert restart.actor == "Ops Lead" and restart.details["before"]["state"] == "Cancelled"
    (told,) = [m for m in messages(case_id) if m.role == "operations"]
    assert "sendops withdraw" in told.body and told.subject.startswith("Case run restarted")
    assert milestone_rows(case_id)["notify_local_area"].status == "pending"


def test_cancel_on_a_suspended_run_asks_for_the_same_decision_again(stack):
    """Cancelled while waiting for a decision: after recovery the run is suspended for it again,
    and the decision can be taken as before."""
    from prefect.states import Cancelled

    case_id = schedule("full-2016", "Luton", start_in(9), "--days", "1")
    confirm_call(case_id)
    wait_for_decision(case_id, "outcome", timeout=120)
    _set_state(case_id, Cancelled(message="Cancelled from the UI"))
    sendops("recover", "--case", case_id, "--by", "Ops Lead")
    wait_for_decision(case_id, "outcome", timeout=60)
    sendops("decide", case_id, "outcome", "wsoa_required=no", "--by", "Ann HMI")
    wait_for_decision(case_id, "hmci_decision", timeout=60)


def test_a_deleted_case_run_is_replaced_by_a_new_one(stack):
    """Deleting a waiting case's run (Runs page, Delete) leaves the case with no run: recovery
    creates a new one, which waits for the same deadline."""
    from prefect.client.orchestration import get_client

    case_id = schedule("revisit", "Wigan", start_in(80), "--weakness", "Transitions")
    _awaiting(case_id, "notify_local_area")
    old = case_row(case_id).flow_run_id
    with get_client(sync_client=True) as client:
        client.delete_flow_run(UUID(old))
    assert run_state(case_id).name == "Deleted"
    sendops("recover", "--by", "Ops Lead")
    new = case_row(case_id).flow_run_id
    assert new != old
    _awaiting(case_id, "notify_local_area")
    (restart,) = _audits(case_id, "restart_case_run")
    with get_client(sync_client=True) as client:
        key = client.read_flow_run(UUID(new)).idempotency_key
    assert restart.details["run"] == old and restart.details["after"]["run_request"] == key
    assert any(m.role == "operations" and "was deleted" in m.body for m in messages(case_id))


def test_withdrawing_a_case_ends_its_run_and_recovery_leaves_it_alone(stack):
    """Withdraw (the deliberate stop): pending milestones cancelled, the notified area told, the
    run ends Withdrawn, and neither recovery nor a decision can start it again."""
    case_id = schedule("revisit", "Derby", start_in(13), "--weakness", "Transitions")
    wait_until_reached(case_id, "evidence_request")
    sendops("withdraw", case_id, "--reason", "Inspected under the 2023 framework instead", "--by", "Ops Lead")
    wait_for(lambda: run_state(case_id).name == "Withdrawn", timeout=60, what="the run to end Withdrawn")
    assert case_row(case_id).status == "withdrawn"
    rows = milestone_rows(case_id)
    assert rows["notify_local_area"].status == "done" and rows["survey_opens"].status == "cancelled"
    notices = [m for m in messages(case_id) if m.milestone == "withdrawn"]
    assert {m.role for m in notices} == {"dcs", "lano", "ccg_icb", "pcf"}
    assert {m.status for m in notices} == {"delivered"}
    (entry,) = _audits(case_id, "withdraw_case")
    assert entry.actor == "Ops Lead" and entry.details["before"] == "notified"

    refused = sendops("recover", "--case", case_id, "--by", "Ops Lead", check=False)
    assert refused.returncode == 1 and "it is withdrawn" in refused.stderr
    again = sendops("withdraw", case_id, "--reason", "twice", "--by", "Ops Lead", check=False)
    assert again.returncode == 1 and "only an open case can be withdrawn" in again.stderr
