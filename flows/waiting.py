"""Waiting for weeks without holding a process or a thread (PREFECT_NOTES.md, mechanisms 1 and 2).

- A deadline: the run proposes a Scheduled state for itself, named for what it awaits, and ends
  this wake; the worker (deployments/worker.py) starts it again a little before that time, and
  the flow runs from the top, skipping what the database records as done. Short waits (real
  seconds, hold_seconds) are slept through in the run's thread, so the milestone's action
  happens at the instant it is due, not when the run gets started.
- A decision: the run suspends with a RunInput form (key = the decision's key); resuming it
  from the UI or `sendops decide` re-runs the flow, and the same key returns the input at once.
  The input is checked against the product's rules here: a refused submission is audited and the
  run suspends again under a new key, with the reason on the form and in the state message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from prefect import get_run_logger
from prefect._flow_run_suspension import mark_flow_run_suspension_requested
from prefect.client.orchestration import get_client
from prefect.context import FlowRunContext
from prefect.exceptions import Pause, PrefectHTTPStatusError
from prefect.input import keyset_from_paused_state
from prefect.states import Scheduled, Suspended
from prefect.utilities.engine import propose_state_sync
from sqlmodel import func, select

from models.db import session_scope
from models.queries import get_case
from models.tables import CaseMilestone
from sendops.calendar import to_london
from sendops.clock import Clock
from sendops.config import current
from sendops.errors import SendopsError
from tasks.case_state import Step, next_step
from tasks.decisions import (
    DecisionInput,
    decided_moment,
    decision_model,
    pause_key,
    refusals,
    refuse_submission,
    validate_decision,
)
from tasks.holds import hold

# Real seconds. A paused run is scheduled lead_seconds() before its deadline, and a worker starts
# runs up to Settings.prefetch_seconds before they are scheduled; a run started early holds in its
# thread until the instant, so the wait it wakes to must count as short: hold_seconds() covers both.
LEAD_SECONDS = 2.0  # the least lead: a run's start, with room to spare
# A worker's time to start one run: an estimate. A burst of 100 on 2 cores measured 0.21 CPU-s per
# wake; with 0.3 s here every run of the burst was holding 18 s before its instant (0.05 left the
# last ones starting after it). Holding is cheap: the held runs are watched by one query for all.
START_SECONDS = 0.3
MAX_LEAD_SECONDS = 300.0


def lead_seconds(due: dt.datetime, clock: Clock) -> float:
    """How long (real seconds) before `due` a waiting run is scheduled: LEAD_SECONDS, plus the
    worker's time to start every other case with a milestone due within a minute of it (2 real
    seconds on an accelerated clock). So a burst (a hundred cases notified at the same 09:00) is
    holding in-process when the instant comes, and each milestone's action happens then, not
    when a backlog clears."""
    window = dt.timedelta(seconds=max(60.0, 2 * clock.speed))
    with session_scope(read_only=True) as session:
        together = session.exec(
            select(func.count(func.distinct(CaseMilestone.case_id))).where(
                CaseMilestone.status == "pending",
                CaseMilestone.due >= due - window,
                CaseMilestone.due <= due + window,
            )
        ).one()
    # A run started early holds until the instant, inside its time limit: half of it at most.
    most = min(MAX_LEAD_SECONDS, current().run_time_limit / 2)
    return min(most, LEAD_SECONDS + START_SECONDS * max(0, together - 1))


def hold_seconds(lead: float) -> float:
    """Waits this short (real seconds) are slept through in the run's thread."""
    return current().prefetch_seconds + lead + 0.5


def _plan_changed(case_id: int, step: Step, clock: Clock) -> bool:
    """Whether an operator acted (a deferral request, a WSOA received, ...) since `step` was planned."""
    with session_scope() as session:
        now = next_step(session=session, case_id=case_id, now=clock.now())

    def plan(s: Step) -> tuple:
        return s.kind, s.key, s.overdue, None if s.overdue else s.due  # an overdue wait has no deadline

    return plan(now) != plan(step)


def wait_until(
    *, case_id: int, step: Step, clock: Clock, reach: Callable[[str, dt.datetime], Any] | None = None
) -> None:
    """Return at `step.due`, in this process if it is close, else by pausing the run until then.
    A close milestone reached by its time is held for inside `reach(key, due)`, the task run that
    records it: its run and letters are made ready before the instant, not after it."""
    assert step.due is not None
    remaining = clock.real_seconds_until(step.due)
    lead = lead_seconds(step.due, clock)
    if remaining <= hold_seconds(lead):
        if reach is not None and step.reaches:
            reach(step.key, step.due)
        else:
            hold(case_id, remaining)
        return
    context = FlowRunContext.get()
    assert context is not None and context.flow_run is not None
    run_id = context.flow_run.id
    wake = dt.datetime.fromtimestamp(clock.real_at(step.due) - lead, dt.UTC)
    due = to_london(step.due)
    message = f"{step.key} is due {due:%a %d %b %Y %H:%M %Z} (London)"
    if step.overdue:
        message = f"{step.key} is overdue: waiting for an operator to record it (re-checks {due:%d %b %Y})"
    # The Runs list shows a run's state name and when it first started: the name carries the due
    # time, or an operator cannot see when a waiting case will move.
    name = f"Awaiting {step.key}" + ("" if step.overdue else f" · due {due:%a %d %b %H:%M}")
    waiting = Scheduled(scheduled_time=wake, name=name, message=message)
    get_run_logger().info("Waiting: %s", message)
    with get_client(sync_client=True) as client:
        state = propose_state_sync(client, waiting, flow_run_id=run_id)
        # An operator may have acted after this pass planned its step but before the state above
        # was set; the operator's command wakes only a run it sees Scheduled, so look once more.
        if _plan_changed(case_id, step, clock):
            state = client.set_flow_run_state(
                run_id, Scheduled(name="Woken: operator action"), force=True
            ).state
    raise Pause(state=state)


