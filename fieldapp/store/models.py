"""The workspace schema (SQLAlchemy 2.0 declarative). Migrations under ``migrations/`` build it.

One row per case with its one-to-one parts (interview, displacement, property, consent, origin)
as JSON columns; household members, needs, vulnerabilities, notes, assistance, referrals and the
transition history in their own tables. A few derived columns (head of household, member count,
needs) exist so the case list can sort and page 100,000 cases without joins.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of the workspace schema."""


def table(model: type[Base]) -> Table:
    """The Core table of a mapped class, for executemany inserts without ORM bookkeeping."""
    return cast(Table, model.__table__)


class Meta(Base):
    """Workspace-wide settings and counters (device short id, case sequences, HLC, sync state)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Officer(Base):
    """An officer who holds a key slot on this laptop."""

    __tablename__ = "officers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    slot_id: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[str] = mapped_column(String(40))


class Case(Base):
    """A household's case."""

    __tablename__ = "cases"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    case_number: Mapped[str] = mapped_column(String(40), unique=True)
    case_type: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(30))
    municipality: Mapped[str] = mapped_column(String(4))
    settlement: Mapped[str | None] = mapped_column(String(200))
    return_mode: Mapped[str | None] = mapped_column(String(20))
    intention_registered_on: Mapped[str | None] = mapped_column(String(10))
    origin: Mapped[dict[str, Any]] = mapped_column(JSON)
    displacement: Mapped[dict[str, Any]] = mapped_column(JSON)
    interview: Mapped[dict[str, Any]] = mapped_column(JSON)
    property: Mapped[dict[str, Any]] = mapped_column(JSON)
    consent: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Derived, for the list: kept in step by the store on every write.
    head_name: Mapped[str] = mapped_column(String(210))
    head_sort: Mapped[str] = mapped_column(String(210))
    member_count: Mapped[int] = mapped_column(Integer)
    need_codes: Mapped[str] = mapped_column(String(500))
    score: Mapped[float] = mapped_column(Float)
    owner_officer: Mapped[str] = mapped_column(String(100))
    assigned_office: Mapped[str | None] = mapped_column(String(100))
    revision: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))
    sync_state: Mapped[str] = mapped_column(String(20), default="pending")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # The case this one duplicates (status ``duplicate``), as a reviewer or HQ named it.
    duplicate_of: Mapped[str | None] = mapped_column(String(36))
    # Derived, for the reports (migration 0008): the consent to sensitive data and the head of
    # household's community, which the summary counts without reading the JSON or the members.
    sensitive_data: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    head_community: Mapped[str | None] = mapped_column(String(20))

    # Partial indexes over live cases ending with the key: the list walks them for any page and
    # counts without reading case rows. Queries must say ``deleted = 0`` (see ``LIVE``) to use them.
    __table_args__ = (
        Index("ix_live_updated", "updated_at", "pk", sqlite_where=text("deleted = 0")),
        Index("ix_live_head", "head_sort", "pk", sqlite_where=text("deleted = 0")),
        Index("ix_live_number", "case_number", "pk", sqlite_where=text("deleted = 0")),
        Index("ix_live_status", "status", "updated_at", "pk", sqlite_where=text("deleted = 0")),
        Index("ix_live_municipality", "municipality", "updated_at", "pk", sqlite_where=text("deleted = 0")),
        Index("ix_dead", "pk", sqlite_where=text("deleted = 1")),
        # Same head of household in the same settlement: one rule of possible duplicates.
        Index("ix_live_head_settlement", "head_sort", "settlement", sqlite_where=text("deleted = 0")),
        # The review queue's cases (municipality and status) without reading case rows.
        Index("ix_live_municipality_status", "municipality", "status", sqlite_where=text("deleted = 0")),
        # Every case-level figure of the summary, read from this index alone.
        Index("ix_live_report", "municipality", "case_type", "status", "settlement", "member_count",
              "sensitive_data", "head_community", "intention_registered_on", "created_at", "pk",
              sqlite_where=text("deleted = 0")),
    )


def live() -> Any:
    """The condition for cases that are not tombstoned, written so the partial indexes apply."""
    return Case.deleted == false()


class Member(Base):
    """A member of the household, names kept as written with their script."""

    __tablename__ = "members"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.pk", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    script: Mapped[str] = mapped_column(String(4))
    sex: Mapped[str | None] = mapped_column(String(1))
    date_of_birth: Mapped[str | None] = mapped_column(String(10))
    relationship: Mapped[str | None] = mapped_column(String(20))
    personal_number: Mapped[str | None] = mapped_column(String(13))
    documents: Mapped[list[str]] = mapped_column(JSON)
    community: Mapped[str | None] = mapped_column(String(20))
    disability: Mapped[bool] = mapped_column(Boolean)
    chronic_illness: Mapped[bool] = mapped_column(Boolean)
    education: Mapped[str | None] = mapped_column(String(200))
    occupation: Mapped[str | None] = mapped_column(String(200))
    preferred_language: Mapped[str | None] = mapped_column(String(10))
    # Derived: folded family and given name (script-blind), for finding the same person.
    name_key: Mapped[str | None] = mapped_column(String(210))

    # Covering indexes for finding the same person: a case's members by their identity, and
    # other members with the same name and birth or personal number, without reading rows.
    __table_args__ = (
        Index("ix_members_identity", "case_pk", "name_key", "date_of_birth", "personal_number"),
        Index("ix_members_name_birth", "name_key", "date_of_birth", "case_pk"),
        Index("ix_members_personal_number", "personal_number", "case_pk",
              sqlite_where=text("personal_number IS NOT NULL")),
        Index("ix_members_community", "community", "case_pk"),
    )


