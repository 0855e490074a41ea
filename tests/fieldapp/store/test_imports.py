"""Imports are all or nothing, however far into the file the bad record is."""

from __future__ import annotations

import pytest

from bench.gen_cases import generate
from fieldapp.domain.errors import ValidationError
from fieldapp.progress import Cancelled, Progress
from fieldapp.store import cases
from fieldapp.store.imports import CHUNK, import_records
from fieldapp.store.workspace import Workspace


def test_bad_record_after_many_good_chunks_imports_nothing(workspace: Workspace) -> None:
    docs = list(generate(CHUNK * 2 + 50, seed=3))
    docs[CHUNK * 2 + 10]["members"][0]["sex"] = "?"
    docs[3]["municipality"] = "99"
    records = [(f"line {i + 1}", d) for i, d in enumerate(docs)]
    with pytest.raises(ValidationError) as info:
        import_records(workspace, records)
    assert [p.record for p in info.value.problems] == ["line 4", f"line {CHUNK * 2 + 11}"]
    with workspace.read() as s:
        assert cases.count_cases(s) == 0


def test_cancel_rolls_everything_back(workspace: Workspace) -> None:
    progress = Progress()
    records = [(f"line {i + 1}", d) for i, d in enumerate(generate(CHUNK * 3, seed=4))]

    def cancelling() -> object:
        for i, rec in enumerate(records):
            if i == CHUNK * 2:
                progress.cancel()
            yield rec

    with pytest.raises(Cancelled):
        import_records(workspace, cancelling(), progress=progress)
    with workspace.read() as s:
        assert cases.count_cases(s) == 0


def test_progress_counts_every_record(workspace: Workspace) -> None:
    progress = Progress()
    records = [(f"line {i + 1}", d) for i, d in enumerate(generate(CHUNK + 7, seed=5))]
    result = import_records(workspace, records, progress=progress)
    snap = progress.snapshot()
    assert result.imported == CHUNK + 7 and snap.done == snap.total == CHUNK + 7


def test_a_repeated_case_number_is_named_by_record_in_each_language(workspace: Workspace) -> None:
    from fieldapp.domain.interchange import RecordLabel
    from fieldapp.messages import Message

    docs = list(generate(3, seed=5))
    docs[0]["case_number"] = docs[2]["case_number"] = "20-2026-AAAA-0001"
    records = [(RecordLabel(f"line {i + 1}", Message("record.line", {"n": i + 1})), d) for i, d in enumerate(docs)]
    with pytest.raises(ValidationError) as info:
        import_records(workspace, records)
    (problem,) = info.value.problems
    assert (problem.record, problem.field, problem.id) == ("line 3", "case_number", "cases.number_twice")
    assert problem.params == {"case_number": "20-2026-AAAA-0001"}
    assert problem.render("sq").startswith("rreshti 3")
    assert "20-2026-AAAA-0001 shfaqet dy herë në skedar" in problem.render("sq")
