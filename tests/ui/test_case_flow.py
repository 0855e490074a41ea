"""An officer records a household in the editor, saves it, and finds it again by searching."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import type_text


def _store_read(qtbot: Any, executor: Any, fn: Any) -> Any:
    got: dict[str, Any] = {}

    def run(st: Any) -> Any:
        with st.workspace.read() as s:
            return fn(s)

    executor.submit(run, done=lambda r: got.setdefault("r", r))
    qtbot.waitUntil(lambda: "r" in got, timeout=10000)
    return got["r"]


def test_create_case_with_cyrillic_and_diacritics_then_find_it(qtbot: Any, main_window: Any) -> None:
    from fieldapp.store.cases import get_case

    window = main_window
    editor = window.editor
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        window.actions_by_key["new_case"].trigger()
    assert window.stack.currentWidget() is editor and editor.case_id is None

    # Interview: today's date and the officer are filled in; the place is typed.
    assert editor.interview.value("interview.date") and editor.interview.value("interview.officer")
    type_text(qtbot, editor.interview.widget("interview.place"), "Suharekë")

    # Household: two members, one typed in Cyrillic, one with ë and đ.
    editor.tabs.setCurrentIndex(1)
    household = editor.household
    household.add_member()
    form = household.form
    type_text(qtbot, form.given_name, "Ђорђе")
    type_text(qtbot, form.family_name, "Петровић")
    form.sex.set_code("M")
    form.sex.code_changed.emit("M")
    type_text(qtbot, form.date_of_birth, "1968")  # year only
    household.add_member()
    type_text(qtbot, form.given_name, "Lumturijë")
    type_text(qtbot, form.family_name, "Đurđević")
    form.sex.set_code("F")
    form.sex.code_changed.emit("F")
    form.relationship.set_code("spouse")
    form.relationship.code_changed.emit("spouse")
    assert household.model.rowCount() == 2
    assert household.model.members[0]["relationship"] == "head"  # the first member added

    # Consent with its date, so the case validates.
    consent = editor.consent
    consent.widget("consent.processing").setChecked(True)
    type_text(qtbot, consent.widget("consent.recorded_on"), "2026-11-20")
    assert editor.is_dirty()

    # Đorđe Petrović born 1968 is on the laptop already (the template's case, in Latin): the
    # officer is warned before saving, and saves anyway (his wife is another person here).
    with qtbot.waitSignal(editor.household_warned, timeout=10000) as warned:
        window.actions_by_key["save"].trigger()
    dialog = warned.args[0]
    rows = dialog.rows()
    assert len(rows) == 1 and rows[0][1].startswith("Đorđe Petrović")
    assert "head of household Ђорђе Петровић ~ Đorđe Petrović" in rows[0][3]
    assert dialog.back.isDefault()
    with qtbot.waitSignal(editor.saved, timeout=10000) as blocker:
        dialog.save_anyway.click()
    case_id = blocker.args[0]
    assert editor.case_id == case_id and not editor.is_dirty()

    doc = _store_read(qtbot, window.executor, lambda s: get_case(s, case_id))
    names = [(m["given_name"], m["family_name"], m["script"]) for m in doc["members"]]
    assert names == [("Ђорђе", "Петровић", "Cyrl"), ("Lumturijë", "Đurđević", "Latn")]
    assert doc["members"][0]["date_of_birth"] == "1968"
    assert doc["interview"]["place"] == "Suharekë"

    # Back to the list; typing "djordje" (no diacritics, Latin) finds the Cyrillic head.
    window.focus_search()
    assert window.stack.currentWidget() is window.case_list
    search = window.case_list.search
    assert search.hasFocus() or search is window.case_list.focusProxy()
    model = window.case_list.model
    with qtbot.waitSignal(model.query_shown, timeout=5000):
        qtbot.keyClicks(search, "djordje")
    qtbot.waitUntil(lambda: model.total is not None, timeout=5000)
    heads = {model.data(model.index(r, 1)) for r in range(model.rowCount())}
    assert "Ђорђе Петровић" in heads and "Đorđe Petrović" in heads  # the template's case too
    assert "Arben Krasniqi" not in heads
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 1)) == "Ђорђе Петровић")
    assert model.case_id(row) == case_id

    # Keyboard: Down from the search box into the results, Enter opens the case there.
    qtbot.keyClick(search, Qt.Key.Key_Down)
    view = window.case_list.view
    assert view.hasFocus() and view.currentIndex().row() == 0
    other = next(r for r in range(model.rowCount()) if model.data(model.index(r, 1)) == "Đorđe Petrović")
    view.setCurrentIndex(window.case_list.proxy.index(other, 0))
    with qtbot.waitSignal(editor.loaded, timeout=5000) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args[0] == model.case_id(other) and window.stack.currentWidget() is editor
    assert editor.household.model.members[0]["given_name"] == "Đorđe"

def test_status_bar_counts_follow_changes(qtbot: Any, main_window: Any) -> None:
    window = main_window
    qtbot.waitUntil(lambda: "Cases: 3" in window.status_cases.text(), timeout=5000)
    assert "Waiting to sync: 3" in window.status_sync.text()
    assert "Arta Krasniqi" in window.status_officer.text()


def shoot(qtbot: Any, widget: Any, name: str, tmp_path: Path) -> None:
    """``widget`` (a dialog with a ``windowTitle``) pictured in English and Serbian Cyrillic
    (into docs/screenshots/ with ``FIELDAPP_SCREENSHOTS=1``), then back in English."""
    import os

    from PySide6.QtWidgets import QTableWidget

    from tests.conftest import ROOT
    from ui.i18n import Translations

    out = ROOT / "docs" / "screenshots" if os.environ.get("FIELDAPP_SCREENSHOTS") == "1" else tmp_path
    translations = Translations()
    english = widget.windowTitle()
    for lang in ("en", "sr-Cyrl"):
        translations.set_language(lang)
        qtbot.waitUntil(lambda lg=lang: (widget.windowTitle() != english) == (lg == "sr-Cyrl"), timeout=5000)
        widget.layout().activate()
        for table in widget.findChildren(QTableWidget):
            table.resizeRowsToContents()
        assert widget.grab().save(str(out / f"{name}-{lang}.png"))
    translations.set_language("en")
    qtbot.waitUntil(lambda: widget.windowTitle() == english, timeout=5000)


def test_a_new_household_already_on_the_laptop_is_not_saved_when_the_officer_goes_back(
        qtbot: Any, main_window: Any, tmp_path: Path) -> None:
    from fieldapp.store.cases import count_cases

    window = main_window
    editor = window.editor
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        window.actions_by_key["new_case"].trigger()
    editor.tabs.setCurrentIndex(1)
    household = editor.household
    # Arben Krasniqi born 1975, the template's case of Prishtinë, typed again as "Arben Krasniqi".
    household.add_member()
    form = household.form
    type_text(qtbot, form.given_name, "Arben")
    type_text(qtbot, form.family_name, "Krasniqi")
    form.sex.set_code("M")
    form.sex.code_changed.emit("M")
    type_text(qtbot, form.date_of_birth, "1976")
    editor.consent.widget("consent.processing").setChecked(True)
    type_text(qtbot, editor.consent.widget("consent.recorded_on"), "2026-11-20")
    before = _store_read(qtbot, window.executor, lambda s: count_cases(s))
    with qtbot.waitSignal(editor.household_warned, timeout=10000) as warned:
        window.actions_by_key["save"].trigger()
    dialog = warned.args[0]
    assert dialog.rows()[0][1].startswith("Arben Krasniqi") and "born 1976 and 1975" in dialog.rows()[0][3]
    shoot(qtbot, dialog, "possible-household", tmp_path)
    assert "Ипак сачувај" not in dialog.save_anyway.text()  # English again after the pictures
    dialog.back.click()
    executor_idle = window.executor.wait_idle(5000)
    assert executor_idle and editor.case_id is None and editor.is_dirty()
    assert _store_read(qtbot, window.executor, lambda s: count_cases(s)) == before
