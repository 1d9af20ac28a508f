"""deployments/prefect_speedups.py patches two names inside Prefect; an upgrade that moves them
must fail here rather than silently lose the caches (or break the clients)."""

from __future__ import annotations

import inspect
import ssl
import zoneinfo

from prefect.client import orchestration
from prefect.client.orchestration import PrefectClient, SyncPrefectClient, get_client
from prefect.types import _datetime

from deployments import prefect_speedups


def test_the_time_zones_are_listed_once_and_are_all_of_them():
    prefect_speedups.apply()
    prefect_speedups.apply()  # idempotent
    assert _datetime.get_timezones.__globals__["available_timezones"] is _datetime.available_timezones
    assert _datetime.available_timezones.cache_info is not None  # the cached listing is the one used
    assert set(_datetime.get_timezones()) == zoneinfo.available_timezones()
    assert "Europe/London" in _datetime.get_timezones()


def test_the_clients_build_their_tls_context_through_the_cached_one():
    prefect_speedups.apply()
    for client in (PrefectClient, SyncPrefectClient):
        source = inspect.getsource(client.__init__)
        assert "ssl.create_default_context(cafile=" in source, client
        assert "ssl.create_default_context()" in source, client
    verified = orchestration.ssl.create_default_context(cafile=None)
    assert verified is orchestration.ssl.create_default_context(cafile=None)
    assert verified.verify_mode == ssl.CERT_REQUIRED and verified.check_hostname


def test_a_client_still_verifies_certificates_by_default():
    with get_client(sync_client=True) as client:
        context = client._client._transport._pool._ssl_context
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED


def test_the_engine_still_observes_each_run_through_the_name_the_worker_replaces():
    from prefect import flow_engine
    from prefect._internal.observers import FlowRunSuspendingObserver

    source = inspect.getsource(flow_engine.BaseFlowRunEngine.setup_flow_run_suspension_request)
    assert "observe_flow_run_suspension(" in source  # looked up in flow_engine's globals at each run
    for method in ("watch_flow_run_id", "remove_in_flight_flow_run_id"):
        assert callable(getattr(FlowRunSuspendingObserver, method))


def test_the_worker_still_reads_a_runs_deployment_and_flow_through_its_client():
    """deployments/worker.py answers these two reads from what it knows (tests/e2e/test_worker.py)."""
    from prefect.workers.base import BaseJobConfiguration, BaseWorker

    assert "self.client.read_deployment(" in inspect.getsource(BaseWorker._submit_run)
    resolve = inspect.getsource(BaseJobConfiguration.resolve_for_flow_run)
    assert "client.read_deployment(" in resolve and "client.read_flow(" in resolve


def test_no_run_asks_the_server_for_its_result_storage_or_a_csrf_token(tmp_path):
    from deployments.local import prefect_env
    from deployments.serve import flows_by_name

    for flow in flows_by_name(time_limit=60).values():
        assert flow.persist_result is False and flow.result_storage is not None
    assert prefect_env(home=tmp_path, port=4200)["PREFECT_CLIENT_CSRF_SUPPORT_ENABLED"] == "false"
    enforcing = {"PREFECT_SERVER_API_CSRF_PROTECTION_ENABLED": "true"}
    assert "PREFECT_CLIENT_CSRF_SUPPORT_ENABLED" not in prefect_env(home=tmp_path, port=4200, extra=enforcing)
