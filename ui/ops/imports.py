"""Import operations: a case file (JSON, JSON Lines or CSV) into the workspace. See :mod:`ui.ops`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldapp.progress import Progress
from fieldapp.store import duplicates
from fieldapp.store.duplicates import PossibleDuplicate
from ui.executor import Changes, StoreThread
from ui.ops import NO_CHANGES, Op, Outcome

IMPORTED = Changes(case_list=True, status=True)


@dataclass(frozen=True)
class Imported:
    """What an import brought: how many cases, and the households among them that may already
    have been on the laptop (each pair naming the imported case first)."""

    imported: int
    case_numbers: tuple[str, ...] = ()
    possible_duplicates: tuple[PossibleDuplicate, ...] = ()


def import_file(*, path: Path, progress: Progress) -> Op[Imported]:
    """Import every case of the file at ``path`` in one transaction, or none; gives how many
    were imported and their possible duplicates. ``progress`` reports the phases and is the
    cancel flag."""
    def run(st: StoreThread) -> Outcome[Imported]:
        # A child process does the work: this thread only waits on its pipe, so the window
        # keeps painting however long the file is.
        from fieldapp.store.import_process import import_file_isolated

        result = import_file_isolated(st.workspace, path, progress=progress)
        found: list[PossibleDuplicate] = []
        if result.imported:
            with st.read() as s:
                found = duplicates.of_cases(s, result.case_numbers)
        return Outcome(Imported(result.imported, tuple(result.case_numbers), tuple(found)),
                       IMPORTED if result.imported else NO_CHANGES)
    return run


__all__ = ["Imported", "import_file"]
