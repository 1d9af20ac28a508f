"""Two repeated costs in Prefect 3.8.8 (pinned in pyproject.toml), cached once per process.

Measured with py-spy on one accelerated re-visit lifecycle (2 cores, 90 s):
- The server spent about 18% of its CPU listing the time zones on disk
  (`zoneinfo.available_timezones()` walks /usr/share/zoneinfo) each time it validates a
  schedule: every deployment read, every scheduler loop.
- The serving process spent about 22% of its CPU building a TLS context from certifi's bundle
  for every Prefect client it opens (one per flow-run wake and more), even on plain http.

And one repeated cost for a process that runs many flow runs (the sendops worker):
- Prefect starts, for every run of a deployment, a thread with its own event loop and its own
  websocket subscription to the server's events (to notice an operator suspending the run from
  the UI), and the run waits until it is connected; the server answers each subscription with a
  query of its events table. `share_suspension_observer()` makes one such observer, of Prefect's
  own class, watch every run of the process, as Prefect's workers already watch for cancelling.

Both results are the same for the life of a process, so each is computed once. `apply()` is
called first thing by the processes that make many Prefect calls: the server launched by
deployments/local.py, the worker, `sendops simulate` and the tests (the other CLI commands make a
few calls each). tests/test_prefect_speedups.py
fails if an upgrade of Prefect moves what is patched here.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import ssl
import threading
import types
import zoneinfo
from collections.abc import Iterator
from typing import Any
from uuid import UUID


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


class _SharedSuspensionObserver:
    """One `FlowRunSuspendingObserver` (events websocket, polling when it is lost) in a thread
    of its own, watching every flow run of the process while it runs. A run suspended from the
    UI is marked through the request its engine registered (`register_flow_run_suspension_request`,
    entered before the observer), exactly as Prefect's per-run observer does."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._observer: Any = None

    def _start(self) -> None:
        from prefect._flow_run_suspension import mark_flow_run_suspension_requested
        from prefect._internal.observers import FlowRunSuspendingObserver

        ready = threading.Event()

        async def serve() -> None:
            try:
                async with FlowRunSuspendingObserver(
                    on_suspended=mark_flow_run_suspension_requested
                ) as observer:
                    self._observer, self._loop = observer, asyncio.get_running_loop()
                    ready.set()
                    await asyncio.Event().wait()  # for the life of the process
            finally:
                self._observer = None
                ready.set()

        def main() -> None:
            try:
                asyncio.run(serve())
            except Exception:
                logging.getLogger(__name__).warning("the shared suspension observer stopped", exc_info=True)

        threading.Thread(target=main, name="suspension-observer", daemon=True).start()
        ready.wait()

    @contextlib.contextmanager
    def observe(
        self, flow_run_id: UUID, suspension_request: Any, polling_interval: float = 10
    ) -> Iterator[None]:
        with self._lock:
            if self._observer is None:
                self._start()
            observer, loop = self._observer, self._loop
        if observer is None or loop is None:  # it could not start: Prefect's own, for this run
            with _prefect_observe(flow_run_id, suspension_request, polling_interval):
                yield
            return
        # As Prefect's: the run goes on once its current state is known to the watch.
        asyncio.run_coroutine_threadsafe(observer.watch_flow_run_id(flow_run_id), loop).result()
        try:
            yield
        finally:
            with contextlib.suppress(RuntimeError):  # its loop closed meanwhile: nothing to remove
                loop.call_soon_threadsafe(observer.remove_in_flight_flow_run_id, flow_run_id)


_prefect_observe: Any = None
_shared = _SharedSuspensionObserver()


def share_suspension_observer() -> None:
    """Watch every flow run of this process for suspension with one observer (idempotent)."""
    global _prefect_observe
    from prefect import flow_engine

    if flow_engine.observe_flow_run_suspension != _shared.observe:
        _prefect_observe = flow_engine.observe_flow_run_suspension
        flow_engine.observe_flow_run_suspension = _shared.observe
