"""A re-visit case driven through its state machine without Prefect: shared by the database,
letter and delivery tests."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import subprocess

from sqlmodel import select

from cli import main
from models.areas import import_contacts, load_areas
from models.db import session_scope
from models.queries import get_area
from models.tables import Case, OutboxMessage
from sendops.calendar import london_instant, to_london
from sendops.specs import AREA_ROLES, NATIONAL_ROLES
from tasks.case_state import decision_opens, next_step, reach_milestone, sync_milestones
from tasks.follow_ons import record_decision_with_follow_ons

START = dt.date(2026, 3, 30)
DAY_MINUS_10 = ("notify_local_area", "notify_ccg_icb", "lano_followup", "notify_pcf", "evidence_request")
T0 = london_instant(dt.date(2026, 3, 13), dt.time(8))


def contacts_csv(tmp_path, area="Camden"):
    rows = ["area,role,name,email"]
    rows += [f"{area},{role},{role} person,{role}@{area.lower()}.example.org" for role in AREA_ROLES]
    rows += [f"{area},ccg_icb,Second ICB chief,ceo2@{area.lower()}.example.org"]
    rows += [f"national,{role},{role} office,{role}@gov.example.org" for role in NATIONAL_ROLES]
    path = tmp_path / "contacts.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


def make_case(
    tmp_path,
    *,
    kind: str = "revisit",
    start: dt.date = START,
    days: int = 3,
    weaknesses: tuple[str, ...] = ("EHC plans", "Joint commissioning"),
) -> int:
    """A case of Camden, with a contact in every role: by default a re-visit on 2026-03-30 (3
    days, two weaknesses)."""
    with session_scope() as session:
        load_areas(session=session)
        import_contacts(session=session, path=contacts_csv(tmp_path), actor="tester", now=T0)
        area = get_area(session=session, name="Camden")
        case = Case(
            kind=kind,
            area_id=area.id,
            start=start,
            onsite_days=days,
            lead_hmi="Ann HMI",
            weaknesses=list(weaknesses),
            created_at=T0,
            updated_at=T0,
        )
        session.add(case)
        session.flush()
        sync_milestones(session=session, case=case)
        return case.id


def step(case_id, now):
    with session_scope() as session:
        return next_step(session=session, case_id=case_id, now=now)


def case_row(case_id) -> Case:
    with session_scope() as session:
        return session.get(Case, case_id)


def reach(case_id, key, now):
    with session_scope() as session:
        return reach_milestone(session=session, case_id=case_id, key=key, now=now)


def decide(case_id, key, decision, values, now):
    with session_scope() as session:
        return record_decision_with_follow_ons(
            session=session, case_id=case_id, key=key, decision=decision, values=values, now=now
        )


def outbox_keys():
    with session_scope() as session:
        return sorted(session.exec(select(OutboxMessage.key)).all())


DECISIONS = {
    "dcs_call": {"decided_by": "Ann HMI", "spoke_to": "dcs person", "called_at": "09:10"},
    "outcome": {"decided_by": "Ann HMI", "weakness_1": True, "weakness_2": False},
    "draft_sent": {"decided_by": "QA lead"},
    "final_issued": {"decided_by": "QA lead"},
    "published": {"decided_by": "Publications"},
}


def run_to_publication(case_id, decisions=DECISIONS):
    """Every milestone in turn, each decision recorded twice (the second is a no-op)."""
    now = T0
    reached = []
    for _ in range(40):
        s = step(case_id, now)
        if s.kind == "finished":
            break
        if s.kind == "wait":
            now = s.due
        elif s.kind == "reach":
            reach(case_id, s.key, now)
            reached.append(s.key)
        else:  # 2 hours after the last step, or as soon as the case's rules allow it
            opens = decision_opens(case=case_row(case_id), key=s.key) if s.decision != "deferral" else None
            now = max(now + dt.timedelta(hours=2), opens or now)
            if called := decisions[s.decision].get("called_at"):  # recorded 5 minutes after the call
                now = max(now, london_instant(to_london(now).date(), dt.time.fromisoformat(called)))
                now += dt.timedelta(minutes=5)
            assert decide(case_id, s.key, s.decision, decisions[s.decision], now) is True
            assert decide(case_id, s.key, s.decision, decisions[s.decision], now) is False
            reached.append(s.key)
    return reached, s


def run_sendops(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    """The real `sendops` command (`cli.main`: the same code, arguments, output and exit
    code), run in this process: an interpreter start per call would cost ~2 CPU-seconds."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    result = subprocess.CompletedProcess(["sendops", *map(str, args)], code, out.getvalue(), err.getvalue())
    if check and result.returncode != 0:
        raise AssertionError(f"sendops {' '.join(map(str, args))} failed: {result.stderr}")
    return result


def snapshot(engine) -> dict[str, list[dict]]:
    """Every row of every table but Alembic's, in id order: what a refused input must not change."""
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        tables = [t for t in inspect(connection).get_table_names() if t != "alembic_version"]
        return {
            t: [dict(r._mapping) for r in connection.execute(text(f'SELECT * FROM "{t}" ORDER BY id'))]
            for t in tables
        }
