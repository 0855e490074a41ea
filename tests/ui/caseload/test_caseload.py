"""The municipal caseload screen: counts per status that filter, filters, sorting, bulk actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.ui.caseload.conftest import CASES, store_rows
from tests.ui.conftest import type_text


def heads(screen: Any) -> list[str]:
    return [r.head for r in screen.model.rows]


def select_rows(screen: Any, ids: list[str]) -> None:
    view = screen.view
    view.clearSelection()
    selection = view.selectionModel()
    for i, row in enumerate(screen.model.rows):
        if row.id in ids:
            selection.select(screen.model.index(i, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def test_counts_are_always_visible_and_filter_when_clicked(qtbot: Any, caseload_screen: Any) -> None:
    screen = caseload_screen
    assert len(screen.model.rows) == len(CASES)
    buttons = screen.counts.buttons
    assert buttons[None].text() == f"All: {len(CASES)}"
    assert buttons["approved"].text() == "Approved: 5"
    assert buttons["submitted"].text() == "Submitted: 2"
    assert "closed" not in buttons  # no case there
    with qtbot.waitSignal(screen.caseload_shown, timeout=10000):
        qtbot.mouseClick(buttons["approved"], Qt.MouseButton.LeftButton)
    assert {r.status for r in screen.model.rows} == {"approved"} and len(screen.model.rows) == 5
    # The strip still counts every status, and shows which one the list is narrowed to.
    assert screen.counts.buttons["submitted"].text() == "Submitted: 2"
    assert screen.counts.buttons["approved"].isChecked()
    # Longest waiting first.
    assert [r.waiting_days for r in screen.model.rows] == sorted((r.waiting_days for r in screen.model.rows),
                                                                 reverse=True)
    assert heads(screen)[0] == "Milan Jovanović"
    with qtbot.waitSignal(screen.caseload_shown, timeout=10000):
        qtbot.mouseClick(screen.counts.buttons["approved"], Qt.MouseButton.LeftButton)
    assert len(screen.model.rows) == len(CASES)


def test_filters_and_sorting(qtbot: Any, caseload_screen: Any) -> None:
    screen = caseload_screen
    assert [screen.settlement.itemText(i) for i in range(1, screen.settlement.count())] == \
        ["Landovicë", "Prizren", "Zhur"]
    with qtbot.waitSignal(screen.caseload_shown, timeout=10000):
        screen.settlement.setCurrentIndex(screen.settlement.findData("Landovicë"))
    assert sorted(heads(screen)) == ["Drita Gashi", "Vjosa Hoxha", "Љиљана Његош"]
    assert screen.counts.buttons[None].text() == "All: 3"
    with qtbot.waitSignal(screen.caseload_shown, timeout=10000):
        screen.min_score.setValue(5)
    assert heads(screen) == ["Љиљана Његош"]
    with qtbot.waitSignal(screen.caseload_shown, timeout=10000):
        screen.reset_filters()
    # The text search runs in the store, script-blind: "ljiljana" finds Љиљана.
    with qtbot.waitSignal(screen.caseload_shown, timeout=10000):
        type_text(qtbot, screen.search, "ljiljana")
    assert heads(screen) == ["Љиљана Његош"]
    with qtbot.waitSignal(screen.caseload_shown, timeout=10000):
        screen.search.clear()
    score_column = [k for k, _ in __import__("ui.caseload.screen", fromlist=["COLUMNS"]).COLUMNS].index("score")
    with qtbot.waitSignal(screen.caseload_shown, timeout=10000):
        screen.view.sortByColumn(score_column, Qt.SortOrder.DescendingOrder)
    scores = [r.score for r in screen.model.rows]
    assert scores == sorted(scores, reverse=True) and scores[0] == 7
    screen.view.doubleClicked.emit(screen.model.index(0, 0))
    assert screen.opened == [screen.model.rows[0].id]


def test_bulk_assign_to_an_officer_of_the_municipality(qtbot: Any, executor: Any, caseload_screen: Any,
                                                       ids: dict[str, str]) -> None:
    screen = caseload_screen
    assert [screen.officer_picker.itemText(i) for i in range(screen.officer_picker.count())] == \
        ["Arta Krasniqi", "Milan Jovanović"]
    select_rows(screen, [ids["sub1"], ids["app2"]])
    assert screen.selected_label.text() == "Selected: 2"
    screen.officer_picker.setCurrentIndex(1)
    with qtbot.waitSignal(screen.bulk_finished, timeout=10000) as done:
        qtbot.mouseClick(screen.assign_button, Qt.MouseButton.LeftButton)
    assert set(done.args[0].done_ids) == {ids["sub1"], ids["app2"]}
    assert screen.summary.text() == "2 cases assigned to Milan Jovanović."
    rows = store_rows(executor, qtbot)
    assert rows[ids["sub1"]].officer == rows[ids["app2"]].officer == "Milan Jovanović"
    assert rows[ids["app1"]].officer == "Drita Hoxha"
    # The list re-reads by itself and shows the new officer.
    qtbot.waitUntil(lambda: {r.id: r.officer for r in screen.model.rows}.get(ids["sub1"]) == "Milan Jovanović",
                    timeout=10000)


def test_bulk_move_with_a_summary_of_refusals(qtbot: Any, executor: Any, caseload_screen: Any,
                                              ids: dict[str, str]) -> None:
    screen = caseload_screen
    select_rows(screen, [ids["sel"], ids["mon"], ids["draft"]])
    # The moves a supervisor may make from the statuses selected, and no others.
    targets = [screen.move_target.itemData(i) for i in range(screen.move_target.count())]
    assert "assistance_in_progress" in targets and "closed" in targets and "delivered" not in targets
    screen.move_target.setCurrentIndex(targets.index("closed"))
    with qtbot.waitSignal(screen.bulk_finished, timeout=10000) as done:
        qtbot.mouseClick(screen.move_button, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert result.done_ids == (ids["mon"],)
    assert len(result.refused) == 2
    lines = screen.summary.text().splitlines()
    assert lines[0] == "1 case moved to Closed."
    assert lines[1] == "2 cases were left as they were:"
    assert any("Fatmir" not in line and line.startswith("• ") for line in lines[2:])
    rows = store_rows(executor, qtbot)
    assert rows[ids["mon"]].status == "closed"
    assert rows[ids["sel"]].status == "selected" and rows[ids["draft"]].status == "draft"
    qtbot.waitUntil(lambda: screen.counts.buttons.get("closed") is not None, timeout=10000)
    assert screen.counts.buttons["closed"].text() == "Closed: 1"


def test_a_move_that_needs_a_comment_asks_for_it(qtbot: Any, executor: Any, caseload_screen: Any,
                                                 ids: dict[str, str]) -> None:
    screen = caseload_screen
    select_rows(screen, [ids["app1"]])
    targets = [screen.move_target.itemData(i) for i in range(screen.move_target.count())]
    screen.move_target.setCurrentIndex(targets.index("withdrawn"))
    qtbot.mouseClick(screen.move_button, Qt.MouseButton.LeftButton)
    assert "needs a comment" in screen.summary.text()
    assert store_rows(executor, qtbot)[ids["app1"]].status == "approved"
    type_text(qtbot, screen.comment, "The household gave up the return.")
    with qtbot.waitSignal(screen.bulk_finished, timeout=10000):
        qtbot.mouseClick(screen.move_button, Qt.MouseButton.LeftButton)
    assert store_rows(executor, qtbot)[ids["app1"]].status == "withdrawn"
    assert screen.comment.text() == ""


def test_relabels_in_serbian_cyrillic(qtbot: Any, caseload_screen: Any) -> None:
    from ui.i18n import Translations

    translations = Translations()
    translations.set_language("sr-Cyrl")
    qtbot.waitUntil(lambda: caseload_screen.counts.buttons["approved"].text().startswith("Одобрен"), timeout=5000)
    assert caseload_screen.model.headerData(0, Qt.Orientation.Horizontal) == "Бр. предмета"
    assert caseload_screen.counts.buttons[None].text() == f"Сви: {len(CASES)}"
    assert caseload_screen.move_button.text() == "Пре&мести"
    translations.set_language("en")
