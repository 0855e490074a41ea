"""Indexes over live (not tombstoned) cases, so counts and deep pages of the list stay fast

Each index is partial (``WHERE deleted = 0``) and ends with the primary key, so the case list can
walk it in order for any page and count without reading the wide case rows. They replace the
single-column indexes of the first schema.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted = 0")
NEW = {
    "ix_live_updated": ("updated_at", "pk"),
    "ix_live_head": ("head_sort", "pk"),
    "ix_live_number": ("case_number", "pk"),
    "ix_live_status": ("status", "updated_at", "pk"),
    "ix_live_municipality": ("municipality", "updated_at", "pk"),
}
OLD = {
    "ix_cases_status": ("status",),
    "ix_cases_municipality": ("municipality",),
    "ix_cases_updated": ("updated_at",),
    "ix_cases_head_sort": ("head_sort",),
}


def upgrade() -> None:
    for name in OLD:
        op.drop_index(name, table_name="cases")
    for name, cols in NEW.items():
        op.create_index(name, "cases", list(cols), sqlite_where=LIVE)
    # The few tombstones, so a search count can take them off without touching live rows.
    op.create_index("ix_dead", "cases", ["pk"], sqlite_where=sa.text("deleted = 1"))


def downgrade() -> None:
    op.drop_index("ix_dead", table_name="cases")
    for name in NEW:
        op.drop_index(name, table_name="cases")
    for name, cols in OLD.items():
        op.create_index(name, "cases", list(cols))
