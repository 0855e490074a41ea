"""A write transaction on the workspace, with what every change must write beside it.

Each change writes, in the same transaction, an outbox op for sync and an audit event. The
per-device sequence, the hybrid logical clock, the case-number counters and the audit head are
read once per transaction, advanced in memory and written back just before commit.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from fieldapp.domain import hlc
from fieldapp.domain.interchange import new_case_id
from fieldapp.store.audit import AuditChain
from fieldapp.store.models import Meta, OutboxOp, table


def utc_now() -> str:
    """Now, UTC, ISO 8601 with milliseconds and a ``Z``."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Actor:
    """Who is acting: the unlocked officer, the laptop's role, this device's short id, and the
    municipalities the laptop works for (see :mod:`fieldapp.store.scope`)."""

    officer: str
    role: str
    device: str
    municipalities: tuple[str, ...] = ()


class WriteContext:
    """Session plus the counters and chains of one write transaction."""

    def __init__(self, session: Session, actor: Actor):
        self.session = session
        self.actor = actor
        self.audit = AuditChain(session)
        self._meta: dict[str, Any] = {}
        self._dirty: set[str] = set()
        self.written_meta: set[str] = set()
        """Every meta key set in this transaction (the workspace re-reads its actor after some)."""
        self._outbox: list[dict[str, Any]] = []
        self._clock: hlc.Stamp | None = None

    # --- meta values ----------------------------------------------------------------------
    def meta(self, key: str, default: Any = None) -> Any:
        """A meta value, read once per transaction."""
        if key not in self._meta:
            row = self.session.get(Meta, key)
            self._meta[key] = row.value if row is not None else default
        return self._meta[key]

    def set_meta(self, key: str, value: Any) -> None:
        """Set a meta value; written at :meth:`flush`."""
        self._meta[key] = value
        self._dirty.add(key)
        self.written_meta.add(key)

    def next_counter(self, key: str) -> int:
        """Advance and return the counter ``key``."""
        value = int(self.meta(key, 0)) + 1
        self.set_meta(key, value)
        return value

    # --- clock and outbox -----------------------------------------------------------------
    def stamp(self) -> str:
        """The next hybrid-logical-clock stamp of this device."""
        if self._clock is None:
            raw = self.meta("hlc")
            self._clock = hlc.Stamp.parse(raw) if raw else None
        self._clock = hlc.tick(self._clock, self.actor.device)
        self.set_meta("hlc", str(self._clock))
        return str(self._clock)

    def outbox(self, *, kind: str, entity_id: str, base_rev: int, fields: dict[str, Any],
               at: str) -> str:
        """Queue an outbox op for sync; returns its op id (the idempotency key)."""
        op_id = new_case_id()
        self._outbox.append({
            "seq": self.next_counter("device_seq"), "op_id": op_id, "kind": kind,
            "entity": "case", "entity_id": entity_id, "base_rev": base_rev, "fields": fields,
            "hlc": self.stamp(), "officer": self.actor.officer, "created_at": at, "sent_at": None,
        })
        return op_id

    def flush(self) -> None:
        """Write queued outbox ops, audit events and changed meta values."""
        if self._outbox:
            self.session.execute(insert(table(OutboxOp)), self._outbox)
            self._outbox.clear()
        self.audit.flush()
        for key in self._dirty:
            self.session.merge(Meta(key=key, value=self._meta[key]))
        self._dirty.clear()


def new_note_id() -> str:
    """An id for an append-only note (notes are merged as a set by id)."""
    return str(uuid.uuid4())
