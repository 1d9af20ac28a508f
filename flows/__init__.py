"""Prefect flows: each case is one long-lived flow run; operator actions are short flows."""
