"""Prefect deployments: what the serving process (or a worker pool) runs."""
