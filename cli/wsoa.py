"""WSOA commands of the CLI: open one, record its receipt and reviews, the DfE's decision, and
confirm or move the re-visit proposed when it is fit."""

from __future__ import annotations

import click

from cli.ops import BY, DIRECTION, OUTSIDE_PERIOD, _clock, _ensure_db
from sendops.calendar import parse_date


@click.group("wsoa")
def wsoa() -> None:
    """Written statements of action (H§74-79, B17)."""


@wsoa.command("start")
@click.option("--area", required=True, help="Local area: name or GSS code.")
@click.option("--inspected", required=True, help="First on-site day of the inspection, YYYY-MM-DD.")
@click.option("--final-report-received", required=True, help="When the area received the final report.")
@click.option("--principal-authority", required=True, help="Who draws up the WSOA (H§74), by name.")
@click.option("--principal-is", type=click.Choice(("la", "ccg_icb")), default="la", show_default=True)
@click.option("--lead-hmi", required=True, help="The lead HMI's name.")
@click.option("--weakness", "weaknesses", multiple=True, help="An area of significant weakness.")
@BY
def wsoa_start(
    area, inspected, final_report_received, principal_authority, principal_is, lead_hmi, weaknesses, actor
):
    """Open a WSOA that did not start from an inspection run by sendops (e.g. one under way)."""
    from tasks.run_requests import run_note
    from tasks.wsoa import start_wsoa

    _ensure_db()
    case_id = start_wsoa(
        area=area,
        inspected_on=parse_date(inspected, "--inspected"),
        final_report_received=parse_date(final_report_received, "--final-report-received"),
        principal_authority=principal_authority,
        principal_is=principal_is,
        weaknesses=list(weaknesses),
        lead_hmi=lead_hmi,
        actor=actor,
        clock=_clock(),
    )
    click.echo(f"WSOA case {case_id} opened{run_note(case_id)}")


@wsoa.command("received")
@click.argument("case_id", type=int)
@click.option("--date", "received", required=True, help="The day it was received, YYYY-MM-DD.")
@BY
def wsoa_received(case_id: int, received: str, actor: str) -> None:
    """Record that the WSOA (or its re-submission) was received."""
    from tasks.wsoa import record_received

    event = record_received(
        case_id=case_id, received=parse_date(received, "--date"), actor=actor, clock=_clock()
    )
    click.echo(f"case {case_id}: {event.replace('_', ' ')} {received}")


@wsoa.command("review")
@click.argument("case_id", type=int)
@click.option("--fit/--unfit", required=True, help="Fit for purpose, or not.")
@click.option("--reason", required=True, help="The reasons, sent to the area.")
@BY
def wsoa_review(case_id: int, fit: bool, reason: str, actor: str) -> None:
    """Record Ofsted and the CQC's review of the WSOA."""
    from tasks.wsoa_review import record_review

    status = record_review(case_id=case_id, fit=fit, reason=reason, actor=actor, clock=_clock())
    click.echo(f"case {case_id}: {status}")


@wsoa.command("dfe-decision")
@click.argument("case_id", type=int)
@click.option("--decision", required=True, help="What the DfE decided.")
@BY
def wsoa_dfe_decision(case_id: int, decision: str, actor: str) -> None:
    """Record the DfE's decision on a WSOA found unfit twice (B17)."""
    from tasks.wsoa_review import record_dfe_decision

    record_dfe_decision(case_id=case_id, decision=decision, actor=actor, clock=_clock())
    click.echo(f"case {case_id}: DfE decision recorded")


@click.group("revisit")
def revisit() -> None:
    """Proposed follow-ons: re-visits (a WSOA fit for purpose, RV), monitoring inspections (the
    2023 framework's weakest outcome) and the next engagement meeting (C22 P9)."""


@revisit.command("confirm")
@click.argument("case_id", type=int)
@click.option("--start", required=True, help="On-site day 1 (a working day), YYYY-MM-DD.")
@click.option("--days", type=int, help="On-site days (a re-visit 2-4).")
@click.option("--weakness", "weaknesses", multiple=True, help="The areas it reviews, if not recorded.")
@DIRECTION
@OUTSIDE_PERIOD
@BY
def revisit_confirm(
    case_id: int, start: str, days: int | None, weaknesses, direction: str, outside_period: str, actor: str
) -> None:
    """Confirm a proposed re-visit, monitoring inspection or engagement meeting with its start
    (an engagement meeting's day): its case flow starts."""
    from tasks.revisit_proposals import confirm_revisit
    from tasks.run_requests import run_note

    confirm_revisit(
        case_id=case_id,
        start=parse_date(start, "--start"),
        days=days,
        weaknesses=list(weaknesses),
        actor=actor,
        clock=_clock(),
        direction=direction,
        outside_period=outside_period,
    )
    click.echo(f"case {case_id} scheduled{run_note(case_id)}")


@revisit.command("reschedule")
@click.argument("case_id", type=int)
@click.option("--target", required=True, help="The date the re-visit is now planned by, YYYY-MM-DD.")
@click.option("--reason", required=True, help="Why it moves (for the audit log).")
@BY
def revisit_reschedule(case_id: int, target: str, reason: str, actor: str) -> None:
    """Move the date a proposed re-visit is planned by."""
    from tasks.revisit_proposals import reschedule_revisit

    reschedule_revisit(
        case_id=case_id, by=parse_date(target, "--target"), reason=reason, actor=actor, clock=_clock()
    )
    click.echo(f"case {case_id} planned by {target}")


COMMANDS = (wsoa, revisit)
