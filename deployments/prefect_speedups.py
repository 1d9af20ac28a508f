"""Two repeated costs in Prefect 3.8.8 (pinned in pyproject.toml), cached once per process.

Measured with py-spy on one accelerated re-visit lifecycle (2 cores, 90 s):
- The server spent about 18% of its CPU listing the time zones on disk
  (`zoneinfo.available_timezones()` walks /usr/share/zoneinfo) each time it validates a
  schedule: every deployment read, every scheduler loop.
- The serving process spent about 22% of its CPU building a TLS context from certifi's bundle
  for every Prefect client it opens (one per flow-run wake and more), even on plain http.

Both results are the same for the life of a process, so each is computed once. `apply()` is
called first thing by the processes that make many Prefect calls: the server launched by
deployments/local.py, the worker, `sendops simulate` and the tests (the other CLI commands make a
few calls each). tests/test_prefect_speedups.py
fails if an upgrade of Prefect moves what is patched here.
"""

from __future__ import annotations

import functools
import ssl
import types
import zoneinfo


def apply() -> None:
    """Cache the time-zone listing and the client TLS contexts in this process (idempotent)."""
    from prefect.client import orchestration
    from prefect.types import _datetime

    if not isinstance(_datetime.available_timezones, functools._lru_cache_wrapper):
        _datetime.available_timezones = functools.cache(zoneinfo.available_timezones)
    if orchestration.ssl is ssl:
        orchestration.ssl = _CachedContexts()


class _CachedContexts(types.SimpleNamespace):
    """The `ssl` module as Prefect's client uses it, with one default context per arguments.

    The insecure path gets its own context (it turns verification off on the one it is given),
    so it never shares one with the verified path.
    """

    SSLContext = ssl.SSLContext
    CERT_NONE = ssl.CERT_NONE

    @staticmethod
    @functools.cache
    def create_default_context(cafile: str | None = None) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=cafile)
