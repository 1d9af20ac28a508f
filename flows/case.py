"""The case flow: one flow run per inspection or re-visit attempt, from scheduling to publication.

It only puts tasks in order and waits; the timeline definitions say what happens when, and the
database says what has happened.
"""

from __future__ import annotations

from functools import partial

from prefect import flow
from prefect.states import Completed, State

from flows.waiting import await_decision, wait_until
from sendops.config import current
from tasks.holds import yield_to_reaching
from tasks.steps import decide, deliver_due, plan_step, publish_timeline, reach_due


@flow(name="case", description="An area SEND inspection or re-visit, waiting on its working-day deadlines.")
def case_flow(case_id: int) -> State:
    clock = current().clock
    undelivered = True  # e.g. the restart notice, written when the operator restarted the case
    while True:
        step = plan_step(case_id)
        if step.kind == "reach":
            reach_due(case_id)  # milestones due together are all reached, then delivered
            undelivered = True
            continue
        yield_to_reaching()  # the runs released at the same instant record theirs first
        if undelivered:
            deliver_due(case_id)
            undelivered = False
        publish_timeline(case_id)
        if step.kind == "finished":
            return Completed(name=step.final_state, message=f"case {case_id}: {step.final_state.lower()}")
        if step.kind == "wait":
            wait_until(case_id=case_id, step=step, clock=clock, reach=partial(reach_due, case_id))
            undelivered = True  # an operator may have written to the area meanwhile (a withdrawal)
            continue
        values, form, acted_at, recorded_at = await_decision(case_id=case_id, step=step, clock=clock)
        decide(case_id, step.key, step.decision, values, form, acted_at, recorded_at)
        undelivered = True
