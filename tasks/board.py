"""What operators read in the Prefect UI's Artifacts: each case's timeline table (`case-<id>`)
and the cases board (`cases-board`): every open case, what it waits for, when, and a link to its
run. The UI's run lists filter by date and mix in other runs; the board is the one place that
lists every open case. An artifact is written only when its content changed, so its history
has one version per change, not one per wake of a case."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time

from sqlmodel import Session, func, select

from models.db import session_scope
from models.tables import ACTIVE_STATUSES, Case, CaseMilestone, LocalArea
from sendops.calendar import to_london
from tasks.artifacts import publish
from tasks.letters import case_reference
from tasks.register import publish_register as write_register
from tasks.runs import run_url

BOARD = "cases-board"
# The board shows this many open cases, the soonest due; `sendops cases list` lists every one. An
# inspectorate has a few hundred open at most; 10,000 (bench_cases.py capacity) made a 1.5 MB
# artifact, rewritten and stored anew every few seconds.
BOARD_ROWS = 200


def board_rows(*, session: Session) -> list[dict[str, str]]:
    """Every open case (proposed or active), the soonest due first; those due at no set time
    (proposed re-visits, overdue WSOA steps) last. Two queries, however many cases."""
    open_statuses = (*ACTIVE_STATUSES, "proposed")
    cases = session.exec(
        select(Case, LocalArea)
        .where(Case.area_id == LocalArea.id, Case.status.in_(open_statuses))  # type: ignore[attr-defined]
        .order_by(Case.id)
    ).all()
    next_due = dict(
        session.exec(
            select(CaseMilestone.case_id, func.min(CaseMilestone.due))
            .where(
                CaseMilestone.case_id == Case.id,
                CaseMilestone.attempt == Case.attempt,
                CaseMilestone.status == "pending",
                Case.status.in_(open_statuses),  # type: ignore[attr-defined]
            )
            .group_by(CaseMilestone.case_id)
        ).all()
    )
    rows: list[tuple[dt.datetime | None, dict[str, str]]] = []
    for case, area in cases:
        due = next_due.get(case.id)
        due = due.replace(tzinfo=dt.UTC) if due is not None and due.tzinfo is None else due
        rows.append(
            (
                due,
                {
                    "case": f"{case.id} ({case_reference(case)})",
                    "area": area.name,
                    "kind": case.kind,
                    "status": case.status,
                    "waiting for": case.awaiting
                    or ("confirmation of its start" if case.status == "proposed" else "-"),
                    "next due (London)": f"{to_london(due):%a %d %b %Y %H:%M}" if due else "",
                    "run": f"[open]({run_url(case.flow_run_id)})" if case.flow_run_id else "",
                },
            )
        )
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    return [row for _, row in sorted(rows, key=lambda r: r[0] or far)]


def board_markdown(rows: list[dict[str, str]]) -> str:
    if not rows:
        return "No open cases."
    header = list(rows[0])
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row[h].replace("|", "/") for h in header) + " |" for row in rows]
    return "\n".join(lines)


def board_text(rows: list[dict[str, str]], limit: int = BOARD_ROWS) -> tuple[str, str]:
    """The board's description and markdown: the first `limit` rows, saying how many are not shown."""
    shown = rows[:limit]
    description = f"**Open cases: {len(rows)}**, soonest due first"
    if len(rows) > len(shown):
        description += f" (the first {len(shown)} shown; `sendops cases list` lists them all)"
    description += ". A case waiting for a decision is resumed from its run (Resume) or with "
    description += "`sendops decide`."
    return description, board_markdown(shown)


def publish_board() -> bool:
    """Write the board now if it changed (its rows are read in a transaction of their own, and
    the Prefect calls made after it closed)."""
    with session_scope(read_only=True) as session:
        rows = board_rows(session=session)
    description, markdown = board_text(rows)
    return publish(BOARD, description=description, markdown=markdown)


# A worker runs many cases at once: each wake marks the board stale, and one thread per process
# rewrites it at most every BOARD_SECONDS, so a burst of wakes writes a few versions, not one each;
# and, after a rewrite that took t seconds, not again for KEEPER_REST * t: reading every case and
# area grows with them (10,000 cases: 44% of the worker's samples, starving the case runs).
BOARD_SECONDS = 2.0
KEEPER_REST = 9.0  # the keeper busy a tenth of the time at most
_stale = threading.Event()
_keeper_started = threading.Lock()
_keeper: list[threading.Thread] = []


def board_changed() -> None:
    """The board is stale: rewrite it within BOARD_SECONDS (from a thread of this process)."""
    with _keeper_started:
        if not _keeper:
            _keeper.append(threading.Thread(target=_keep_board, name="cases-board", daemon=True))
            _keeper[0].start()
    _stale.set()


def _keep_board() -> None:
    while True:
        _stale.wait()
        time.sleep(BOARD_SECONDS)
        _stale.clear()
        started = time.monotonic()
        try:
            publish_board()
            publish_register()
        except Exception:  # the next change, or the outbox sweep's publish_board, tries again
            logging.getLogger(__name__).warning("could not write the cases board", exc_info=True)
        time.sleep(KEEPER_REST * (time.monotonic() - started))


def publish_register() -> bool:
    """The national register (tasks/register.py), as of the case clock's now."""
    from sendops.config import current

    return write_register(current().clock.now())
