"""What `sendops simulate` prints: events read from the database as the cases run, and the
scenario's operator actions and faults (deployments/sim_actions.py) applied when they are ready.

Events are printed in simulated-time order: each is held until the clock is a margin past it
(a milestone reached at 09:00 is read a moment later, after a message delivered at 08:59 may
have been), then released in order. A decision is dated when it was taken (at most
BACKDATE_SECONDS before it was submitted: deployments/sim_actions.py), so the margin is wider than
that; it is written when its run resumes, which may be many simulated hours later (a worker
restarting after a fault), so nothing after a submitted decision is released until the run has
recorded it. Cases the scenario's cases open are named after them: Leeds's WSOA is `leeds-wsoa`,
its proposed re-visit `leeds-wsoa-revisit`.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from sqlalchemy.exc import OperationalError
from sqlmodel import Session, func, select

from deployments.sim_actions import FAULTS, Action, Ctx, apply, is_ready
from models.db import session_scope
from models.tables import FINAL_STATUSES, AuditEntry, Case, CaseMilestone, Decision, OutboxMessage
from sendops.calendar import to_london
from sendops.clock import Clock
from sendops.errors import SendopsError

IN_FLIGHT_SECONDS = 120.0  # real seconds a submitted decision holds the events after it, at most
MARGIN_SECONDS = 10.0  # real seconds an event is held, to be printed in simulated-time order
PARENT_FACTS = ("inspection_case_id", "wsoa_case_id")  # the fact that names the case that opened it
SUFFIXES = {
    "wsoa": "wsoa",
    "revisit": "revisit",
    "monitoring-2023": "monitoring",
    "engagement-2023": "engagement",
}  # kind -> name suffix


class EventReader:
    def __init__(
        self, *, clock: Clock, names: dict[int, str], margin_seconds: float = MARGIN_SECONDS
    ) -> None:
        self.clock, self.names = clock, names
        self.margin = dt.timedelta(seconds=margin_seconds * clock.speed)
        self.seen: set[tuple[str, int]] = set()
        self.finished: set[tuple[int, int, str]] = set()
        self.held: list[dict[str, Any]] = []
        self.in_flight: dict[tuple[int, str], tuple[str, float]] = {}  # submitted, not yet recorded

    def submitted(self, case_id: int, key: str, at: dt.datetime) -> None:
        """A decision on step `key` was submitted at `at`: hold later events until it is recorded
        (or for IN_FLIGHT_SECONDS real seconds, should its run refuse it)."""
        self.in_flight[(case_id, key)] = (at.isoformat(), time.monotonic() + IN_FLIGHT_SECONDS)

    def name_spawned(self) -> None:
        """Give the cases that the scenario's cases opened a name (a WSOA, a proposed re-visit or
        monitoring inspection): `leeds-wsoa`, `leeds-wsoa-revisit`, `york-monitoring`."""
        with session_scope(read_only=True) as session:
            for case in session.exec(select(Case).where(Case.id.not_in(list(self.names)))):  # type: ignore[union-attr]
                for fact in PARENT_FACTS:
                    parent = case.facts.get(fact)
                    if parent in self.names and case.kind in SUFFIXES:
                        self.names[case.id] = f"{self.names[parent]}-{SUFFIXES[case.kind]}"

    def event(
        self, sim: dt.datetime, case_id: int, kind: str, key: str, recipient: str | None = None, **extra
    ) -> dict[str, Any]:
        real = dt.datetime.fromtimestamp(self.clock.real_at(sim), dt.UTC)
        return {
            "sim": sim.isoformat(),
            "london": to_london(sim).isoformat(),
            "real": real.isoformat(),
            "case": self.names.get(case_id),
            "case_id": case_id or None,
            "event": kind,
            "key": key,
            "recipient": recipient,
            **extra,
        }

    def _new(self, session: Session, table: str, model: Any, *where: Any) -> list[Any]:
        """The rows of `model` matching `where` not read before: their ids first, then only the
        new rows (a national programme's tens of thousands of rows are not loaded every loop)."""
        ids = [i for i in session.exec(select(model.id).where(*where)) if (table, i) not in self.seen]
        self.seen.update((table, i) for i in ids)
        rows = []
        for chunk in range(0, len(ids), 500):
            rows += session.exec(select(model).where(model.id.in_(ids[chunk : chunk + 500]))).all()
        return sorted(rows, key=lambda r: r.id)

    def read_new(self) -> None:
        """Hold every event written since the last call."""
        self.name_spawned()
        events = []
        with session_scope(read_only=True) as session:
            for m in self._new(session, "m", CaseMilestone, CaseMilestone.status == "done"):
                events.append(
                    self.event(
                        m.done_at,
                        m.case_id,
                        "milestone",
                        m.key,
                        due=m.due.isoformat(),
                        late=m.late,
                        attempt=m.attempt,
                    )
                )
            for o in self._new(session, "o", OutboxMessage, OutboxMessage.status == "delivered"):
                attempt = int(o.key.split("/")[1]) if o.key.startswith("case-") else None
                events.append(
                    self.event(
                        o.delivered_at,
                        o.case_id,
                        "message",
                        o.milestone,
                        o.recipient_email,
                        role=o.role,
                        attempt=attempt,
                    )
                )
            for d in self._new(session, "d", Decision):
                self.in_flight.pop((d.case_id, d.key), None)
                events.append(
                    self.event(
                        d.decided_at,
                        d.case_id,
                        "decision",
                        d.key,
                        by=d.decided_by,
                        values=d.values,
                        attempt=d.attempt,
                    )
                )
            for c in session.exec(select(Case).where(Case.status.in_(FINAL_STATUSES))):  # type: ignore[attr-defined]
                mark = (c.id, c.attempt, c.status)
                if mark not in self.finished and c.awaiting is None and c.id in self.names:
                    self.finished.add(mark)
                    events.append(
                        self.event(c.updated_at, c.id, "case_" + c.status, c.status, attempt=c.attempt)
                    )
        self.held.extend(events)

    def release(self, *, everything: bool = False) -> list[dict[str, Any]]:
        """The held events older than the margin (or all of them), in simulated-time order."""
        cutoff = (self.clock.now() - self.margin).isoformat()
        self.in_flight = {k: v for k, v in self.in_flight.items() if v[1] > time.monotonic()}
        cutoff = min([cutoff, *(at for at, _ in self.in_flight.values())])
        ready = sorted((e for e in self.held if everything or e["sim"] <= cutoff), key=lambda e: e["sim"])
        self.held = [e for e in self.held if e not in ready]
        return ready

    def cases(self) -> dict[str, Case]:
        """The scenario's cases (spawned ones too) by name, as they are now."""
        with session_scope(read_only=True) as session:
            rows = session.exec(select(Case).where(Case.id.in_(list(self.names)))).all()  # type: ignore[union-attr]
        return {self.names[c.id]: c for c in rows}

    def all_finished(self) -> bool:
        """Every case (spawned ones too) has ended and every message of theirs was delivered."""
        cases = list(self.cases().values())
        with session_scope(read_only=True) as session:
            undelivered = session.exec(
                select(OutboxMessage.id).where(
                    OutboxMessage.case_id.in_(list(self.names)),  # type: ignore[union-attr]
                    OutboxMessage.status.in_(("pending", "sending")),  # type: ignore[attr-defined]
                )
            ).first()
        ended = all(c.status in (*FINAL_STATUSES, "proposed") and c.awaiting is None for c in cases)
        return ended and undelivered is None

    def summary(self, reason: str) -> dict[str, Any]:
        """The end: each case's status, and the national register's entries for the scenario's
        areas and the digest's register section as they stand then."""
        from models.tables import LocalArea
        from tasks.register import register, register_summary

        now = self.clock.now()
        with session_scope(read_only=True) as session:
            statuses = {name: session.get(Case, i).status for i, name in self.names.items()}
            audits = len(session.exec(select(AuditEntry.id)).all())
            outbox = dict(
                session.exec(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)).all()
            )
            areas = {session.get(LocalArea, session.get(Case, i).area_id).name for i in self.names}
            entries = register(session=session, now=now)
        mine = {e.area: e.as_json() for e in entries if e.area in areas}
        digest = register_summary(entries, to_london(now).date())
        return self.event(
            now,
            0,
            "simulation_" + reason,
            "",
            statuses=statuses,
            case_ids={name: i for i, name in self.names.items()},
            audit_entries=audits,
            outbox=outbox,
            register=mine,
            digest_register=digest,
        )


