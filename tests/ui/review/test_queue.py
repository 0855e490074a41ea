"""The review queue: what it holds and in which order, its filters and counts, and moving through
it with the keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import press, type_text
from tests.ui.review.conftest import ARTA, IN_SCOPE_ORDER, MILAN


def shown_ids(screen: Any) -> list[str]:
    return [r.id for r in screen.model.rows]


def test_queue_holds_the_cases_waiting_in_scope_oldest_first(queue_screen: Any, case_ids: dict[str, str]) -> None:
    assert shown_ids(queue_screen) == [case_ids[k] for k in IN_SCOPE_ORDER]
    model = queue_screen.model
    first = model.rows[0]
    # Days waiting, score, place, officer and possible duplicates are columns of the row.
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first.case_number in texts[0] and "Đorđe Petrović" in texts[1]
    assert texts[2] == "30" and texts[3] == "6"
    assert "Prizren" in texts[4] and texts[5] == ARTA
    assert texts[6] == "1"  # the same household recorded again by another officer
    assert model.data(model.index(2, 2)) == "12" and model.data(model.index(3, 2)) == "5"
    counts = queue_screen.counts_label.text()
    assert "Waiting: 4" in counts and "submitted 3" in counts and "under review 1" in counts
    assert "possible duplicates 2" in counts
    # The oldest case is laid out for a decision at once.
    assert queue_screen.sheet.case["id"] == case_ids["petrovic"]


def test_filters_narrow_the_queue_and_the_counts_say_so(qtbot: Any, queue_screen: Any,
                                                        case_ids: dict[str, str]) -> None:
    screen = queue_screen
    screen.municipality.set_value("19")
    assert shown_ids(screen) == [case_ids["krasniqi"]]
    assert "shown: 1" in screen.counts_label.text()
    # Settlements and officers on offer are those of the municipality chosen.
    assert [screen.settlement.itemData(i) for i in range(1, screen.settlement.count())] == ["Prishtinë"]
    screen.municipality.set_value(None)

    screen.officer.set_value(MILAN)
    assert shown_ids(screen) == [case_ids["gashi"], case_ids["petrovic_again"]]
    screen.settlement.set_value("Landovicë")
    assert shown_ids(screen) == [case_ids["gashi"]]
    screen.reset_filters()
    assert shown_ids(screen) == [case_ids[k] for k in IN_SCOPE_ORDER]

    screen.status.set_value("under_review")
    assert shown_ids(screen) == [case_ids["krasniqi"]]
    screen.status.set_value(None)
    screen.duplicates_only.setChecked(True)
    assert shown_ids(screen) == [case_ids["petrovic"], case_ids["petrovic_again"]]
    screen.duplicates_only.setChecked(False)

    # The text searches names in any script and without diacritics, in the store.
    with qtbot.waitSignal(screen.queue_shown, timeout=10000):
        type_text(qtbot, screen.search, "петровић")
    assert shown_ids(screen) == [case_ids["petrovic"], case_ids["petrovic_again"]]
    with qtbot.waitSignal(screen.queue_shown, timeout=10000):
        screen.search.clear()
    assert len(shown_ids(screen)) == 4


def test_the_keyboard_moves_through_the_queue_and_the_sheet_follows(qtbot: Any, queue_screen: Any,
                                                                    case_ids: dict[str, str]) -> None:
    screen = queue_screen
    screen.view.setFocus()
    for key in ("gashi", "krasniqi", "petrovic_again"):
        with qtbot.waitSignal(screen.case_shown, timeout=10000) as shown:
            press(screen.view, Qt.Key.Key_J)
        assert shown.args == [case_ids[key]]
        assert screen.sheet.case["id"] == case_ids[key]
    # At the end of the queue the last case stays.
    press(screen.view, Qt.Key.Key_J)
    assert screen.current_row().id == case_ids["petrovic_again"]
    with qtbot.waitSignal(screen.case_shown, timeout=10000) as shown:
        press(screen.view, Qt.Key.Key_K)
    assert shown.args == [case_ids["krasniqi"]]
    with qtbot.waitSignal(screen.case_shown, timeout=10000) as shown:
        press(screen.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert shown.args == [case_ids["gashi"]]
    with qtbot.waitSignal(screen.case_shown, timeout=10000) as shown:
        press(screen.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert shown.args == [case_ids["krasniqi"]]
    # Enter reads the case in the sheet; J still moves on from there; Escape returns to the queue.
    press(screen.view, Qt.Key.Key_Return)
    assert screen.sheet.hasFocus()
    with qtbot.waitSignal(screen.case_shown, timeout=10000) as shown:
        press(screen.sheet, Qt.Key.Key_J)
    assert shown.args == [case_ids["petrovic_again"]]
    press(screen.sheet, Qt.Key.Key_Escape)
    assert screen.view.hasFocus()
    with qtbot.waitSignal(screen.case_shown, timeout=10000):
        press(screen.view, Qt.Key.Key_K)
    # A letter typed in the search box is text, not a shortcut.
    screen.search.setFocus()
    type_text(qtbot, screen.search, "j")
    assert screen.search.text() == "j" and screen.current_row().id == case_ids["krasniqi"]


def test_the_sheet_lays_the_case_out_for_a_decision(queue_screen: Any) -> None:
    text = queue_screen.sheet.toPlainText()
    for expected in ("Household (2 members)", "Đorđe Petrović", "Јелена Петровић", "1234567890",
                     "Needs", "Vulnerabilities — score 6", "Older person without support",
                     "Property and claim", "Consent", "Notes", "History and earlier decisions",
                     "Waiting", "30 days", "Possible duplicates"):
        assert expected in text, expected
    # The sheet is read-only.
    assert queue_screen.sheet.isReadOnly()


def test_opening_shows_the_oldest_cases_first_then_the_whole_queue_then_the_duplicates(
        qtbot: Any, queue_screen: Any, case_ids: dict[str, str], monkeypatch: Any) -> None:
    import ui.review.queue as queue_module

    monkeypatch.setattr(queue_module, "FIRST_ROWS", 2)
    screen = queue_screen
    screen.clear()
    with qtbot.waitSignal(screen.first_rows_shown, timeout=10000) as first:
        screen.activate()
    assert first.args == [2]
    assert shown_ids(screen) == [case_ids[k] for k in IN_SCOPE_ORDER[:2]]
    # Until the whole queue is read the counts do not pretend to know it.
    assert "Waiting: …" in screen.counts_label.text()
    screen.view.setFocus()
    screen.select_row(1)
    with qtbot.waitSignals([screen.queue_shown, screen.duplicates_counted], timeout=10000):
        pass
    # The rest came in below: the case chosen meanwhile is still the current one.
    assert shown_ids(screen) == [case_ids[k] for k in IN_SCOPE_ORDER]
    assert screen.current_row().id == case_ids[IN_SCOPE_ORDER[1]]
    assert "Waiting: 4" in screen.counts_label.text() and "possible duplicates 2" in screen.counts_label.text()
    model = screen.model
    assert model.data(model.index(0, 6)) == "1"
