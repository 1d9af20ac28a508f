"""Artifacts in the Prefect UI (the cases board, the register, each case's timeline), written
only when their content changed: an artifact's history then has one version per change, not one
per wake of a case."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from prefect.artifacts import Artifact, create_markdown_artifact, create_table_artifact

# Of the artifacts one run writes at a time (a case's timeline, by its case's run): a digest of the
# version this process last wrote or read, so that a wake compares with it, not with the server's
# latest version (an artifact read was 10% of a programme's requests, bench/bench_programme.py).
_known: dict[str, bytes] = {}


def publish(
    key: str,
    *,
    description: str,
    table: list[dict[str, Any]] | None = None,
    markdown: str = "",
    one_writer: bool = False,
) -> bool:
    """Create a new version of artifact `key` unless the latest one says the same; True if created.
    `one_writer`: only one run writes `key` at a time, so the version this process last wrote or
    read of it is the latest, unless another process has written since, and then with other
    content (a case's timeline only moves forward): it is compared with that one, read once."""
    data = json.dumps(table) if table is not None else markdown
    digest = hashlib.sha256(f"{description}\0{data}".encode()).digest()
    if one_writer and key in _known:
        if _known[key] == digest:
            return False
    else:
        latest = Artifact.get(key, _sync=True)
        if latest is not None and latest.data == data and (latest.description or "") == description:
            if one_writer:
                _known[key] = digest
            return False
    if table is not None:
        create_table_artifact(key=key, table=table, description=description, _sync=True)
    else:
        create_markdown_artifact(key=key, markdown=markdown, description=description, _sync=True)
    if one_writer:
        _known[key] = digest
    return True
