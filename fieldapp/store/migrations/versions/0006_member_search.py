"""Finding the same person: a search index row per member with cross-language keys, case and
claim numbers in the case's own row, the vocabulary of keys for typing mistakes, and possible
duplicate households (blocks, scored pairs, pairs dismissed)

The old index (one row per case, all members' names together) is rebuilt from the cases held,
folded name keys are computed again (the Eth typed for Đ now folds like Đ), and the cases held
are put in their blocks and their pairs scored.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

import json
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from fieldapp.store import duplicates
from fieldapp.store.search import INDEX_DDL, index_rows, write_index
from fieldapp.text.folding import fold

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else (value or {})


def upgrade() -> None:
    op.create_table(
        "search_words",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("term"),
    )
    op.create_table(
        "dup_blocks",
        sa.Column("block", sa.String(length=120), nullable=False),
        sa.Column("case_pk", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("block", "case_pk"),
    )
    op.create_index("ix_dup_blocks_case_pk", "dup_blocks", ["case_pk"])
    op.create_table(
        "dup_pairs",
        sa.Column("a", sa.Integer(), nullable=False),
        sa.Column("b", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("a", "b"),
    )
    op.create_index("ix_dup_pairs_b", "dup_pairs", ["b"])
    op.create_table(
        "duplicate_dismissals",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("other_id", sa.String(length=36), nullable=False),
        sa.Column("by", sa.String(length=100), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("case_id", "other_id"),
    )
    op.execute("DROP TABLE case_fts")
    op.execute(INDEX_DDL)
    conn = op.get_bind()
    members: dict[int, list[dict[str, Any]]] = {}
    keys = []
    for pk, case_pk, given, family, number, sex, born, relationship in conn.execute(sa.text(
            "SELECT pk, case_pk, given_name, family_name, personal_number, sex, date_of_birth, relationship "
            "FROM members ORDER BY case_pk, position")):
        members.setdefault(case_pk, []).append({"given_name": given, "family_name": family,
                                                "personal_number": number, "sex": sex, "date_of_birth": born,
                                                "relationship": relationship})
        keys.append({"pk": pk, "key": fold(f"{family} {given}")})
    if keys:
        conn.execute(sa.text("UPDATE members SET name_key = :key WHERE pk = :pk"), keys)
    rows = []
    block_rows = []
    for pk, number, municipality, settlement, displacement, origin, prop in conn.execute(sa.text(
            "SELECT pk, case_number, municipality, settlement, displacement, origin, property FROM cases "
            "WHERE deleted = 0")):
        doc = {"case_number": number, "municipality": municipality, "settlement": settlement,
               "displacement": _json(displacement), "origin": _json(origin), "property": _json(prop),
               "members": members.get(pk, [])}
        rows.extend(index_rows(pk, doc))
        block_rows.extend(duplicates.block_rows(pk, doc))
    write_index(conn, rows)
    if block_rows:
        conn.execute(sa.text("INSERT OR IGNORE INTO dup_blocks(block, case_pk) VALUES (:block, :case_pk)"),
                     block_rows)
        with Session(bind=conn) as s:  # joins the migration's transaction; commits nothing itself
            duplicates.refresh_pairs(s, {r["case_pk"] for r in block_rows})


def downgrade() -> None:
    op.execute("DROP TABLE case_fts")
    op.execute("CREATE VIRTUAL TABLE case_fts USING fts5(names, places, content='', "
               "contentless_delete=1, tokenize='unicode61 remove_diacritics 2')")
    op.drop_table("search_words")
    op.drop_table("duplicate_dismissals")
    op.drop_index("ix_dup_pairs_b", table_name="dup_pairs")
    op.drop_table("dup_pairs")
    op.drop_index("ix_dup_blocks_case_pk", table_name="dup_blocks")
    op.drop_table("dup_blocks")
