"""HQ's possible duplicates of the cases held, as HQ sends them with each case (the other case
may be held in another municipality, beyond this laptop)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_dup_pairs",
        sa.Column("case_pk", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.String(length=36), nullable=False),
        sa.Column("other_case_number", sa.String(length=40), nullable=False),
        sa.Column("other_municipality", sa.String(length=4), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("case_pk", "other_id"),
    )


def downgrade() -> None:
    op.drop_table("hq_dup_pairs")
