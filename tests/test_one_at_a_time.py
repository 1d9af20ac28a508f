"""deployments/worker.OneAtATime: a run resumed while its previous execution is still finishing
in a worker thread waits for it, since Prefect's engine keeps a process's suspension requests by
flow-run id (a finishing execution marked the new one suspended). Real threads, no Prefect."""

from __future__ import annotations

import threading
import time

from deployments.worker import OneAtATime


def _execute(executions: OneAtATime, run_id: str, seconds: float, spans: list) -> threading.Thread:
    def work() -> None:
        with executions.execution(run_id):
            began = time.monotonic()
            time.sleep(seconds)
            spans.append((run_id, began, time.monotonic()))

    thread = threading.Thread(target=work)
    thread.start()
    return thread


def test_two_executions_of_one_run_never_overlap_and_two_runs_do():
    executions, spans = OneAtATime(wait=30), []
    threads = [_execute(executions, "a", 0.3, spans)]
    time.sleep(0.05)  # the first has begun
    threads += [_execute(executions, "a", 0.1, spans), _execute(executions, "b", 0.1, spans)]
    for thread in threads:
        thread.join(timeout=10)
    (_, a1_began, a1_ended), (_, a2_began, _) = sorted((s for s in spans if s[0] == "a"), key=lambda s: s[1])
    (_, b_began, _) = next(s for s in spans if s[0] == "b")
    assert a2_began >= a1_ended  # the second execution of run a waited for the first
    assert b_began < a1_ended  # another run did not
    assert executions._locks == {}  # nothing kept once they ended


def test_an_execution_that_never_ends_is_waited_for_a_bounded_time():
    executions, spans = OneAtATime(wait=0.3), []
    hung = threading.Event()

    def stuck() -> None:
        with executions.execution("a"):
            hung.wait(timeout=10)

    first = threading.Thread(target=stuck)
    first.start()
    time.sleep(0.05)
    t0 = time.monotonic()
    _execute(executions, "a", 0.0, spans).join(timeout=10)
    assert 0.3 <= spans[0][1] - t0 < 5  # it went on after its wait, not after the hung one
    hung.set()
    first.join(timeout=10)
    assert executions._locks == {}
