"""SQLAlchemy engines over SQLCipher (the workspace) or plain SQLite (benchmark baseline).

The key is sent as ``PRAGMA key = "x'<hex>'"`` in a ``connect`` listener, so it never appears in
a URL and SQLCipher's own per-open key derivation is skipped (the key is already a random
256-bit data key). WAL mode (the WAL is encrypted too), ``secure_delete`` on, temp store in
memory. Transactions are opened explicitly, ``BEGIN IMMEDIATE`` for writes, so two processes on
one workspace queue for the write lock instead of failing half-way.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 15000
CACHE_KIB = 64 * 1024


def _pragmas(dbapi_conn: Any, key: bytes | None) -> None:
    cur = dbapi_conn.cursor()
    try:
        if key is not None:
            # SQLCipher logs decryption failures to stderr by default; a wrong key is reported
            # to the user by us, in one line, so its own log stays off.
            cur.execute("PRAGMA cipher_log_level = NONE")
            cur.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            cur.execute("PRAGMA cipher_memory_security = OFF")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the schema is what proves the key: a wrong key fails here, not later.
        cur.execute("SELECT count(*) FROM sqlite_master").fetchone()
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.execute("PRAGMA foreign_keys = ON")
        # Every page read from disk is decrypted; a reviewer's queue and caseload read the pages
        # of tens of thousands of cases each time they open, so keep up to 64 MiB of them
        # decrypted per connection (SQLite's default 8 MiB made them 4 times slower).
        cur.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    finally:
        cur.close()


def make_engine(path: Path, key: bytes | None) -> Engine:
    """An engine on ``path``: SQLCipher with ``key``, or plain SQLite when ``key`` is None.

    Both go through the bundled library, so a plain baseline runs the same SQLite version.
    Every statement runs on the thread that opened its connection (in the desktop app, the
    store thread); one from any other thread fails loudly (:class:`WrongThreadError`).
    SQLite's own ``check_same_thread`` would say the same, but it also refuses to *close* a
    connection elsewhere, and the pool is disposed from whichever thread ends the workspace
    (after a cut connection, the one that gave up), so the check is ours, on statements only.
    """
    engine = create_engine(
        f"sqlite:///{path}", module=sqlcipher, poolclass=QueuePool, pool_size=2, max_overflow=2,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        record.info["thread"] = threading.get_ident()
        _pragmas(dbapi_conn, key)

    @event.listens_for(engine, "before_cursor_execute")
    def _same_thread(conn: Any, *_args: Any) -> None:
        opened_by = conn.info.get("thread")
        if opened_by is not None and opened_by != threading.get_ident():
            raise WrongThreadError(
                f"store statement on thread {threading.get_ident()}, connection of thread {opened_by}")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class WrongThreadError(RuntimeError):
    """A store statement was sent from a thread other than the one that opened its connection.

    A programming error, never a user's: it means work escaped the store thread.
    """


def is_database_error(exc: BaseException) -> bool:
    """Whether ``exc`` (or its cause) is SQLite saying the file is not a usable database."""
    inner = getattr(exc, "orig", exc)
    return isinstance(inner, sqlcipher.DatabaseError | sqlite3.DatabaseError) and any(
        s in str(inner).lower() for s in ("not a database", "malformed", "disk image", "file is encrypted"))
