"""Every 2 minutes: mark Crashed the case runs whose process was lost, and restart those that
ended Crashed, Failed or Cancelled, or were deleted (tasks/recovery.py); alert operations to a
decision not recorded by its deadline (tasks/alerts.py)."""

from __future__ import annotations

from prefect import flow, get_run_logger

from sendops.calendar import to_london
from sendops.config import current
from tasks.alerts import alert_overdue_decisions
from tasks.recovery import recover_case_runs
from tasks.reschedule import reschedule_active_cases
from tasks.runs import wake_run
from tasks.steps import deliver


def sweep_name(what: str):
    """A run name saying what and when (London), instead of Prefect's random one."""

    def name() -> str:
        return f"{what} · {to_london(current().clock.now()):%a %d %b %H:%M}"

    return name


@flow(
    name="recover-cases",
    description="Restart the case runs whose process was lost, that failed, or were cancelled or deleted.",
    flow_run_name=sweep_name("recover-cases"),
)
def recover_cases() -> str:
    settings = current()
    summary = recover_case_runs(now=settings.clock.now(), ops_email=settings.ops_email).summary()
    moved = reschedule_active_cases(now=settings.clock.now())  # the calendar changed: new dates
    for _, run in moved:
        if run:  # a waiting run waits for its next date again, earlier or later
            wake_run(run, "its dates moved")
    if moved:
        summary += f", {len(moved)} case(s) rescheduled"
    alerts = alert_overdue_decisions(now=settings.clock.now(), ops_email=settings.ops_email)
    if alerts:  # an unconfirmed notification call (H§17), ...
        summary += f", {len(alerts)} overdue decision(s) alerted"
    get_run_logger().info("Recovery: %s", summary)
    deliver()  # operations hear at once, also about runs left for a person
    return summary
