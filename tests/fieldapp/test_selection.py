"""Ranking for the selection list: score first, ties by waiting time, the quota and budget lines."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from fieldapp.domain.selection import Line, SelectionError, moves, rank


@dataclass(frozen=True)
class Row:
    id: str
    case_number: str
    status: str
    score: float
    waiting_days: int
    vulnerabilities: tuple[str, ...] = ()


def rows() -> list[Row]:
    return [
        Row("a", "20-2026-AAAA-0001", "approved", 5, 10, ("older_person_without_support", "single_head_of_household")),
        Row("b", "20-2026-AAAA-0002", "approved", 7, 3, ("unaccompanied_or_separated_child", "person_with_disability")),
        Row("c", "20-2026-AAAA-0003", "waitlisted", 5, 40),
        Row("d", "20-2026-AAAA-0004", "approved", 5, 10),
        Row("e", "20-2026-AAAA-0005", "approved", 2, 90),
        Row("x", "20-2026-AAAA-0006", "selected", 9, 99),   # already selected: not a candidate
        Row("y", "20-2026-AAAA-0007", "submitted", 9, 99),  # not yet decided
    ]


def order(sel: object) -> list[str]:
    return [r.case.id for r in sel.rows]  # type: ignore[attr-defined]


def test_score_first_then_longer_waiting_then_case_number() -> None:
    sel = rank(rows())
    assert order(sel) == ["b", "c", "a", "d", "e"]
    assert [r.rank for r in sel.rows] == [1, 2, 3, 4, 5]
    # a and d tie on score and waiting time: the case number decides, so the order is stable.
    assert order(rank(list(reversed(rows())))) == order(sel)


def test_the_breakdown_is_the_score_parts() -> None:
    top = rank(rows()).rows[0]
    assert top.breakdown.parts == (("unaccompanied_or_separated_child", 4.0), ("person_with_disability", 3.0))
    assert top.breakdown.total == top.case.score == 7


def test_no_line_every_household_within_and_its_own_decision() -> None:
    sel = rank(rows())
    assert sel.within == 5 and all(r.within for r in sel.rows)
    assert [r.decision for r in sel.rows] == [None, "waitlisted", None, None, None]


def test_quota_line() -> None:
    sel = rank(rows(), Line(quota=2))
    assert [r.within for r in sel.rows] == [True, True, False, False, False]
    assert [r.decision for r in sel.rows] == ["selected", "selected", "waitlisted", "waitlisted", "waitlisted"]
    assert sel.within == 2 and [r.case.id for r in sel.above()] == ["b", "c"]
    assert rank(rows(), Line(quota=0)).within == 0
    assert rank(rows(), Line(quota=50)).within == 5


def test_budget_line_with_a_flat_cost() -> None:
    sel = rank(rows(), Line(budget=7000, cost=2500))
    assert sel.within == 2 and sel.spent == 5000 and sel.remaining == 2000
    assert [r.cumulative for r in sel.rows][:2] == [2500, 5000]
    assert rank(rows(), Line(budget=7500, cost=2500)).within == 3  # exactly the budget still fits


def test_budget_line_never_skips_to_a_cheaper_household_below() -> None:
    # c costs more than what is left; d below it would fit, but the ranking is the order.
    sel = rank(rows(), Line(budget=6000, cost=1000, costs={"c": 5500}))
    assert [r.within for r in sel.rows] == [True, False, False, False, False]
    assert sel.spent == 1000


@pytest.mark.parametrize("line, message_id", [
    (Line(quota=-1), "selection.quota_negative"),
    (Line(budget=-5, cost=10), "selection.budget_negative"),
    (Line(budget=1000), "selection.budget_needs_cost"),
    (Line(budget=1000, cost=0), "selection.cost_not_positive"),
])
def test_lines_that_cannot_be_drawn(line: Line, message_id: str) -> None:
    with pytest.raises(SelectionError) as err:
        rank(rows(), line)
    assert err.value.id == message_id


def test_moves_for_a_bulk_action() -> None:
    sel = rank(rows(), Line(quota=3))
    assert moves(sel.above(), "selected") == [("b", "approved"), ("c", "waitlisted"), ("a", "approved")]
    # A waitlisted household is not waitlisted again.
    assert moves(sel.rows, "waitlisted") == [("b", "approved"), ("a", "approved"), ("d", "approved"),
                                             ("e", "approved")]


# --- the command line ---------------------------------------------------------------------------

def _supervisor_laptop(root: Path) -> list[dict[str, Any]]:
    """A supervisor's laptop of municipality 20 with four approved households and a draft."""
    from fieldapp.store import cases
    from fieldapp.store.workspace import Workspace
    from tests.conftest import PASSPHRASE, sample_case

    ws = Workspace.create(root, officer="Drita Hoxha", municipality="20", passphrase=PASSPHRASE,
                          role="supervisor")
    made = []
    try:
        with ws.write() as ctx:
            for given, family, flags, status in (
                    ("Ђорђе", "Петровић", ["older_person_without_support", "person_with_disability"], "approved"),
                    ("Arben", "Krasniqi", ["single_head_of_household"], "approved"),
                    ("Shkëlzen", "Berisha", ["unaccompanied_or_separated_child", "former_detainee"], "approved"),
                    ("Milan", "Jovanović", ["child_under_15"], "waitlisted"),
                    ("Besa", "Morina", [], "draft")):
                doc = sample_case(status=status, vulnerabilities=flags)
                doc["members"] = [{"given_name": given, "family_name": family, "sex": "M",
                                   "relationship": "head", "date_of_birth": "1960"}]
                made.append(cases.create_case(ctx, doc))
    finally:
        ws.close()
    return made


