"""Case operations: every change validated, indexed, put in the outbox and the audit chain."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from fieldapp.domain.errors import UserError, ValidationError
from fieldapp.domain.interchange import CONTENT_FIELDS
from fieldapp.store import cases
from fieldapp.store.audit import verify
from fieldapp.store.cases import CaseFilter
from fieldapp.store.models import OutboxOp
from fieldapp.store.workspace import Workspace
from tests.conftest import sample_case


def _outbox(ws: Workspace) -> list[OutboxOp]:
    with ws.read() as s:
        rows = list(s.execute(select(OutboxOp).order_by(OutboxOp.seq)).scalars())
        s.expunge_all()
        return rows


def test_case_numbers_are_allocated_offline(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        a = cases.create_case(ctx, sample_case())
        b = cases.create_case(ctx, sample_case(municipality="19"))
    device = workspace.actor.device
    assert a["case_number"].startswith("20-20") and a["case_number"].endswith(f"-{device}-0001")
    assert b["case_number"].startswith("19-") and b["case_number"].endswith(f"-{device}-0002")


def test_create_writes_outbox_and_audit_in_the_same_transaction(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        doc = cases.create_case(ctx, sample_case(notes=["first visit"]))
    (op,) = _outbox(workspace)
    assert op.kind == "case.create" and op.entity_id == doc["id"] and op.base_rev == 0
    assert set(CONTENT_FIELDS) - {"notes"} <= set(op.fields)
    assert op.fields["notes"][0]["note_id"]
    assert op.officer == "Arta Krasniqi" and op.hlc.endswith(workspace.actor.device)
    with workspace.read() as s:
        assert verify(s).ok


def test_failed_write_leaves_no_outbox_or_audit(workspace: Workspace) -> None:
    with pytest.raises(ValidationError), workspace.write() as ctx:
        cases.create_case(ctx, sample_case())
        cases.create_case(ctx, sample_case(municipality="99"))
    assert _outbox(workspace) == []
    with workspace.read() as s:
        assert cases.count_cases(s) == 0
        assert verify(s).events == 1  # only the workspace creation


def test_update_records_changed_fields_and_base_revision(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        doc = cases.create_case(ctx, sample_case())
    with workspace.write() as ctx:
        new = cases.update_case(ctx, doc["id"], {"settlement": "Gjakovë"}, base_rev=1)
        same = cases.update_case(ctx, doc["id"], {"settlement": "Gjakovë"})
    assert new["revision"] == 2 and same["revision"] == 2  # a no-op edit is not a change
    op = _outbox(workspace)[-1]
    assert op.kind == "case.update" and op.base_rev == 1 and op.fields == {"settlement": "Gjakovë"}


def test_stale_edit_is_refused(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        doc = cases.create_case(ctx, sample_case())
        cases.update_case(ctx, doc["id"], {"settlement": "Gjakovë"})
    with pytest.raises(UserError, match="changed while you were editing"), workspace.write() as ctx:
        cases.update_case(ctx, doc["id"], {"settlement": "Pejë"}, base_rev=1)


def test_invalid_edit_names_the_field(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        doc = cases.create_case(ctx, sample_case())
    with pytest.raises(ValidationError, match="needs\\[0\\].priority"), workspace.write() as ctx:
        cases.update_case(ctx, doc["id"], {"needs": [{"category": "food", "priority": "urgent"}]})


def test_submitted_case_is_locked_for_the_officer(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        doc = cases.create_case(ctx, sample_case())
        cases.transition(ctx, doc["id"], "submitted")
    with pytest.raises(UserError, match="can no longer be edited"), workspace.write() as ctx:
        cases.update_case(ctx, doc["id"], {"settlement": "Pejë"})
    with workspace.read() as s:
        shown = cases.get_case(s, doc["case_number"])
    assert shown["status"] == "submitted" and shown["revision"] == 2
    assert [(h["from"], h["to"], h["by"]) for h in shown["history"]] == [
        (None, "draft", "Arta Krasniqi"), ("draft", "submitted", "Arta Krasniqi")]


def test_transition_not_allowed_for_officer(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        doc = cases.create_case(ctx, sample_case())
    with pytest.raises(UserError, match="cannot go from 'draft' to 'approved'"), workspace.write() as ctx:
        cases.transition(ctx, doc["id"], "approved")


def test_notes_are_appended(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        doc = cases.create_case(ctx, sample_case(notes=["first"]))
        cases.add_note(ctx, doc["id"], "second")
    with workspace.read() as s:
        assert [n["text"] for n in cases.get_case(s, doc["id"])["notes"]] == ["first", "second"]
    assert _outbox(workspace)[-1].kind == "case.note"


def test_unknown_case_says_how_to_find_one(workspace: Workspace) -> None:
    with pytest.raises(UserError, match="No case '20-2026-ZZZZ-0001'"), workspace.read() as s:
        cases.get_case(s, "20-2026-ZZZZ-0001")


def _household(given: str, family: str, settlement: str = "Prizren") -> dict:
    doc = sample_case(settlement=settlement)
    script = "Cyrl" if any("\u0400" <= c <= "\u04ff" for c in given) else "Latn"
    doc["members"] = [{"given_name": given, "family_name": family, "script": script, "sex": "M",
                       "relationship": "head"}]
    return doc


def test_search_finds_a_name_whatever_the_script(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        latin = cases.create_case(ctx, _household("Đorđe", "Petrović"))
        cyr = cases.create_case(ctx, _household("Ђорђе", "Петровић"))
        cases.create_case(ctx, _household("Xhevdet", "Gashi", settlement="Gjakovë"))
    expected = {latin["id"], cyr["id"]}
    with workspace.read() as s:
        for query in ("Djordje Petrovic", "Đorđe Petrović", "Ђорђе Петровић", "djordje", "petr"):
            found = {r.id for r in cases.list_cases(s, CaseFilter(query=query))}
            assert found == expected, query
        assert [r.head for r in cases.list_cases(s, CaseFilter(query="Gjakove"))] == ["Xhevdet Gashi"]
        assert cases.list_cases(s, CaseFilter(query="Gjakove Petrovic")) == []
        assert {r.id for r in cases.list_cases(s, CaseFilter(query=latin["case_number"]))} == {latin["id"]}


def test_search_index_follows_edits(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        doc = cases.create_case(ctx, _household("Đorđe", "Petrović"))
        members = cases.get_case(ctx.session, doc["id"])["members"]
        members[0]["family_name"] = "Jovanović"
        cases.update_case(ctx, doc["id"], {"members": members})
    with workspace.read() as s:
        assert cases.list_cases(s, CaseFilter(query="petrovic")) == []
        assert len(cases.list_cases(s, CaseFilter(query="jovanovic"))) == 1


def test_filters_by_status_municipality_need_vulnerability(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        a = cases.create_case(ctx, sample_case())
        b = sample_case(municipality="19", vulnerabilities=["person_over_65"],
                        needs=[{"category": "food", "priority": "low"}])
        b = cases.create_case(ctx, b)
        cases.transition(ctx, b["id"], "submitted")
    with workspace.read() as s:
        def ids(**kw: str) -> set[str]:
            return {r.id for r in cases.list_cases(s, CaseFilter(**kw))}
        assert ids(status="submitted") == {b["id"]}
        assert ids(municipality="20") == {a["id"]}
        assert ids(need="food") == {b["id"]}
        assert ids(vulnerability="older_person_without_support") == {a["id"]}
        assert cases.count_cases(s, CaseFilter(need="housing_reconstruction")) == 1


def test_list_sorts_and_pages(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        for given in ("Çlirim", "Arben", "Besnik", "Đorđe"):
            cases.create_case(ctx, _household(given, "Gashi"))
    with workspace.read() as s:
        heads = [r.head for r in cases.list_cases(s, sort="head", descending=False)]
        assert heads == ["Arben Gashi", "Besnik Gashi", "Çlirim Gashi", "Đorđe Gashi"]
        page = cases.list_cases(s, sort="head", descending=False, offset=1, limit=2)
        assert [r.head for r in page] == heads[1:3]


def test_counts_leave_out_tombstoned_cases(workspace: Workspace) -> None:
    from sqlalchemy import update as sql_update

    from fieldapp.store.models import Case

    with workspace.write() as ctx:
        keep = cases.create_case(ctx, _household("Đorđe", "Petrović"))
        gone = cases.create_case(ctx, _household("Đorđe", "Petrović"))
        cases.create_case(ctx, _household("Xhevdet", "Gashi"))
        ctx.session.execute(sql_update(Case).where(Case.id == gone["id"]).values(deleted=True))
    with workspace.read() as s:
        for f in (CaseFilter(query="djordje"), CaseFilter(query="djordje", municipality="20"),
                  CaseFilter(), CaseFilter(status="draft")):
            listed = cases.list_cases(s, f, limit=None)
            assert cases.count_cases(s, f) == len(listed), f
            assert gone["id"] not in {r.id for r in listed}
        assert [r.id for r in cases.list_cases(s, CaseFilter(query="djordje"))] == [keep["id"]]


def test_after_approval_the_officer_records_only_assistance_and_referrals(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        doc = cases.create_case(ctx, sample_case(status="assistance_in_progress"))
    item = {"item": "Firewood", "status": "delivered", "quantity": 6, "handover_date": "2026-11-20"}
    with workspace.write() as ctx:
        cases.update_case(ctx, doc["id"], {"assistance": [item]})
        # An editor sends every field back; only what actually changed is judged.
        whole = cases.get_case(ctx.session, doc["id"])
        whole["referrals"] = [{"service": "civil_registry", "reason": "birth registration",
                               "date": "2027-01-15"}]  # an appointment may lie ahead
        from fieldapp.domain.interchange import content_of

        cases.update_case(ctx, doc["id"], {k: v for k, v in content_of(whole).items() if k != "notes"})
    assert _outbox(workspace)[-1].fields.keys() == {"referrals"}
    with pytest.raises(UserError, match="only assistance, referrals can still change"), workspace.write() as ctx:
        cases.update_case(ctx, doc["id"], {"settlement": "Pejë"})
    with pytest.raises(ValidationError, match="is in the future"), workspace.write() as ctx:
        cases.update_case(ctx, doc["id"], {"assistance": [dict(item, handover_date="2099-01-01")]})
