"""Bring a workspace database to the current schema, after an encrypted backup copy.

Alembic is loaded only when the stored revision differs from :data:`HEAD`, so opening an
up-to-date workspace costs one query.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from fieldapp.fsutil import ensure_private_dir

HEAD = "0008"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(conn: Connection) -> str | None:
    """The schema revision stored in the database, or None for an empty database."""
    has_table = conn.execute(text(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")).first()
    if not has_table:
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def alembic_config() -> Any:
    """An Alembic configuration pointing at the workspace migrations."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def upgrade(engine: Engine, db_path: Path, backup_dir: Path, target: str = "head") -> bool:
    """Migrate to ``target``; back up first when the database already holds a schema.

    Returns whether anything was migrated.
    """
    with engine.connect() as conn:
        current = current_revision(conn)
        conn.rollback()
    if current == HEAD and target == "head":
        return False
    if current is not None and current not in known_revisions():
        from fieldapp.domain.errors import UserError

        raise UserError("migrate.newer_schema", path=str(db_path), schema=current)
    if current is not None:
        backup_copy(engine, db_path, backup_dir, f"pre-migration-{current}")
    from alembic import command

    cfg = alembic_config()
    with engine.connect().execution_options(write=True) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        conn.commit()
    return True


def known_revisions() -> set[str]:
    """Every revision the migration scripts know (read from the files, not imported)."""
    import re

    found = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        m = re.search(r'^revision\s*=\s*["\']([^"\']+)["\']', script.read_text(encoding="utf-8"), re.M)
        if m:
            found.add(m.group(1))
    return found


def backup_copy(engine: Engine, db_path: Path, backup_dir: Path, label: str) -> Path:
    """Copy the (encrypted) database file to ``backup_dir`` while holding the write lock."""
    ensure_private_dir(backup_dir)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    dest = backup_dir / f"{db_path.stem}-{label}-{stamp}.db"
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.commit()
    with engine.connect().execution_options(write=True) as conn:
        conn.execute(text("SELECT 1"))  # takes the write lock: nobody changes the file meanwhile
        _copy_private(db_path, dest)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            _copy_private(wal, dest.with_name(dest.name + "-wal"))
        conn.rollback()
    return dest


def _copy_private(src: Path, dest: Path) -> None:
    import os

    from fieldapp.fsutil import O_BINARY

    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_BINARY, 0o600)
    with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
        shutil.copyfileobj(inp, out)
        out.flush()
        os.fsync(out.fileno())
