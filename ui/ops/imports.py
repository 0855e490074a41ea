"""Import operations: a case file (JSON, JSON Lines or CSV) into the workspace. See :mod:`ui.ops`."""

from __future__ import annotations

from pathlib import Path

from fieldapp.progress import Progress
from ui.executor import Changes, StoreThread
from ui.ops import NO_CHANGES, Op, Outcome

IMPORTED = Changes(case_list=True, status=True)


def import_file(*, path: Path, progress: Progress) -> Op[int]:
    """Import every case of the file at ``path`` in one transaction, or none; gives how many
    were imported. ``progress`` reports the phases and is the cancel flag."""
    def run(st: StoreThread) -> Outcome[int]:
        # A child process does the work: this thread only waits on its pipe, so the window
        # keeps painting however long the file is.
        from fieldapp.store.import_process import import_file_isolated

        imported = import_file_isolated(st.workspace, path, progress=progress).imported
        return Outcome(imported, IMPORTED if imported else NO_CHANGES)
    return run


__all__ = ["import_file"]
