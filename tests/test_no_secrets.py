"""No secret in the repository: every file git tracks is scanned for private keys, API keys and
passwords written as literals. Secrets live in the environment or Prefect Secret blocks
(README, "Beyond one machine")."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = {
    "a private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "a Prefect Cloud API key": re.compile(r"\bpnu_[A-Za-z0-9]{20,}"),
    "an AWS access key": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    "a GOV.UK Notify API key": re.compile(
        r"-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}"
    ),
    "a password literal": re.compile(
        r"(?i)\b(password|passwd|secret|api_key|auth_string)\b\s*[:=]\s*['\"][^'\"\s{}]{8,}['\"]"
    ),
    "a URL with a password": re.compile(r"://[^/\s:@]+:[^/\s@]{6,}@"),
}


def test_no_file_in_the_repository_holds_a_secret():
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    found = []
    for name in files.splitlines():
        path = ROOT / name
        if not path.is_file() or path.suffix in (".png", ".db"):
            continue
        text = path.read_text(errors="replace")
        found += [f"{name}: {what}" for what, pattern in PATTERNS.items() if pattern.search(text)]
    assert found == []
