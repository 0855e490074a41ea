"""Review desk: the case a duplicate duplicates, folded member names, and the indexes behind
the review queue (when a case entered its status, possible duplicates)

Existing members get their folded name key here, so possible duplicates are found among cases
stored before this schema too.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from fieldapp.text.folding import fold

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: SQLite adds a nullable column in place, keeping the partial indexes.
    op.add_column("cases", sa.Column("duplicate_of", sa.String(length=36), nullable=True))
    op.add_column("members", sa.Column("name_key", sa.String(length=210), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT pk, family_name, given_name FROM members")).all()
    if rows:
        conn.execute(sa.text("UPDATE members SET name_key = :key WHERE pk = :pk"),
                     [{"pk": pk, "key": fold(f"{family} {given}")} for pk, family, given in rows])
    # Covering indexes: the queue counts possible duplicates of 10,000 cases without reading
    # a member or case row (SQLCipher decrypts every page it reads).
    op.create_index("ix_members_identity", "members", ["case_pk", "name_key", "date_of_birth", "personal_number"])
    op.create_index("ix_members_name_birth", "members", ["name_key", "date_of_birth", "case_pk"])
    op.create_index("ix_members_personal_number", "members", ["personal_number", "case_pk"],
                    sqlite_where=sa.text("personal_number IS NOT NULL"))
    op.create_index("ix_live_head_settlement", "cases", ["head_sort", "settlement"],
                    sqlite_where=sa.text("deleted = 0"))
    op.create_index("ix_live_municipality_status", "cases", ["municipality", "status"],
                    sqlite_where=sa.text("deleted = 0"))
    op.create_index("ix_transitions_entered", "transitions", ["case_pk", "to_status", "at"])


def downgrade() -> None:
    op.drop_index("ix_transitions_entered", table_name="transitions")
    op.drop_index("ix_live_municipality_status", table_name="cases")
    op.drop_index("ix_live_head_settlement", table_name="cases")
    op.drop_index("ix_members_personal_number", table_name="members")
    op.drop_index("ix_members_name_birth", table_name="members")
    op.drop_index("ix_members_identity", table_name="members")
    with op.batch_alter_table("members") as batch:
        batch.drop_column("name_key")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("duplicate_of")
