"""Tasks: the I/O of the product (database writes, messages, delivery, Prefect API calls)."""