def await_decision(
    *, case_id: int, step: Step, clock: Clock
) -> tuple[dict[str, Any], str, dt.datetime, dt.datetime]:
    """The decision's values, checked against the product's rules, the form they came from, the
    moment it was taken (the decision's day 0: the form's `decided_at`, else when the operator
    submitted it, whenever this run resumes) and the moment it was submitted; until a submission
    passes, each refused one is audited and the run asks again."""
    log = get_run_logger()
    while True:
        with session_scope() as session:
            case = get_case(session=session, case_id=case_id)
            refused = refusals(session=session, case=case, key=step.key)
        last = refused[-1]["reason"] if refused else None
        key = pause_key(step.key, len(refused))
        message = f"Waiting for the {step.decision} decision: open the run and press Resume"
        if last:
            message = f"Refused: {last}. Waiting for a corrected {step.decision} decision"
        log.info("Waiting for the %s decision (form %s)", step.decision, key)
        values, submitted = suspend_for_input(
            decision_model(case, step.decision, refused=last), key=key, message=message
        )
        acted_at = min(clock.sim_at(submitted.timestamp()), clock.now()) if submitted else clock.now()
        try:
            checked = validate_decision(case, step.decision, values)
            return checked, key, decided_moment(checked, acted_at), acted_at
        except SendopsError as exc:
            reason = str(exc)
        log.warning("Refused the %s decision submitted on form %s: %s", step.decision, key, reason)
        refuse_submission(
            case_id=case_id,
            key=step.key,
            submission=key,
            decision=step.decision,
            values=values,
            reason=reason,
            now=acted_at,
        )


def suspend_for_input(
    model: type[DecisionInput], *, key: str, message: str
) -> tuple[dict[str, Any], dt.datetime | None]:
    """`prefect.flow_runs.suspend_flow_run(wait_for_input=model, key=key)`, with a state message,
    returning the submitted values as they are (the model is the form, and a submission it would
    refuse, since the UI checks only its JSON schema, must be refused by us, not fail the run) and
    when the server stored them: the moment of Resume, from the UI or `sendops decide`."""
    context = FlowRunContext.get()
    assert context is not None and context.flow_run is not None
    run_id = context.flow_run.id
    proposed = Suspended(pause_key=key, message=message)
    keyset = keyset_from_paused_state(proposed)
    proposed.state_details.run_input_keyset = keyset
    asked_before = key in (context.flow_run.empirical_policy.pause_keys or ())
    with get_client(sync_client=True) as client:
        # Answered already (resumed with this form's input, then the run started again from the
        # top: a resume, a restart, or a Cancel the run's thread outlived): the stored input is the
        # answer. The server's own check (a pause key used before is refused) holds only for a
        # Running run, and a second suspension under the key could never be resumed (its input key
        # is taken). It is read when this run asked under the key before (a resume: the server
        # keeps the keys a run asked under) or when its form was saved before (the server forgets
        # those keys when a run leaves a final state). A first asking reads nothing, since the
        # server refuses a Resume under a key with no form: one server call fewer a decision.
        if asked_before and (stored := _stored_input(client, run_id, keyset["response"])) is not None:
            return stored
        # The form, then the suspension (Prefect's suspend_flow_run does the reverse): a process
        # lost between the two then leaves a Running run, which recovery restarts, not a Suspended
        # one whose Resume the server refuses for ever ("Run input schema not found"; found by
        # bench/bench_faults.py).
        try:
            model.save(keyset, flow_run_id=run_id)
        except PrefectHTTPStatusError as exc:
            if exc.response.status_code != 409:  # 409: saved by an earlier attempt of this run
                raise
            if not asked_before and (stored := _stored_input(client, run_id, keyset["response"])):
                return stored
        state = propose_state_sync(client=client, state=proposed, flow_run_id=run_id)
        if state.is_running():  # this key was suspended and resumed before: the input is stored
            return _stored_input(client, run_id, keyset["response"]) or ({}, None)
        if not state.is_paused():
            raise RuntimeError(f"flow run {run_id} cannot be suspended: the server answered {state}")
    mark_flow_run_suspension_requested(run_id, state)
    raise Pause(state=state)


def _stored_input(client, run_id, key: str) -> tuple[dict[str, Any], dt.datetime] | None:
    """The input a Resume stored under `key`, and when; None if there is none."""
    found = client.filter_flow_run_input(run_id, key, 10, set())
    stored = next((i for i in found if i.key == key), None)
    if stored is None:
        return None
    value = stored.decoded_value
    return (dict(value) if isinstance(value, dict) else {}), stored.created
