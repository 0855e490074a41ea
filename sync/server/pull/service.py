"""Pull, scope digest and fetch: what a device receives, always limited to its scope.

A page holds whole case states changed after the device's checkpoint, in change-sequence order.
The highest sequence number is read before the cases, and every number up to it is committed
(see :mod:`sync.server.db`), so a checkpoint never jumps over a change still being written.
Cases whose latest change was this device's own op, applied cleanly, are not sent back.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sync.protocol.digest import scope_digest
from sync.protocol.messages import (
    MAX_PAGE,
    CaseState,
    CaseVersion,
    DigestResponse,
    FetchResponse,
    PullResponse,
)
from sync.server.audit import service as audit
from sync.server.audit.service import now_iso
from sync.server.cases import service as cases
from sync.server.cases.models import CaseRow
from sync.server.db import current_seq
from sync.server.reference import service as reference
from sync.server.scope import Actor


def changes_since(*, session: Session, actor: Actor, cursor: int,
                  limit: int | None) -> tuple[list[CaseState], int, bool]:
    """Case states in scope changed after ``cursor``: (states, new cursor, more to come)."""
    top = current_seq(session)
    stmt = (select(CaseRow)
            .where(CaseRow.change_seq > cursor, CaseRow.change_seq <= top, actor.case_clause())
            .order_by(CaseRow.change_seq))
    if actor.device_id:
        stmt = stmt.where(or_(CaseRow.synced_device.is_(None),
                              CaseRow.synced_device != actor.device_id,
                              CaseRow.synced_version != CaseRow.version))
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = session.execute(stmt).scalars().all()
    more = limit is not None and len(rows) == limit
    new_cursor = rows[-1].change_seq if more else max(top, cursor)
    return cases.states(session=session, rows=rows), new_cursor, more


def pull(*, session: Session, actor: Actor, cursor: int, limit: int = 500,
         ref_version: int = 0) -> PullResponse:
    """One page of changes for ``actor``'s device; the read is audited per case."""
    states, new_cursor, more = changes_since(session=session, actor=actor, cursor=cursor,
                                             limit=min(limit, MAX_PAGE))
    refs, ref_top = reference.since(session=session, version=ref_version, actor=actor)
    audit.record_reads(session=session, actor=actor.user, role=actor.role,
                       device_id=actor.device_id, action="case.pull", case_ids=[s.id for s in states])
    return PullResponse(cases=states, cursor=new_cursor, more=more, reference=refs,
                        ref_version=ref_top, hq_time=now_iso())


def scope_versions(*, session: Session, actor: Actor) -> list[tuple[str, int]]:
    """Every (case id, version) in ``actor``'s scope."""
    rows = session.execute(select(CaseRow.id, CaseRow.version).where(actor.case_clause()))
    return [(case_id, int(version)) for case_id, version in rows]


def digest(*, session: Session, actor: Actor, device_digest: str, count: int) -> DigestResponse:
    """Compare the device's digest with HQ's; on a mismatch, list HQ's view of the scope."""
    pairs = scope_versions(session=session, actor=actor)
    if len(pairs) == count and scope_digest(pairs) == device_digest:
        return DigestResponse(match=True, count=len(pairs))
    return DigestResponse(match=False, count=len(pairs),
                          cases=[CaseVersion(id=i, version=v) for i, v in sorted(pairs)])


def fetch(*, session: Session, actor: Actor, ids: list[str]) -> FetchResponse:
    """Whole states of the cases asked for that are in scope; the read is audited."""
    wanted = sorted(set(ids))[:MAX_PAGE]
    rows = session.execute(select(CaseRow).where(CaseRow.id.in_(wanted), actor.case_clause())
                           .order_by(CaseRow.id)).scalars().all()
    found = {r.id for r in rows}
    audit.record_reads(session=session, actor=actor.user, role=actor.role,
                       device_id=actor.device_id, action="case.fetch", case_ids=sorted(found))
    return FetchResponse(cases=cases.states(session=session, rows=rows),
                         missing=[i for i in wanted if i not in found])
