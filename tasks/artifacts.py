"""Artifacts in the Prefect UI (the cases board, the register, each case's timeline), written
only when their content changed: an artifact's history then has one version per change, not one
per wake of a case."""

from __future__ import annotations

import json
from typing import Any

from prefect.artifacts import Artifact, create_markdown_artifact, create_table_artifact


def publish(
    key: str, *, description: str, table: list[dict[str, Any]] | None = None, markdown: str = ""
) -> bool:
    """Create a new version of artifact `key` unless the latest one says the same; True if created."""
    data = json.dumps(table) if table is not None else markdown
    latest = Artifact.get(key, _sync=True)
    if latest is not None and latest.data == data and (latest.description or "") == description:
        return False
    if table is not None:
        create_table_artifact(key=key, table=table, description=description, _sync=True)
    else:
        create_markdown_artifact(key=key, markdown=markdown, description=description, _sync=True)
    return True
