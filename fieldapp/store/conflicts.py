"""What the officer sees of HQ's disagreements: open conflicts field by field and refused changes.

Each list is read in one statement, joined to the case it concerns so that every row carries the
case number and head of household as the case list shows them. A row whose case is no longer on
the laptop (removed from its scope, or tombstoned) still shows, named by the case id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from fieldapp.store.models import Case, SyncConflict, SyncRejection, live


@dataclass(frozen=True)
class ConflictItem:
    """One field of a case changed both here and at HQ: HQ kept its value."""

    id: str
    case_id: str
    case_number: str
    head: str
    field: str
    hq_value: Any
    local_value: Any
    created_at: str


@dataclass(frozen=True)
class RejectionItem:
    """A change HQ refused, with its reason."""

    case_id: str
    case_number: str
    head: str
    kind: str
    reason: str
    at: str


@dataclass(frozen=True)
class ConflictReport:
    """Open conflicts and refused changes (of one case or of all)."""

    conflicts: tuple[ConflictItem, ...]
    rejected: tuple[RejectionItem, ...]


def conflict_report(s: Session, case_id: str | None = None) -> ConflictReport:
    """The open conflicts (by case and field) and the refused changes (oldest first), of case
    ``case_id`` or of every case."""
    on_case = and_(Case.id == SyncConflict.case_id, live())
    conflicts = (select(SyncConflict.id, SyncConflict.case_id, Case.case_number, Case.head_name,
                        SyncConflict.field, SyncConflict.hq_value, SyncConflict.local_value,
                        SyncConflict.created_at)
                 .outerjoin(Case, on_case).order_by(SyncConflict.case_id, SyncConflict.field))
    refused = (select(SyncRejection.case_id, Case.case_number, Case.head_name, SyncRejection.kind,
                      SyncRejection.reason, SyncRejection.at)
               .outerjoin(Case, and_(Case.id == SyncRejection.case_id, live()))
               .order_by(SyncRejection.at))
    if case_id:
        conflicts = conflicts.where(SyncConflict.case_id == case_id)
        refused = refused.where(SyncRejection.case_id == case_id)
    return ConflictReport(
        tuple(ConflictItem(r.id, r.case_id, r.case_number or r.case_id, r.head_name or "", r.field,
                           r.hq_value, r.local_value, r.created_at) for r in s.execute(conflicts)),
        tuple(RejectionItem(r.case_id, r.case_number or r.case_id, r.head_name or "", r.kind,
                            r.reason, r.at) for r in s.execute(refused)))


__all__ = ["ConflictItem", "ConflictReport", "RejectionItem", "conflict_report"]
