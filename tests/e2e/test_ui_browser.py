"""The Prefect UI as an operator uses it, in a real browser: Playwright drives Debian's Chromium
against the session's server (what `sendops up` starts), on the UI's default (v2) pages. Each
test presses what an operator presses; the screenshots of the main screens are saved to
docs/ui/ (linked from the README) when SENDOPS_UI_SCREENSHOTS is set.

Skipped without a Chromium (scripts/install-chromium installs one), unless
SENDOPS_REQUIRE_BROWSER=1 (CI), when that is a failure."""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from uuid import UUID

import pytest
from sqlmodel import select

from models.db import session_scope
from models.tables import AuditEntry, Case, LocalArea
from sendops.calendar import to_london
from sendops.config import load_settings
from tasks.runs import WAITING_CANCELLED
from tests.e2e.conftest import (
    E2E_PORT,
    case_row,
    messages,
    milestone_rows,
    run_state,
    schedule,
    sendops,
    start_in,
    wait_for,
    wait_for_decision,
    wait_until_reached,
)

pytestmark = [pytest.mark.e2e, pytest.mark.browser, pytest.mark.xdist_group("browser")]  # one Chromium

UI = f"http://127.0.0.1:{E2E_PORT}/v2"
CHROMIUM = os.environ.get("SENDOPS_TEST_CHROMIUM", "/usr/bin/chromium")
# As root, with no network beyond loopback (the machine's notes): no sandbox, no background calls.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "ui"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("SENDOPS_REQUIRE_BROWSER") == "1":
            pytest.fail(f"SENDOPS_REQUIRE_BROWSER=1 but there is no Chromium at {CHROMIUM}")
        pytest.skip("no Chromium: scripts/install-chromium installs Debian's")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, stack):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def shot(page, name: str) -> None:
    if os.environ.get("SENDOPS_UI_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def blank(page) -> None:
    """Leave the Prefect UI while a test waits: an open page polls the API and redraws, which on
    this 2-core machine takes CPU from the server and worker under test. A request the last
    press sent finishes first."""
    with contextlib.suppress(Exception):  # the UI's polling kept it busy: the request is long done
        page.wait_for_load_state("networkidle", timeout=5_000)
    page.goto("about:blank")


def open_run(page, case_id: int) -> None:
    page.goto(f"{UI}/runs/flow-run/{case_row(case_id).flow_run_id}", wait_until="networkidle")


def run_menu(page, item: str) -> None:
    """The ⋮ menu at the top right of a run's page: Cancel, Resume, Delete, ..."""
    page.get_by_role("button", name="Open menu").first.click()
    page.get_by_role("menuitem", name=item).click()


def press_resume(page) -> None:
    """Press the Resume dialog's Resume button until the dialog closes.

    Now and then (2 runs in 8 here) the UI's Resume press sends nothing: no request, no toast,
    the values still in the form. An operator presses it again; a second resume of a run that
    is no longer paused is refused by the server, so pressing again cannot decide twice."""
    dialog = page.get_by_role("dialog")
    for _ in range(3):
        try:
            dialog.get_by_role("button", name="Resume").click(timeout=5_000)
            dialog.wait_for(state="hidden", timeout=10_000)
            return
        except Exception:
            if not dialog.is_visible():  # it closed while we looked: the press went through
                return
    page.screenshot(path="/tmp/sendops-resume-stuck.png")
    toasts = " | ".join(t.inner_text() for t in page.locator("[data-sonner-toast]").all())
    raise AssertionError(
        f"the Resume dialog stayed open after 3 presses (screenshot /tmp/sendops-resume-stuck.png): "
        f"toasts: {toasts!r}"
    )


@pytest.mark.long
def test_a_refused_outcome_from_the_resume_form_asks_again_with_the_reason(page):
    """The weakest 2023 outcome with no areas for priority action (the form lets it through): the
    run stays suspended for the outcome and its Resume form now opens with the refusal; the
    operator then decides from the command line, and the case goes on to the draft."""
    case_id = schedule("full-2023", "York", start_in(11))
    wait_for_decision(case_id, "outcome", timeout=150)
    open_run(page, case_id)
    run_menu(page, "Resume")
    dialog = page.get_by_role("dialog")
    dialog.get_by_text("Outcome at the final feedback.").wait_for()
    dialog.get_by_role("textbox").first.fill("Ann HMI")
    dialog.get_by_role("button", name="Select outcome").click()
    page.get_by_role("option", name="widespread").click()
    shot(page, "resume-outcome-form")
    press_resume(page)
    blank(page)
    wait_for(lambda: (run_state(case_id).pause_key or "").endswith("-retry-1"), timeout=60, what="the re-ask")
    open_run(page, case_id)
    run_menu(page, "Resume")
    dialog.get_by_text("The last submission was refused").wait_for()
    assert "areas_for_priority_action: the widespread outcome" in dialog.inner_text()
    shot(page, "resume-refused")
    blank(page)
    sendops("decide", case_id, "outcome", "outcome=inconsistent", "--by", "Ann HMI")
    wait_for_decision(case_id, "draft_sent", timeout=60)
    case = case_row(case_id)
    assert case.facts["outcome"] == "inconsistent" and milestone_rows(case_id)["onsite_ends"].status == "done"
    with session_scope() as session:
        refused = session.exec(
            select(AuditEntry).where(AuditEntry.case_id == case_id, AuditEntry.action == "decision_refused")
        ).all()
    assert [a.actor for a in refused] == ["Ann HMI"]


@pytest.mark.long
def test_the_notification_call_from_the_resume_form(page):
    """A 2016 full inspection waits on day -5 for the lead HMI's call (H§17): the operator opens
    the run, presses Resume and fills the call's form (whom, at what time); the notices that
    follow the call (H§18-22) then go, each at the moment of the record."""
    case_id = schedule("full-2016", "Rutland", start_in(9), "--days", "1")
    wait_for_decision(case_id, "dcs_call", timeout=120)
    open_run(page, case_id)
    run_menu(page, "Resume")
    dialog = page.get_by_role("dialog")
    dialog.get_by_text("Record the notification call to the DCS").wait_for()
    boxes = dialog.get_by_role("textbox")
    boxes.nth(0).fill("Ann HMI")  # your name, then the reason and when it was decided (left empty)
    boxes.nth(3).fill("Sam Lee")  # spoke to
    called = f"{to_london(load_settings().clock.now()):%H:%M}"
    boxes.nth(5).fill(called)  # the time of the call (their role, for an absent DCS, left empty)
    shot(page, "resume-call-form")
    press_resume(page)
    blank(page)
    wait_until_reached(case_id, "notify_pcf_iass", timeout=60)
    rows = milestone_rows(case_id)
    assert rows["notify_local_area"].done_at == rows["notify_pcf_iass"].done_at  # at the record's moment
    (confirmation,) = [m for m in messages(case_id) if m.milestone == "notify_local_area"]
    assert f"to Sam Lee\nat {called} today" in confirmation.body
    assert {m.role for m in messages(case_id)} >= {"dcs", "ccg_icb", "lano", "pcf", "iass"}


def test_cancel_from_the_run_page_is_undone_by_recovery(page):
    """The run page's Cancel on a waiting case (Cancelling, with no process to stop): the
    scheduled recover-cases settles it at once and starts it again, waiting for the same deadline."""
    # notified in 150 working days: minutes on this clock, for the sweep to come round
    case_id = schedule("revisit", "Leicester", start_in(150), "--weakness", "Transitions")
    wait_for(lambda: run_state(case_id).name.startswith("Awaiting"), timeout=60, what="the case to wait")
    due = run_state(case_id).scheduled_time
    page.goto(f"{UI}/runs", wait_until="networkidle")
    page.get_by_text("Awaiting notify_local_area · due").first.wait_for()
    shot(page, "runs-list")
    open_run(page, case_id)
    page.get_by_text("Awaiting notify_local_area · due").first.wait_for()
    shot(page, "waiting-case-run")
    run_menu(page, "Cancel")
    page.get_by_role("button", name="Cancel Flow Run").click()
    wait_for(lambda: run_state(case_id).type in ("CANCELLING", "CANCELLED"), timeout=30, what="the cancel")
    blank(page)

    wait_for(
        lambda: run_state(case_id).name.startswith("Awaiting notify_local_area"),
        timeout=240,
        what="recover-cases to start the run again",
        every=1,
    )
    assert run_state(case_id).scheduled_time == due
    with session_scope() as session:
        (restart,) = session.exec(
            select(AuditEntry).where(AuditEntry.case_id == case_id, AuditEntry.action == "restart_case_run")
        ).all()
    assert restart.details["before"]["state"] == "Cancelled"
    # settled at once: it was waiting, so no process could be running it (tasks/runs.py)
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        history = client.read_flow_run_states(UUID(case_row(case_id).flow_run_id))
    assert any(s.type.value == "CANCELLED" and s.message == WAITING_CANCELLED for s in history)


def open_form(page, deployment: str) -> None:
    """Deployments → `deployment` → Run → Custom run: the action's form."""
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        deployment_id = client.read_deployment_by_name(f"{deployment}/{deployment}").id
    page.goto(f"{UI}/deployments/deployment/{deployment_id}/run", wait_until="networkidle")


def fill_form(
    page, *, texts: list[str], number: int | None = None, json: dict[int, str] | None = None
) -> None:
    """The form's text fields in order, its number field (a case number), and fields typed as JSON
    through their ⋮ menu (by the menu's position: a date is picked or typed as "YYYY-MM-DD")."""
    for index, value in (json or {}).items():
        page.get_by_role("button", name="Open menu").nth(index).click()
        page.get_by_role("menuitem", name="Use JSON Input").click()
        page.locator(".cm-content").click()
        page.keyboard.press("Control+A")
        page.keyboard.type(value)
    if number is not None:
        page.locator("input[type=number]").first.fill(str(number))
    areas = page.locator("textarea")
    assert areas.count() == len(texts), f"the form has {areas.count()} text fields"
    for i, value in enumerate(texts):
        areas.nth(i).fill(value)


def submit_form(page) -> None:
    """Press the form's Submit until the UI leaves the form for the deployment's page, as it does
    once it has created the run (as with Resume, a press now and then sends nothing)."""
    for _ in range(3):
        with contextlib.suppress(Exception):
            page.get_by_role("button", name="Submit").click(timeout=5_000)
        with contextlib.suppress(Exception):
            page.wait_for_url(lambda url: not url.endswith("/run"), timeout=10_000)
            return
    page.screenshot(path="/tmp/sendops-submit-stuck.png")
    raise AssertionError("3 presses of Submit created no flow run (/tmp/sendops-submit-stuck.png)")


def test_schedule_case_from_the_deployment_form(page):
    """Deployments → schedule-case → Run: kind from a list, the date typed as JSON, weaknesses one
    per line; the case is scheduled and its run starts."""
    open_form(page, "schedule-case")
    page.get_by_role("button", name="Select kind").click()
    page.get_by_role("option", name="revisit").click()
    day = start_in(20)  # once: on this clock a day passes in 1.7 real seconds
    # area, lead HMI, scheduled by, weaknesses, a Secretary of State's direction (none: a first
    # re-visit), why outside the period (a re-visit after 2022); the start field's menu is the
    # third (after kind, area)
    texts = ["Bury", "Ann HMI", "Ops Lead", "EHC plans\nTransitions", "", "a rehearsal"]
    fill_form(page, texts=texts, json={2: f'"{day}"'})
    shot(page, "schedule-case-form")
    submit_form(page)

    def scheduled() -> Case | None:
        with session_scope() as session:
            return session.exec(
                select(Case)
                .join(LocalArea, LocalArea.id == Case.area_id)
                .where(Case.kind == "revisit", Case.start == day, LocalArea.name == "Bury")
            ).first()

    case = wait_for(scheduled, timeout=60, what="the case scheduled from the form")
    blank(page)
    assert case.weaknesses == ["EHC plans", "Transitions"] and case.onsite_days == 2
    wait_for(lambda: run_state(case.id).name.startswith("Awaiting"), timeout=60, what="its run to wait")


def test_defer_then_restart_a_case_from_the_forms(page):
    """request-deferral's form, the deferral granted in the run's Resume form, then
    restart-deferred-case's form: the case is deferred (its run ends Deferred, the on-site start
    cancelled), then runs again as attempt 2 in a new run, notified on time, the area told."""
    case_id = schedule("revisit", "Halton", start_in(16), "--weakness", "Transitions")
    # The form is filled while the case waits to be notified, and sent once it is: a request is
    # taken only between the notification and on-site day 1, 12 real seconds on this clock.
    open_form(page, "request-deferral")
    fill_form(page, texts=["Halton DCS", "Major incident: flooding"], number=case_id)
    wait_for(lambda: case_row(case_id).status == "notified", timeout=90, what="the notification")
    submit_form(page)
    wait_for_decision(case_id, "deferral", timeout=60)

    open_run(page, case_id)
    run_menu(page, "Resume")
    dialog = page.get_by_role("dialog")
    dialog.get_by_text("Deferral request").first.wait_for()
    dialog.get_by_role("textbox").first.fill("Ofsted and CQC")
    dialog.get_by_label("For Ofsted: who decided").fill("Ofsted Regional Director")  # jointly (H§25)
    dialog.get_by_label("For the CQC: who decided").fill("CQC Head of Inspection")
    dialog.get_by_role("switch").click()  # grant
    assert dialog.get_by_role("switch").get_attribute("aria-checked") == "true"
    press_resume(page)
    blank(page)
    wait_for(lambda: run_state(case_id).name == "Deferred", timeout=60, what="the run to end Deferred")
    first_run = case_row(case_id).flow_run_id
    statuses = {k: m.status for k, m in milestone_rows(case_id).items()}
    assert case_row(case_id).status == "deferred"
    assert statuses["notify_local_area"] == "done" and statuses["onsite_starts"] == "cancelled"

    new_start = start_in(16)  # notified 6 working days on: after the form is sent
    open_form(page, "restart-deferred-case")
    fill_form(page, texts=["Ops Lead", "Flooding over"], number=case_id, json={1: f'"{new_start}"'})
    submit_form(page)
    wait_for(lambda: case_row(case_id).attempt == 2, timeout=60, what="the restart")
    blank(page)
    # its new run is created once the restart has committed
    case = wait_for(lambda: (c := case_row(case_id)).run_request is None and c, timeout=30, what="its run")
    assert (case.start, case.status) == (new_start, "scheduled") and case.flow_run_id != first_run
    # reached in the new run (its timing is checked by the other lifecycles: the browser worker
    # is the busiest, and a margin of 1 real second missed here under load on CI)
    wait_until_reached(case_id, "notify_local_area", timeout=120)
    with session_scope() as session:
        (restart,) = session.exec(
            select(AuditEntry).where(
                AuditEntry.case_id == case_id, AuditEntry.action == "restart_deferred_case"
            )
        ).all()
    assert restart.actor == "Ops Lead" and restart.details["before"]["attempt"] == 1
    notices = [m for m in messages(case_id) if m.milestone == "restart-2"]
    assert notices and all(m.ics for m in notices)


def artifact_has(key: str, text: str):
    def listed() -> bool:
        from prefect.artifacts import Artifact

        artifact = Artifact.get(key, _sync=True)  # sync: Playwright runs an event loop here
        return artifact is not None and text in str(artifact.data)

    return listed


def test_the_cases_board_lists_every_open_case(page):
    """Artifacts → cases-board: every open case with what it waits for and a link to its run."""
    case_id = schedule("revisit", "Bolton", start_in(60), "--weakness", "Transitions")
    wait_for(lambda: run_state(case_id).name.startswith("Awaiting"), timeout=60, what="the case to wait")
    sendops("cases", "list")
    # The worker rewrites the board within 2 s of a change (tasks/board.py): an operator who
    # opened it sooner would reload.
    wait_for(artifact_has("cases-board", "Bolton"), timeout=30, what="the board to list the case")
    # ... and the national register (tasks/register.py) its area's open case
    opened = f"re-visit (case {case_id}, scheduled)"
    wait_for(artifact_has("area-register", opened), timeout=30, what="the register to list the case")
    page.goto(f"{UI}/artifacts/key/cases-board", wait_until="networkidle")
    page.get_by_role("link", name=re.compile(r"^[0-9a-f]{8}$")).first.click()  # its latest version
    board = page.locator("main")
    board.get_by_role("table").get_by_text("Bolton").wait_for()
    table = "".join(board.get_by_role("table").first.inner_text().split())  # cells wrap
    with session_scope() as session:
        open_cases = session.exec(select(Case).where(Case.status.in_(("scheduled", "notified")))).all()
    assert f"{case_id}(SEND-{case_id:05d}/1)Boltonrevisitscheduled" in table
    assert all(f"(SEND-{c.id:05d}/" in table for c in open_cases)
    shot(page, "cases-board")


@pytest.mark.long
def test_an_outcome_dated_earlier_from_the_resume_form(page):
    """The Resume form's "When it was decided, if earlier": a moment in the future is refused with
    its reason on the form; the moment the outcome could first be given is recorded as its date."""
    from models.tables import Decision
    from tasks.case_state import decision_opens

    case_id = schedule("full-2023", "Rutland", start_in(11))
    wait_for_decision(case_id, "outcome", timeout=150)
    opens = decision_opens(case=case_row(case_id), key="onsite_ends")
    for decided_at in ("2099-01-01 09:00", f"{to_london(opens):%Y-%m-%d %H:%M}"):
        open_run(page, case_id)
        run_menu(page, "Resume")
        dialog = page.get_by_role("dialog")
        dialog.get_by_text("Outcome at the final feedback.").wait_for()
        boxes = dialog.get_by_role("textbox")
        boxes.nth(0).fill("Ann HMI")  # your name, the reason (left empty), when it was decided
        boxes.nth(2).fill(decided_at)
        dialog.get_by_role("button", name="Select outcome").click()
        page.get_by_role("option", name="positive").click()
        press_resume(page)
        blank(page)
        if decided_at.startswith("2099"):
            wait_for(
                lambda: (run_state(case_id).pause_key or "").endswith("-retry-1"), timeout=60, what="re-ask"
            )
            open_run(page, case_id)
            run_menu(page, "Resume")
            dialog.get_by_text("The last submission was refused").wait_for()
            assert "decided_at: 2099-01-01 09:00 is after the moment it is recorded" in dialog.inner_text()
            blank(page)
    wait_for_decision(case_id, "draft_sent", timeout=60)
    with session_scope() as session:
        decision = session.exec(select(Decision).where(Decision.case_id == case_id)).one()
    assert decision.decided_at == opens and milestone_rows(case_id)["onsite_ends"].late is False
