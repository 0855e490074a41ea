"""Reading cases at HQ: whole states for devices, summaries for lists, scoped and audited."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.domain import workflow
from fieldapp.domain.interchange import CONTENT_FIELDS, FORMAT
from sync.protocol.messages import (
    CaseState,
    CaseSummaryOut,
    ConflictOut,
    DismissalOut,
    HistoryOut,
    NoteOut,
    PairOut,
)
from sync.server.audit import service as audit
from sync.server.cases.models import CaseEvent, CaseNote, CaseRow
from sync.server.conflicts.models import Conflict
from sync.server.duplicates.models import DuplicateDismissal, DuplicatePair
from sync.server.errors import invalid, not_found
from sync.server.scope import Actor

EDITABLE_FIELDS = tuple(k for k in CONTENT_FIELDS if k != "notes")
CHUNK = 500


def _chunks(items: Sequence[str], size: int = CHUNK) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def full_document(*, case_id: str, case_number: str, status: str, content: dict[str, Any]) -> dict[str, Any]:
    """A case document in the interchange format (without notes) for validation."""
    return {"format": FORMAT, "id": case_id, "case_number": case_number, "status": status,
            **{k: content.get(k) for k in EDITABLE_FIELDS}, "notes": []}


def conflict_out(c: Conflict) -> ConflictOut:
    """A conflict record as sent to devices and listed at HQ."""
    return ConflictOut(id=c.id, case_id=c.case_id, field=c.field, hq_value=c.hq_value,
                       device_value=c.device_value, device_id=c.device_id,
                       created_at=c.created_at, resolved=c.resolved_at is not None,
                       resolution=c.resolution, reason=c.reason, reason_id=c.reason_id,
                       reason_params=c.reason_params or {})


def states(*, session: Session, rows: Sequence[CaseRow]) -> list[CaseState]:
    """Whole states of ``rows`` with their notes, history, open conflicts, the cases dismissed
    as not the same household and HQ's possible duplicates (6 queries a page)."""
    ids = [r.id for r in rows]
    dismissed: dict[str, list[DismissalOut]] = defaultdict(list)
    pairs: dict[str, list[PairOut]] = defaultdict(list)
    notes: dict[str, list[NoteOut]] = defaultdict(list)
    history: dict[str, list[HistoryOut]] = defaultdict(list)
    conflicts: dict[str, list[ConflictOut]] = defaultdict(list)
    for chunk in _chunks(ids):
        for n in session.execute(select(CaseNote).where(CaseNote.case_id.in_(chunk))
                                 .order_by(CaseNote.case_id, CaseNote.at, CaseNote.note_id)).scalars():
            notes[n.case_id].append(NoteOut(note_id=n.note_id, text=n.text, author=n.author,
                                            at=n.at, origin=n.origin))
        for e in session.execute(select(CaseEvent).where(CaseEvent.case_id.in_(chunk))
                                 .order_by(CaseEvent.case_id, CaseEvent.position)).scalars():
            history[e.case_id].append(HistoryOut(
                event_id=e.event_id, from_status=e.from_status, to_status=e.to_status, by=e.by,
                role=e.role, at=e.at, comment=e.comment, decision=e.decision, origin=e.origin))
        for c in session.execute(select(Conflict).where(Conflict.case_id.in_(chunk),
                                                        Conflict.resolved_at.is_(None))
                                 .order_by(Conflict.created_at, Conflict.id)).scalars():
            conflicts[c.case_id].append(conflict_out(c))
        for d in session.execute(select(DuplicateDismissal).where(
                DuplicateDismissal.case_id.in_(chunk) | DuplicateDismissal.other_id.in_(chunk))
                .order_by(DuplicateDismissal.case_id, DuplicateDismissal.other_id)).scalars():
            # Listed under both cases: a device may hold one of them only.
            dismissed[d.case_id].append(DismissalOut(other=d.other_id, by=d.by, at=d.at))
            dismissed[d.other_id].append(DismissalOut(other=d.case_id, by=d.by, at=d.at))
        for mine, theirs in ((DuplicatePair.case_id, DuplicatePair.other_id),
                             (DuplicatePair.other_id, DuplicatePair.case_id)):
            for case_id, other, number, municipality, score in session.execute(
                    select(mine, theirs, CaseRow.case_number, CaseRow.municipality, DuplicatePair.score)
                    .join(CaseRow, CaseRow.id == theirs)
                    .where(mine.in_(chunk), CaseRow.status != workflow.DUPLICATE)
                    .order_by(mine, DuplicatePair.score.desc())):
                pairs[case_id].append(PairOut(other=other, case_number=number, municipality=municipality,
                                              score=score))
    return [CaseState(id=r.id, case_number=r.case_number, case_type=r.case_type, status=r.status,
                      municipality=r.municipality, revision=r.revision, version=r.version,
                      hlc=r.hlc, owner=r.owner, assigned_to=r.assigned_to,
                      duplicate_of=r.duplicate_of, content=r.content,
                      notes=notes[r.id], history=history[r.id], conflicts=conflicts[r.id],
                      not_duplicates=dismissed.get(r.id, []), possible_duplicates=pairs.get(r.id, []))
            for r in rows]


