"""The `sendops` CLI prints results and turns bad input into one line and a non-zero exit."""

import json
import subprocess
import sys

import pytest

from sendops.errors import SendopsError
from tests.casework import run_sendops


def sendops(*args, stdin=None):
    """The command in this process (its real code, output and exit code), or as a process when it
    reads standard input."""
    if stdin is None:
        return run_sendops(*args, check=False)
    return subprocess.run([sys.executable, "-m", "cli", *args], input=stdin, capture_output=True, text=True)


def test_timeline_json_for_a_revisit_across_dst():
    """The issue's example: survey opens 12:00 GMT on 23 March, on-site 09:00 BST on 30 March."""
    result = sendops("timeline", "revisit", "--start", "2026-03-30", "--days", "3", "--json")
    assert result.returncode == 0, result.stderr
    by_key = {m["key"]: m for m in json.loads(result.stdout)}
    assert by_key["survey_opens"]["due"] == "2026-03-23T12:00:00+00:00"
    assert by_key["onsite_starts"]["due"] == "2026-03-30T09:00:00+01:00"
    assert by_key["onsite_starts"]["date"] == "2026-03-30"
    assert by_key["onsite_starts"]["rule"] == "RV timeframe day 1"


def test_timeline_table_shows_weekday_day_number_and_rule():
    """The human table names the weekday, on-site day number, time zone and the rule."""
    result = sendops("timeline", "revisit", "--start", "2026-03-30")
    assert result.returncode == 0, result.stderr
    line = next(row for row in result.stdout.splitlines() if "survey_opens" in row)
    assert line.startswith("Mon 23 Mar 2026  12:00 GMT")
    assert "day -5" in line and "[RV" in line


def test_calendar_add_and_between():
    """`calendar add` accepts negative N; `between` counts working days after A up to B."""
    assert sendops("calendar", "add", "2026-12-24", "1").stdout == "2026-12-29\n"
    assert sendops("calendar", "add", "2026-12-29", "-1").stdout == "2026-12-24\n"
    assert sendops("calendar", "between", "2026-12-24", "2027-01-04").stdout == "4\n"


def test_calendar_add_reads_pairs_from_stdin():
    """With "-" the command reads one 'DATE N' pair per line and answers one date per line."""
    result = sendops("calendar", "add", "-", stdin="2026-12-24 1\n\n2022-06-01 1\n2026-04-07 -1\n")
    assert result.stdout.split() == ["2026-12-29", "2022-06-06", "2026-04-02"]


def test_closure_days_from_the_config_file(tmp_path):
    """Closure days in sendops.toml are skipped like bank holidays."""
    config = tmp_path / "sendops.toml"
    config.write_text("[calendar]\nclosure_days = [2026-12-29, 2026-12-30, 2026-12-31]\n")
    result = subprocess.run(
        [sys.executable, "-m", "cli", "calendar", "add", "2026-12-24", "1"],
        capture_output=True,
        text=True,
        env={"SENDOPS_CONFIG": str(config), "PATH": ""},
    )
    assert result.stdout == "2027-01-04\n", result.stderr


def test_worker_and_delivery_settings_come_from_the_file_unless_the_environment_sets_them(tmp_path):
    """[worker] and [delivery] in sendops.toml; SENDOPS_<NAME> wins; a bad value names itself;
    the 2023 framework's figures are checked by their own rules."""
    from sendops.config import load_settings

    config = tmp_path / "sendops.toml"
    config.write_text("[worker]\nsweep_seconds = 45\nrun_time_limit = 3600\n[delivery]\nlease_seconds = 60\n")
    env = {"SENDOPS_CONFIG": str(config), "SENDOPS_HOME": str(tmp_path), "SENDOPS_UNRESPONSIVE_SECONDS": "75"}
    settings = load_settings(env)
    assert (settings.sweep_seconds, settings.run_time_limit) == (45, 3600)
    assert (settings.delivery_lease_seconds, settings.unresponsive_seconds) == (60, 75)
    assert load_settings({**env, "SENDOPS_SWEEP_SECONDS": "30"}).sweep_seconds == 30
    with pytest.raises(
        SendopsError, match=r"worker.sweep_seconds \(SENDOPS_SWEEP_SECONDS\) must be a number"
    ):
        load_settings({**env, "SENDOPS_SWEEP_SECONDS": "soon"})
    config.write_text("[framework_2023]\nnotice_days = 1\n")
    with pytest.raises(SendopsError, match=r"\[framework_2023\]: framework_2023.notice_days must be 2 to 20"):
        load_settings(env)


def test_bad_input_is_one_line_without_traceback():
    """Every kind of bad input exits non-zero with a single 'sendops: error:' line."""
    cases = [
        (["timeline", "revisit", "--start", "2026-12-28"], "Boxing Day"),
        (["timeline", "revisit", "--start", "30/03/2026"], "not an ISO date"),
        (["timeline", "nonsense", "--start", "2026-03-30"], "nonsense"),
        (["calendar", "add", "2026-01-05", "three"], "not a whole number"),
        (["calendar", "add", "2050-01-03", "1"], "outside the supported range"),
        (["timeline", "wsoa"], "needs at least one event"),
    ]
    for args, fragment in cases:
        result = sendops(*args)
        assert result.returncode != 0, args
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("sendops: error:"), args
        assert fragment in result.stderr, (args, result.stderr)
    bad_stdin = sendops("calendar", "add", "-", stdin="2026-01-05 1\nnot a pair at all\n")
    assert bad_stdin.returncode != 0 and "stdin line 2" in bad_stdin.stderr
