"""The recovery's limit (tasks/recovery.py): after 3 restarts of the same run with no progress
between them, a person must look (an error that repeats); a run lost several times over a case's
weeks, moving on in between (a worker killed now and then), is restarted each time. On a real
database (SQLite file and PostgreSQL), without Prefect."""

from __future__ import annotations

import datetime as dt

from models.db import session_scope
from models.queries import audit
from models.tables import Case
from tasks.recovery import ACTION, SYSTEM, _restarts
from tests.casework import T0, reach, step


def _restart(case_id: int, at: dt.datetime) -> None:
    with session_scope() as session:
        audit(session=session, at=at, actor=SYSTEM, action=ACTION, case_id=case_id, run="run-1")


def _counts(case_id: int) -> tuple[int, int]:
    with session_scope() as session:
        return _restarts(session, session.get(Case, case_id))


def test_the_limit_counts_the_restarts_since_the_case_last_moved_on(case_id):
    with session_scope() as session:
        session.get(Case, case_id).flow_run_id = "run-1"
    hour = dt.timedelta(hours=1)
    _restart(case_id, T0 + hour)
    _restart(case_id, T0 + 2 * hour)
    assert _counts(case_id) == (2, 2)  # no progress between them: an error that repeats
    first = step(case_id, T0)
    reach(case_id, first.key, first.due)  # the case moves on
    assert _counts(case_id) == (2, 0)
    _restart(case_id, first.due + hour)
    assert _counts(case_id) == (3, 1)  # restarted again, not left for a person
