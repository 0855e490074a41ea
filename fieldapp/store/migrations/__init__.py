"""Alembic migrations of the workspace schema; run by :mod:`fieldapp.store.migrate`."""
