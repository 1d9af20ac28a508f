"""sendops: the domain (working-day calendar, statutory timelines), configuration and the CLI.

This package imports nothing from Prefect, SQLModel or Jinja; `flows/`, `tasks/` and `models/`
build on it.
"""
