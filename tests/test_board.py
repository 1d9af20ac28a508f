"""The cases board (tasks/board.py) on a real database: every open case counted, the soonest due
shown, and no more than its limit of rows."""

from __future__ import annotations

import datetime as dt

from models.db import session_scope
from tasks.board import board_rows, board_text
from tests.casework import make_case


def test_the_board_shows_the_soonest_due_up_to_its_limit_and_counts_them_all(database, tmp_path):
    late, soon, middle = (
        make_case(tmp_path, start=dt.date(2026, 3, 30) + dt.timedelta(weeks=w)) for w in (9, 0, 4)
    )
    with session_scope() as session:
        rows = board_rows(session=session)
    assert [r["case"].split()[0] for r in rows] == [str(soon), str(middle), str(late)]

    description, markdown = board_text(rows, limit=2)
    assert description.startswith("**Open cases: 3**, soonest due first (the first 2 shown;")
    assert "`sendops cases list` lists them all" in description
    body = markdown.splitlines()[2:]  # after the header and its rule
    assert [line.split(" | ")[0].lstrip("| ").split()[0] for line in body] == [str(soon), str(middle)]

    description, markdown = board_text(rows, limit=3)
    assert "shown" not in description and len(markdown.splitlines()) == 2 + 3
