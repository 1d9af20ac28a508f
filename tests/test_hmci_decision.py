"""HMCI decides (H§38, H§74; B17): at the feedback the inspection team recommends whether a WSOA
is required and who the principal authority is; after moderation HMCI's decision, which may
differ, is what the letters and the WSOA follow. On a real database (SQLite file and
PostgreSQL), without Prefect."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from models.db import session_scope
from models.tables import AuditEntry, Case, WsoaRecord
from sendops.errors import SendopsError
from tasks.decisions import validate_decision
from tests.casework import DECISIONS, case_row, make_case, run_to_publication

TEAM = {
    "decided_by": "Ann HMI",
    "wsoa_required": True,
    "principal_authority": "London Borough of Camden",
    "principal_is": "la",
    "weaknesses": ["Waiting times for assessment", "Joint commissioning"],
}
HMCI = {
    "decided_by": "HMCI's office",
    "wsoa_required": True,
    "principal_authority": "NHS North Central London ICB",
    "principal_is": "ccg_icb",
    "weaknesses": ["Joint commissioning"],
}


def test_hmci_decides_after_moderation_and_the_wsoa_follows_hmci(database, tmp_path):
    case_id = make_case(tmp_path, kind="full-2016", start=dt.date(2026, 3, 30), days=3, weaknesses=())
    with session_scope() as session:
        hmci = validate_decision(session.get(Case, case_id), "hmci_decision", HMCI)
    reached, end = run_to_publication(case_id, {**DECISIONS, "outcome": TEAM, "hmci_decision": hmci})
    assert end.final_state == "Published"
    assert reached.index("onsite_ends") < reached.index("hmci_decision") < reached.index("draft_sent")
    with session_scope() as session:
        (wsoa,) = session.exec(select(Case).where(Case.kind == "wsoa")).all()
        (audit,) = session.exec(select(AuditEntry).where(AuditEntry.action == "decide_hmci_decision")).all()
    # The WSOA is HMCI's: the ICB draws it up, on the one weakness HMCI kept.
    with session_scope() as session:
        record = session.exec(select(WsoaRecord).where(WsoaRecord.case_id == wsoa.id)).one()
    assert (record.principal_authority, record.principal_role) == ("NHS North Central London ICB", "ccg_icb")
    assert wsoa.weaknesses == ["Joint commissioning"]
    # The record keeps both: what the team recommended, what HMCI decided.
    assert audit.details["recommended"]["principal_authority"] == "London Borough of Camden"
    assert audit.details["values"]["principal_authority"] == "NHS North Central London ICB"
    assert case_row(case_id).status == "published"


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_hmcis_decision_has_the_outcomes_rules(database, tmp_path):
    """A WSOA needs its principal authority and its weaknesses (H§74), whoever decides."""
    case_id = make_case(tmp_path, kind="full-2016", start=dt.date(2026, 3, 30), days=3, weaknesses=())
    with session_scope() as session:
        case = session.get(Case, case_id)
    with pytest.raises(SendopsError, match="hmci_decision decision .* a WSOA needs a principal authority"):
        validate_decision(case, "hmci_decision", {"decided_by": "HMCI", "wsoa_required": True})
