"""Case commands of the CLI: schedule, list and show, defer, decide, restart, audit."""

from __future__ import annotations

import click

from cli.ops import BY, DIRECTION, OUTSIDE_PERIOD, _clock, _ensure_db, _session, _when
from sendops.calendar import parse_date
from sendops.config import current
from sendops.errors import SendopsError

TRUE, FALSE = ("yes", "true", "y", "1", "granted"), ("no", "false", "n", "0", "refused")


@click.command("schedule")
@click.argument("kind", metavar="KIND")
@click.option("--area", required=True, help="Local area: name or GSS code.")
@click.option("--start", required=True, help="On-site day 1 (a working day), YYYY-MM-DD.")
@click.option("--days", type=int, help="On-site days (re-visit 2-4, full inspection 1-5).")
@click.option("--lead-hmi", required=True, help="The lead HMI's name.")
@click.option(
    "--weakness",
    "weaknesses",
    multiple=True,
    help="A significant weakness in the WSOA (re-visits), or an area for priority action (monitoring).",
)
@DIRECTION
@OUTSIDE_PERIOD
@BY
def schedule(
    kind: str,
    area: str,
    start: str,
    days: int | None,
    lead_hmi: str,
    weaknesses,
    direction: str,
    outside_period: str,
    actor: str,
) -> None:
    """Schedule a KIND (full-2023, monitoring-2023, engagement-2023, revisit or full-2016, or a
    kind a spec module registers) of a local area; its case flow starts at once. For an
    engagement meeting START is its day."""
    from tasks.operator import schedule_case
    from tasks.run_requests import run_note

    case_id = schedule_case(
        kind=kind,
        area=area,
        start=parse_date(start, "--start"),
        days=days,
        lead_hmi=lead_hmi,
        weaknesses=list(weaknesses),
        actor=actor,
        clock=_clock(),
        direction=direction,
        outside_period=outside_period,
    )
    click.echo(f"case {case_id} scheduled{run_note(case_id)}")


@click.group("cases")
def cases() -> None:
    """Inspections and re-visits."""


@cases.command("list")
@click.option("--all", "show_all", is_flag=True, help="Include published and deferred cases.")
def cases_list(show_all: bool) -> None:
    from sqlmodel import select

    from models.tables import FINAL_STATUSES, Case, LocalArea

    with _session() as session:
        rows = session.exec(
            select(Case, LocalArea).where(Case.area_id == LocalArea.id).order_by(Case.start)
        ).all()
        for case, area in rows:
            if show_all or case.status not in FINAL_STATUSES:
                click.echo(
                    f"{case.id:>4}  {case.kind:<9} {area.name:<24} {case.start}  {case.status:<10} "
                    f"waiting for: {case.awaiting or '-'}"
                )


@cases.command("show")
@click.argument("case_id", type=int)
def cases_show(case_id: int) -> None:
    """A case's milestones, decisions and audit trail."""
    from sqlmodel import select

    from models.queries import get_area_by_id, get_case, milestones_of
    from models.tables import AuditEntry, Decision

    with _session() as session:
        case = get_case(session=session, case_id=case_id)
        area = get_area_by_id(session=session, area_id=case.area_id)
        click.echo(
            f"case {case.id}: {case.kind} of {area.name}, on-site {case.start} for {case.onsite_days} days"
        )
        click.echo(f"status {case.status}, attempt {case.attempt}, waiting for: {case.awaiting or '-'}")
        click.echo(f"lead HMI {case.lead_hmi}; flow run {case.flow_run_id}")
        for m in milestones_of(session=session, case=case):
            late = " LATE" if m.late else ""
            click.echo(f"  {_when(m.due):<26} {m.key:<22} {m.status:<9} {_when(m.done_at)}{late}")
        for d in session.exec(select(Decision).where(Decision.case_id == case_id)).all():
            click.echo(f"  decision {d.key} by {d.decided_by} at {_when(d.decided_at)}: {d.values}")
        for a in session.exec(
            select(AuditEntry).where(AuditEntry.case_id == case_id).order_by(AuditEntry.id)
        ).all():
            click.echo(f"  audit {_when(a.at)} {a.actor}: {a.action}")


@click.command("defer")
@click.argument("case_id", type=int)
@click.option("--reason", required=True, help="The local area's reason (exceptional circumstances).")
@BY
def defer(case_id: int, reason: str, actor: str) -> None:
    """Record a deferral request for CASE_ID; the case then waits for the deferral decision."""
    from tasks.operator import request_deferral

    request_id = request_deferral(case_id=case_id, reason=reason, actor=actor, clock=_clock())
    click.echo(
        f"deferral request {request_id} recorded; the Ofsted region is told; decide: "
        f"sendops decide {case_id} deferral granted=yes|no ofsted_by=NAME cqc_by=NAME"
    )


# The decision fields that are lists, each item given as its own FIELD=VALUE (repeated).
LISTS = {"weakness": "weaknesses", "concern": "other_concerns", "priority_area": "areas_for_priority_action"}


