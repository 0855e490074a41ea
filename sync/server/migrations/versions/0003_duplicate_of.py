"""Cases record the case they duplicate; conflicts keep their reason as a message; the officers
list for reviewers' laptops is versioned

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The reference entry whose version says when the officers of a municipality last changed; its
# data is filled in per reviewer at pull time (sync.server.reference.service.OFFICERS).
OFFICERS = "officers"


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("duplicate_of", sa.String(length=36), nullable=True))
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason_id", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("reason_params", sa.JSON().with_variant(
            postgresql.JSONB(astext_type=sa.Text()), "postgresql"), nullable=True))
    conn = op.get_bind()
    top = conn.execute(sa.text("SELECT max(version) FROM reference_data")).scalar() or 0
    now = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    # Reviewers' laptops enrolled before this revision receive the officers list on their next pull.
    conn.execute(sa.text("INSERT INTO reference_data (key, version, data, updated_at) "
                         "VALUES (:key, :version, '[]', :now)"),
                 {"key": OFFICERS, "version": int(top) + 1, "now": now})


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM reference_data WHERE key = 'officers'"))
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_column("reason_params")
        batch_op.drop_column("reason_id")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("duplicate_of")
