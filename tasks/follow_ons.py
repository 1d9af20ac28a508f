"""The follow-on cases a milestone opens (`Milestone.opens` in the definitions): for each kind,
the function that reads the case's decisions, opens the follow-on if they call for one, and
creates its flow run (which starts a moment after the caller's transaction commits)."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from models.tables import Case
from tasks.wsoa import open_from_inspection

OPENERS = {"wsoa": open_from_inspection}


def open_follow_on(kind: str, *, session: Session, case: Case, now: dt.datetime) -> int | None:
    """The follow-on case's id, or None when the case's decisions do not call for one."""
    return OPENERS[kind](session=session, inspection=case, now=now)
