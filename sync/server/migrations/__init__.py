"""Alembic migrations of the HQ schema."""
