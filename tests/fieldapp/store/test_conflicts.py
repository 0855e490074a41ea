"""The conflict view's data: conflicts and refused changes named by case number and head, each
list in one statement however many rows it has."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from fieldapp.domain.interchange import full_name, head_of
from fieldapp.store import cases
from fieldapp.store.conflicts import conflict_report
from fieldapp.store.models import SyncConflict, SyncRejection
from fieldapp.store.workspace import Workspace
from tests.conftest import sample_case

GONE = "0190aaaa-0000-7000-8000-000000000000"  # a case no longer on this laptop


@contextmanager
def counted(ws: Workspace) -> Iterator[list[str]]:
    """The SQL statements run on the workspace's engine meanwhile."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    engine: Any = ws.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _disagree(ws: Workspace, n: int) -> list[dict[str, Any]]:
    with ws.write() as ctx:
        docs = [cases.create_case(ctx, sample_case()) for _ in range(n)]
        for i, doc in enumerate(docs):
            for field in ("notes_summary", "interview.place"):
                ctx.session.add(SyncConflict(id=f"c{i}-{field}", case_id=doc["id"], field=field,
                                             local_value=f"here {i}", hq_value=f"HQ {i}",
                                             created_at=f"2025-03-0{1 + i % 9}T10:00:00Z"))
            ctx.session.add(SyncRejection(op_id=f"r{i}", case_id=doc["id"], kind="case.update",
                                          reason="not in your municipality", at=f"2025-03-{10 + i}T10:00:00Z"))
        ctx.session.add(SyncConflict(id="gone", case_id=GONE, field="status", local_value="draft",
                                     hq_value="approved", created_at="2025-03-01T09:00:00Z"))
    return docs


def test_every_row_names_its_case_in_one_statement_per_list(workspace: Workspace) -> None:
    docs = _disagree(workspace, 12)
    with workspace.read() as s, counted(workspace) as statements:
        report = conflict_report(s)
    assert len([q for q in statements if q.lstrip().upper().startswith("SELECT")]) == 2
    assert len(report.conflicts) == 2 * 12 + 1 and len(report.rejected) == 12
    by_id = {d["id"]: d for d in docs}
    for item in report.conflicts + report.rejected:
        if item.case_id == GONE:
            continue
        doc = by_id[item.case_id]
        assert (item.case_number, item.head) == (doc["case_number"], full_name(head_of(doc)))
    assert [r.at for r in report.rejected] == sorted(r.at for r in report.rejected)
    gone = [c for c in report.conflicts if c.case_id == GONE]
    assert [(c.case_number, c.head, c.hq_value, c.local_value) for c in gone] == [(GONE, "", "approved", "draft")]


def test_one_case_only(workspace: Workspace) -> None:
    docs = _disagree(workspace, 3)
    with workspace.read() as s:
        report = conflict_report(s, docs[1]["id"])
    assert {c.field for c in report.conflicts} == {"notes_summary", "interview.place"}
    assert {c.case_id for c in report.conflicts} == {docs[1]["id"]}
    assert [(r.case_number, r.reason) for r in report.rejected] == [(docs[1]["case_number"],
                                                                     "not in your municipality")]
    assert [c.hq_value for c in report.conflicts] == ["HQ 1", "HQ 1"]
