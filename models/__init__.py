"""SQLModel tables (the record of what happened) and the database engine."""
