"""Summaries of the workspace: for ``fieldapp status`` and the status bar, and for the Sync panel."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.domain.workflow import RETURNED
from fieldapp.store.models import Case, Meta, OutboxOp, SyncConflict, SyncRejection, live
from fieldapp.store.remote import ENROLMENT, LAST_SYNC, PENDING
from fieldapp.store.scope import scope_from


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
    role: str = "officer"
    """The laptop's role: its HQ user's once enrolled (CONTRACT.md "Roles on the laptop")."""
    municipalities: list[str] = field(default_factory=list)
    """The municipality codes the laptop works for."""

    def to_json(self) -> dict[str, Any]:
        """As ``status --json`` prints it."""
        return asdict(self)


def workspace_status(s: Session, officer: str, *, slot_role: str | None = None) -> WorkspaceStatus:
    """Read the status in one snapshot (``slot_role``: the unlocked key slot's own role)."""
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
    scope = scope_from(meta(ENROLMENT), meta("municipality"), slot_role)
    return WorkspaceStatus(
        cases=int(cases), outbox_pending=int(pending), conflicts=int(conflicts),
        last_sync=meta("last_sync"), enrolled=bool(meta(ENROLMENT)), officer=officer,
        municipality=meta("municipality"), device=meta("device_short_id"), schema=schema,
        role=scope.role, municipalities=list(scope.municipalities))


@dataclass(frozen=True)
class SyncStatus:
    """The workspace's link with HQ, as the Sync panel shows it."""

    enrolled: bool
    hq_url: str | None
    user: str | None
    role: str | None
    device_id: str | None
    last_sync: str | None
    pending: int
    """Changes (outbox ops) not yet acknowledged by HQ."""
    pending_cases: int
    """Cases with changes not yet acknowledged."""
    conflict_cases: int
    conflict_fields: int
    rejected: int
    """Changes HQ refused, kept with their reasons."""
    returned: int
    """Cases HQ returned to the officer (status ``returned``)."""


def sync_status(s: Session) -> SyncStatus:
    """Read the sync status: every count in one statement, plus the enrolment record."""
    def cases_where(*conditions: Any) -> Any:
        return select(func.count()).select_from(Case).where(live(), *conditions).scalar_subquery()

    def rows_of(model: Any) -> Any:
        return select(func.count()).select_from(model).scalar_subquery()

    counts = s.execute(select(
        rows_of(OutboxOp), cases_where(Case.sync_state == PENDING),
        cases_where(Case.sync_state == "conflict"), rows_of(SyncConflict), rows_of(SyncRejection),
        cases_where(Case.status == RETURNED))).one()
    enrolment = s.get(Meta, ENROLMENT)
    last_sync = s.get(Meta, LAST_SYNC)
    about: dict[str, Any] = (enrolment.value if enrolment is not None else None) or {}
    pending, pending_cases, conflict_cases, conflict_fields, rejected, returned = (int(n or 0) for n in counts)
    return SyncStatus(
        enrolled=bool(about), hq_url=about.get("hq_url"), user=about.get("user"), role=about.get("role"),
        device_id=about.get("device_id"), last_sync=last_sync.value if last_sync is not None else None,
        pending=pending, pending_cases=pending_cases, conflict_cases=conflict_cases,
        conflict_fields=conflict_fields, rejected=rejected, returned=returned)
