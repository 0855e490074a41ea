"""Fixtures for the desktop app tests: real widgets offscreen, a real store thread, workspaces
copied from one template (key derivation and migrations run once per session)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, ROOT, sample_case

OFFICER = "Arta Krasniqi"


def build_translations() -> None:
    """Compile the ``.ts`` sources to ``.qm`` (as ``make translations`` does) when stale."""
    lrelease = Path(os.sys.executable).parent / "pyside6-lrelease"
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A desktop test that hangs (a dialog nobody answers) fails after two minutes, not ten."""
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/") and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(120))


@pytest.fixture(scope="session", autouse=True)
def _translations_built() -> None:
    build_translations()


@pytest.fixture(autouse=True)
def _english_after_test(qapp: Any) -> Iterator[None]:
    """Every test starts and ends in English."""
    from ui.i18n import Translations

    translations = Translations()
    translations.set_language("en")
    yield
    translations.set_language("en")


@pytest.fixture(scope="session")
def template_ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with three sample cases, created once and copied by :func:`ws_root`."""
    from fieldapp.store import cases
    from fieldapp.store.workspace import Workspace

    root = tmp_path_factory.mktemp("template") / "ws"
    ws = Workspace.create(root, officer=OFFICER, municipality="20", passphrase=PASSPHRASE)
    with ws.write() as ctx:
        cases.create_case(ctx, sample_case())
        other = sample_case(municipality="19", settlement="Prishtinë")
        other["members"] = [{"given_name": "Arben", "family_name": "Krasniqi", "sex": "M",
                             "relationship": "head", "date_of_birth": "1975"}]
        other["consent"] = {"processing": True, "recorded_on": "2026-11-20"}
        cases.create_case(ctx, other)
        third = sample_case(case_type="repatriated", status=None)
        third["members"] = [{"given_name": "Drita", "family_name": "Gashi", "sex": "F",
                             "relationship": "head"}]
        cases.create_case(ctx, third)
    ws.close()
    return root


@pytest.fixture
def ws_root(template_ws: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template workspace."""
    root = tmp_path / "ws"
    shutil.copytree(template_ws, root)
    return root


@pytest.fixture
def executor(qapp: Any) -> Iterator[Any]:
    """The real store executor (its own thread)."""
    from ui.executor import StoreExecutor

    ex = StoreExecutor()
    yield ex
    ex.shutdown()


def unlock(qtbot: Any, executor: Any, root: Path, passphrase: str = PASSPHRASE, *,
           officer: str = OFFICER) -> Any:
    """Open the workspace on the store thread as ``officer`` (as the unlock screen does);
    returns the outcome."""
    from ui.ops import setup as setup_ops
    from ui.ops import submit

    result: dict[str, Any] = {}
    submit(executor, setup_ops.unlock(root=root, passphrase=passphrase, officer=officer),
           done=lambda o: result.setdefault("o", o))
    qtbot.waitUntil(lambda: "o" in result, timeout=15000)
    assert result["o"].ok
    return result["o"]


@pytest.fixture
def main_window(qtbot: Any, executor: Any, ws_root: Path) -> Iterator[Any]:
    """The main window, unlocked as the template's officer, showing the case list."""
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.settings import UiSettings

    outcome = unlock(qtbot, executor, ws_root)
    translations = Translations()
    window = MainWindow(executor, ws_root, UiSettings(ws_root), translations)
    window.language_requested.connect(translations.set_language)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.case_list.model.query_shown, timeout=10000):
        window.start_session(outcome.officer, outcome.slot_id, outcome.role)
    yield window
    window.idle.stop()
    if window.recovery_dialog is not None:
        window.recovery_dialog.close()
    executor.wait_idle(5000)


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type ``text`` into ``widget`` as key presses carrying the characters (any script).

    ``qtbot.keyClicks`` cannot send letters outside Latin-1, so each character goes as a
    ``QKeyEvent`` with its text, as a keyboard with that layout would send it.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
    QApplication.processEvents()  # what the typing posted (text changes, timers due) runs now


def press(widget: Any, key: Any, modifiers: Any = None) -> None:
    """Press and release one key on ``widget``."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    mods = modifiers if modifiers is not None else Qt.KeyboardModifier.NoModifier
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, mods))


class ModalHandler:
    """Answers the next modal dialog whenever it appears (a one-shot timer may fire too early on a
    busy machine and leave the dialog blocking the test)."""

    def __init__(self, answer: Any):
        from PySide6.QtCore import QTimer

        self.answer = answer
        self.seen: list[Any] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        from PySide6.QtWidgets import QApplication

        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            self.timer.stop()
            self.seen.append(modal)
            self.answer(modal)

    def stop(self) -> None:
        """Stop watching."""
        self.timer.stop()


__all__ = ["OFFICER", "PASSPHRASE", "ModalHandler", "press", "type_text", "unlock"]
