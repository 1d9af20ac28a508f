"""Runs holding in a worker's threads until their instant (a wait of a few real seconds is slept
through in the run's thread, so a milestone's action happens when it is due, not when the run
gets started: flows/waiting.py), watched together, and released together in order.

- One query every HOLD_CHECK_SECONDS for all the held runs of a process, where each looking for
  itself made a burst of a hundred held runs a hundred queries a second. A held run returns at
  its instant, or early if anyone acted on its case or its area meanwhile (every action is
  audited), as a paused run would be woken by it; its flow then plans again.
- Runs released at the same instant record what was due before any goes on to its slower work
  (yield_to_reaching).
"""

from __future__ import annotations

import threading
import time

from sqlmodel import Session, func, or_, select

from models.db import session_scope
from models.tables import AuditEntry
from sendops.config import Settings, current, using

HOLD_CHECK_SECONDS = 0.5  # a run holding in-process looks this often for an operator's action
YIELD_SECONDS = 5.0  # the most a run released at an instant waits for the others to reach theirs


def _touching(case_ids: set[int]):
    """The audit entries of actions on these cases or on no case (an area's contacts): what a
    held run must not sleep through, since what it is about to write may read them."""
    return or_(AuditEntry.case_id.in_(case_ids), AuditEntry.case_id.is_(None))  # type: ignore[union-attr]


def last_action(case_id: int) -> int | None:
    """The last audited action on the case or on no case: a mark to compare with later."""
    with session_scope(read_only=True) as session:
        return last_action_in(session, case_id)


def last_action_in(session: Session, case_id: int) -> int | None:
    return session.exec(select(func.max(AuditEntry.id)).where(_touching({case_id}))).one()


class Holds:
    """The runs of this process holding in their threads until their instant."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: dict[threading.Event, tuple[int, int | None]] = {}  # -> (case, last action)
        self._watcher: threading.Thread | None = None
        # The threads released at their instant that have not yet reached what was due then
        # (thread id -> when released): the others let them go first (yield_to_reaching).
        self._reaching: dict[int, float] = {}
        self._reached = threading.Condition(self._lock)

    def hold(self, case_id: int, seconds: float, *, mark: int | None = None) -> bool:
        """Sleep `seconds` in this thread; True if the hold ran to its instant, False if it ended
        early because someone acted on the case (or the area) since `mark` (default: now)."""
        woken = threading.Event()
        if seconds > HOLD_CHECK_SECONDS:  # else too short to look: nothing could be done about it
            mark = last_action(case_id) if mark is None else mark
            with self._lock:
                self._held[woken] = (case_id, mark)
                if self._watcher is None or not self._watcher.is_alive():
                    self._watcher = threading.Thread(
                        target=self._watch, args=(current(),), name="sendops-holds", daemon=True
                    )
                    self._watcher.start()
        try:
            early = woken.wait(timeout=max(0.0, seconds))
        finally:
            with self._lock:
                self._held.pop(woken, None)
                if not early:
                    self._reaching[threading.get_ident()] = time.monotonic()
        return not early

    def yield_to_reaching(self) -> None:
        """This thread has reached what was due (if it was released at an instant); before its
        slower work (delivery, the artifacts, its next wait), let the others released at an
        instant reach theirs: under a burst, a hundred runs released at the same 09:00 then
        record their milestones one after another in the first second, rather than all together
        over many. Bounded: one that never reports (a run that failed) is waited for
        YIELD_SECONDS at most."""
        deadline = time.monotonic() + YIELD_SECONDS
        with self._reached:
            if self._reaching.pop(threading.get_ident(), None) is not None:
                self._reached.notify_all()
            while (left := deadline - time.monotonic()) > 0:
                since = time.monotonic() - YIELD_SECONDS
                if not any(at > since for at in self._reaching.values()):
                    break
                self._reached.wait(timeout=left)
            for thread, at in list(self._reaching.items()):
                if at <= time.monotonic() - YIELD_SECONDS:
                    del self._reaching[thread]

    def _watch(self, settings: Settings) -> None:
        with using(settings):  # the worker's database, as the runs that started it hold
            self._watch_holds()

    def _watch_holds(self) -> None:
        while True:
            time.sleep(HOLD_CHECK_SECONDS)
            with self._lock:
                held = dict(self._held)
            if not held:
                continue
            cases = {c for c, _ in held.values()}
            try:
                with session_scope(read_only=True) as session:
                    rows = session.exec(
                        select(AuditEntry.case_id, func.max(AuditEntry.id))
                        .where(_touching(cases))
                        .group_by(AuditEntry.case_id)
                    ).all()
            except Exception:  # a database outage: the holds end at their instants regardless
                continue
            last = dict(rows)
            for woken, (case_id, mark) in held.items():
                if max(last.get(case_id) or 0, last.get(None) or 0) > (mark or 0):
                    woken.set()


_HOLDS = Holds()


def hold(case_id: int, seconds: float, *, mark: int | None = None) -> bool:
    """Sleep `seconds` in this thread, but return early (False) if anyone acts on the case."""
    return _HOLDS.hold(case_id, seconds, mark=mark)


def yield_to_reaching() -> None:
    _HOLDS.yield_to_reaching()
