"""The decision dialog: its comment (required where the workflow says so), the decision landing in
the store as outbox ops, duplicates compared side by side, and refusals in the UI language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import press, type_text
from tests.ui.review.conftest import IN_SCOPE_ORDER, outbox_ops, read_case


def open_dialog(qtbot: Any, screen: Any, key: Any) -> Any:
    """Press ``key`` in the queue and give the decision dialog it opens."""
    screen.view.setFocus()
    with qtbot.waitSignal(screen.dialog_opened, timeout=10000) as opened:
        press(screen.view, key)
    dialog = opened.args[0]
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def transitions(executor: Any, qtbot: Any, case_id: str) -> list[dict[str, Any]]:
    return [op["fields"] for op in outbox_ops(executor, qtbot, "case.transition") if op["entity_id"] == case_id]


def select(qtbot: Any, screen: Any, case_id: str) -> None:
    if screen.shown_case() and screen.shown_case()["id"] == case_id:
        return
    with qtbot.waitSignal(screen.case_shown, timeout=10000):
        screen.select_case(case_id)


def test_a_return_without_comment_is_refused_in_the_dialog(qtbot: Any, executor: Any, queue_screen: Any,
                                                           case_ids: dict[str, str]) -> None:
    dialog = open_dialog(qtbot, queue_screen, Qt.Key.Key_R)
    assert dialog.decision == "return"
    assert "required" in dialog.comment_hint.text()
    with qtbot.waitSignal(dialog.refused, timeout=5000) as refused:
        dialog.send_button.click()
    assert "comment" in refused.args[0].lower()
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert transitions(executor, qtbot, case_ids["petrovic"]) == []
    assert read_case(executor, qtbot, case_ids["petrovic"])["status"] == "submitted"
    # Typing the comment clears the refusal.
    type_text(qtbot, dialog.comment, "x")
    assert not dialog.problem.isVisible()
    dialog.reject()


def test_a_return_with_comment_lands_in_the_store_as_outbox_ops(qtbot: Any, executor: Any, queue_screen: Any,
                                                                case_ids: dict[str, str]) -> None:
    screen = queue_screen
    dialog = open_dialog(qtbot, screen, Qt.Key.Key_R)
    comment = "Рођени лист Милице недостаје: додајте га и пошаљите поново."
    type_text(qtbot, dialog.comment, comment)
    with qtbot.waitSignal(screen.decision_recorded, timeout=10000) as recorded, \
            qtbot.waitSignal(screen.case_shown, timeout=10000) as next_shown:
        press(dialog.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = recorded.args[0]
    assert stored["id"] == case_ids["petrovic"] and stored["status"] == "returned"
    assert stored["history"][-1]["comment"] == comment
    # A decision on a submitted case first takes it under review; both steps wait for HQ.
    ops = transitions(executor, qtbot, case_ids["petrovic"])
    assert [(op["from"], op["status"]) for op in ops] == [("submitted", "under_review"), ("under_review", "returned")]
    assert ops[-1]["decision"] == "return" and ops[-1]["comment"] == comment
    # The case left the queue and the next one is laid out.
    assert case_ids["petrovic"] not in [r.id for r in screen.model.rows]
    assert next_shown.args == [case_ids[IN_SCOPE_ORDER[1]]]
    assert screen.dialog is None  # the dialog closed itself


def test_approve_with_an_optional_comment(qtbot: Any, executor: Any, queue_screen: Any,
                                          case_ids: dict[str, str]) -> None:
    screen = queue_screen
    select(qtbot, screen, case_ids["krasniqi"])
    dialog = open_dialog(qtbot, screen, Qt.Key.Key_A)
    assert dialog.decision == "approve" and "optional" in dialog.comment_hint.text()
    with qtbot.waitSignal(dialog.decided, timeout=10000) as decided:
        dialog.send_button.click()
    assert decided.args[0]["status"] == "approved"
    ops = transitions(executor, qtbot, case_ids["krasniqi"])
    assert [(op["from"], op["status"], op.get("decision")) for op in ops] == [("under_review", "approved", "approve")]


def test_duplicates_side_by_side_and_the_decision_names_the_original(qtbot: Any, executor: Any, queue_screen: Any,
                                                                     case_ids: dict[str, str]) -> None:
    screen = queue_screen
    select(qtbot, screen, case_ids["petrovic_again"])
    dialog = open_dialog(qtbot, screen, Qt.Key.Key_D)
    picker = dialog.picker
    assert dialog.decision == "duplicate" and picker.isVisible()
    # The likeliest original is compared at once: the other officer's record of Đorđe Petrović.
    qtbot.waitUntil(lambda: picker.chosen is not None, timeout=10000)
    assert picker.chosen["id"] == case_ids["petrovic"]
    assert picker.table.rowCount() == 1 and "personal number" in picker.table.item(0, 2).text()
    left, right = picker.compare.left, picker.compare.right
    assert left.case["id"] == case_ids["petrovic_again"] and right.case["id"] == case_ids["petrovic"]
    # "Djordje Petrovic" and "Đorđe Petrović": name, birth and personal number match, highlighted.
    assert left.shared.members[0] == {"name", "date_of_birth", "personal_number"}
    assert right.shared.members[0] == {"name", "date_of_birth", "personal_number"}
    assert 1 not in left.shared.members  # Milica is in one household only
    assert {"municipality", "settlement"} <= left.shared.case_fields
    assert "#cdebd3" in right.toHtml().lower()
    original = read_case(executor, qtbot, case_ids["petrovic"])
    assert original["case_number"] in dialog.chosen_label.text()

    with qtbot.waitSignal(dialog.decided, timeout=10000) as decided:
        dialog.send_button.click()
    stored = decided.args[0]
    assert stored["status"] == "duplicate" and stored["duplicate_of"] == case_ids["petrovic"]
    ops = transitions(executor, qtbot, case_ids["petrovic_again"])
    assert ops[-1]["decision"] == "duplicate" and ops[-1]["duplicate_of"] == case_ids["petrovic"]


def test_the_original_can_be_found_by_search(qtbot: Any, executor: Any, queue_screen: Any,
                                             case_ids: dict[str, str]) -> None:
    screen = queue_screen
    select(qtbot, screen, case_ids["gashi"])
    dialog = open_dialog(qtbot, screen, Qt.Key.Key_D)
    picker = dialog.picker
    qtbot.waitUntil(lambda: picker.list_title.text() == "Possible duplicates", timeout=5000)
    assert dialog.duplicate_of() is None
    with qtbot.waitSignal(dialog.refused, timeout=5000):
        dialog.send_button.click()  # no original picked yet
    type_text(qtbot, picker.search, "berisha")
    qtbot.waitUntil(lambda: picker.results is not None and picker.table.rowCount() == 1, timeout=10000)
    assert picker.list_title.text() == "Search results"
    with qtbot.waitSignal(picker.chosen_changed, timeout=10000):
        picker.table.selectRow(0)
    assert dialog.duplicate_of() == case_ids["approved"]
    assert "Shkëlzen Berisha" in dialog.chosen_label.text()


def test_a_refusal_from_the_store_is_shown_in_the_ui_language(qtbot: Any, executor: Any, queue_screen: Any,
                                                              case_ids: dict[str, str]) -> None:
    from ui.i18n import Translations

    screen = queue_screen
    select(qtbot, screen, case_ids["gashi"])
    Translations().set_language("sr-Cyrl")
    dialog = open_dialog(qtbot, screen, Qt.Key.Key_D)
    picker = dialog.picker
    # A case of municipality 17, outside this laptop's scope, cannot be named as the original.
    type_text(qtbot, picker.search, "shala")
    qtbot.waitUntil(lambda: picker.results is not None and picker.table.rowCount() == 1, timeout=10000)
    with qtbot.waitSignal(picker.chosen_changed, timeout=10000):
        picker.table.selectRow(0)
    with qtbot.waitSignal(dialog.refused, timeout=10000) as refused:
        dialog.send_button.click()
    text = refused.args[0]
    assert any("\u0400" <= ch <= "\u04ff" for ch in text), text  # Serbian Cyrillic, from the catalogue
    assert dialog.isVisible() and dialog.problem.text() == text
    assert transitions(executor, qtbot, case_ids["gashi"]) == []


def test_a_comment_without_a_decision_joins_the_notes(qtbot: Any, executor: Any, queue_screen: Any,
                                                      case_ids: dict[str, str]) -> None:
    screen = queue_screen
    dialog = open_dialog(qtbot, screen, Qt.Key.Key_C)
    type_text(qtbot, dialog.text, "Called the MOCR: the roof photos arrive on Monday.")
    with qtbot.waitSignal(executor.changed, timeout=10000):
        dialog.ok.click()
    qtbot.waitUntil(lambda: "roof photos" in screen.sheet.toPlainText(), timeout=10000)
    notes = [op for op in outbox_ops(executor, qtbot, "case.note") if op["entity_id"] == case_ids["petrovic"]]
    assert notes and notes[-1]["fields"]["text"].startswith("Called the MOCR")
    assert read_case(executor, qtbot, case_ids["petrovic"])["status"] == "submitted"


def test_a_possible_duplicate_said_to_be_another_household_is_not_offered_again(
        qtbot: Any, executor: Any, queue_screen: Any, case_ids: dict[str, str]) -> None:
    screen = queue_screen
    select(qtbot, screen, case_ids["petrovic_again"])
    dialog = open_dialog(qtbot, screen, Qt.Key.Key_D)
    picker = dialog.picker
    qtbot.waitUntil(lambda: picker.chosen is not None, timeout=10000)
    assert picker.not_same.isEnabled() and picker.not_same.text() == "Not the same household"
    with qtbot.waitSignal(picker.dismissed, timeout=10000) as dismissed:
        picker.not_same.click()
    assert dismissed.args == [case_ids["petrovic"]]
    assert picker.table.rowCount() == 0 and picker.chosen is None and not picker.not_same.isEnabled()
    assert dialog.duplicate_of() is None and "No possible duplicate" in picker.empty.text()
    [op] = [o for o in outbox_ops(executor, qtbot, "case.not_duplicate")
            if o["entity_id"] == case_ids["petrovic_again"]]
    assert op["fields"] == {"other": case_ids["petrovic"]}
    # Searching for a case and picking it does not offer to dismiss what was never offered.
    type_text(qtbot, picker.search, "petrovic")
    qtbot.waitUntil(lambda: picker.results is not None and picker.table.rowCount() >= 1, timeout=10000)
    with qtbot.waitSignal(picker.chosen_changed, timeout=10000):
        picker.table.selectRow(0)
    assert not picker.not_same.isEnabled()
    dialog.reject()
    # The queue no longer counts the pair.
    qtbot.waitUntil(lambda: [r.possible_duplicates for r in screen.all_rows
                             if r.id == case_ids["petrovic_again"]] == [0], timeout=10000)


def test_a_possible_duplicate_held_only_at_hq_is_shown_but_not_compared(
        qtbot: Any, executor: Any, queue_screen: Any, case_ids: dict[str, str]) -> None:
    from fieldapp.store import duplicates
    from fieldapp.store.cases import _load

    other = "01a2424f-0000-7000-8000-000000000019"

    def told_by_hq(st: Any) -> None:
        # As a pull writes what HQ's full pass found for the case.
        with st.workspace.write() as ctx:
            pk = _load(ctx.session, case_ids["gashi"]).pk
            duplicates.keep_hq_pairs(ctx.session, [pk], duplicates.hq_pair_rows(pk, [
                {"other": other, "case_number": "19-2026-ABCD-0007", "municipality": "19", "score": 0.81}]))

    done: list[bool] = []
    executor.submit(told_by_hq, done=lambda _r: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    screen = queue_screen
    select(qtbot, screen, case_ids["gashi"])
    dialog = open_dialog(qtbot, screen, Qt.Key.Key_D)
    picker = dialog.picker
    qtbot.waitUntil(lambda: picker.table.rowCount() == 1, timeout=10000)
    assert "19-2026-ABCD-0007" in picker.table.item(0, 0).text() and picker.table.item(0, 1).text() == "81%"
    assert "headquarters" in picker.table.item(0, 2).text()
    qtbot.waitUntil(lambda: "not on this laptop" in picker.empty.text(), timeout=5000)
    assert picker.chosen is None and dialog.duplicate_of() is None and not picker.not_same.isEnabled()
    dialog.reject()
