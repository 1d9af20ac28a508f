"""The house reads one way (README, Architecture): cli -> deployments -> flows -> tasks -> models ->
the domain (`sendops/`). Read from the source: each folder's imports, at any depth in a module
(a lazy import inside a function counts too), may name only folders below it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ORDER = ("sendops", "models", "tasks", "flows", "deployments", "cli")  # bottom to top


def imported(folder: str) -> dict[str, set[str]]:
    """Module path -> the top-level packages of this repository it imports."""
    found = {}
    for path in sorted((ROOT / folder).rglob("*.py")):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names & set(ORDER)
    return found


@pytest.mark.parametrize("folder", ORDER)
def test_each_folder_imports_only_the_folders_below_it(folder):
    allowed = set(ORDER[: ORDER.index(folder) + 1])
    upward = {
        module: sorted(names - allowed) for module, names in imported(folder).items() if names - allowed
    }
    assert upward == {}


def test_the_domain_imports_nothing_from_prefect_sqlmodel_or_jinja():
    outside = {"prefect", "sqlmodel", "sqlalchemy", "jinja2"}
    for path in sorted((ROOT / "sendops").rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        names = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {
            n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module
        }
        assert not names & outside, (path, names & outside)
