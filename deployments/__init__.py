"""Prefect deployments, the sendops worker type that runs them, and the local stack (`sendops up`)."""
