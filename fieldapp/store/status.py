"""A summary of the workspace for ``fieldapp status`` and the status bar."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.store.models import Case, Meta, OutboxOp, live


@dataclass(frozen=True)
class WorkspaceStatus:
    """Counts and sync state of the workspace."""

    cases: int
    outbox_pending: int
    conflicts: int
    last_sync: str | None
    enrolled: bool
    officer: str
    municipality: str | None
    device: str | None
    schema: str | None

    def to_json(self) -> dict[str, Any]:
        """As ``status --json`` prints it."""
        return asdict(self)


def workspace_status(s: Session, officer: str) -> WorkspaceStatus:
    """Read the status in one snapshot."""
    def meta(key: str) -> Any:
        row = s.get(Meta, key)
        return row.value if row is not None else None

    live_cases = live()
    cases = s.execute(select(func.count()).select_from(Case).where(live_cases)).scalar() or 0
    conflicts = s.execute(select(func.count()).select_from(Case)
                          .where(live_cases, Case.sync_state == "conflict")).scalar() or 0
    pending = s.execute(select(func.count()).select_from(OutboxOp)).scalar() or 0
    from sqlalchemy import text

    schema = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return WorkspaceStatus(
        cases=int(cases), outbox_pending=int(pending), conflicts=int(conflicts),
        last_sync=meta("last_sync"), enrolled=bool(meta("enrolment")), officer=officer,
        municipality=meta("municipality"), device=meta("device_short_id"), schema=schema)
