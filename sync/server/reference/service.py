"""Setting and reading distributed reference data.

Most entries are the same for every device. One is worded per reader: ``officers``, the field
officers who share a municipality with an MOCR officer or a supervisor (their laptops' assignment
picker and assignment check use it). Its row holds only the version at which some user changed;
:func:`since` fills in the list for the device asking, and sends it to reviewers only.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.domain import workflow
from sync.protocol.messages import ReferenceItem
from sync.server.audit.service import now_iso
from sync.server.reference.models import ReferenceEntry
from sync.server.scope import Actor
from sync.server.users.models import User, UserMunicipality

OFFICERS = "officers"
"""The per-reviewer list of officers: ``[{"name": …, "municipalities": [codes]}]``."""


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


def officers_changed(*, session: Session) -> int:
    """Record that users changed, so reviewers' laptops fetch their officers list again."""
    return put(session=session, key=OFFICERS, data=[])


def officers_for(*, session: Session, actor: Actor) -> list[dict[str, Any]]:
    """Active officers sharing a municipality with ``actor`` (every officer for an admin), each
    with the municipalities they share, sorted by name."""
    stmt = (select(User.name, UserMunicipality.municipality)
            .join(UserMunicipality, UserMunicipality.user_id == User.id)
            .where(User.role == workflow.OFFICER, User.disabled.is_(False)))
    if not actor.is_admin:
        stmt = stmt.where(UserMunicipality.municipality.in_(sorted(actor.municipalities)))
    shared: dict[str, list[str]] = {}
    for name, municipality in session.execute(stmt.order_by(User.name, UserMunicipality.municipality)):
        shared.setdefault(name, []).append(municipality)
    return [{"name": name, "municipalities": codes} for name, codes in shared.items()]


def since(*, session: Session, version: int, actor: Actor | None = None) -> tuple[list[ReferenceItem], int]:
    """Entries changed after ``version`` and the newest version.

    With ``actor``, the ``officers`` entry is worded for them when they review (MOCR,
    supervisor, admin) and left out otherwise; without, it is left out.
    """
    rows = session.execute(select(ReferenceEntry).where(ReferenceEntry.version > version)
                           .order_by(ReferenceEntry.version)).scalars().all()
    top = max((r.version for r in rows), default=version)
    items = []
    for r in rows:
        if r.key == OFFICERS:
            if actor is None or not actor.is_reviewer:
                continue
            items.append(ReferenceItem(key=r.key, version=r.version,
                                       data=officers_for(session=session, actor=actor)))
        else:
            items.append(ReferenceItem(key=r.key, version=r.version, data=r.data))
    return items, top
