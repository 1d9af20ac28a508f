"""Operations are alerted, once, when a decision a case waits for is not recorded by its due
time and its milestone says to (Milestone.alert): the notification call is normally made
between 9am and 10am (H§17), so an unconfirmed call at 10:00 needs someone to find out why.

A waiting case's run is suspended for the decision, so nothing in it wakes at the deadline; the
recover-cases sweep (every `sweep_seconds`) calls `alert_overdue_decisions`. Each alert is an
outbox row keyed by the case, attempt and milestone, so it is written once however often the
sweep runs."""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from models.db import session_scope
from models.tables import ACTIVE_STATUSES, Case, CaseMilestone, LocalArea
from sendops.calendar import to_london
from sendops.config import get_timeline
from tasks.letters import case_label
from tasks.ops_messages import write_ops_message


def alert_overdue_decisions(*, now: dt.datetime, ops_email: str) -> list[str]:
    """Write the alerts now due; the keys of those written."""
    written = []
    with session_scope() as session:
        rows = session.exec(
            select(Case, CaseMilestone)
            .join(CaseMilestone, CaseMilestone.case_id == Case.id)  # type: ignore[arg-type]
            .where(
                Case.status.in_(ACTIVE_STATUSES),  # type: ignore[attr-defined]
                CaseMilestone.attempt == Case.attempt,
                CaseMilestone.status == "pending",
                CaseMilestone.due <= now,
            )
        ).all()
        for case, row in rows:
            spec = get_timeline(case.kind).milestone(row.key)
            if not spec.alert:
                continue
            area = session.get(LocalArea, case.area_id)
            context = {
                "overdue": {
                    "case": case_label(case, area.name),
                    "case_id": case.id,
                    "title": spec.title,
                    "rule": spec.rule,
                    "decision": spec.awaits,
                    "due": f"{to_london(row.due):%A %d %B %Y %H:%M}",
                    "lead_hmi": case.lead_hmi,
                }
            }
            key = f"ops/{spec.alert}/case-{case.id}/{case.attempt}/{row.key}"
            message = write_ops_message(
                session=session,
                key=key,
                template=spec.alert,
                context=context,
                ops_email=ops_email,
                now=now,
                case_id=case.id,
            )
            if message is not None:
                written.append(key)
    return written
