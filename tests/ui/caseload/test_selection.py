"""The selection list screen: ranked by score, the quota and budget lines, decisions in bulk that
land in the store, the PDF and the workbook written and recorded."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.caseload.conftest import store_rows, unlock_as


def ranked_heads(screen: Any) -> list[str]:
    return [r.case.head for r in screen.model.rows]


def test_ranked_by_score_ties_by_waiting_with_the_breakdown(selection_screen: Any) -> None:
    screen = selection_screen
    # Approved and waitlisted only; 7, 6 (the tie: Љиљана has waited 25 days, Besa 10), 2, 2, 1.
    assert ranked_heads(screen) == ["Shkëlzen Berisha", "Љиљана Његош", "Besa Morina", "Jelena Petrović",
                                    "Milan Jovanović", "Çlirim Thaçi"]
    first = screen.model.rows[0]
    assert screen.model.cell(first, "breakdown") == \
        "Unaccompanied or separated child 4, Person with disability 3"
    assert screen.model.cell(first, "score") == "7"
    # Equal scores of 2: the waitlisted household has waited 90 days, Milan 60.
    assert [screen.model.cell(r, "waiting") for r in screen.model.rows[3:5]] == ["90", "60"]


def test_the_quota_line_moves(qtbot: Any, selection_screen: Any) -> None:
    screen = selection_screen
    assert screen.line_kind.currentData() == "quota" and screen.quota.value() == 10
    assert screen.model.line_after == 6  # fewer households than the quota: all above
    with qtbot.waitSignal(screen.ranked, timeout=5000) as shown:
        screen.quota.setValue(2)
    assert shown.args == [2] and screen.model.line_after == 2
    assert [r.within for r in screen.model.rows] == [True, True, False, False, False, False]
    assert screen.model.data(screen.model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert screen.model.data(screen.model.index(2, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert [screen.model.cell(r, "decision") for r in screen.model.rows[:3]] == ["Selected", "Selected",
                                                                                 "Waiting list"]
    assert "2 of 6 households above the line" in screen.totals.text()
    with qtbot.waitSignal(screen.ranked, timeout=5000) as shown:
        screen.quota.setValue(4)
    assert shown.args == [4]
    screen.line_kind.setCurrentIndex(screen.line_kind.findData("budget"))
    screen.cost.setValue(2500)
    with qtbot.waitSignal(screen.ranked, timeout=5000) as shown:
        screen.budget.setValue(8000)
    assert shown.args == [3]
    assert "left of the budget: 500" in screen.totals.text()
    with qtbot.waitSignal(screen.ranked, timeout=5000) as shown:
        screen.line_kind.setCurrentIndex(screen.line_kind.findData("none"))
    assert screen.model.line_after is None and not screen.select_above.isEnabled()


def test_select_above_and_waitlist_below_land_in_the_store(qtbot: Any, executor: Any, selection_screen: Any,
                                                           ids: dict[str, str]) -> None:
    screen = selection_screen
    with qtbot.waitSignal(screen.ranked, timeout=5000):
        screen.quota.setValue(2)
    with qtbot.waitSignal(screen.bulk_finished, timeout=10000) as done:
        qtbot.mouseClick(screen.select_above, Qt.MouseButton.LeftButton)
    assert set(done.args[0].done_ids) == {ids["app1"], ids["app2"]}
    assert screen.summary.text() == "2 cases moved to Selected."
    rows = store_rows(executor, qtbot)
    assert rows[ids["app1"]].status == rows[ids["app2"]].status == "selected"
    # The list re-reads: the selected households leave it, the rest rank again under the line.
    qtbot.waitUntil(lambda: len(screen.model.rows) == 4, timeout=10000)
    assert ranked_heads(screen)[:2] == ["Besa Morina", "Jelena Petrović"]
    with qtbot.waitSignal(screen.bulk_finished, timeout=10000) as done:
        qtbot.mouseClick(screen.waitlist_below, Qt.MouseButton.LeftButton)
    # Below the line: Milan and Çlirim (Jelena, already waitlisted, is above it now).
    assert set(done.args[0].done_ids) == {ids["app3"], ids["app5"]}
    rows = store_rows(executor, qtbot)
    assert rows[ids["app3"]].status == rows[ids["app5"]].status == "waitlisted"
    assert rows[ids["app4"]].status == "approved"


def test_an_mocr_laptop_sees_the_list_but_may_not_decide(qtbot: Any, executor: Any, tmp_path: Path) -> None:
    from tests.ui.caseload.conftest import MOCR, build_office
    from ui.selection.screen import SelectionScreen

    root = tmp_path / "mocr"
    build_office(root, role="mocr", person=MOCR)
    unlock_as(qtbot, executor, root, MOCR)
    screen = SelectionScreen(executor, role=lambda: "mocr", open_case=lambda _id: None)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.ranked, timeout=15000):
        screen.activate()
    assert len(screen.model.rows) == 6
    assert not screen.select_above.isEnabled() and not screen.select_chosen.isEnabled()
    assert screen.select_above.toolTip() == "Selecting and waitlisting are for supervisors"
    assert screen.pdf_button.isEnabled()


def test_pdf_and_workbook_are_written_and_recorded(qtbot: Any, executor: Any, selection_screen: Any,
                                                   tmp_path: Path) -> None:
    screen = selection_screen
    with qtbot.waitSignal(screen.ranked, timeout=5000):
        screen.quota.setValue(3)
    pdf = tmp_path / "list.pdf"
    with qtbot.waitSignal(screen.exported, timeout=20000):
        screen.export_pdf(pdf, "sq+sr-Cyrl")
    xlsx = tmp_path / "list.xlsx"
    with qtbot.waitSignal(screen.exported, timeout=20000):
        screen.export_xlsx(xlsx)
    assert xlsx.read_bytes().startswith(b"PK")
    assert screen.summary.text() == f"Written to {xlsx}."
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed (Debian package poppler-utils)")
    text = " ".join(subprocess.run([tool, str(pdf), "-"], capture_output=True, check=True).stdout.decode().split())
    assert "Љиљана Његош" in text and "Листа за избор корисника" in text and "— vija —" in text and "— линија —" in text

    got: dict[str, Any] = {}

    def audit(st: Any) -> list[tuple[str, dict[str, Any]]]:
        from sqlalchemy import select

        from fieldapp.store.models import AuditEvent

        with st.workspace.read() as s:
            return [(a, d) for a, d in s.execute(select(AuditEvent.action, AuditEvent.detail)
                                                 .where(AuditEvent.action.like("selection.%")))]

    executor.submit(audit, done=lambda rows: got.setdefault("rows", rows))
    qtbot.waitUntil(lambda: "rows" in got, timeout=10000)
    assert got["rows"] == [("selection.pdf", {"households": 6, "langs": "sq+sr-Cyrl"}),
                           ("selection.xlsx", {"households": 6, "langs": "en"})]
    _ = store_rows  # the store itself is unchanged by printing
