"""Indexes for pulls (a municipality's changes after a checkpoint) and scope digests

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_municipality_seq", "cases", ["municipality", "change_seq"])
    op.create_index("ix_cases_scope_versions", "cases",
                    ["municipality", "owner", "assigned_to", "id", "version"])


def downgrade() -> None:
    op.drop_index("ix_cases_scope_versions", table_name="cases")
    op.drop_index("ix_cases_municipality_seq", table_name="cases")
