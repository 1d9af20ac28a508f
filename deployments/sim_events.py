"""What `sendops simulate` prints: events read from the database as the cases run, and the
scenario's operator actions applied when their time (or the decision they wait for) comes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlmodel import select

from models.db import session_scope
from models.tables import FINAL_STATUSES, AuditEntry, Case, CaseMilestone, Decision, OutboxMessage
from sendops.calendar import to_london
from sendops.clock import Clock
from sendops.errors import SendopsError

FINAL = FINAL_STATUSES


class EventReader:
    def __init__(self, *, clock: Clock, names: dict[int, str]) -> None:
        self.clock, self.names = clock, names
        self.seen: set[tuple[str, int]] = set()
        self.finished: set[tuple[int, int, str]] = set()

    def event(
        self, sim: dt.datetime, case_id: int, kind: str, key: str, recipient: str | None = None, **extra
    ):
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

    def _new(self, table: str, rows: Iterable[Any]) -> list[Any]:
        fresh = [r for r in rows if (table, r.id) not in self.seen]
        self.seen.update((table, r.id) for r in fresh)
        return fresh

    def read_new(self) -> list[dict[str, Any]]:
        events = []
        with session_scope() as session:
            for m in self._new(
                "m", session.exec(select(CaseMilestone).where(CaseMilestone.status == "done"))
            ):
                events.append(
                    self.event(m.done_at, m.case_id, "milestone", m.key, due=m.due.isoformat(), late=m.late)
                )
            sent = select(OutboxMessage).where(OutboxMessage.status == "delivered")
            for o in self._new("o", session.exec(sent)):
                events.append(
                    self.event(
                        o.delivered_at, o.case_id, "message", o.milestone, o.recipient_email, role=o.role
                    )
                )
            for d in self._new("d", session.exec(select(Decision))):
                events.append(
                    self.event(d.decided_at, d.case_id, "decision", d.key, by=d.decided_by, values=d.values)
                )
            for c in session.exec(select(Case).where(Case.status.in_(FINAL))):  # type: ignore[attr-defined]
                mark = (c.id, c.attempt, c.status)
                if mark not in self.finished and c.awaiting is None:
                    self.finished.add(mark)
                    events.append(
                        self.event(c.updated_at, c.id, "case_" + c.status, c.status, attempt=c.attempt)
                    )
        return sorted(events, key=lambda e: e["sim"])

    def all_finished(self, case_ids: Iterable[int]) -> bool:
        with session_scope() as session:
            return all(
                (c := session.get(Case, i)) and c.status in FINAL and c.awaiting is None for i in case_ids
            )

    def summary(self, case_ids: Iterable[int], reason: str) -> dict[str, Any]:
        with session_scope() as session:
            statuses = {self.names[i]: session.get(Case, i).status for i in case_ids}
            audits = len(session.exec(select(AuditEntry.id)).all())
        return self.event(
            self.clock.now(), 0, "simulation_" + reason, "", statuses=statuses, audit_entries=audits
        )


def _waits_for(case_id: int, decision: str) -> bool:
    from tasks.runs import read_run_state

    with session_scope() as session:
        case = session.get(Case, case_id)
    if not (case.awaiting or "").startswith(f"decision {decision}") or not case.flow_run_id:
        return False
    return read_run_state(case.flow_run_id).type == "PAUSED"


def apply_action(action, *, case_id: int, clock: Clock) -> dict[str, Any] | None:
    """Apply `action` if its time has come; returns its event, or None if it must wait."""
    from tasks import operator

    if action.at is not None and clock.now() < action.at:
        return None
    if action.action == "decide" and action.decision and not _waits_for(case_id, action.decision):
        return None
    if action.action == "restart":
        with session_scope() as session:
            if session.get(Case, case_id).status != "deferred":
                return None
    action.done = True
    now = clock.now()
    try:
        if action.action == "defer":
            operator.request_deferral(case_id=case_id, reason=action.reason, actor=action.by, clock=clock)
        elif action.action == "decide":
            values = {"decided_by": action.by, "reason": action.reason, **action.fields}
            operator.submit_decision(case_id=case_id, decision=action.decision, values=values)
        else:
            operator.restart_deferred_case(
                case_id=case_id,
                start=action.start,
                days=None,
                reason=action.reason,
                actor=action.by,
                clock=clock,
            )
    except SendopsError as exc:
        return _event(clock, now, action, case_id, "action_refused", error=str(exc))
    return _event(clock, now, action, case_id, "action")


def _event(clock: Clock, now: dt.datetime, action, case_id: int, kind: str, **extra) -> dict[str, Any]:
    real = dt.datetime.fromtimestamp(clock.real_at(now), dt.UTC)
    return {
        "sim": now.isoformat(),
        "london": to_london(now).isoformat(),
        "real": real.isoformat(),
        "case": action.case,
        "case_id": case_id,
        "event": kind,
        "key": action.decision or action.action,
        "recipient": None,
        "by": action.by,
        **extra,
    }
