"""Atomic import of case files: all records or none, in one transaction.

Records are checked and written in chunks inside a single write transaction, so memory stays
flat however long the file is; if any record is wrong, checking carries on to report every
problem and the transaction is rolled back: nothing is imported, and the error names each record
and field. A kill at any moment leaves the workspace with the cases it had before or with all of
them, never part.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from fieldapp.domain.errors import Problem, ValidationError
from fieldapp.domain.files import count_records, read_case_file
from fieldapp.domain.interchange import validate_case
from fieldapp.progress import Progress
from fieldapp.store.cases import CaseWriter, NewIdCheck
from fieldapp.store.context import utc_now
from fieldapp.store.workspace import Workspace

CHUNK = 500


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    imported: int
    case_numbers: tuple[str, ...]


def _chunks(records: Iterable[tuple[str, Any]]) -> Iterator[list[tuple[str, Any]]]:
    it = iter(records)
    while chunk := list(islice(it, CHUNK)):
        yield chunk


def import_records(ws: Workspace, records: Iterable[tuple[str, Any]], *, source: str = "",
                   total: int | None = None, progress: Progress | None = None) -> ImportResult:
    """Validate and store ``records`` atomically; ``progress`` may cancel before the commit."""
    if total is None and isinstance(records, list):
        total = len(records)
    if progress:
        progress.start(total or 0, "import")
    problems: list[Problem] = []
    numbers: list[str] = []
    with ws.write() as ctx:
        writer = CaseWriter(ctx)
        ids = NewIdCheck(ctx.session)
        for chunk in _chunks(records):
            docs: list[dict[str, Any]] = []
            labels: list[str] = []
            for label, raw in chunk:
                try:
                    docs.append(validate_case(raw, record=label))
                    labels.append(label)
                except ValidationError as exc:
                    problems.extend(exc.problems)
            problems.extend(ids.problems(docs, labels))
            if not problems:  # once anything is wrong, only checking goes on
                numbers.extend(writer.add(doc, action="case.import")["case_number"] for doc in docs)
                writer.flush()
                ctx.flush()
            if progress:
                progress.step(len(chunk))
                progress.check()
        if problems:
            raise ValidationError(problems)
        ctx.audit.append(at=utc_now(), officer=ctx.actor.officer, action="import",
                         detail={"cases": len(numbers), "file_type": source})
        if progress:
            progress.check()
    return ImportResult(len(numbers), tuple(numbers))


def import_file(ws: Workspace, path: Path, *, progress: Progress | None = None) -> ImportResult:
    """Read, check and store every case in ``path`` (.json, .jsonl, .csv) in one transaction."""
    path = Path(path)
    records = read_case_file(path)
    return import_records(ws, records, source=path.suffix.lower().lstrip("."),
                          total=count_records(records), progress=progress)
