"""A case's flow run, asked for in the transaction that needs it (scheduling, a restart, a
confirmed follow-on, a replacement for a deleted run) and created once that transaction commits."""

from __future__ import annotations

import logging

from sqlmodel import Session

from models.db import after_commit, session_scope
from models.queries import get_area_by_id, get_case
from models.tables import Case
from sendops.errors import SendopsError
from tasks.runs import create_case_run

log = logging.getLogger(__name__)


def _run_name(case: Case, area_name: str) -> str:
    return f"{case.kind} · {area_name} · {case.start.isoformat()}" + (
        f" (attempt {case.attempt})" if case.attempt > 1 else ""
    )


def start_run(session: Session, case: Case, area_name: str) -> None:
    """Ask for the case's flow run (a new case, a restart, a replacement). It is created once the
    caller's transaction commits, never for one that rolls back (no orphan run), and outside it
    (no Prefect call while the case's row or SQLite's write lock is held). The request is stored
    on the case as the run's idempotency key: if the server does not take it then, recover-cases
    asks again later, and a request asked twice still makes one run."""
    if case.id is None:
        session.flush()
    case.run_request = request_key(case)
    case_id = case.id
    after_commit(session, lambda: create_requested_run(case_id))


def request_key(case: Case) -> str:
    """The run's idempotency key: this case (its id, and when it was created, so that another
    database on the same Prefect server, or this one restored from a backup, does not find its
    runs), this attempt, and the run it replaces."""
    created = f"{case.created_at:%Y%m%dT%H%M%S%f}"
    return f"case-{case.id}-{created}-attempt-{case.attempt}-after-{case.flow_run_id or 'none'}"


def create_requested_run(case_id: int) -> bool:
    """Create the flow run case `case_id` asked for, if it still asks, and record it on the case;
    False if the Prefect server did not take it (the request stays, for recover-cases)."""
    with session_scope(read_only=True) as session:
        case = session.get(Case, case_id)
        key = case.run_request
        area_name = get_area_by_id(session=session, area_id=case.area_id).name
        name, tags = _run_name(case, area_name), ["case", f"area:{area_name}", f"kind:{case.kind}"]
    if key is None:
        return True
    try:
        run_id = create_case_run(case_id=case_id, name=name, tags=tags, idempotency_key=key)
    except SendopsError as exc:
        log.warning("case %s: its flow run is not created yet (recover-cases asks again): %s", case_id, exc)
        return False
    with session_scope() as session:
        case = get_case(session=session, case_id=case_id, lock=True)
        if case.run_request == key:
            case.flow_run_id, case.run_request = str(run_id), None
    return True


def run_note(case_id: int) -> str:
    """For the CLI: what to add when the case's run was asked for and not created yet."""
    with session_scope(read_only=True) as session:
        if session.get(Case, case_id).run_request is None:
            return ""
    return (
        f"; its flow run is not created yet (the Prefect server did not take it): recover-cases "
        f"creates it, or 'sendops recover --case {case_id}'"
    )
