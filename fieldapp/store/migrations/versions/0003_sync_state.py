"""Sync state: HQ revisions of cases, revision map, conflicts, rejections, bundles, deferred fetches

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_cases",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("hq_rev", sa.Integer(), nullable=False),
        sa.Column("hq_version", sa.Integer(), nullable=False),
        sa.Column("hq_hlc", sa.String(length=40), nullable=True),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("case_id"),
    )
    op.create_table(
        "sync_rev_map",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("local_rev", sa.Integer(), nullable=False),
        sa.Column("hq_rev", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("case_id", "local_rev"),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("local_value", sa.JSON(), nullable=True),
        sa.Column("hq_value", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflicts_case_id"), ["case_id"], unique=False)
    op.create_table(
        "sync_rejections",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("op_id"),
    )
    with op.batch_alter_table("sync_rejections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_rejections_case_id"), ["case_id"], unique=False)
    op.create_table(
        "sync_bundles",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id"),
    )
    op.create_table(
        "sync_deferred",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("case_id"),
    )


def downgrade() -> None:
    op.drop_table("sync_deferred")
    op.drop_table("sync_bundles")
    with op.batch_alter_table("sync_rejections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_rejections_case_id"))
    op.drop_table("sync_rejections")
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflicts_case_id"))
    op.drop_table("sync_conflicts")
    op.drop_table("sync_rev_map")
    op.drop_table("sync_cases")
