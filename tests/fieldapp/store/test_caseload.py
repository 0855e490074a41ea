"""The municipal caseload: rows and counts per status, waiting days, filters, sorting, bulk moves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select, update

from fieldapp.store import cases
from fieldapp.store.caseload import (
    CaseloadFilter,
    bulk_transition,
    caseload,
    filter_choices,
    selection_candidates,
    status_counts,
    waiting_days,
)
from fieldapp.store.models import Case, OutboxOp, Transition
from fieldapp.store.workspace import Workspace
from tests.conftest import PASSPHRASE, sample_case

TODAY = dt.date(2026, 12, 10)


def _case(ws: Workspace, *, status: str, head: tuple[str, str], settlement: str = "Prizren",
          municipality: str = "20", vulns: list[str] | None = None,
          needs: list[str] | None = None) -> dict[str, Any]:
    doc = sample_case(status=status, settlement=settlement, municipality=municipality)
    doc["members"] = [{"given_name": head[0], "family_name": head[1], "sex": "M",
                       "relationship": "head", "date_of_birth": "1960"}]
    doc["vulnerabilities"] = vulns if vulns is not None else ["older_person_without_support"]
    doc["needs"] = [{"category": n, "priority": "high", "note": ""} for n in (needs or ["food"])]
    with ws.write() as ctx:
        return cases.create_case(ctx, doc)


def _entered(ws: Workspace, case_id: str, status: str, at: str) -> None:
    """Date every history row of ``case_id`` into ``status`` at ``at`` (the test's clock)."""
    with ws.write() as ctx:
        pk = ctx.session.execute(select(Case.pk).where(Case.id == case_id)).scalar_one()
        ctx.session.execute(update(Transition).where(Transition.case_pk == pk,
                                                     Transition.to_status == status).values(at=at))


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Workspace]:
    """A supervisor's laptop of municipality 20 (the key slot's role; not enrolled)."""
    ws = Workspace.create(tmp_path / "office", officer="Drita Hoxha", municipality="20",
                          passphrase=PASSPHRASE, role="supervisor")
    yield ws
    ws.close()


def test_waiting_days_counts_from_the_latest_entry_into_the_current_status(office: Workspace) -> None:
    case = _case(office, status="submitted", head=("Đorđe", "Petrović"))
    _entered(office, case["id"], "submitted", "2026-11-01T09:00:00.000Z")
    with office.write() as ctx:
        # Returned to the officer and submitted again (as a sync brings the officer's moves).
        pk = ctx.session.execute(select(Case.pk).where(Case.id == case["id"])).scalar_one()
        ctx.session.execute(insert(Transition), [
            {"case_pk": pk, "from_status": "submitted", "to_status": "returned", "by": "Drita Hoxha",
             "role": "supervisor", "at": "2026-11-20T10:00:00.000Z", "comment": "Missing birth certificate",
             "decision": "return", "origin": "hq"},
            {"case_pk": pk, "from_status": "returned", "to_status": "submitted", "by": "Arta Krasniqi",
             "role": "officer", "at": "2026-12-03T10:00:00.000Z", "comment": None, "decision": None,
             "origin": "hq"}])
    with office.read() as s:
        [row] = caseload(s, today=TODAY)
    # The first submission (1 November) no longer counts: the case is in "submitted" since 3 December.
    assert row.since.startswith("2026-12-03") and row.waiting_days == 7
    assert waiting_days("2026-12-11T01:00:00Z", TODAY) == 0  # never negative