def _value(text: str):
    low = text.lower()
    return True if low in TRUE else False if low in FALSE else text


@click.command("decide")
@click.argument("case_id", type=int)
@click.argument("decision")
@click.argument("fields", nargs=-1)
@click.option("--reason", default="", help="Why, or a note for the record.")
@BY
def decide(case_id: int, decision: str, fields: tuple[str, ...], reason: str, actor: str) -> None:
    """Record DECISION for CASE_ID and let the case go on.

    \b
    Decisions and their FIELDS (name=value):
      dcs_call    spoke_to="..." called_at=HH:MM (full-2016 notification call, H§17)
                  dcs_unavailable=yes their_role="..." (the most senior available, H§18)
      deferral    granted=yes|no ofsted_by="..." cqc_by="..." (decided jointly, H§25)
      outcome     re-visit: weakness_1=yes|no ... (sufficient progress per weakness)
                  concern="..." (another significant weakness found, repeated; RV)
                  full-2016: wsoa_required=yes|no principal_authority="..." principal_is=la|ccg_icb
                  weakness="..." (one per area of significant weakness, repeated)
                  2023: outcome=positive|inconsistent|widespread priority_area="..." (repeated)
      hmci_decision  full-2016, after moderation: the outcome's fields, as HMCI decides (H§38, H§74)
      final_issued  override_reason="..." (only to issue before the comments deadline, H§67)
      draft_sent, published   (no fields)
    """
    from tasks.operator import submit_decision

    values: dict = {"decided_by": actor, "reason": reason}
    for item in fields:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise SendopsError(f"expected FIELD=VALUE, got {item!r}")
        if name.strip() in LISTS:  # repeated: one item of a list each
            values.setdefault(LISTS[name.strip()], []).append(value.strip())
        else:
            values[name.strip()] = _value(value.strip())
    submit_decision(case_id=case_id, decision=decision, values=values, now=_clock().now())
    click.echo(f"case {case_id}: {decision} decision submitted")


@click.command("restart")
@click.argument("case_id", type=int)
@click.option("--start", required=True, help="New on-site day 1, YYYY-MM-DD.")
@click.option("--days", type=int, help="On-site days (default: as before).")
@click.option("--reason", required=True, help="Why it restarts now.")
@BY
def restart(case_id: int, start: str, days: int | None, reason: str, actor: str) -> None:
    """Restart a deferred case with a new on-site start: new timeline, new flow run."""
    from tasks.operator import restart_deferred_case
    from tasks.run_requests import run_note

    attempt = restart_deferred_case(
        case_id=case_id,
        start=parse_date(start, "--start"),
        days=days,
        reason=reason,
        actor=actor,
        clock=_clock(),
    )
    click.echo(f"case {case_id} restarted (attempt {attempt}){run_note(case_id)}")


@click.command("withdraw")
@click.argument("case_id", type=int)
@click.option("--reason", required=True, help="Why it is withdrawn (told to the area if it was notified).")
@BY
def withdraw(case_id: int, reason: str, actor: str) -> None:
    """Withdraw a case for good: pending milestones cancelled, the area told, the run ends Withdrawn.

    (The Cancel button in the Prefect UI does not stop a case: recover-cases starts it again.)
    """
    from tasks.operator import withdraw_case

    before = withdraw_case(case_id=case_id, reason=reason, actor=actor, clock=_clock())
    click.echo(f"case {case_id} withdrawn (it was {before})")


@click.command("recover")
@click.option("--case", "case_id", type=int, help="Restart this case's run, even past the automatic limit.")
@BY
def recover(case_id: int | None, actor: str) -> None:
    """Restart case runs that ended Crashed, Failed or Cancelled, or were deleted (what the
    recover-cases deployment does)."""
    from tasks.recovery import recover_case, recover_case_runs

    _ensure_db()
    settings = current()
    if case_id is None:
        click.echo(
            recover_case_runs(now=settings.clock.now(), ops_email=settings.ops_email, actor=actor).summary()
        )
        return
    recover_case(case_id=case_id, actor=actor, now=settings.clock.now(), ops_email=settings.ops_email)
    click.echo(f"case {case_id}: its run was restarted")


@click.command("audit")
@click.option("--case", "case_id", type=int, help="Only this case.")
@click.option("--limit", type=int, default=50, show_default=True)
def audit_log(case_id: int | None, limit: int) -> None:
    """The audit log, newest first: who did what, when."""
    from sqlmodel import select

    from models.tables import AuditEntry

    with _session() as session:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)  # type: ignore[union-attr]
        if case_id is not None:
            query = query.where(AuditEntry.case_id == case_id)
        for a in session.exec(query).all():
            click.echo(f"{_when(a.at):<26} {a.actor:<16} {a.action:<24} case {a.case_id or '-'}  {a.details}")


COMMANDS = (schedule, cases, defer, decide, restart, withdraw, recover, audit_log)
