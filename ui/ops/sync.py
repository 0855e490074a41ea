"""Sync operations: the status of the link with HQ, conflicts and refused changes, USB bundles,
and what a sync or an enrolment changed. See :mod:`ui.ops`.

The sync engine and enrolment themselves run on the I/O executor and reach the store through
:class:`~ui.background.ExecutorSteps`; the operations here are the store work around them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldapp.store.conflicts import ConflictReport, conflict_report
from fieldapp.store.status import SyncStatus, sync_status
from ui.executor import Changes, StoreThread
from ui.ops import Op, Outcome

SYNC_CHANGES = Changes(case_list=True, status=True)
"""What HQ's answers may change: cases (content, status, new or gone) and every count."""


@dataclass(frozen=True)
class BundleExport:
    """The USB bundle written: its file and how many changes it carries."""

    path: str
    ops: int


@dataclass(frozen=True)
class BundleImport:
    """What importing HQ's acknowledgement bundle did."""

    acknowledged: int
    received: int
    returned: tuple[str, ...]
    conflicts: int


def read_status() -> Op[SyncStatus]:
    """The sync status of the workspace, as the Sync panel shows it."""
    def run(st: StoreThread) -> Outcome[SyncStatus]:
        with st.read() as s:
            return Outcome(sync_status(s))
    return run


def read_conflicts(*, case_id: str | None = None) -> Op[ConflictReport]:
    """The open conflicts and refused changes of case ``case_id``, or of every case."""
    def run(st: StoreThread) -> Outcome[ConflictReport]:
        with st.read() as s:
            return Outcome(conflict_report(s, case_id))
    return run


def export_bundle(*, folder: Path) -> Op[BundleExport]:
    """Write the pending changes into ``folder`` as a USB bundle for HQ (they stay pending
    until HQ's answer is imported)."""
    def run(st: StoreThread) -> Outcome[BundleExport]:
        from sync.bundle.device import export_bundle as write_bundle

        result = write_bundle(st.workspace, folder)
        return Outcome(BundleExport(str(result.path), result.ops))
    return run


def import_bundle(*, path: Path) -> Op[BundleImport]:
    """Check and apply HQ's acknowledgement bundle at ``path``."""
    def run(st: StoreThread) -> Outcome[BundleImport]:
        from sync.bundle.device import import_bundle as apply_bundle

        r = apply_bundle(st.workspace, path)
        return Outcome(BundleImport(r.acknowledged, r.received, tuple(r.returned), r.conflicts),
                       SYNC_CHANGES)
    return run


def workspace_folder() -> Op[Path]:
    """The folder of the open workspace, where the sync engine finds the device's keys."""
    def run(st: StoreThread) -> Outcome[Path]:
        return Outcome(Path(st.workspace.root))
    return run


def after_sync() -> Op[None]:
    """Announce what a sync may have changed, even one that stopped half-way.

    The engine's own store steps run as plain steps; queued behind the last of them, this makes
    every screen that shows cases or counts refresh once.
    """
    def run(_st: StoreThread) -> Outcome[None]:
        return Outcome(None, SYNC_CHANGES)
    return run


def after_enrolment() -> Op[None]:
    """Announce an enrolment: the status bar and the Sync panel show the link with HQ."""
    def run(_st: StoreThread) -> Outcome[None]:
        return Outcome(None, Changes(status=True))
    return run


__all__ = ["SYNC_CHANGES", "BundleExport", "BundleImport", "ConflictReport", "SyncStatus",
           "after_enrolment", "after_sync", "export_bundle", "import_bundle", "read_conflicts",
           "read_status", "workspace_folder"]
