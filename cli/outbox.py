"""Communication commands of the CLI: the digest, delivery, the outbox, copies to other roles."""

from __future__ import annotations

import click

from cli.ops import BY, _clock, _ensure_db, _session, _when
from sendops.specs import ROLES


@click.command("upcoming")
@click.option("--days", type=click.IntRange(min=0), default=5, show_default=True, help="Working days ahead.")
def upcoming(days: int) -> None:
    """The operations digest: due soon, overdue, decisions waiting, failed deliveries."""
    from sendops.config import get_calendar
    from tasks.digest import digest_context, digest_text

    with _session() as session:
        context = digest_context(session=session, now=_clock().now(), calendar=get_calendar(), days=days)
    click.echo(digest_text(context), nl=False)


@click.command("deliver")
def deliver() -> None:
    """Send every due pending message now (the deliver-outbox deployment does this every 2 minutes)."""
    from tasks.steps import deliver_messages, delivery_receipts

    _ensure_db()
    click.echo(deliver_messages().summary())
    if receipts := delivery_receipts():
        click.echo("receipts: " + ", ".join(f"{n} {status}" for status, n in sorted(receipts.items())))


@click.group("outbox")
def outbox() -> None:
    """Messages: what was sent, what failed, what needs an operator."""


@outbox.command("list")
@click.option("--status", type=click.Choice(("pending", "sending", "delivered", "failed", "uncertain")))
@click.option("--case", "case_id", type=int, help="Only this case's messages.")
def outbox_list(status: str | None, case_id: int | None) -> None:
    from sqlmodel import select

    from models.tables import OutboxMessage

    with _session() as session:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        if status:
            query = query.where(OutboxMessage.status == status)
        if case_id is not None:
            query = query.where(OutboxMessage.case_id == case_id)
        for m in session.exec(query).all():
            note = f"  ({m.error})" if m.error and m.status != "delivered" else ""
            click.echo(f"{m.status:<10} {_when(m.delivered_at):<26} {m.key:<40} {m.subject}{note}")


@outbox.command("resolve")
@click.argument("key")
@click.option("--sent", "resolution", flag_value="sent", help="It did reach the recipient.")
@click.option("--resend", "resolution", flag_value="resend", help="Send it again.")
@BY
def outbox_resolve(key: str, resolution: str | None, actor: str) -> None:
    """Resolve a failed or uncertain message KEY: --sent or --resend."""
    from tasks.outbox_actions import resolve_message
    from tasks.steps import deliver_messages

    if resolution is None:
        raise click.UsageError("say --sent or --resend")
    status = resolve_message(key=key, resolution=resolution, actor=actor, now=_clock().now())
    click.echo(f"{key}: {status}")
    if resolution == "resend":
        click.echo(deliver_messages().summary())


@click.command("copy")
@click.argument("case_id", type=int)
@click.argument("key")
@click.option("--to", "role", required=True, type=click.Choice(ROLES), help="The contact role to copy it to.")
@BY
def copy(case_id: int, key: str, role: str, actor: str) -> None:
    """Send a copy of CASE_ID's communication for milestone KEY to the area's contacts in a role."""
    from tasks.outbox_actions import send_copy
    from tasks.steps import deliver_messages

    _ensure_db()
    count = send_copy(case_id=case_id, key=key, role=role, actor=actor, now=_clock().now())
    click.echo(f"{count} message(s) written; {deliver_messages().summary()}")


COMMANDS = (upcoming, deliver, outbox, copy)
