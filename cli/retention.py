"""Evidence retention (H§73): `sendops retention list | hold | release | delete`."""

from __future__ import annotations

import click

from cli.ops import BY, _clock, _session


@click.group("retention")
def retention() -> None:
    """Inspection evidence and records: kept six months after publication, longer while held (H§73)."""


@retention.command("list")
@click.option("--due", "due_only", is_flag=True, help="Only the cases due for deletion now.")
def retention_list(due_only: bool) -> None:
    """Every published case: when its records may be deleted, its holds, or when they were."""
    from sendops.calendar import to_london
    from tasks.retention import retention_list as listed

    today = to_london(_clock().now()).date()
    with _session() as session:
        for r in listed(session=session):
            if not due_only or r.due(today):
                click.echo(f"{r.case_id:>4}  {r.area:<24} {r.kind:<15} published {r.published}  {r.state}")


def _reason():
    from tasks.retention import HOLD_REASONS

    return click.option(
        "--reason", required=True, type=click.Choice(list(HOLD_REASONS)), help="H§73's reason."
    )


@retention.command("hold")
@click.argument("case_id", type=int)
@_reason()
@click.option("--note", required=True, help="What it is for (for the audit log).")
@BY
def retention_hold(case_id: int, reason: str, note: str, actor: str) -> None:
    """Keep CASE_ID's evidence and records beyond six months, for REASON."""
    from tasks.retention import set_hold

    with _session() as session:
        set_hold(session=session, case_id=case_id, reason=reason, note=note, actor=actor, now=_clock().now())
    click.echo(f"case {case_id}: held ({reason})")


@retention.command("release")
@click.argument("case_id", type=int)
@_reason()
@click.option("--note", required=True, help="Why the hold ends (for the audit log).")
@BY
def retention_release(case_id: int, reason: str, note: str, actor: str) -> None:
    """End CASE_ID's holds for REASON."""
    from tasks.retention import release_hold

    with _session() as session:
        release_hold(
            session=session, case_id=case_id, reason=reason, note=note, actor=actor, now=_clock().now()
        )
    click.echo(f"case {case_id}: {reason} hold released")


@retention.command("delete")
@click.argument("case_id", type=int)
@click.option("--yes", is_flag=True, help="Confirm the deletion.")
@BY
def retention_delete(case_id: int, yes: bool, actor: str) -> None:
    """Delete what sendops holds about people in CASE_ID (letters, recipients, free-text reasons),
    once it is due (six months after publication, no hold)."""
    from tasks.retention import delete_records

    if not yes:
        raise click.UsageError("deleting a case's records cannot be undone: add --yes to confirm")
    with _session() as session:
        counts = delete_records(session=session, case_id=case_id, actor=actor, now=_clock().now())
    click.echo(f"case {case_id}: deleted " + ", ".join(f"{n} {what}" for what, n in counts.items()))