class Need(Base):
    """A need of the household with its priority."""

    __tablename__ = "needs"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.pk", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(40), index=True)
    priority: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_needs_report", "category", "case_pk"),)


class Vulnerability(Base):
    """A vulnerability flag of the household."""

    __tablename__ = "vulnerabilities"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.pk", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40), index=True)

    __table_args__ = (Index("ix_vulnerabilities_report", "code", "case_pk"),)


class Assistance(Base):
    """An item of assistance, planned or delivered."""

    __tablename__ = "assistance"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.pk", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Derived from ``data`` for the reports (migration 0008).
    item: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str | None] = mapped_column(String(10))
    donor: Mapped[str | None] = mapped_column(String(200))
    project: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (Index("ix_assistance_report", "case_pk", "item", "status", "donor", "project"),)


class Referral(Base):
    """A referral to a service."""

    __tablename__ = "referrals"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.pk", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Derived from ``data`` for the reports (migration 0008).
    service: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str | None] = mapped_column(String(10))

    __table_args__ = (Index("ix_referrals_report", "case_pk", "service", "status"),)


class Note(Base):
    """An append-only note or comment on a case (from the device or from HQ)."""

    __tablename__ = "notes"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[str] = mapped_column(String(36), unique=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.pk", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[str | None] = mapped_column(String(40))
    origin: Mapped[str] = mapped_column(String(10), default="device")


class Transition(Base):
    """One step of a case's workflow history: who moved it where, when and why."""

    __tablename__ = "transitions"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.pk", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str] = mapped_column(String(30))
    by: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    at: Mapped[str] = mapped_column(String(40))
    comment: Mapped[str | None] = mapped_column(Text)
    decision: Mapped[str | None] = mapped_column(String(20))
    origin: Mapped[str] = mapped_column(String(10), default="device")

    # When a case entered a status (the queue's and the caseload's "waiting since").
    __table_args__ = (Index("ix_transitions_entered", "case_pk", "to_status", "at"),)


class OutboxOp(Base):
    """A change waiting for HQ's acknowledgement; ``seq`` is the per-device sequence number."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    base_rev: Mapped[int] = mapped_column(Integer)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    hlc: Mapped[str] = mapped_column(String(40))
    officer: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[str] = mapped_column(String(40))
    sent_at: Mapped[str | None] = mapped_column(String(40))


class AuditEvent(Base):
    """An append-only, hash-chained record of something done in the workspace."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(40))
    officer: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str | None] = mapped_column(String(20))
    entity_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Draft(Base):
    """An autosaved, unsaved editor form, kept inside the encrypted store until saved or dropped."""

    __tablename__ = "drafts"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    officer: Mapped[str] = mapped_column(String(100))
    case_id: Mapped[str | None] = mapped_column(String(36))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[str] = mapped_column(String(40))


class DupBlock(Base):
    """A block a case falls in: cases are compared for duplicates only within a block."""

    __tablename__ = "dup_blocks"
    block: Mapped[str] = mapped_column(String(120), primary_key=True)
    case_pk: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)


class DupPair(Base):
    """Two cases that may be one household (``a < b``), with their score."""

    __tablename__ = "dup_pairs"
    a: Mapped[int] = mapped_column(Integer, primary_key=True)
    b: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)
    score: Mapped[float] = mapped_column(Float)


class HqDupPair(Base):
    """A possible duplicate of a case that HQ's full pass found, as HQ sent it with the case: the
    other case may be one this laptop does not hold (another municipality), so only its id,
    number, municipality and score are known."""

    __tablename__ = "hq_dup_pairs"
    case_pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    other_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    other_case_number: Mapped[str] = mapped_column(String(40))
    other_municipality: Mapped[str] = mapped_column(String(4))
    score: Mapped[float] = mapped_column(Float)


class DuplicateDismissal(Base):
    """Two cases someone said are not the same household (ids in order): never offered again."""

    __tablename__ = "duplicate_dismissals"
    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    other_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    by: Mapped[str] = mapped_column(String(100))
    at: Mapped[str] = mapped_column(String(40))


class SearchWord(Base):
    """A cross-language name key the search index holds: the vocabulary a mistyped name is
    matched against (see :mod:`fieldapp.store.search`; the index itself is ``case_fts``)."""

    __tablename__ = "search_words"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    term: Mapped[str] = mapped_column(String(100), unique=True)


# --- sync state (migration 0003) --------------------------------------------------------------

class SyncCase(Base):
    """HQ's view of a case this device holds: the HQ revision and version last applied here."""

    __tablename__ = "sync_cases"
    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hq_rev: Mapped[int] = mapped_column(Integer)
    hq_version: Mapped[int] = mapped_column(Integer)
    hq_hlc: Mapped[str | None] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))


class SyncRevMap(Base):
    """Which HQ revision a local revision of a case was based on (translates ``base_rev``)."""

    __tablename__ = "sync_rev_map"
    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_rev: Mapped[int] = mapped_column(Integer, primary_key=True)
    hq_rev: Mapped[int] = mapped_column(Integer)


class SyncConflict(Base):
    """A field changed here and at HQ: HQ kept its value; both are shown to the officer."""

    __tablename__ = "sync_conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(40))
    local_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    hq_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    created_at: Mapped[str] = mapped_column(String(40))


class SyncRejection(Base):
    """A change HQ refused, with its reason, kept for the officer to see."""

    __tablename__ = "sync_rejections"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(40))


class SyncBundle(Base):
    """A USB bundle written or an acknowledgement imported (replays are refused by id)."""

    __tablename__ = "sync_bundles"
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    at: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)


class SyncDeferred(Base):
    """A case whose HQ state must be fetched again (it arrived while local changes were pending)."""

    __tablename__ = "sync_deferred"
    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    at: Mapped[str] = mapped_column(String(40))
