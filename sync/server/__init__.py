"""The HQ server (``fieldapp-hq``): FastAPI app, SQLAlchemy models per resource, Alembic schema."""
