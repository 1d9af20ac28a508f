"""Hostile and malformed input, a table of it, on a real database (SQLite file and PostgreSQL):
through the CLI (in this process, its real code and exit codes), the CSV imports, the decision
forms the Prefect UI shows, the deployment forms' parameters and scenario files. Each is refused
with one line naming the problem, and changes nothing: every table is row for row the same."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlmodel import select

from deployments.simulate import load_scenario
from models.db import session_scope
from models.tables import AuditEntry, Case, Decision
from sendops.clock import Clock
from sendops.errors import SendopsError
from tasks.case_state import record_decision
from tasks.decisions import validate_decision
from tasks.operator import schedule_case
from tests.casework import make_case, run_sendops, snapshot

HUGE = "x" * 5000
ESC = "Ann\x1b[31mHMI"  # a terminal escape sequence
HEADER = "area,role,name,email\n"
HISTORY = "area,date,framework,outcome\n"

# (what, arguments, the fragment the one-line error must contain); {case} is a scheduled re-visit,
# {tmp} the test's folder, where FILES are written first.
CLI = [
    (
        "unknown area",
        [
            "schedule",
            "revisit",
            "--area",
            "Atlantis",
            "--start",
            "2027-03-01",
            "--lead-hmi",
            "A",
            "--weakness",
            "W",
        ],
        "unknown local area 'Atlantis'",
    ),
    (
        "start on a bank holiday",
        ["schedule", "full-2016", "--area", "Leeds", "--start", "2026-12-25", "--lead-hmi", "A"],
        "Christmas Day",
    ),
    (
        "start not a date",
        ["schedule", "full-2016", "--area", "Leeds", "--start", "2027-02-30", "--lead-hmi", "A"],
        "not an ISO date",
    ),
    (
        "start too soon",
        ["schedule", "full-2016", "--area", "Leeds", "--start", "2020-03-02", "--lead-hmi", "A"],
        "notice",
    ),
    (
        "start out of range",
        ["schedule", "full-2016", "--area", "Leeds", "--start", "2051-03-01", "--lead-hmi", "A"],
        "outside the supported range",
    ),
    (
        "unknown kind",
        ["schedule", "full-2030", "--area", "Leeds", "--start", "2027-03-01", "--lead-hmi", "A"],
        "full-2030",
    ),
    (
        "re-visit with no weakness",
        ["schedule", "revisit", "--area", "Leeds", "--start", "2027-03-01", "--lead-hmi", "A"],
        "areas of significant weakness",
    ),
    (
        "too many on-site days",
        [
            "schedule",
            "revisit",
            "--area",
            "Leeds",
            "--start",
            "2027-03-01",
            "--days",
            "9",
            "--lead-hmi",
            "A",
            "--weakness",
            "W",
        ],
        "2 to 4 on-site days, not 9",
    ),
    (
        "days not a number",
        [
            "schedule",
            "revisit",
            "--area",
            "Leeds",
            "--start",
            "2027-03-01",
            "--days",
            "two",
            "--lead-hmi",
            "A",
        ],
        "'two' is not a valid integer",
    ),
    (
        "empty lead HMI",
        ["schedule", "full-2016", "--area", "Leeds", "--start", "2027-03-01", "--lead-hmi", " "],
        "name the lead HMI",
    ),
    (
        "huge lead HMI",
        ["schedule", "full-2016", "--area", "Leeds", "--start", "2027-03-01", "--lead-hmi", HUGE],
        "lead HMI: 5000 characters, more than 200",
    ),
    (
        "escape codes in a name",
        ["schedule", "full-2016", "--area", "Leeds", "--start", "2027-03-01", "--lead-hmi", ESC],
        "lead HMI: has a control character",
    ),
    (
        "huge weakness",
        [
            "schedule",
            "revisit",
            "--area",
            "Leeds",
            "--start",
            "2027-03-01",
            "--lead-hmi",
            "A",
            "--weakness",
            HUGE * 2,
        ],
        "weakness: 10000 characters",
    ),
    (
        "a second active case",
        [
            "schedule",
            "revisit",
            "--area",
            "Camden",
            "--start",
            "2027-03-01",
            "--lead-hmi",
            "A",
            "--weakness",
            "W",
        ],
        "already",
    ),
    (
        "no area contacts",
        ["schedule", "full-2016", "--area", "Leeds", "--start", "2027-03-01", "--lead-hmi", "A"],
        "Leeds has no contact for",
    ),
    (
        "control character in --by",
        ["contacts", "set", "Leeds", "dcs", "Dee Smith", "dee@leeds.gov.uk", "--by", "Ops\x00Lead"],
        "who is acting (--by): has a control character",
    ),
    (
        "deferral before notification",
        ["defer", "{case}", "--reason", "flood"],
        "a deferral can be requested only between notification",
    ),
    ("deferral with no reason", ["defer", "{case}", "--reason", " "], "reason"),
    ("decision of an unknown case", ["decide", "99999", "outcome"], "99999"),
    ("decision field without =", ["decide", "{case}", "outcome", "weakness_1"], "expected FIELD=VALUE"),
    (
        "restart of a case not deferred",
        ["restart", "{case}", "--start", "2027-06-01", "--reason", "x"],
        "not deferred",
    ),
    (
        "withdraw with an escape code",
        ["withdraw", "{case}", "--reason", "bad\x1bthing"],
        "reason: has a control character",
    ),
    ("case number not a number", ["cases", "show", "one"], "'one' is not a valid integer"),
    (
        "a 2016 inspection today, not saying why",
        ["schedule", "full-2016", "--area", "Camden", "--start", "2027-03-01", "--lead-hmi", "A"],
        "is outside the period it applies to (from 2016-05-01 to 2022-04-30: C22 background",
    ),
    (
        "a current inspection said to be outside its period",
        [
            "schedule",
            "full-2023",
            "--area",
            "Camden",
            "--start",
            "2027-03-01",
            "--lead-hmi",
            "A",
            "--outside-period",
            "why not",
        ],
        "is within the period it applies to: it needs no --outside-period",
    ),
    (
        "a Secretary of State's direction for what is not a re-visit",
        [
            "schedule",
            "full-2023",
            "--area",
            "Camden",
            "--start",
            "2027-03-01",
            "--lead-hmi",
            "A",
            "--secretary-of-state-direction",
            "SoS/2027/1",
        ],
        "is for a further re-visit, not a full-2023",
    ),
    (
        "confirm a case that is not proposed",
        ["revisit", "confirm", "{case}", "--start", "2027-06-01"],
        "is not a proposed",
    ),
    ("contacts: unknown role", ["contacts", "import", "{tmp}/role.csv"], "unknown role 'mayor'"),
    ("contacts: not an email", ["contacts", "import", "{tmp}/email.csv"], "is not an email address"),
    (
        "contacts: formula",
        ["contacts", "import", "{tmp}/formula.csv"],
        "name: looks like a spreadsheet formula",
    ),
    ("contacts: repeated row", ["contacts", "import", "{tmp}/repeat.csv"], "repeats line 2"),
    (
        "contacts: wrong header",
        ["contacts", "import", "{tmp}/header.csv"],
        "header must be area,role,name,email",
    ),
    ("contacts: national role for an area", ["contacts", "import", "{tmp}/national.csv"], "national role"),
    ("contacts: not UTF-8", ["contacts", "import", "{tmp}/latin1.csv"], "cannot read"),
    ("contacts: missing file", ["contacts", "import", "{tmp}/nothing.csv"], "cannot read"),
    (
        "contact set: control character",
        ["contacts", "set", "Leeds", "dcs", "Dee\x07Smith", "dee@leeds.gov.uk"],
        "name: has a control character",
    ),
    (
        "history: formula",
        ["areas", "import-history", "{tmp}/history-formula.csv"],
        "looks like a spreadsheet formula",
    ),
    (
        "history: bank holiday",
        ["areas", "import-history", "{tmp}/history-holiday.csv"],
        "a bank holiday (Easter Monday)",
    ),
    (
        "retention: unknown reason",
        ["retention", "hold", "{case}", "--reason", "whim", "--note", "x"],
        "'whim' is not one of",
    ),
    (
        "retention: unpublished case",
        ["retention", "hold", "{case}", "--reason", "complaint", "--note", "x"],
        "is not published",
    ),
    ("retention: delete unconfirmed", ["retention", "delete", "{case}"], "add --yes to confirm"),
    ("restore unconfirmed", ["db", "restore", "{tmp}/backup.db"], "add --yes to confirm"),
    ("register --json alone", ["areas", "--json"], "--json goes with --due"),
    (
        "listen beyond loopback",
        ["up", "--host", "0.0.0.0"],
        "refusing to listen on 0.0.0.0 without authentication",
    ),
]
FILES = {
    "role.csv": HEADER + "Leeds,mayor,Ann,ann@leeds.gov.uk\n",
    "email.csv": HEADER + "Leeds,dcs,Ann,ann-at-leeds\n",
    "formula.csv": HEADER + 'Leeds,dcs,=HYPERLINK("http://x"),ann@leeds.gov.uk\n',
    "repeat.csv": HEADER + "Leeds,dcs,Ann,ann@leeds.gov.uk\nLeeds,dcs,Ann B,ANN@leeds.gov.uk\n",
    "header.csv": "area;role;name;email\nLeeds;dcs;Ann;ann@leeds.gov.uk\n",
    "national.csv": HEADER + "Leeds,sos_education,Ann,ann@education.gov.uk\n",
    "history-formula.csv": HISTORY + "Leeds,2024-03-15,2023,@SUM(A1)\n",
    "history-holiday.csv": HISTORY + "Leeds,2024-04-01,2023,positive\n",
}


@pytest.fixture
def scheduled(database, tmp_path):
    case_id = make_case(tmp_path)  # a re-visit of Camden, with contacts for every role
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "latin1.csv").write_bytes((HEADER + "Leeds,dcs,Zoë,zoe@leeds.gov.uk\n").encode("latin-1"))
    return case_id


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # the forms below run on both
@pytest.mark.parametrize("what, args, fragment", CLI, ids=[c[0] for c in CLI])
def test_bad_command_line_input_is_one_line_and_changes_nothing(
    database, scheduled, tmp_path, what, args, fragment
):
    args = [a.replace("{case}", str(scheduled)).replace("{tmp}", str(tmp_path)) for a in args]
    before = snapshot(database)
    result = run_sendops(*args, check=False)
    assert result.returncode != 0, what
    assert result.stderr.startswith("sendops: error:") and result.stderr.count("\n") == 1, result.stderr
    assert fragment in result.stderr, result.stderr
    assert snapshot(database) == before


# The outcome form of a full inspection as the Prefect UI submits it (the UI checks only types).
FORMS = [
    ("no name", {"wsoa_required": False}, "decided_by: Field required"),
    ("blank name", {"decided_by": "  "}, "decided_by: say who is deciding"),
    (
        "a yes/no that is neither",
        {"decided_by": "A", "wsoa_required": "perhaps"},
        "wsoa_required: Input should be a valid boolean",
    ),
    (
        "a principal that is neither",
        {"decided_by": "A", "principal_is": "council"},
        "principal_is: Input should be 'la' or 'ccg_icb'",
    ),
    (
        "a WSOA with no principal",
        {"decided_by": "A", "wsoa_required": True, "weaknesses": ["W"]},
        "a WSOA needs a principal authority",
    ),
    (
        "a WSOA with no weaknesses",
        {"decided_by": "A", "wsoa_required": True, "principal_authority": "Leeds"},
        "name the areas of significant weakness",
    ),
    ("a huge reason", {"decided_by": "A", "reason": HUGE}, "reason: 5000 characters, more than 4000"),
    (
        "an escape code in a weakness",
        {"decided_by": "A", "wsoa_required": True, "principal_authority": "L", "weaknesses": ["EHC\x1b[2J"]},
        "weaknesses: has a control character",
    ),
    ("a list where a name goes", {"decided_by": ["A", "B"]}, "decided_by: Input should be a valid string"),
]


@pytest.mark.parametrize("what, values, fragment", FORMS, ids=[f[0] for f in FORMS])
def test_a_bad_decision_form_is_refused_with_its_reason(database, tmp_path, what, values, fragment):
    case_id = make_case(tmp_path, kind="full-2016", start=dt.date(2026, 4, 20), days=5, weaknesses=())
    with session_scope() as session:
        case = session.get(Case, case_id)
    with pytest.raises(SendopsError, match="outcome decision for case") as raised:
        validate_decision(case, "outcome", values)
    assert fragment in str(raised.value) and "\n" not in str(raised.value)


# The schedule-case deployment form's parameters, as the flow passes them on.
API = [
    ("negative on-site days", {"kind": "full-2016", "days": -1}, "lasts 1 to 5 on-site days, not -1"),
    ("a kind that does not run as a case", {"kind": "wsoa"}, "wsoa"),
    ("a date far in the past", {"start": dt.date(1999, 1, 4)}, "outside the supported range"),
    ("a Sunday", {"start": dt.date(2027, 3, 7)}, "a Sunday"),
]


@pytest.mark.parametrize("what, params, fragment", API, ids=[a[0] for a in API])
def test_bad_deployment_parameters_are_refused_and_change_nothing(
    database, scheduled, what, params, fragment
):
    before = snapshot(database)
    kwargs = {"kind": "full-2016", "area": "Camden", "start": dt.date(2027, 3, 1), "days": None}
    kwargs |= {"lead_hmi": "Ann", "weaknesses": [], "actor": "Ops", "clock": Clock(), **params}
    with pytest.raises(SendopsError, match=fragment):
        schedule_case(**kwargs)
    assert snapshot(database) == before


CASE = '[[cases]]\nname = "a"\narea = "York"\nstart = "2026-03-10"\n'
START = 'start = "2026-03-02T07:00:00"\n'
SCENARIOS = [
    ("not TOML", "start = [", "scenario"),
    ("no cases", 'start = "2026-03-02T07:00:00"', "no [[cases]]"),
    (
        "a case with no area",
        'start = "2026-03-02T07:00:00"\n[[cases]]\nname = "a"\nkind = "revisit"\nstart = "2026-03-10"',
        "is missing area",
    ),
    (
        "a start that is not a date",
        'start = "soon"\n' + CASE + 'kind = "revisit"',
        "is not an ISO date-time",
    ),
    (
        "a speed that is not a number",
        START + 'speed = "fast"\n' + CASE + 'kind = "revisit"',
        "speed",
    ),
    (
        "an unknown kind",
        START + CASE + 'kind = "audit"',
        "unknown kind 'audit'",
    ),
    (
        "an action on an unknown case",
        START + CASE + 'kind = "revisit"\n[[actions]]\ncase = "b"\naction = "defer"',
        "unknown case 'b'",
    ),
]


@pytest.mark.parametrize("what, text, fragment", SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_a_bad_scenario_file_is_refused_before_anything_starts(tmp_path, what, text, fragment):
    path = tmp_path / "scenario.toml"
    path.write_text(text)
    with pytest.raises(SendopsError, match=fragment.replace("[", r"\[").replace("]", r"\]")):
        load_scenario(path)


def test_the_same_decision_submitted_twice_at_once_is_recorded_once(database, tmp_path):
    """Two submissions of one decision racing (two operators, or a double press): one is recorded,
    the other finds it done; one decision row, one audit entry."""
    case_id = make_case(tmp_path, kind="full-2016", start=dt.date(2026, 4, 20), days=5, weaknesses=())
    now = dt.datetime(2026, 4, 24, 16, tzinfo=dt.UTC)
    values = {"decided_by": "Ann HMI", "wsoa_required": False, "reason": ""}
    results, barrier = [], threading.Barrier(2)

    def submit() -> None:
        barrier.wait()
        with session_scope() as session:
            results.append(
                record_decision(
                    session=session,
                    case_id=case_id,
                    key="onsite_ends",
                    decision="outcome",
                    values=values,
                    now=now,
                )
            )

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with session_scope() as session:
        decisions = session.exec(select(Decision).where(Decision.case_id == case_id)).all()
        audits = session.exec(select(AuditEntry).where(AuditEntry.action == "decide_outcome")).all()
    assert sorted(results) == [False, True] and len(decisions) == 1 and len(audits) == 1


def test_the_table_has_forty_hostile_inputs_or_more():
    assert len(CLI) + len(FORMS) + len(API) + len(SCENARIOS) + 1 >= 40
