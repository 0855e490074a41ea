"""Database access for HQ: engines for SQLite (default) and PostgreSQL, sessions, counters.

Write transactions on SQLite start with ``BEGIN IMMEDIATE`` so concurrent writers queue for the
lock instead of failing half-way; on PostgreSQL they run at READ COMMITTED and lock the rows they
change. Every transaction that changed a case allocates that case's change sequence number just
before commit, from a counter row it holds locked until commit: so the sequence numbers a reader
can see are always gap-free, and a device's pull checkpoint never skips a change that commits
late.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from sqlalchemy import JSON, Engine, String, create_engine, event, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import QueuePool

JSONType = JSON().with_variant(JSONB(), "postgresql")
CHANGE_SEQ = "change_seq"
TOUCHED_KEY = "touched_cases"
T = TypeVar("T")


def _retryable(exc: Exception) -> bool:
    if isinstance(exc, IntegrityError):
        return True
    text = str(getattr(exc, "orig", exc)).lower()
    return any(s in text for s in ("deadlock", "could not serialize", "database is locked"))


class Base(DeclarativeBase):
    """Declarative base of the HQ schema."""


class Counter(Base):
    """A named monotonic counter (the global change sequence)."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column()


def make_engine(url: str) -> Engine:
    """An engine for ``url`` set up for concurrent use by request threads."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               poolclass=QueuePool, pool_size=8, max_overflow=8)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # transactions are begun explicitly below
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
            cur.execute("PRAGMA busy_timeout = 30000")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            write = conn.get_execution_options().get("write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


class Database:
    """The engine plus read and write transactions; shared by every request (stateless)."""

    def __init__(self, url: str, engine: Engine | None = None):
        self.url = url
        self.engine = engine or make_engine(url)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction, ended by closing the session.

        Closing (not rolling back) keeps loaded objects readable after the block.
        """
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: commits on success (allocating change sequence numbers first)."""
        conn = self.engine.connect().execution_options(write=True)
        try:
            with Session(conn, expire_on_commit=False) as session:
                try:
                    yield session
                    allocate_change_seqs(session)
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        finally:
            conn.close()

    def run_write(self, work: Callable[[Session], T], attempts: int = 4) -> T:
        """Run ``work`` in a write transaction, again if a concurrent one won a race.

        A unique-key clash (two retries of one batch at once) or a deadlock rolls everything
        back; the next attempt then sees the other transaction's result.
        """
        for attempt in range(attempts):
            try:
                with self.write() as session:
                    return work(session)
            except (IntegrityError, OperationalError) as exc:
                if attempt == attempts - 1 or not _retryable(exc):
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def touch(session: Session, row: Any) -> None:
    """Mark a case row as changed in this transaction (it gets a new change sequence number)."""
    touched: dict[str, Any] = session.info.setdefault(TOUCHED_KEY, {})
    touched[row.id] = row


def allocate_change_seqs(session: Session) -> None:
    """Give every touched case a new, distinct change sequence number, in one counter update.

    Runs last in the transaction, so the counter row stays locked only for the commit itself.
    """
    touched: dict[str, Any] = session.info.pop(TOUCHED_KEY, {})
    if not touched:
        return
    n = len(touched)
    top = session.execute(update(Counter).where(Counter.name == CHANGE_SEQ)
                          .values(value=Counter.value + n).returning(Counter.value)).scalar_one()
    first = top - n + 1
    for i, key in enumerate(sorted(touched)):
        touched[key].change_seq = first + i
    session.flush()


def current_seq(session: Session) -> int:
    """The highest change sequence number committed so far."""
    from sqlalchemy import select

    return int(session.execute(select(Counter.value).where(Counter.name == CHANGE_SEQ)).scalar() or 0)
