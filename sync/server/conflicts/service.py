"""Listing and resolving conflict records, field by field, within the caller's scope."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.interchange import validate_case
from sync.protocol.messages import ConflictOut
from sync.server.audit import service as audit
from sync.server.audit.service import now_iso
from sync.server.cases import service as cases
from sync.server.cases.changes import derived, record_change
from sync.server.cases.models import CaseRow
from sync.server.conflicts.models import Conflict
from sync.server.errors import conflict, forbidden, invalid, message_of, not_found
from sync.server.scope import Actor


def list_conflicts(*, session: Session, actor: Actor, include_resolved: bool = False) -> list[ConflictOut]:
    """Conflicts of the cases in scope, oldest first."""
    stmt = (select(Conflict).join(CaseRow, CaseRow.id == Conflict.case_id)
            .where(actor.case_clause()).order_by(Conflict.created_at, Conflict.id))
    if not include_resolved:
        stmt = stmt.where(Conflict.resolved_at.is_(None))
    return [cases.conflict_out(c) for c in session.execute(stmt).scalars()]


def resolve(*, session: Session, actor: Actor, conflict_id: str, keep: str) -> ConflictOut:
    """Keep HQ's value or the device's for one conflicting field (reviewers only)."""
    row = session.get(Conflict, conflict_id)
    if row is None:
        raise not_found("hq.not_found.conflict")
    case = session.execute(select(CaseRow).where(CaseRow.id == row.case_id).with_for_update()).scalar_one()
    if not actor.sees(case):
        raise not_found("hq.not_found.conflict")
    if not actor.is_reviewer:
        raise forbidden("hq.conflict.not_reviewer")
    if row.resolved_at is not None:
        raise conflict("hq.conflict.resolved", "resolved")
    if keep not in ("hq", "device"):
        raise invalid("hq.conflict.bad_keep")
    if row.field == "status" and keep == "device":
        # A second decision never overturns the first; the reviewer makes a new move instead.
        raise conflict("hq.conflict.decision_stands", "decision_stands", status=case.status)
    changed: list[str] = []
    if keep == "device" and row.device_value != case.content.get(row.field):
        content = {**case.content, row.field: row.device_value}
        try:
            doc = validate_case(cases.full_document(case_id=case.id, case_number=case.case_number,
                                                    status=case.status, content=content),
                                record=case.case_number)
        except ValidationError as exc:
            raise invalid("hq.conflict.cannot_keep", problem=message_of(exc)) from None
        case.content = {k: doc[k] for k in cases.EDITABLE_FIELDS}
        for key, value in derived(case.content).items():
            setattr(case, key, value)
        changed = [row.field]
    row.resolved_at, row.resolved_by, row.resolution = now_iso(), actor.user, keep
    session.flush()
    open_left = session.execute(select(Conflict.id).where(Conflict.case_id == case.id,
                                                          Conflict.resolved_at.is_(None))).first()
    case.conflict_open = open_left is not None
    record_change(session=session, case=case, kind="resolve", fields=changed,
                  bumps_revision=bool(changed), actor=actor)
    audit.record(session=session, actor=actor.user, role=actor.role, device_id=actor.device_id,
                 action="conflict.resolve", case_id=case.id,
                 detail={"conflict": row.id, "field": row.field, "keep": keep})
    return cases.conflict_out(row)
