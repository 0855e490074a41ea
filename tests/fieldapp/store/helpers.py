"""Helpers for store tests: a logical fingerprint of a workspace's whole content."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import text

from fieldapp.store.workspace import Workspace
from tests.conftest import PASSPHRASE


def content_digest(root: Path, passphrase: str = PASSPHRASE) -> str:
    """A hash over every row of every table (search index included), to prove nothing changed."""
    ws = Workspace.open(root, passphrase)
    try:
        h = hashlib.sha256()
        with ws.read() as s:
            tables = [r[0] for r in s.execute(text(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'case_fts%' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"))]
            for t in tables:
                h.update(t.encode())
                for row in s.execute(text(f'SELECT * FROM "{t}" ORDER BY 1')):
                    h.update(repr(tuple(row)).encode())
            for row in s.execute(text("SELECT rowid FROM case_fts ORDER BY rowid")):
                h.update(repr(tuple(row)).encode())
        return h.hexdigest()
    finally:
        ws.close()


def case_count(root: Path, passphrase: str = PASSPHRASE) -> int:
    """How many cases the workspace holds."""
    ws = Workspace.open(root, passphrase)
    try:
        with ws.read() as s:
            return int(s.execute(text("SELECT count(*) FROM cases")).scalar() or 0)
    finally:
        ws.close()
