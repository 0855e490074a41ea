"""Setting and reading distributed reference data."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.protocol.messages import ReferenceItem
from sync.server.audit.service import now_iso
from sync.server.reference.models import ReferenceEntry


def put(*, session: Session, key: str, data: Any) -> int:
    """Set ``key`` to ``data``; returns its new version (higher than every other entry's)."""
    top = session.execute(select(func.max(ReferenceEntry.version))).scalar() or 0
    row = session.get(ReferenceEntry, key)
    if row is None:
        row = ReferenceEntry(key=key, version=top + 1, data=data, updated_at=now_iso())
        session.add(row)
    else:
        row.version, row.data, row.updated_at = top + 1, data, now_iso()
    return top + 1


def since(*, session: Session, version: int) -> tuple[list[ReferenceItem], int]:
    """Entries changed after ``version`` and the newest version."""
    rows = session.execute(select(ReferenceEntry).where(ReferenceEntry.version > version)
                           .order_by(ReferenceEntry.version)).scalars().all()
    top = max((r.version for r in rows), default=version)
    return [ReferenceItem(key=r.key, version=r.version, data=r.data) for r in rows], top
