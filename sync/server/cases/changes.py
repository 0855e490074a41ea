"""Recording a change to a case: version, revision, clock, change log, change sequence.

Every writer (push, review, assignment, conflict resolution) goes through :func:`record_change`
so the change log that field-level merge reads is complete.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.domain import hlc
from fieldapp.domain.interchange import full_name, head_of
from sync.server.audit.service import now_iso
from sync.server.cases.models import CaseChange, CaseEvent, CaseRow
from sync.server.db import touch
from sync.server.scope import Actor

HQ_NODE = "HQ"


def next_stamp(previous: str | None, remote: str | None = None) -> str:
    """HQ's clock stamp for a change: after the case's last stamp and after the device's."""
    last = hlc.Stamp.parse(previous) if previous else None
    if remote:
        return str(hlc.receive(last, hlc.Stamp.parse(remote), HQ_NODE))
    return str(hlc.tick(last, HQ_NODE))


def derived(content: dict[str, Any]) -> dict[str, Any]:
    """Columns kept in step with the content for lists and scope queries."""
    return {"head": full_name(head_of(content))[:210], "members": len(content.get("members") or []),
            "municipality": content["municipality"], "case_type": content["case_type"]}


def record_change(*, session: Session, case: CaseRow, kind: str, fields: list[str],
                  bumps_revision: bool, actor: Actor, remote_hlc: str | None = None,
                  clean_for_device: bool = False) -> CaseChange:
    """Count one change of ``case`` and log which fields it touched.

    ``clean_for_device``: the change was the acting device's op and HQ now holds exactly that
    device's state, so its next pull may skip this case.
    """
    case.version += 1
    if bumps_revision:
        case.revision += 1
    case.hlc = next_stamp(case.hlc, remote_hlc)
    case.updated_at = now_iso()
    if clean_for_device and actor.device_id:
        case.synced_device, case.synced_version = actor.device_id, case.version
    else:
        case.synced_device, case.synced_version = None, None
    change = CaseChange(case_id=case.id, version=case.version, revision=case.revision,
                        kind=kind, fields=sorted(fields), status=case.status,
                        device_id=actor.device_id, by=actor.user, at=case.updated_at, hlc=case.hlc)
    session.add(change)
    touch(session, case)
    return change


def add_event(*, session: Session, case: CaseRow, from_status: str | None, to_status: str,
              actor: Actor, at: str, comment: str | None = None, decision: str | None = None,
              origin: str = "hq", event_id: str | None = None, position: int | None = None) -> None:
    """Append one step to the case's workflow history (``position`` 1 for a new case)."""
    if position is None:
        position = session.execute(select(func.coalesce(func.max(CaseEvent.position), 0))
                                   .where(CaseEvent.case_id == case.id)).scalar_one() + 1
    session.add(CaseEvent(event_id=event_id or str(uuid.uuid4()), case_id=case.id,
                          position=position, from_status=from_status, to_status=to_status,
                          by=actor.user, role=actor.role, at=at, comment=comment,
                          decision=decision, origin=origin, device_id=actor.device_id))
