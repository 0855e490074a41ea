"""A laptop works for its HQ user: the status bar, the menus, the desk screens and the editor's
actions follow the role; an officer's laptop is unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from tests.ui.conftest import type_text
from tests.ui.review.conftest import MOCR, SUPERVISOR, build_review_workspace, outbox_ops, unlock_as

DECISION_BUTTONS = ["decision.approve", "decision.return", "decision.duplicate", "decision.ineligible",
                    "decision.withdraw"]


def open_window(qtbot: Any, executor: Any, root: Path, officer: str, *, wait_queue: bool) -> Any:
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.settings import UiSettings

    outcome = unlock_as(qtbot, executor, root, officer)
    window = MainWindow(executor, root, UiSettings(root), Translations())
    qtbot.addWidget(window)
    window.show()
    signal = window.desk["review"].queue_shown if wait_queue else window.case_list.model.query_shown
    with qtbot.waitSignal(signal, timeout=15000):
        window.start_session(outcome.officer, outcome.slot_id, outcome.role)
    qtbot.waitUntil(lambda: window._status is not None, timeout=10000)
    return window


@pytest.fixture
def supervisor_window(qtbot: Any, executor: Any, review_root: Path) -> Iterator[Any]:
    window = open_window(qtbot, executor, review_root, SUPERVISOR, wait_queue=True)
    yield window
    window.idle.stop()
    if window.recovery_dialog is not None:
        window.recovery_dialog.close()
    executor.wait_idle(5000)


def editor_buttons(window: Any) -> list[str]:
    return [b.objectName() for b in window.editor.action_buttons]


def open_in_editor(qtbot: Any, window: Any, case_id: str) -> None:
    with qtbot.waitSignal(window.editor.loaded, timeout=10000):
        window.open_case(case_id)


def test_a_supervisor_laptop_shows_the_review_desk(qtbot: Any, supervisor_window: Any,
                                                   case_ids: dict[str, str]) -> None:
    window = supervisor_window
    assert window.status_officer.text() == f"Supervisor: {SUPERVISOR}"
    # The review queue is the first screen, with its entry in the View menu and the toolbar.
    assert window.desk_screen() == "review"
    action = window.actions_by_key["desk.review"]
    assert action.isVisible() and action.isEnabled() and action.isChecked()
    assert action in window.view_menu.actions() and action in window.toolbar.actions()
    assert action.text() == "&Review queue"
    # Recording households is an officer's work.
    assert not window.actions_by_key["new_case"].isVisible()
    # The editor offers every decision on a submitted case, not only "Withdraw".
    open_in_editor(qtbot, window, case_ids["petrovic"])
    assert editor_buttons(window) == DECISION_BUTTONS + ["action.under_review"]
    # On an approved case: select, waitlist, or the household withdrawing.
    open_in_editor(qtbot, window, case_ids["approved"])
    assert editor_buttons(window) == ["action.selected", "action.waitlisted", "action.withdrawn"]
    # Back from the editor returns to the queue it was opened from.
    window.show_desk("review")
    with qtbot.waitSignal(window.editor.loaded, timeout=10000):
        window.desk["review"].open_in_editor()
    window.editor.back_button.click()
    assert window.desk_screen() == "review"


def test_a_decision_from_the_editor_uses_the_decision_dialog(qtbot: Any, executor: Any, supervisor_window: Any,
                                                             case_ids: dict[str, str]) -> None:
    window = supervisor_window
    open_in_editor(qtbot, window, case_ids["gashi"])
    button = window.editor.findChild(QPushButton, "decision.return")
    button.click()
    dialog = window.editor.decision_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.decision == "return"
    type_text(qtbot, dialog.comment, "The interview date is missing.")
    with qtbot.waitSignal(window.editor.transitioned, timeout=10000) as moved:
        dialog.send_button.click()
    assert moved.args == ["returned"]
    ops = [op for op in outbox_ops(executor, qtbot, "case.transition") if op["entity_id"] == case_ids["gashi"]]
    assert ops[-1]["fields"]["decision"] == "return"
    # The queue no longer holds the case when shown again.
    with qtbot.waitSignal(window.desk["review"].queue_shown, timeout=10000):
        window.show_desk("review")
    assert case_ids["gashi"] not in [r.id for r in window.desk["review"].model.rows]


def test_an_mocr_laptop_verifies_and_presents(qtbot: Any, executor: Any, tmp_path: Path) -> None:
    root = tmp_path / "office"
    ids = build_review_workspace(root, role="mocr", reviewer=MOCR)
    window = open_window(qtbot, executor, root, MOCR, wait_queue=True)
    try:
        assert window.status_officer.text() == f"Municipal office: {MOCR}"
        assert window.actions_by_key["desk.review"].isVisible()
        assert window.actions_by_key["new_case"].isVisible()
        queue = window.desk["review"]
        qtbot.waitUntil(lambda: queue.shown_case() is not None, timeout=10000)
        shown = [k for k, b in queue.decision_buttons.items() if b.isVisibleTo(queue)]
        assert shown == ["return", "withdraw"]  # MOCR may not approve (DOMAIN.md)
        open_in_editor(qtbot, window, ids["petrovic"])
        assert editor_buttons(window) == ["decision.return", "decision.withdraw", "action.under_review"]
    finally:
        window.idle.stop()
        executor.wait_idle(5000)


def test_an_officer_laptop_is_unchanged(qtbot: Any, main_window: Any) -> None:
    window = main_window
    assert window.status_officer.text() == "Officer: Arta Krasniqi"
    assert window.desk_screen() is None and window.stack.currentWidget() is window.case_list
    action = window.actions_by_key["desk.review"]
    assert not action.isVisible()
    assert window.actions_by_key["new_case"].isVisible()
    window.show_desk("review")  # not even by its key
    assert window.stack.currentWidget() is window.case_list
    case_id = window.case_list.model.case_id(0)
    open_in_editor(qtbot, window, case_id)
    names = editor_buttons(window)
    assert names and not [n for n in names if n.startswith("decision.")]


def test_other_packages_add_desk_screens_through_the_hook(qtbot: Any, supervisor_window: Any) -> None:
    from fieldapp.domain import workflow

    window = supervisor_window
    page = QLabel("example")
    action = window.add_desk_screen("example", lambda: "&Example", page,
                                    roles=frozenset({workflow.MOCR, workflow.SUPERVISOR}))
    assert action is window.actions_by_key["desk.example"] and action.isVisible()
    menu = window.view_menu.actions()
    assert menu.index(window.actions_by_key["desk.review"]) < menu.index(action) < menu.index(
        window.actions_by_key["search"])
    action.trigger()
    assert window.desk_screen() == "example" and page.isVisible() and action.isChecked()
    assert not window.actions_by_key["desk.review"].isChecked()
    hidden = window.add_desk_screen("office_only", lambda: "&Office", QLabel("office"),
                                    roles=frozenset({workflow.MOCR}))
    assert not hidden.isVisible()  # a supervisor's laptop does not show an MOCR-only screen
    with pytest.raises(ValueError):
        window.add_desk_screen("example", lambda: "&Example", QLabel("again"))


def test_enrolment_gives_the_laptop_its_hq_users_role(qtbot: Any, executor: Any, main_window: Any) -> None:
    from tests.ui.review.conftest import enrol_record

    window = main_window
    assert not window.actions_by_key["desk.review"].isVisible()
    done: list[bool] = []
    # As the sync engine records an enrolment for a supervisor of municipality 20.
    executor.submit(lambda st: enrol_record(st.workspace, "supervisor", ("20",)), done=lambda _r: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    window.refresh_role()
    qtbot.waitUntil(lambda: window.actions_by_key["desk.review"].isVisible(), timeout=10000)
    assert window.session.role == "supervisor"
    assert window.status_officer.text() == "Supervisor: Arta Krasniqi"
    assert not window.actions_by_key["new_case"].isVisible()
