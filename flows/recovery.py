"""Every 2 minutes: mark Crashed the case runs whose process was lost, and restart those that
ended Crashed or Failed (tasks/recovery.py)."""

from __future__ import annotations

from prefect import flow, get_run_logger

from sendops.config import load_settings
from tasks.recovery import recover_case_runs
from tasks.steps import deliver


@flow(name="recover-cases", description="Restart the case runs whose process was lost or that failed.")
def recover_cases() -> str:
    settings = load_settings()
    summary = recover_case_runs(now=settings.clock.now(), ops_email=settings.ops_email).summary()
    get_run_logger().info("Recovery: %s", summary)
    deliver()  # operations hear at once, also about runs left for a person
    return summary
