"""The audit log: append-only events, each carrying the hash of the one before.

Editing, deleting or reordering any event breaks the chain; :func:`verify` finds where. The
newest event's sequence and hash are also kept in ``meta`` so that cutting events off the end is
detected too.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from fieldapp.domain.canonical import canonical_json
from fieldapp.messages import Message
from fieldapp.store.models import AuditEvent, Meta, table

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def event_hash(prev_hash: str, seq: int, at: str, officer: str, action: str,
               entity: str | None, entity_id: str | None, detail: dict[str, Any]) -> str:
    """The hash of one event, chained to ``prev_hash``."""
    body = canonical_json({"seq": seq, "at": at, "officer": officer, "action": action,
                           "entity": entity, "entity_id": entity_id, "detail": detail})
    return hashlib.sha256(prev_hash.encode("ascii") + body).hexdigest()


class AuditChain:
    """Appends events within one write transaction; :meth:`flush` writes them and the head."""

    def __init__(self, session: Session):
        self._session = session
        head = session.get(Meta, HEAD_KEY)
        value: dict[str, Any] = head.value if head is not None else {"seq": 0, "hash": GENESIS}
        self._seq: int = int(value["seq"])
        self._hash: str = str(value["hash"])
        self._pending: list[dict[str, Any]] = []

    def append(self, *, at: str, officer: str, action: str, entity: str | None = None,
               entity_id: str | None = None, detail: dict[str, Any] | None = None) -> None:
        """Queue one event; it is chained now and written at :meth:`flush`."""
        detail = detail or {}
        seq = self._seq + 1
        digest = event_hash(self._hash, seq, at, officer, action, entity, entity_id, detail)
        self._pending.append({"seq": seq, "at": at, "officer": officer, "action": action,
                              "entity": entity, "entity_id": entity_id, "detail": detail,
                              "prev_hash": self._hash, "hash": digest})
        self._seq, self._hash = seq, digest

    def flush(self) -> None:
        """Write queued events and the new head in the current transaction."""
        if not self._pending:
            return
        self._session.execute(insert(table(AuditEvent)), self._pending)
        self._session.merge(Meta(key=HEAD_KEY, value={"seq": self._seq, "hash": self._hash}))
        self._pending.clear()


@dataclass(frozen=True)
class VerifyReport:
    """The outcome of checking the chain: ``ok``, events checked, and the first break found."""

    ok: bool
    events: int
    broken_at: int | None = None
    reason: Message | str = ""
    """Why the chain is broken, as a catalogue message (``str()`` gives its English, for JSON);
    empty while the chain is intact."""


def verify(session: Session) -> VerifyReport:
    """Walk the whole chain and check every link, the sequence and the stored head."""
    expected_prev = GENESIS
    expected_seq = 1
    count = 0
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
    for ev in rows:
        if ev.seq != expected_seq:
            return VerifyReport(False, count, expected_seq,
                                Message("audit.event_missing", {"seq": expected_seq, "found": ev.seq}))
        if ev.prev_hash != expected_prev:
            return VerifyReport(False, count, ev.seq,
                                Message("audit.event_out_of_order", {"seq": ev.seq, "previous": ev.seq - 1}))
        digest = event_hash(ev.prev_hash, ev.seq, ev.at, ev.officer, ev.action, ev.entity,
                            ev.entity_id, ev.detail)
        if digest != ev.hash:
            return VerifyReport(False, count, ev.seq, Message("audit.event_changed", {"seq": ev.seq}))
        expected_prev, expected_seq = ev.hash, ev.seq + 1
        count += 1
    head = session.get(Meta, HEAD_KEY)
    if head is not None:
        if int(head.value["seq"]) != count or head.value["hash"] != expected_prev:
            return VerifyReport(False, count, count + 1,
                                Message("audit.end_cut", {"count": count, "written": int(head.value["seq"])}))
    elif count:
        return VerifyReport(False, count, None, Message("audit.head_missing"))
    return VerifyReport(True, count)
