"""The case editor's rules as the officer meets them: inline problems in their language,
consent gating, one head of household, live score, notes, workflow actions, shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from fieldapp.domain.scoring import score
from tests.conftest import sample_case
from tests.ui.conftest import OFFICER, ModalHandler, type_text, unlock


@pytest.fixture
def editor(qtbot: Any, executor: Any, ws_root: Path) -> Any:
    from ui.editor import CaseEditor

    unlock(qtbot, executor, ws_root)
    widget = CaseEditor(executor)
    widget.set_context(OFFICER, "officer", "20")
    widget.set_paused(False)
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    yield widget
    widget.set_paused(True)
    executor.wait_idle(5000)


def _problem(box: Any) -> str:
    return box.error.text() if not box.error.isHidden() else ""


def test_problems_show_inline_as_typed_and_in_the_users_language(qtbot: Any, editor: Any) -> None:
    from ui.i18n import Translations

    editor.new_case()
    editor.household.add_member()
    form = editor.household.form
    dob = form.boxes["date_of_birth"]
    type_text(qtbot, form.date_of_birth, "1971-13")
    qtbot.waitUntil(lambda: bool(_problem(dob)), timeout=2000)
    assert _problem(dob) == "1971-13 is not a date in the calendar."
    # Untouched required fields stay quiet while typing…
    assert _problem(form.boxes["sex"]) == ""
    translations = Translations()
    translations.set_language("sq")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: "kalendarit" in _problem(dob), timeout=2000)
    assert _problem(dob) == "1971-13 nuk është datë e kalendarit."
    translations.set_language("en")
    QApplication.processEvents()
    # Year only is a valid birth date.
    form.date_of_birth.clear()
    type_text(qtbot, form.date_of_birth, "1971")
    qtbot.waitUntil(lambda: _problem(dob) == "", timeout=2000)
    # Letters cannot even be typed into a date.
    type_text(qtbot, form.date_of_birth, "x")
    assert form.date_of_birth.text() == "1971"
    # …until saving is tried: then every problem shows and the tab is marked.
    assert editor.save() is False
    assert _problem(form.boxes["sex"]) == "Required."
    assert _problem(form.boxes["given_name"]) == "Required."
    assert editor.tabs.currentIndex() == 1 and not editor.tabs.tabIcon(1).isNull()
    assert "cannot be saved yet" in editor.problems_label.text()


def test_sensitive_fields_wait_for_consent(qtbot: Any, editor: Any) -> None:
    editor.new_case()
    editor.household.add_member()
    form = editor.household.form
    assert not form.community.isEnabled() and not form.disability.isEnabled()
    assert form.sensitive_note.isVisibleTo(form)
    sensitive = editor.consent.widget("consent.sensitive_data")
    sensitive.setChecked(True)
    assert form.community.isEnabled() and form.disability.isEnabled() and form.chronic_illness.isEnabled()
    form.disability.setChecked(True)
    form.community.set_code("roma")
    form.community.code_changed.emit("roma")
    assert editor.household.model.members[0]["disability"] is True

    handler = ModalHandler(lambda box: next(b for b in box.buttons() if b.text() == "Clear them").click())
    sensitive.setChecked(False)
    handler.stop()
    assert handler.seen
    member = editor.household.model.members[0]
    assert (member["disability"], member["community"], member["chronic_illness"]) == (False, None, False)
    assert not form.community.isEnabled()


def test_exactly_one_head_and_reordering(qtbot: Any, editor: Any) -> None:
    editor.new_case()
    panel = editor.household
    for given in ("Agron", "Besa", "Dritë"):
        panel.add_member()
        type_text(qtbot, panel.form.given_name, given)
    model = panel.model
    assert [m["relationship"] for m in model.members] == ["head", None, None]
    panel.select(2)
    panel.make_head()
    assert [m["relationship"] for m in model.members] == [None, None, "head"]
    # Choosing "head" in the relationship list moves the mark too.
    panel.select(1)
    panel.form.relationship.set_code("head")
    panel.form.relationship.code_changed.emit("head")
    assert [m["relationship"] for m in model.members] == [None, "head", None]
    panel.move_member(-1)
    assert [m["given_name"] for m in model.members] == ["Besa", "Agron", "Dritë"]
    assert panel.current_row() == 0
    panel.move_member(1)
    panel.move_member(1)
    assert [m["given_name"] for m in model.members] == ["Agron", "Dritë", "Besa"]
    panel.remove_member(0)
    assert [m["given_name"] for m in model.members] == ["Dritë", "Besa"]
    assert sum(m["relationship"] == "head" for m in model.members) == 1
    editor.save()
    assert "Required." in _problem(panel.form.boxes["relationship"]) or model.problem_rows


def test_vulnerability_score_is_live(qtbot: Any, editor: Any) -> None:
    editor.new_case()
    section = editor.vulnerabilities
    assert "0" in section.score.text()
    section.boxes["older_person_without_support"].setChecked(True)
    section.boxes["child_under_15"].setChecked(True)
    expected = score(["older_person_without_support", "child_under_15"]).total
    assert section.score.text() == f"Vulnerability score: {expected:g}"
    assert "Older person without support" in section.breakdown.text()


def test_code_lists_complete_on_any_part_of_the_label(qtbot: Any, editor: Any) -> None:
    editor.new_case()
    combo = editor.return_section.widget("municipality")
    completer = combo.completer()
    completer.setCompletionPrefix("akov")
    assert completer.completionCount() >= 1
    assert "Gjakovë" in completer.currentCompletion()
    combo.setEditText("Gjakovë / Đakovica")
    assert combo.code() == "02"
    combo.setEditText("GJAKOVE / djakovica")  # without diacritics, any case
    assert combo.code() == "02"
    combo.setEditText("Nowhere")
    assert combo.code() is None and not combo.is_valid()
    editor.validate()
    editor.save()
    assert "Nowhere" in _problem(editor.return_section.boxes["municipality"])


def test_notes_append_and_workflow_actions_for_the_role(qtbot: Any, editor: Any) -> None:
    from ui.editor.editor import CommentDialog

    def first_case(st: Any) -> str:
        from fieldapp.store.cases import CaseFilter, list_cases

        with st.workspace.read() as s:
            return next(c.id for c in list_cases(s, CaseFilter(query="Petrovic")))

    got: list[str] = []
    editor.executor.submit(first_case, done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.open_case(got[0])
    assert [b.text() for b in editor.action_buttons] == ["Submit", "Withdraw"]

    editor.tabs.setCurrentIndex(7)
    type_text(qtbot, editor.notes.new_note, "Kuća je oštećena; krov prokišnjava.")
    editor.notes.add_button.click()
    qtbot.waitUntil(lambda: editor.notes.new_note.toPlainText() == "", timeout=5000)
    texts = [editor.notes.list.item(i).text() for i in range(editor.notes.list.count())]
    assert any("Kuća je oštećena; krov prokišnjava." in t and OFFICER in t for t in texts)

    dialog = CommentDialog("Withdraw", True)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    type_text(qtbot, dialog.text, "Porodica se odselila.")
    assert dialog.ok.isEnabled() and dialog.comment() == "Porodica se odselila."

    with qtbot.waitSignal(editor.transitioned, timeout=5000) as moved:
        editor.run_action("submitted", comment=None, ask=False)
    assert moved.args[0] == "submitted"
    assert editor.status.text() == "Submitted"
    # Submitted cases are no longer the officer's to edit; notes can still be added.
    assert not editor.save_button.isEnabled()
    assert editor.interview.widget("interview.place").isReadOnly()
    assert "no longer be edited" in editor.banner.text()
    assert editor.action_buttons and editor.action_buttons[0].text() == "Withdraw"
    assert QDialog is not None


def test_keyboard_shortcuts(qtbot: Any, main_window: Any) -> None:
    from PySide6.QtGui import QKeySequence

    window = main_window
    keys = {k: a.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            for k, a in window.actions_by_key.items()}
    assert keys["new_case"] == "Ctrl+N" and keys["save"] == "Ctrl+S" and keys["search"] == "Ctrl+F"
    assert keys["next_group"] == "Ctrl+PgDown" and keys["previous_group"] == "Ctrl+PgUp"
    window.activateWindow()
    with qtbot.waitSignal(window.editor.loaded, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    assert window.stack.currentWidget() is editor and editor.tabs.currentIndex() == 0
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.case_list
    assert QApplication.focusWidget() is window.case_list.search


def test_sensitive_field_list_matches_the_domain() -> None:
    from fieldapp.domain.errors import ValidationError
    from fieldapp.domain.interchange import validate_case
    from ui.editor.members import SENSITIVE_FIELDS

    refused = set()
    for field, value in (("community", "roma"), ("disability", True), ("chronic_illness", True),
                         ("education", "primary"), ("occupation", "farmer")):
        doc = sample_case()
        doc["consent"]["sensitive_data"] = False
        doc["members"][0]["community"] = None
        doc["members"][0][field] = value
        try:
            validate_case(doc)
        except ValidationError as exc:
            refused |= {p.field.rsplit(".", 1)[-1] for p in exc.problems}
    assert refused == set(SENSITIVE_FIELDS)
