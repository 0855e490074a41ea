"""Store reads and writes behind the desktop app: editor drafts, and the case list's pages
(searches that walk the sort index, the return comment on each summary)."""

from __future__ import annotations

from typing import Any

import pytest

from fieldapp.store import cases, drafts
from fieldapp.store.cases import CaseFilter
from fieldapp.store.models import AuditEvent, OutboxOp
from fieldapp.store.workspace import Workspace
from tests.conftest import sample_case


def _count(ws: Workspace, model: type) -> int:
    from sqlalchemy import func, select

    with ws.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar() or 0)


def test_drafts_round_trip_per_officer_without_outbox_or_audit(workspace: Workspace) -> None:
    outbox, audit = _count(workspace, OutboxOp), _count(workspace, AuditEvent)
    payload = {"doc": {"members": [{"given_name": "Ђорђе"}]}, "ui": {"tab": 1}}
    with workspace.write() as ctx:
        drafts.save_draft(ctx, "new:abc", payload)
        drafts.save_draft(ctx, "case:1", {"doc": {}}, case_id="0190a0a0-0000-7000-8000-000000000001")
    with workspace.read() as s:
        got = drafts.load_draft(s, "new:abc")
        mine = drafts.list_drafts(s, "Arta Krasniqi")
        others = drafts.list_drafts(s, "Someone Else")
    assert got is not None and got.payload == payload and got.officer == "Arta Krasniqi"
    assert {d.key for d in mine} == {"new:abc", "case:1"} and others == []
    # Saving again replaces the draft.
    with workspace.write() as ctx:
        drafts.save_draft(ctx, "new:abc", {"doc": {"x": 1}})
    with workspace.read() as s:
        again = drafts.load_draft(s, "new:abc")
    assert again is not None and again.payload == {"doc": {"x": 1}}
    with workspace.write() as ctx:
        assert drafts.discard_draft(ctx, "new:abc") is True
        assert drafts.discard_draft(ctx, "new:abc") is False
    with workspace.read() as s:
        assert drafts.load_draft(s, "new:abc") is None
    # Drafts are local working state: nothing to sync, nothing to audit.
    assert (_count(workspace, OutboxOp), _count(workspace, AuditEvent)) == (outbox, audit)


def test_draft_key_must_be_short(workspace: Workspace) -> None:
    with pytest.raises(ValueError), workspace.write() as ctx:
        drafts.save_draft(ctx, "x" * 81, {})


def test_search_pages_are_the_same_whichever_plan(workspace: Workspace) -> None:
    names = [("Đorđe", "Petrović"), ("Ђорђе", "Јовановић"), ("Arben", "Krasniqi"), ("Djordje", "Ilić"),
             ("Milica", "Đukić"), ("Drita", "Gashi")]
    with workspace.write() as ctx:
        for i in range(36):
            given, family = names[i % len(names)]
            doc = sample_case(municipality=["20", "19", "17"][i % 3])
            doc["members"] = [dict(doc["members"][0], given_name=given, family_name=family,
                                   script="Cyrl" if given[0] == "Ђ" else "Latn", community=None)]
            doc["needs"] = [{"category": ["food", "firewood", "health"][i % 3], "priority": "high", "note": ""}]
            cases.create_case(ctx, doc)
    with workspace.read() as s:
        for sort in sorted(cases.SORT_COLUMNS):
            for descending in (True, False):
                _check_search_pages(s, sort, descending)


def _check_search_pages(s: Any, sort: str, descending: bool) -> None:
    everything = cases.list_cases(s, CaseFilter(), sort=sort, descending=descending, limit=None)
    for query in ("djordje", "d", "krasniqi", "zzz"):
        hits = {c.id for c in cases.list_cases(s, CaseFilter(query=query), sort="score", limit=None)}
        expected = [c.id for c in everything if c.id in hits]
        page1 = cases.list_cases(s, CaseFilter(query=query), sort=sort, descending=descending, limit=5)
        page2 = cases.list_cases(s, CaseFilter(query=query), sort=sort, descending=descending,
                                 offset=5, limit=5)
        assert [c.id for c in page1 + page2] == expected[:10], (query, sort)
        assert cases.count_cases(s, CaseFilter(query=query)) == len(hits)


def test_a_returned_case_carries_its_latest_return_comment(workspace: Workspace) -> None:
    from fieldapp.domain import workflow
    from fieldapp.store.context import Actor

    with workspace.write() as ctx:
        officer = ctx.actor
        returned, waiting = (cases.create_case(ctx, sample_case())["id"] for _ in range(2))
        supervisor = Actor("Drita Gashi", workflow.SUPERVISOR, officer.device, ("20",))
        for comment in ("Birth certificate missing", "Second child's certificate still missing"):
            ctx.actor = officer
            cases.transition(ctx, returned, "submitted")
            ctx.actor = supervisor
            cases.transition(ctx, returned, "returned", comment=comment)
        ctx.actor = officer
        cases.transition(ctx, waiting, "submitted")
    with workspace.read() as s:
        rows = {r.id: r for r in cases.list_cases(s)}
        history = cases.get_case(s, returned)["history"]
    note = rows[returned].returned
    assert note == workflow.return_note("returned", history)
    assert note is not None and note.by == "Drita Gashi" and note.at
    assert note.comment == "Second child's certificate still missing"
    assert rows[waiting].returned is None
    assert "returned" not in rows[returned].to_json()  # not part of `case list --json`

    with workspace.write() as ctx:
        cases.transition(ctx, returned, "submitted")  # corrected and sent again: no note any more
    with workspace.read() as s:
        [again] = [r for r in cases.list_cases(s) if r.id == returned]
    assert again.returned is None