def apply_action(
    action: Action, *, reader: EventReader, cases: dict[str, Case], clock: Clock, stack
) -> dict[str, Any] | None:
    """Apply `action` if it is ready; returns its event, or None if it must wait (or its case,
    one the scenario's cases open, does not exist yet). `cases`: the scenario's cases by name,
    as read at the start of this loop (one query for all the actions)."""
    case = cases.get(action.case)
    if case is None:
        return None
    case_id = case.id
    ctx = Ctx(case_id=case_id, clock=clock, stack=stack, read=case)
    if not is_ready(action, ctx):
        return None
    action.done = True
    now = clock.now()
    kind = "fault" if action.action in FAULTS else "action"
    try:
        answered = apply(action, ctx)
    except SendopsError as exc:
        return _event(reader, now, action, case_id, "action_refused", error=str(exc))
    except OperationalError:  # the database is away (a db_outage fault): try again, as a person would
        action.done = False
        return None
    now = ctx.run.get("taken", now)  # a decision: when it was taken
    if action.action == "decide" and isinstance(answered, str):
        reader.submitted(case_id, answered, now)
    return _event(reader, now, action, case_id, kind)


def _event(
    reader: EventReader, now: dt.datetime, action: Action, case_id: int, kind: str, **extra
) -> dict[str, Any]:
    key = action.params["decision"] if action.action == "decide" else action.action
    return reader.event(now, case_id, kind, key, by=action.by, **extra)
