"""First-run wizard and unlock screen, driven as an officer would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.ui.conftest import OFFICER, PASSPHRASE, type_text
from ui.executor import StoreExecutor


def test_wizard_creates_a_workspace(qtbot: Any, executor: StoreExecutor, tmp_path: Path) -> None:
    from ui.wizard import FirstRunWizard

    root = tmp_path / "new-ws"
    wizard = FirstRunWizard(executor, root)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    finish = wizard.button(QWizard.WizardButton.FinishButton)

    wizard.language_page.list.setCurrentRow(0)  # English
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.officer_page
    assert not next_button.isEnabled()  # a name and a municipality are needed
    type_text(qtbot, wizard.officer_page.name, "Јелена Ђукић")
    type_text(qtbot, wizard.officer_page.municipality.lineEdit(), "Prizr")
    wizard.officer_page.municipality.set_code("20")
    wizard.officer_page.municipality.code_changed.emit("20")
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    page = wizard.passphrase_page
    type_text(qtbot, page.first, "short")
    assert page.match.text() and not next_button.isEnabled()
    page.first.clear()
    type_text(qtbot, page.first, PASSPHRASE)
    assert page.meter.value() >= 2 and page.strength.text()
    type_text(qtbot, page.second, PASSPHRASE + "x")
    assert not next_button.isEnabled() and page.match.text()
    page.second.clear()
    type_text(qtbot, page.second, PASSPHRASE)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    wizard.folder_page.folder.setText(str(root))
    with qtbot.waitSignal(wizard.created, timeout=20000) as blocker:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    created = blocker.args[0]
    assert created.officer == "Јелена Ђукић" and created.root == root
    assert (root / "keys.json").exists() and (root / "workspace.db").exists()
    assert executor.state.unlocked  # straight into work, no second unlock
    assert wizard.result() == QWizard.DialogCode.Accepted.value
    assert page.first.text() == "" and page.second.text() == ""


def test_wizard_says_why_a_folder_is_refused(qtbot: Any, executor: StoreExecutor, ws_root: Path) -> None:
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(executor, ws_root)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.officer_page.name.setText("Arben Gashi")
    wizard.officer_page.municipality.set_code("19")
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    for _ in range(3):
        wizard.next()
    assert wizard.currentPage() is wizard.folder_page
    wizard.start_creation(ws_root)  # the folder already holds a workspace
    qtbot.waitUntil(lambda: "already holds a workspace" in wizard.folder_page.status.text(), timeout=10000)
    assert wizard.isVisible()


def test_unlock_wrong_then_right(qtbot: Any, executor: StoreExecutor, ws_root: Path) -> None:
    from ui.unlock import UnlockWidget

    widget = UnlockWidget(executor, ws_root)
    qtbot.addWidget(widget)
    widget.show()
    assert [widget.officer.itemText(i) for i in range(widget.officer.count())] == [OFFICER]

    type_text(qtbot, widget.passphrase, "not my passphrase")
    with qtbot.waitSignal(widget.failed, timeout=10000):
        qtbot.keyClick(widget.passphrase, Qt.Key.Key_Return)
    assert "Wrong passphrase" in widget.message.text() and "failed attempts: 1" in widget.message.text()
    assert widget.passphrase.text() == ""  # never left in the field
    assert not executor.state.unlocked

    type_text(qtbot, widget.passphrase, PASSPHRASE)
    with qtbot.waitSignal(widget.unlocked, timeout=10000) as blocker:
        qtbot.keyClick(widget.passphrase, Qt.Key.Key_Return)
    outcome = blocker.args[0]
    assert outcome.ok and outcome.officer == OFFICER
    assert executor.state.unlocked
    assert widget.message.text() == ""


def test_growing_delay_is_shown_and_enforced(qtbot: Any, executor: StoreExecutor, ws_root: Path) -> None:
    from ui.unlock import UnlockWidget

    widget = UnlockWidget(executor, ws_root)
    qtbot.addWidget(widget)
    widget.show()
    for _ in range(3):
        qtbot.waitUntil(widget.unlock_button.isEnabled, timeout=5000)
        widget.passphrase.setText("wrong wrong wrong")
        with qtbot.waitSignal(widget.failed, timeout=10000):
            widget.try_unlock()
    # The third failure in a row starts a delay: it is counted down and the button waits.
    assert "Wait" in widget.countdown.text() and not widget.unlock_button.isEnabled()
    lockout = json.loads((ws_root / "lockout.json").read_text())
    assert lockout["failures"] == 3
    qtbot.waitUntil(widget.unlock_button.isEnabled, timeout=5000)
    assert "try again" in widget.countdown.text()
    widget.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(widget.unlocked, timeout=10000):
        widget.try_unlock()


def test_damaged_key_file_is_named_not_a_traceback(qtbot: Any, executor: StoreExecutor, ws_root: Path) -> None:
    from ui.unlock import UnlockWidget

    (ws_root / "keys.json").write_text("{not json")
    widget = UnlockWidget(executor, ws_root)
    qtbot.addWidget(widget)
    assert "keys.json" in widget.message.text() and "Traceback" not in widget.message.text()
    assert not widget.unlock_button.isEnabled()
