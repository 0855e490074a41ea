"""What the reports count, kept beside what they count: the household's sensitive-data consent
and its head's community on the case row, assistance items and referrals in columns of their
own, and covering indexes so each figure of the summary reads one narrow index rather than the
wide case rows or JSON documents

The new columns are filled from what the workspace holds.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted = 0")
INDEXES = {
    "ix_needs_report": ("needs", ("category", "case_pk")),
    "ix_vulnerabilities_report": ("vulnerabilities", ("code", "case_pk")),
    "ix_members_community": ("members", ("community", "case_pk")),
    "ix_assistance_report": ("assistance", ("case_pk", "item", "status", "donor", "project")),
    "ix_referrals_report": ("referrals", ("case_pk", "service", "status")),
}
REPORT_COLUMNS = ("municipality", "case_type", "status", "settlement", "member_count",
                  "sensitive_data", "head_community", "intention_registered_on", "created_at", "pk")


def upgrade() -> None:
    op.add_column("cases", sa.Column("sensitive_data", sa.Boolean(), nullable=False,
                                     server_default=sa.false()))
    op.add_column("cases", sa.Column("head_community", sa.String(length=20), nullable=True))
    for name in ("item", "donor", "project"):
        op.add_column("assistance", sa.Column(name, sa.String(length=200), nullable=True))
    op.add_column("assistance", sa.Column("status", sa.String(length=10), nullable=True))
    op.add_column("referrals", sa.Column("service", sa.String(length=40), nullable=True))
    op.add_column("referrals", sa.Column("status", sa.String(length=10), nullable=True))
    op.execute("UPDATE cases SET sensitive_data = "
               "CASE WHEN json_extract(consent, '$.sensitive_data') = 1 THEN 1 ELSE 0 END")
    op.execute("UPDATE cases SET head_community = CASE WHEN sensitive_data = 1 THEN "
               "(SELECT community FROM members WHERE members.case_pk = cases.pk "
               "AND relationship = 'head' ORDER BY position LIMIT 1) END")
    op.execute("UPDATE assistance SET item = json_extract(data, '$.item'), "
               "status = json_extract(data, '$.status'), donor = json_extract(data, '$.donor'), "
               "project = json_extract(data, '$.project')")
    op.execute("UPDATE referrals SET service = json_extract(data, '$.service'), "
               "status = json_extract(data, '$.status')")
    op.create_index("ix_live_report", "cases", list(REPORT_COLUMNS), sqlite_where=LIVE)
    for name, (table, cols) in INDEXES.items():
        op.create_index(name, table, list(cols))


def downgrade() -> None:
    for name, (table, _cols) in INDEXES.items():
        op.drop_index(name, table_name=table)
    op.drop_index("ix_live_report", table_name="cases")
    with op.batch_alter_table("referrals") as batch:
        batch.drop_column("status")
        batch.drop_column("service")
    with op.batch_alter_table("assistance") as batch:
        for name in ("project", "donor", "status", "item"):
            batch.drop_column(name)
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("head_community")
        batch.drop_column("sensitive_data")
