"""Writing the HQ audit log (in the same transaction as what it records)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from sync.server.audit.models import AuditEntry


def now_iso() -> str:
    """Now, UTC, ISO 8601 with milliseconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def record(*, session: Session, actor: str, role: str, action: str, case_id: str | None = None,
           device_id: str | None = None, detail: dict[str, Any] | None = None) -> None:
    """Append one audit entry."""
    session.add(AuditEntry(at=now_iso(), actor=actor, role=role, device_id=device_id,
                           action=action, case_id=case_id, detail=detail or {}))


def record_reads(*, session: Session, actor: str, role: str, device_id: str | None, action: str,
                 case_ids: list[str]) -> None:
    """One entry per case read (pull pages, fetches, lists of full cases), in one statement."""
    if not case_ids:
        return
    at = now_iso()
    session.execute(insert(AuditEntry), [
        {"at": at, "actor": actor, "role": role, "device_id": device_id, "action": action,
         "case_id": cid, "detail": {}} for cid in case_ids])
