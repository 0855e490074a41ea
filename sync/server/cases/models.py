"""Case tables.

``revision`` counts changes to content and status (what ``base_rev`` refers to); ``version``
counts every change a device must learn about (notes, conflicts, assignment too). Each change
writes a :class:`CaseChange` row, which is what field-level merge looks at.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sync.server.db import Base, JSONType


class CaseRow(Base):
    """A case as HQ holds it."""

    __tablename__ = "cases"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_number: Mapped[str] = mapped_column(String(40), unique=True)
    case_type: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(30))
    municipality: Mapped[str] = mapped_column(String(4))
    content: Mapped[dict[str, Any]] = mapped_column(JSONType)
    head: Mapped[str] = mapped_column(String(210))
    members: Mapped[int] = mapped_column()
    owner: Mapped[str] = mapped_column(String(100))
    assigned_to: Mapped[str | None] = mapped_column(String(100))
    # The case this one duplicates (set by a "duplicate" decision; never itself a duplicate).
    duplicate_of: Mapped[str | None] = mapped_column(String(36))
    created_by_device: Mapped[str | None] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column()
    version: Mapped[int] = mapped_column()
    hlc: Mapped[str] = mapped_column(String(40))
    change_seq: Mapped[int] = mapped_column(default=0)
    # Set when the latest change was a device's op that left HQ holding exactly that device's
    # state: the device's pull can then skip the case instead of receiving it back.
    synced_device: Mapped[str | None] = mapped_column(String(36))
    synced_version: Mapped[int | None] = mapped_column()
    conflict_open: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))

    __table_args__ = (
        Index("ix_cases_change_seq", "change_seq"),
        # Pulls read "this municipality's changes after my checkpoint": one index range each.
        Index("ix_cases_municipality_seq", "municipality", "change_seq"),
        # The scope digest reads (id, version) of a whole scope: answered from this index alone,
        # without touching the (large) case rows.
        Index("ix_cases_scope_versions", "municipality", "owner", "assigned_to", "id", "version"),
        Index("ix_cases_municipality_status", "municipality", "status"),
        Index("ix_cases_owner", "owner"),
        Index("ix_cases_assigned_to", "assigned_to"),
    )


class CaseNote(Base):
    """An append-only note; notes of a case form a set keyed by ``note_id``."""

    __tablename__ = "case_notes"
    note_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[str | None] = mapped_column(String(40))
    origin: Mapped[str] = mapped_column(String(10))
    device_id: Mapped[str | None] = mapped_column(String(36))


class CaseEvent(Base):
    """One workflow step or review decision of a case."""

    __tablename__ = "case_history"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    position: Mapped[int] = mapped_column()
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str] = mapped_column(String(30))
    by: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    at: Mapped[str] = mapped_column(String(40))
    comment: Mapped[str | None] = mapped_column(Text)
    decision: Mapped[str | None] = mapped_column(String(20))
    origin: Mapped[str] = mapped_column(String(10))
    device_id: Mapped[str | None] = mapped_column(String(36))


class CaseChange(Base):
    """The change log of a case: which fields changed at which version/revision, and by whom."""

    __tablename__ = "case_changes"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    version: Mapped[int] = mapped_column(primary_key=True)
    revision: Mapped[int] = mapped_column()
    kind: Mapped[str] = mapped_column(String(30))
    fields: Mapped[list[str]] = mapped_column(JSONType)
    status: Mapped[str] = mapped_column(String(30))
    device_id: Mapped[str | None] = mapped_column(String(36))
    by: Mapped[str] = mapped_column(String(100))
    at: Mapped[str] = mapped_column(String(40))
    hlc: Mapped[str] = mapped_column(String(40))