def test_rows_and_counts_with_filters(office: Workspace) -> None:
    a = _case(office, status="approved", head=("Arben", "Krasniqi"), settlement="Landovicë",
              vulns=["person_with_disability", "older_person_without_support"],
              needs=["housing_reconstruction"])
    _case(office, status="approved", head=("Drita", "Gashi"), vulns=[])
    _case(office, status="submitted", head=("Ђорђе", "Петровић"), needs=["firewood"])
    _case(office, status="draft", head=("Milan", "Jovanović"))
    _case(office, status="approved", head=("Besa", "Morina"), municipality="19", settlement="Prishtinë")
    scope = CaseloadFilter(municipalities=("20",))
    with office.read() as s:
        assert status_counts(s, scope) == {"approved": 2, "submitted": 1, "draft": 1}
        # The counts ignore the status filter (the strip shows every status) but honour the rest.
        assert status_counts(s, CaseloadFilter(municipalities=("20",), status="approved")) == \
            {"approved": 2, "submitted": 1, "draft": 1}
        assert status_counts(s, CaseloadFilter(municipalities=("20",), settlement="Landovicë")) == {"approved": 1}
        approved = caseload(s, CaseloadFilter(municipalities=("20",), status="approved"), today=TODAY)
        assert {r.head for r in approved} == {"Arben Krasniqi", "Drita Gashi"}
        assert [r.head for r in caseload(s, CaseloadFilter(need="firewood"))] == ["Ђорђе Петровић"]
        # The search is script-blind, as everywhere.
        assert [r.head for r in caseload(s, CaseloadFilter(text="djordje"))] == ["Ђорђе Петровић"]
        assert [r.head for r in caseload(s, CaseloadFilter(min_score=5))] == ["Arben Krasniqi"]
        assert len(caseload(s)) == 5  # no scope: every case on the laptop
        assert [r.head for r in caseload(s, CaseloadFilter(municipality="19"))] == ["Besa Morina"]
        by_score = caseload(s, scope, sort="score", descending=True)
        assert by_score[0].id == a["id"] and by_score[0].score == 6
        assert by_score[0].needs == ("housing_reconstruction",)
        by_head = caseload(s, scope, sort="head")
        # Names sort by their folded form, whatever the script: Ђорђе sorts as "djordje".
        assert [r.head for r in by_head] == ["Arben Krasniqi", "Ђорђе Петровић", "Drita Gashi",
                                             "Milan Jovanović"]
        choices = filter_choices(s, ("20",))
        assert choices.settlements == ("Landovicë", "Prizren")
        assert choices.officers == ("Drita Hoxha",)


def test_officer_is_the_assigned_one_else_the_owner(office: Workspace) -> None:
    owned = _case(office, status="submitted", head=("Arben", "Krasniqi"))
    given = _case(office, status="submitted", head=("Drita", "Gashi"))
    with office.write() as ctx:
        ctx.session.execute(update(Case).where(Case.id == given["id"]).values(assigned_office="Valon Kelmendi"))
    with office.read() as s:
        rows = {r.id: r for r in caseload(s)}
        assert (rows[owned["id"]].officer, rows[owned["id"]].assigned) == ("Drita Hoxha", False)
        assert (rows[given["id"]].officer, rows[given["id"]].assigned) == ("Valon Kelmendi", True)
        assert [r.id for r in caseload(s, CaseloadFilter(officer="Valon Kelmendi"))] == [given["id"]]
        assert status_counts(s, CaseloadFilter(officer="Drita Hoxha")) == {"submitted": 1}


def test_sorted_by_waiting_longest_first(office: Workspace) -> None:
    ids = []
    for day, name in ((5, "Arben"), (1, "Besa"), (9, "Drita")):
        c = _case(office, status="approved", head=(name, "Gashi"))
        _entered(office, c["id"], "approved", f"2026-11-{day:02d}T08:00:00.000Z")
        ids.append(c["id"])
    with office.read() as s:
        rows = caseload(s, sort="waiting", today=TODAY)
        assert [r.head.split()[0] for r in rows] == ["Besa", "Arben", "Drita"]
        assert [r.waiting_days for r in rows] == [39, 35, 31]
        assert [r.head.split()[0] for r in caseload(s, sort="waiting", descending=True)] == \
            ["Drita", "Arben", "Besa"]
        flagged = selection_candidates(s, ("20",), today=TODAY)
        assert {r.vulnerabilities for r in flagged} == {("older_person_without_support",)}


