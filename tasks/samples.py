"""Every communication rendered for a realistic case, as reviewers read them in
`docs/communications/` (a test checks the committed files are current).

Regenerate: .venv/bin/python -m tasks.samples docs/communications
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

from models.tables import Case, LocalArea
from sendops.config import get_calendar, get_timeline
from sendops.specs import DCS, DCS_CALL, DFE, PRINCIPAL
from tasks.case_timeline import scheduled_milestones
from tasks.digest import digest_text
from tasks.letters import case_context, london, render
from tasks.messages import DEFERRAL_ROLES, RESTART_ROLES

AREA = LocalArea(
    id=7,
    gss_code="E09000007",
    name="Camden",
    official_name="London Borough of Camden",
    type="LB",
    region="London",
)
NOW = dt.datetime(2026, 3, 16, 9, 0, tzinfo=dt.UTC)
OTHER_CONCERN = "Waiting times for neurodevelopmental assessment"  # a re-visit's other finding (RV)
OUTCOMES = {
    "revisit": {
        "decided_by": "Ann Smith HMI",
        "weakness_1": True,
        "weakness_2": False,
        "other_concerns": [OTHER_CONCERN],
    },
    "full-2016": {
        "decided_by": "Ann Smith HMI",
        "wsoa_required": True,
        "principal_authority": "NHS North Central London ICB",
        "weaknesses": ["Timeliness and quality of EHC plans"],
    },
}


def sample_case(kind: str) -> Case:
    revisit = kind == "revisit"
    if kind in SAMPLES_2023:
        return Case(id=44, kind=kind, area_id=AREA.id, lead_hmi="Ann Smith HMI", **SAMPLES_2023[kind])
    return Case(
        id=42,
        kind=kind,
        area_id=AREA.id,
        start=dt.date(2026, 3, 30) if revisit else dt.date(2026, 3, 23),
        onsite_days=3 if revisit else 5,
        lead_hmi="Ann Smith HMI",
        weaknesses=["Timeliness and quality of EHC plans", "Joint commissioning of therapies"]
        if revisit
        else [],
        events={"draft_sent": "2026-04-27" if revisit else "2026-04-24"},
        facts={"other_concerns": [OTHER_CONCERN]} if revisit else {},
    )


PRIORITY_AREAS = ["Waiting times for assessment and EHC plans", "Joint commissioning of therapies"]
# A 2023 inspection on site over the end of British Summer Time, its report published between
# Christmas and New Year, with the weakest outcome; and its monitoring inspection.
SAMPLES_2023: dict[str, dict[str, Any]] = {
    "full-2023": {
        "start": dt.date(2026, 10, 26),
        "onsite_days": 5,
        "weaknesses": PRIORITY_AREAS,
        "events": {"draft_sent": "2026-11-27", "published": "2026-12-29"},
        "facts": {
            "outcome": "widespread",
            "outcome_wording": get_timeline("full-2023").outcome("widespread").wording,
            "support": get_timeline("full-2023").outcome("widespread").support,
            "next_full_inspection_due": "2029-10-30",
            "monitoring_by": "2028-06-19",
        },
    },
    "engagement-2023": {"start": dt.date(2027, 11, 4), "onsite_days": 1},  # a year after publication
    "monitoring-2023": {
        "start": dt.date(2028, 6, 19),
        "onsite_days": 3,
        "weaknesses": PRIORITY_AREAS,
        "events": {"draft_sent": "2028-07-19"},
    },
}


def sample_letters() -> dict[str, str]:
    """File name -> text (subject line, then the text body) for every communication and kind."""
    out = {}
    for kind in ("revisit", "full-2016", *SAMPLES_2023):
        case = sample_case(kind)
        milestones = scheduled_milestones(case)
        timeline = get_timeline(kind)
        jobs = [
            (m.sends, m.notify[0], m, CALL if m.awaits == DCS_CALL or m.follows else {})
            for m in timeline.milestones
            if m.sends
        ]
        deferrable = timeline.moving_to("onsite") is not None  # a meeting is moved, not deferred
        if deferrable:
            jobs += [
                (
                    "deferral_decision",
                    DEFERRAL_ROLES[0],
                    None,
                    {
                        "granted": False,
                        "ofsted_by": "Sam Regional Director",
                        "cqc_by": "Alex Head of Inspection",
                        "request": "DCS on leave",
                        "reason": "Not exceptional",
                    },
                ),
                (
                    "restart_notice",
                    RESTART_ROLES[0],
                    None,
                    {"reason": "Deferred after a major incident (flooding)"},
                ),
            ]
        last = milestones[-1]  # as if a closure day had put it a working day later
        earlier = get_calendar().add(last.date, -1)
        moved = {
            "title": last.title,
            "before": london(last.due - dt.timedelta(days=(last.date - earlier).days), last.end_of_day),
            "after": london(last.due, last.end_of_day),
        }
        jobs += [
            (
                "timetable_correction",
                RESTART_ROLES[0],
                None,
                {
                    "moved": [moved],
                    "reason": "Ofsted's working days changed (an office closure day)",
                },
            ),
            (
                "withdrawal_notice",
                RESTART_ROLES[0],
                None,
                {"reason": "The local area partnership is to be inspected under the current framework"},
            ),
        ]
        for name, role, spec, values in jobs:
            scheduled = next((m for m in milestones if spec and m.key == spec.key), None)
            context = case_context(
                case=case,
                area=AREA,
                milestones=milestones,
                recipient_name="Jo Bloggs",
                role=role,
                milestone=scheduled,
                values=values,
                outcome=OUTCOMES.get(kind, {}),
            )
            letter = render(name, context, restricted=bool(scheduled and scheduled.restricted))
            out[f"{kind}.{name}.txt"] = f"Subject: {letter.subject}\n\n{letter.text}"
    out.update(_wsoa_letters())
    out["ops.delivery_failed.txt"] = _delivery_failed()
    out.update(_case_run_broken())
    out["ops.call_unconfirmed.txt"] = _call_unconfirmed()
    out["ops.deferral_request_region.txt"] = _deferral_request_region()
    out["ops.ops_digest.txt"] = digest_text(_digest_context())
    out["ops.retention_report.txt"] = _retention_report()
    return out


WSOA_FACTS = {
    "principal_authority": "London Borough of Camden",
    "principal_role": "dcs",
    "inspected_on": "2021-03-15",
    "final_report_received": "2021-05-04",
    "wsoa_received": "2021-08-16",
    "resubmission_received": "2021-10-29",
    "first_review_reason": "No measurable targets for EHC plan timeliness.",
}
WSOA_ROUNDS = {  # the first round only, and every event (each milestone is dated in one of them)
    "first": {"final_report_received": "2021-05-04"},
    "all": {
        "final_report_received": "2021-05-04",
        "wsoa_received": "2021-08-16",
        "first_review": "2021-08-27",
        "unfit_notified": "2021-08-27",
        "resubmission_received": "2021-10-29",
    },
}


def _wsoa_letters() -> dict[str, str]:
    """Each reminder, chase and review reminder (one of each kind, for each recipient), and the
    letters that follow a review: unfit, fit, and the DfE escalation."""
    out = {}
    letters: dict[str, tuple[str, str, dict]] = {}  # stem -> (milestone key, round, values)
    for m in get_timeline("wsoa").milestones:
        if m.notify:
            letters[re.sub(r"_\d+$", "", m.key)] = (
                m.key,
                "first" if m.key.startswith("wsoa_") else "all",
                {},
            )
    jobs = [
        (stem, key, rnd, role, {})
        for stem, (key, rnd, _) in letters.items()
        for role in get_timeline("wsoa").milestone(key).notify
    ]
    reason = {
        "reason": "Targets are measurable and owned.",
        "revisit": "Ofsted and the CQC will re-visit by 27 February 2023.",
        "reviewed_on": "2021-08-27",
    }
    jobs += [
        ("wsoa_unfit_notice", None, "all", PRINCIPAL, {"reason": WSOA_FACTS["first_review_reason"]}),
        ("wsoa_fit_notice", None, "all", PRINCIPAL, reason),
        ("wsoa_fit_notice", None, "all", DFE, reason),
        ("dfe_escalation", None, "all", DFE, {"reason": "Still no owners for the actions."}),
    ]
    for stem, key, rnd, role, values in jobs:
        case = Case(
            id=43,
            kind="wsoa",
            area_id=AREA.id,
            start=dt.date(2021, 5, 4),
            onsite_days=0,
            lead_hmi="Ann Smith HMI",
            weaknesses=["Timeliness and quality of EHC plans", "Joint commissioning of therapies"],
            events=WSOA_ROUNDS[rnd],
            facts=WSOA_FACTS,
        )
        milestones = scheduled_milestones(case)
        scheduled = next((m for m in milestones if m.key == key), None)
        context = case_context(
            case=case,
            area=AREA,
            milestones=milestones,
            recipient_name="Jo Bloggs",
            role=DCS if role == PRINCIPAL else role,
            milestone=scheduled,
            values=values,
        )
        sends = get_timeline("wsoa").milestone(key).sends if key else None
        letter = render(sends or stem, context)
        out[f"wsoa.{stem}.{role}.txt"] = f"Subject: {letter.subject}\n\n{letter.text}"
    return out


def _delivery_failed() -> str:
    failed = {
        "key": "case-42/1/notify_pcf/5",
        "status": "failed",
        "error": "550 5.1.1 mailbox unavailable",
        "role": "Parent carer forum",
        "subject": "Re-visit of Camden: information for parents and carers",
        "attempts": 1,
    }
    recipient = {"name": "Area SEND operations", "role": "Area SEND operations"}
    letter = render("delivery_failed", {"failed": failed, "recipient": recipient})
    return f"Subject: {letter.subject}\n\n{letter.text}"


def _deferral_request_region() -> str:
    request = {
        "case": "SEND-00042/1 Camden (re-visit)",
        "case_id": 42,
        "noun": "re-visit",
        "area": "Camden",
        "region": "London",
        "requested_by": "Camden DCS",
        "requested_at": "Tuesday 10 March 2026 at 10:30",
        "reason": "Major incident: flooding",
        "start": "Tuesday 24 March 2026",
        "url": "http://127.0.0.1:4200/runs/flow-run/0b5e7c1e-4d2a-4f7e-9d41-6c1f0e2a9b17",
    }
    recipient = {"name": "Ofsted London region", "role": "Ofsted region"}
    letter = render("deferral_request_region", {"request": request, "recipient": recipient})
    return f"Subject: {letter.subject}\n\n{letter.text}"


CALL = {"spoke_to": "Jo Bloggs", "called_at": "09:12", "dcs_unavailable": False, "their_role": ""}


def _call_unconfirmed() -> str:
    timeline = get_timeline("full-2016")
    spec = next(m for m in timeline.milestones if m.awaits == DCS_CALL)
    overdue = {
        "case": "case 42 (SEND-00042/1 Leeds, full-2016)",
        "case_id": 42,
        "title": spec.title,
        "rule": spec.rule,
        "decision": DCS_CALL,
        "due": "Tuesday 09 March 2027 10:00",
        "lead_hmi": "Sam Inspector",
    }
    recipient = {"name": "Area SEND operations", "role": "Area SEND operations"}
    letter = render(spec.alert, {"overdue": overdue, "recipient": recipient})
    return f"Subject: {letter.subject}\n\n{letter.text}"


def _case_run_broken() -> dict[str, str]:
    run = {
        "case": "case 42 (SEND-00042/1 Camden, revisit)",
        "case_id": 42,
        "state": "Crashed",
        "message": "no heartbeat for 90 s: its process was lost",
        "max_restarts": 3,
        "url": "http://127.0.0.1:4200/runs/flow-run/0b5e7c1e-4d2a-4f7e-9d41-6c1f0e2a9b17",
        "cancelled": False,
        "deleted": False,
    }
    recipient = {"name": "Area SEND operations", "role": "Area SEND operations"}
    out = {}
    cancelled = {"state": "Cancelled", "message": "Cancelled from the Prefect UI", "cancelled": True}
    for name, restarted, restarts, extra in (
        ("restarted", True, 1, {}),
        ("left", False, 3, {}),
        ("cancelled", True, 1, cancelled),
    ):
        context = {
            "run": {**run, "restarted": restarted, "restarts": restarts, **extra},
            "recipient": recipient,
        }
        letter = render("case_run_broken", context)
        out[f"ops.case_run_broken.{name}.txt"] = f"Subject: {letter.subject}\n\n{letter.text}"
    return out


def _digest_context() -> dict[str, object]:
    line = {"when": "Thursday 19 March 2026 (end of the day)", "case": "SEND-00042/1 Camden (revisit)"}
    return {
        "today": dt.date(2026, 3, 17),
        "days": 5,
        "horizon": dt.date(2026, 3, 24),
        "upcoming": [{**line, "what": "LA and PCF evidence uploaded", "rule": "RV providing evidence"}],
        "overdue": [],
        "decisions": [
            {"when": "case 41", "case": "SEND-00041/1 Leeds (full-2016)", "what": "decision outcome"}
        ],
        "deliveries": [],
        "register": {
            "areas": 153,
            "overdue_areas": [{"area": "Leeds", "what": "case 40: pap was due 2026-03-13"}],
            "proposed": [{"area": "Kent", "what": "monitoring inspection by 2027-09-06 (case 39)"}],
            "due_window": [{"area": "Bury", "what": "full inspection due 2026-01-12 to 2026-07-13"}],
        },
    }


def _retention_report() -> str:
    case = "case 12 Camden (full-2023, published 2026-12-15)"
    context = {
        "today": dt.date(2027, 7, 1),
        "due": [{"case": case, "state": "due for deletion from 2027-06-15"}],
        "held": [
            {
                "case": "case 9 Leeds (full-2016, published 2021-11-03)",
                "state": "held: wsoa (automatic: the local area has been required to produce a WSOA)",
            }
        ],
        "upcoming": [
            {
                "case": "case 14 Kent (full-2023, published 2027-02-02)",
                "state": "due for deletion from 2027-08-02",
            }
        ],
        "recipient": {"name": "Area SEND operations", "role": "Area SEND operations"},
    }
    letter = render("retention_report", context)
    return f"Subject: {letter.subject}\n\n{letter.text}"


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/communications")
    folder.mkdir(parents=True, exist_ok=True)
    samples = sample_letters()
    for name, text in samples.items():
        (folder / name).write_text(text)
    print(f"{len(samples)} samples in {folder}")
