"""Atomic import of case files: every record is checked first, then all go in one transaction.

One bad record means nothing is imported and the error names the record and the field. A kill
at any moment leaves the workspace with the cases it had before or with all of them, never part.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.domain.errors import Problem, ValidationError
from fieldapp.domain.files import read_case_file
from fieldapp.domain.interchange import validate_case
from fieldapp.progress import Progress
from fieldapp.store.cases import CaseWriter, _check_new_ids
from fieldapp.store.context import utc_now
from fieldapp.store.workspace import Workspace

CHUNK = 500


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    imported: int
    case_numbers: tuple[str, ...]


def validate_records(records: list[tuple[str, Any]], progress: Progress | None = None) -> list[dict[str, Any]]:
    """Validate every record; raise one :class:`ValidationError` listing all problems."""
    problems: list[Problem] = []
    docs: list[dict[str, Any]] = []
    if progress:
        progress.start(len(records), "check")
    for i, (label, raw) in enumerate(records):
        try:
            docs.append(validate_case(raw, record=label))
        except ValidationError as exc:
            problems.extend(exc.problems)
        # The raw record is not needed once checked: freeing it halves an import's peak memory.
        records[i] = (label, None)
        if progress and i % 200 == 0:
            progress.check()
            progress.step(min(200, len(records) - i))
    if problems:
        raise ValidationError(problems)
    return docs


def import_records(ws: Workspace, records: list[tuple[str, Any]], *, source: str = "",
                   progress: Progress | None = None) -> ImportResult:
    """Validate and store ``records`` atomically; ``progress`` may cancel before the commit."""
    docs = validate_records(records, progress)
    labels = [label for label, _ in records]
    if progress:
        progress.start(len(docs), "import")
    numbers: list[str] = []
    with ws.write() as ctx:
        _check_new_ids(ctx.session, docs, labels)
        writer = CaseWriter(ctx)
        for i, doc in enumerate(docs):
            numbers.append(writer.add(doc, action="case.import")["case_number"])
            if (i + 1) % CHUNK == 0:
                writer.flush()
                ctx.flush()
                if progress:
                    progress.step(CHUNK)
                    progress.check()
        writer.flush()
        ctx.audit.append(at=utc_now(), officer=ctx.actor.officer, action="import",
                         detail={"cases": len(docs), "file_type": source})
        if progress:
            progress.check()
    if progress:
        progress.step(len(docs) % CHUNK)
    return ImportResult(len(docs), tuple(numbers))


def import_file(ws: Workspace, path: Path, *, progress: Progress | None = None) -> ImportResult:
    """Read, check and store every case in ``path`` (.json, .jsonl, .csv) in one transaction."""
    records = read_case_file(Path(path))
    return import_records(ws, records, source=Path(path).suffix.lower().lstrip("."), progress=progress)
