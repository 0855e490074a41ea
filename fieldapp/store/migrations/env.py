"""Alembic environment: always run on the connection the workspace hands over (never a URL)."""

from alembic import context

from fieldapp.store.migrations.naming import include_name
from fieldapp.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  include_name=include_name)
with context.begin_transaction():
    context.run_migrations()