def visible_case(*, session: Session, actor: Actor, case_id: str, lock: bool = False) -> CaseRow:
    """The case ``case_id`` (id or case number) if ``actor`` may see it; else 404 either way."""
    stmt = select(CaseRow).where((CaseRow.id == case_id) | (CaseRow.case_number == case_id))
    if lock:
        stmt = stmt.with_for_update()
    row = session.execute(stmt).scalar_one_or_none()
    if row is None or not actor.sees(row):
        raise not_found()
    return row


def original_for(*, session: Session, actor: Actor, case: CaseRow, ref: str,
                 known: dict[str, CaseRow] | None = None) -> CaseRow:
    """The case that ``case`` duplicates, named by ``ref`` (id or case number), held to the rules.

    It must exist and be visible to ``actor`` (the same refusal either way, so nothing is learnt
    about cases out of scope), must not be ``case`` itself and must not itself be a duplicate.
    ``known`` holds cases already loaded (a push batch's), looked at before the database.
    """
    row = (known or {}).get(ref)
    if row is None:
        row = session.execute(select(CaseRow).where((CaseRow.id == ref) | (CaseRow.case_number == ref))
                              ).scalar_one_or_none()
    if row is None or not actor.sees(row):
        raise invalid("hq.duplicate.unknown_original", ref=ref[:40])
    if row.id == case.id:
        raise invalid("hq.duplicate.itself", case=case.case_number)
    if row.status == workflow.DUPLICATE:
        raise invalid("hq.duplicate.of_duplicate", case=row.case_number)
    return row


def get_case(*, session: Session, actor: Actor, case_id: str) -> CaseState:
    """One whole case; the read is audited."""
    row = visible_case(session=session, actor=actor, case_id=case_id)
    audit.record(session=session, actor=actor.user, role=actor.role, device_id=actor.device_id,
                 action="case.read", case_id=row.id)
    return states(session=session, rows=[row])[0]


def list_cases(*, session: Session, actor: Actor, municipality: str | None = None,
               status: str | None = None, limit: int = 1000, offset: int = 0) -> list[CaseSummaryOut]:
    """Summaries of the cases in scope, filtered; the listing is audited."""
    stmt = select(CaseRow).where(actor.case_clause())
    if municipality:
        stmt = stmt.where(CaseRow.municipality == municipality)
    if status:
        stmt = stmt.where(CaseRow.status == status)
    rows = session.execute(stmt.order_by(CaseRow.case_number).offset(offset).limit(limit)).scalars().all()
    audit.record(session=session, actor=actor.user, role=actor.role, device_id=actor.device_id,
                 action="case.list", detail={"municipality": municipality, "status": status,
                                             "cases": len(rows)})
    return [CaseSummaryOut(id=r.id, case_number=r.case_number, case_type=r.case_type,
                           status=r.status, municipality=r.municipality, head=r.head,
                           members=r.members, owner=r.owner, assigned_to=r.assigned_to,
                           duplicate_of=r.duplicate_of, revision=r.revision, conflict=r.conflict_open, updated_at=r.updated_at)
            for r in rows]
