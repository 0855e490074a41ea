"""Switching the language from the menu relabels the open window at once, without restart."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QApplication

CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _visible_texts(window: Any) -> dict[str, str]:
    editor = window.editor
    model = window.case_list.model
    return {
        "about": window.actions_by_key["about"].text(),
        "menu": window.case_menu.title(),
        "save": window.actions_by_key["save"].text(),
        "header": str(model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)),
        "status cell": str(model.data(model.index(window.case_list.view.currentIndex().row(), 3))),
        "filter": window.case_list.filters["status"].itemText(0),
        "filter code": window.case_list.filters["status"].itemText(1),
        "tab": editor.tabs.tabText(1),
        "form label": editor.interview.labels["interview.place"].text(),
        "sex": editor.household.form.sex.currentText(),
        "member header": str(editor.household.model.headerData(
            1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)),
        "status bar": window.status_cases.text(),
        "search": window.case_list.search.placeholderText(),
        "count": window.case_list.count_label.text(),
    }


def test_switching_language_relabels_the_open_window(qtbot: Any, main_window: Any) -> None:
    window = main_window
    qtbot.waitUntil(lambda: bool(window.status_cases.text()), timeout=5000)
    model = window.case_list.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 1)) == "Đorđe Petrović")
    case_id = model.case_id(row)
    window.case_list.view.setCurrentIndex(window.case_list.proxy.index(row, 0))
    with qtbot.waitSignal(window.editor.loaded, timeout=5000):
        window.open_case(case_id)
    english = _visible_texts(window)
    assert english["sex"] == "Male" and english["status cell"] == "Draft"

    window.language_actions["sr-Cyrl"].trigger()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: CYRILLIC.search(window.case_menu.title()) is not None, timeout=3000)
    cyrillic = _visible_texts(window)
    for key, text in cyrillic.items():
        assert text != english[key], f"{key} not relabelled: {text!r}"
        assert CYRILLIC.search(text), f"{key} not in Cyrillic: {text!r}"
    assert cyrillic["sex"] == "Мушки" and cyrillic["status cell"] == "Нацрт"
    assert window.language_actions["sr-Cyrl"].isChecked()
    # The case and the form are as they were: only the words changed.
    assert window.editor.case_id == case_id and not window.editor.is_dirty()

    window.language_actions["sq"].trigger()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.case_menu.title() == "&Rasti", timeout=3000)
    assert window.editor.household.form.sex.currentText() == "Mashkull"

    window.language_actions["en"].trigger()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.case_menu.title() == "&Case", timeout=3000)
    assert _visible_texts(window) == english