def test_cli_selection_list_pdf_xlsx_and_bulk_decisions(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    root = tmp_path / "office"
    made = _supervisor_laptop(root)
    ws = ["--workspace", str(root)]
    r = run_cli("case", "selection", "--quota", "2", "--json", *ws)
    assert r.code == 0, r.err
    data = r.json()
    assert [h["head"] for h in data["households"]] == ["Ђорђе Петровић", "Shkëlzen Berisha",
                                                        "Arben Krasniqi", "Milan Jovanović"]
    assert [h["decision"] for h in data["households"]] == ["selected", "selected", "waitlisted", "waitlisted"]
    assert data["households"][0]["breakdown"] == {"older_person_without_support": 3, "person_with_disability": 3}
    assert data["within"] == 2

    pdf, xlsx = tmp_path / "list.pdf", tmp_path / "list.xlsx"
    r = run_cli("--lang", "sr-Cyrl", "case", "selection", "--budget", "5000,00", "--cost", "2500",
                "--pdf", str(pdf), "--pdf-lang", "sq+sr-Cyrl", "--xlsx", str(xlsx), *ws)
    assert r.code == 0, r.err
    assert "Линија: буџет од 5.000, 2.500 по домаћинству" in r.out
    assert "— линија —" in r.out and str(pdf) in r.out and str(xlsx) in r.out
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.read_bytes().startswith(b"PK")

    r = run_cli("case", "selection", "--cost", "2500", *ws)
    assert r.code == 1 and "--budget" in r.err and "Traceback" not in r.err
    r = run_cli("case", "selection", "--budget", "lots", "--cost", "1", *ws)
    assert r.code == 1 and "'lots' is not an amount" in r.err
    r = run_cli("case", "selection", "--quota", "2", "--budget", "10", *ws)
    assert r.code == 2

    # Select two and the draft: the two move, the draft is named with the reason, exit 1.
    r = run_cli("--lang", "sq", "case", "select", made[0]["case_number"], made[3]["case_number"],
                made[4]["case_number"], *ws)
    assert r.code == 1
    assert r.out.strip() == "2 raste u kaluan në Përzgjedhur."
    assert made[4]["case_number"] in r.err and "Traceback" not in r.err
    r = run_cli("case", "waitlist", made[1]["case_number"], "--json", *ws)
    assert r.code == 0, r.err
    assert r.json()["done"] == [{"id": made[1]["id"], "case_number": made[1]["case_number"]}]
    statuses = {d["case_number"]: d["status"] for d in run_cli("case", "list", "--json", *ws).json()}
    assert [statuses[m["case_number"]] for m in made] == ["selected", "waitlisted", "approved", "selected", "draft"]


def test_cli_an_officer_laptop_cannot_select(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    root = tmp_path / "officer"
    r = run_cli("init", "--officer", "Arta Krasniqi", "--municipality", "20", "--workspace", str(root))
    assert r.code == 0, r.err
    from fieldapp.store import cases
    from fieldapp.store.workspace import Workspace
    from tests.conftest import PASSPHRASE, sample_case

    with Workspace.open(root, PASSPHRASE) as ws, ws.write() as ctx:
        number = cases.create_case(ctx, sample_case(status="approved"))["case_number"]
    r = run_cli("case", "select", number, "--workspace", str(root))
    assert r.code == 1 and "Supervisor" in r.err
    assert r.out.strip() == "Nothing was changed."
