"""Store operations of the Sync screens, returning plain data (DTOs) for the GUI thread.

Each function returns the callable that the store executor runs on its thread; nothing here
keeps a database object beyond the operation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.store.status import SyncStatus, sync_status
from ui.executor import StoreThread


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


def status_op() -> Callable[[StoreThread], SyncStatus]:
    """Read the sync status of the workspace."""
    def run(st: StoreThread) -> SyncStatus:
        with st.read() as s:
            return sync_status(s)
    return run


def conflicts_op(case_id: str | None = None) -> Callable[[StoreThread], ConflictReport]:
    """Read the open conflicts and refused changes (of ``case_id``, or of every case)."""
    def run(st: StoreThread) -> ConflictReport:
        from fieldapp.store import remote
        from fieldapp.store.cases import CaseNotFound, get_case

        with st.read() as s:
            conflicts = remote.conflicts_of(s, case_id)
            rejected = remote.rejections_of(s, case_id)
            names: dict[str, tuple[str, str]] = {}
            for cid in {c["case_id"] for c in conflicts} | {r["case_id"] for r in rejected}:
                try:
                    doc = get_case(s, cid, with_history=False)
                except CaseNotFound:
                    names[cid] = (cid, "")
                    continue
                names[cid] = (doc["case_number"], _head(doc))
        return ConflictReport(
            tuple(ConflictItem(c["id"], c["case_id"], *names[c["case_id"]], c["field"],
                               c["hq_value"], c["local_value"], c["created_at"]) for c in conflicts),
            tuple(RejectionItem(r["case_id"], *names[r["case_id"]], r["kind"], r["reason"], r["at"])
                  for r in rejected))
    return run


def _head(doc: dict[str, Any]) -> str:
    from fieldapp.domain.interchange import full_name, head_of

    return full_name(head_of(doc))


def export_bundle_op(folder: Path) -> Callable[[StoreThread], tuple[str, int]]:
    """Write the pending changes into ``folder`` as a USB bundle; (file, changes in it)."""
    def run(st: StoreThread) -> tuple[str, int]:
        from sync.bundle.device import export_bundle

        result = export_bundle(st.workspace, folder)
        return str(result.path), result.ops
    return run


@dataclass(frozen=True)
class BundleImport:
    """What importing HQ's acknowledgement bundle did."""

    acknowledged: int
    received: int
    returned: tuple[str, ...]
    conflicts: int


def import_bundle_op(path: Path) -> Callable[[StoreThread], BundleImport]:
    """Check and apply HQ's acknowledgement bundle at ``path``."""
    def run(st: StoreThread) -> BundleImport:
        from sync.bundle.device import import_bundle

        r = import_bundle(st.workspace, path)
        return BundleImport(r.acknowledged, r.received, tuple(r.returned), r.conflicts)
    return run


__all__ = ["BundleImport", "ConflictItem", "ConflictReport", "RejectionItem", "SyncStatus",
           "conflicts_op", "export_bundle_op", "import_bundle_op", "status_op"]
