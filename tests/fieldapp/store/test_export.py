"""Reading many cases at once for an export gives exactly what reading them one by one gives."""

from __future__ import annotations

from typing import Any

import pytest

from fieldapp.store import cases
from fieldapp.store.export import case_documents
from fieldapp.store.imports import import_records
from tests.conftest import sample_case


def test_bulk_documents_equal_get_case_in_the_order_asked(workspace: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = []
    for i in range(7):
        doc = sample_case(settlement=f"Village {i}")
        if i % 2:
            doc["assistance"] = [{"item": "firewood", "status": "planned", "quantity": i}]
            doc["referrals"] = [{"service": "civil_registry", "reason": "documents", "status": "open"}]
            doc["notes"] = [f"note {i}", "second note"]
            doc["vulnerabilities"] = ["person_with_disability", "older_person_without_support"]
        docs.append(doc)
    import_records(workspace, [(f"record {i}", d) for i, d in enumerate(docs, 1)])
    with workspace.read() as s:
        ids = [r.id for r in cases.list_cases(s, sort="case_number", descending=False)]
        ids = ids[::-1] + ["0193b6e0-0000-7000-8000-00000000dead"]  # an unknown id is skipped
        one_by_one = [cases.get_case(s, i, with_history=False) for i in ids[:-1]]
    monkeypatch.setattr("fieldapp.store.export.CHUNK", 3)  # several chunks, the last one short
    with workspace.read() as s:
        bulk = list(case_documents(s, ids))
    assert bulk == one_by_one
