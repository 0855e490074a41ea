"""Workspace operations: the counts of the status bar, and locking. See :mod:`ui.ops`."""

from __future__ import annotations

from dataclasses import dataclass

from fieldapp.store.status import workspace_status
from ui.executor import Changes, StoreThread
from ui.ops import Op, Outcome


@dataclass(frozen=True)
class StatusInfo:
    """What the status bar shows."""

    cases: int
    outbox_pending: int
    municipality: str | None


def read_status(*, officer: str) -> Op[StatusInfo]:
    """The counts of the status bar for ``officer``."""
    def run(st: StoreThread) -> Outcome[StatusInfo]:
        with st.workspace.read() as s:
            status = workspace_status(s, officer)
        return Outcome(StatusInfo(status.cases, status.outbox_pending, status.municipality))
    return run


def lock() -> Op[None]:
    """Close every connection and drop the data key from memory."""
    def run(st: StoreThread) -> Outcome[None]:
        st.lock()
        return Outcome(None, Changes(workspace=True))
    return run