def test_bulk_move_in_one_transaction_with_refusals(office: Workspace) -> None:
    ok1 = _case(office, status="approved", head=("Arben", "Krasniqi"))
    ok2 = _case(office, status="approved", head=("Drita", "Gashi"))
    draft = _case(office, status="draft", head=("Milan", "Jovanović"))
    with office.read() as s:
        ops_before = len(s.execute(select(OutboxOp.seq)).all())
    with office.write() as ctx:
        result = bulk_transition(ctx, [ok1["case_number"], draft["id"], ok2["id"], "20-2026-NONE-0001"],
                                 "selected")
    assert result.done_ids == (ok1["id"], ok2["id"])
    assert [(r.case_number, r.reason.id) for r in result.refused] == [
        (draft["case_number"], "cases.transition_refused"), ("20-2026-NONE-0001", "cases.not_found")]
    with office.read() as s:
        statuses = dict(s.execute(select(Case.id, Case.status)).all())
        assert statuses[ok1["id"]] == statuses[ok2["id"]] == "selected"
        assert statuses[draft["id"]] == "draft"
        # One outbox op per case moved, none for the refused ones.
        assert len(s.execute(select(OutboxOp.seq)).all()) == ops_before + 2
    from fieldapp.messages import render

    lines = [render(m, "sr-Cyrl") for m in result.messages()]
    assert lines[0] == "2 предмета су премештена у Изабрано."
    assert draft["case_number"] in lines[2] and "20-2026-NONE-0001" in lines[3]
    english = [render(m, "en") for m in result.messages()]
    assert english[1] == "2 cases were left as they were:"
    assert "cannot go from" in english[2] or "draft" in english[2].lower()


def test_an_mocr_cannot_select(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "mocr", officer="Valon Kelmendi", municipality="20",
                          passphrase=PASSPHRASE, role="mocr")
    try:
        case = _case(ws, status="approved", head=("Arben", "Krasniqi"))
        with ws.write() as ctx:
            result = bulk_transition(ctx, [case["id"]], "selected")
        assert result.done == () and len(result.refused) == 1
        from fieldapp.messages import render

        assert "Supervisor" in render(result.refused[0].reason, "en")
        assert [render(m, "en") for m in result.messages()][0] == "Nothing was changed."
    finally:
        ws.close()


def test_bulk_assign_to_an_officer_of_the_municipality(office: Workspace) -> None:
    from fieldapp.messages import render
    from fieldapp.store.caseload import bulk_assign

    with office.write() as ctx:
        ctx.set_meta("reference:officers", {"version": 1, "data": [
            {"name": "Arta Krasniqi", "municipalities": ["20"]},
            {"name": "Besnik Shala", "municipalities": ["19"]}]})
    one = _case(office, status="submitted", head=("Arben", "Krasniqi"))
    two = _case(office, status="approved", head=("Drita", "Gashi"))
    closed = _case(office, status="closed", head=("Milan", "Jovanović"))
    with office.write() as ctx:
        result = bulk_assign(ctx, [one["id"], two["id"], closed["id"]], "Arta Krasniqi")
    assert result.done_ids == (one["id"], two["id"])
    assert [r.case_number for r in result.refused] == [closed["case_number"]]
    with office.read() as s:
        rows = {r.id: r for r in caseload(s)}
        assert rows[one["id"]].officer == rows[two["id"]].officer == "Arta Krasniqi"
        assert rows[closed["id"]].officer == "Drita Hoxha"
        kinds = [k for (k,) in s.execute(select(OutboxOp.kind).order_by(OutboxOp.seq)).all()]
        assert kinds.count("case.assign") == 2
    assert render(result.messages()[0], "en") == "2 cases assigned to Arta Krasniqi."
    with office.write() as ctx:
        wrong = bulk_assign(ctx, [one["id"]], "Besnik Shala")  # an officer of another municipality
    assert wrong.done == () and wrong.refused[0].reason.id == "review.assign_unknown_officer"
