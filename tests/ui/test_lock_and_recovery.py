"""Auto-lock returns the officer to exactly where they were; autosave survives a killed process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import ROOT
from tests.ui.conftest import OFFICER, PASSPHRASE, type_text


def test_auto_lock_then_unlock_restores_unsaved_typing(qtbot: Any, main_window: Any) -> None:
    window, editor = main_window, main_window.editor
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        window.new_case()
    place = editor.interview.widget("interview.place")
    type_text(qtbot, place, "Mamushë, near the mosq")  # still typing: not saved, not committed
    place.setCursorPosition(9)
    assert window.stack.currentWidget() is editor

    window.idle.set_interval_ms(300)
    window.idle.start()
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass
    assert window.executor.wait_idle(5000)
    assert not window.executor.state.unlocked  # the data key left memory
    assert window.stack.currentWidget() is window.lock_page
    assert not editor.isVisible() and not window.case_list.isVisible()  # the window is blank
    assert not window.actions_by_key["new_case"].isEnabled()
    assert window.lock_page.officer.currentText() == OFFICER

    type_text(qtbot, window.lock_page.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10000):
        qtbot.keyClick(window.lock_page.passphrase, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is editor and editor.isVisible()
    assert place.text() == "Mamushë, near the mosq" and place.cursorPosition() == 9
    assert QApplication.focusWidget() is place
    assert editor.is_dirty() and editor.case_id is None
    # Typing goes on where it stopped.
    place.end(False)
    type_text(qtbot, place, "ue")
    assert place.text() == "Mamushë, near the mosque"


def test_another_officer_unlocking_does_not_see_the_previous_screen(qtbot: Any, main_window: Any,
                                                                   ws_root: Path) -> None:
    window, editor = main_window, main_window.editor

    def add_officer(st: Any) -> None:
        st.workspace.add_officer("Milica Jovanović", "another long passphrase")

    with qtbot.waitSignal(window.executor.idle, timeout=10000):
        window.executor.submit(add_officer)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        window.new_case()
    type_text(qtbot, editor.interview.widget("interview.place"), "Zveçan")
    with qtbot.waitSignal(window.locked, timeout=5000):
        window.lock()
    page = window.lock_page
    page.officer.setCurrentIndex(page.officer.findText("Milica Jovanović"))
    page.passphrase.setText("another long passphrase")
    with qtbot.waitSignal(window.unlocked, timeout=10000):
        page.try_unlock()
    assert window.session.officer == "Milica Jovanović"
    assert not editor.has_case() and window.stack.currentWidget() is window.case_list


CHILD = textwrap.dedent('''
    import os, sys
    sys.path.insert(0, {root!r})
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from ui.executor import StoreExecutor
    from ui.main_window import MainWindow
    from ui.settings import UiSettings
    from ui.ops import setup as setup_ops
    from ui.ops import submit

    root = Path({ws!r})
    ex = StoreExecutor()
    got = {{}}
    submit(ex, setup_ops.unlock(root=root, passphrase={pw!r}, officer=None), done=lambda o: got.setdefault("o", o))
    ex.wait_idle(20000)
    o = got["o"]
    w = MainWindow(ex, root, UiSettings(root))
    w.show()
    w.start_session(o.officer, o.slot_id, o.role)
    ex.wait_idle(10000)
    w.new_case()
    saves = []
    w.editor.autosaved.connect(saves.append)

    def typed(widget, text):
        widget.setFocus()
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))

    def wait_for_save(n, timeout=15):
        # Wait on the editor's own signal (or the timeout), not on a clock.
        loop = QEventLoop()

        def seen(*_):
            if len(saves) >= n:
                loop.quit()

        w.editor.autosaved.connect(seen)
        QTimer.singleShot(int(timeout * 1000), loop.quit)
        if len(saves) < n:
            loop.exec()
        w.editor.autosaved.disconnect(seen)
        assert len(saves) >= n, "no autosave"

    w.editor.tabs.setCurrentIndex(1)
    w.editor.household.add_member()
    wait_for_save(1)
    form = w.editor.household.form
    typed(form.given_name, "Љиљана")
    form.family_name.setFocus()  # leaving the field completes it: autosaved at once
    wait_for_save(2)
    print("COMMITTED", flush=True)
    typed(form.family_name, "Ђукић")  # still in the field: the periodic autosave takes it
    wait_for_save(3)
    print("PERIODIC", flush=True)
    app.exec()  # keeps running until the test kills the process
''')


def test_autosave_survives_a_killed_process(qtbot: Any, executor: Any, ws_root: Path, tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(root=str(ROOT), ws=str(ws_root), pw=PASSPHRASE))
    env = dict(os.environ, FIELDAPP_KDF_TARGET_MS="1", QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stdout.readline() if proc.stdout else ""
            if not line:
                break
            lines.append(line.strip())
            if line.strip() == "PERIODIC":
                break
        assert lines[-2:] == ["COMMITTED", "PERIODIC"], (lines, proc.stderr.read() if proc.poll() is not None and proc.stderr else "")
    finally:
        os.kill(proc.pid, signal.SIGKILL)  # no chance to save anything more
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL

    from tests.ui.conftest import unlock
    from ui.main_window import MainWindow
    from ui.settings import UiSettings

    outcome = unlock(qtbot, executor, ws_root)
    window = MainWindow(executor, ws_root, UiSettings(ws_root))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.drafts_found, timeout=10000) as found:
        window.start_session(outcome.officer, outcome.slot_id, outcome.role)
    assert found.args[0] == 1
    dialog = window.recovery_dialog
    assert dialog is not None and dialog.isVisible() and "Љиљана Ђукић" in dialog.list.item(0).text()
    with qtbot.waitSignal(window.editor.loaded, timeout=5000):
        dialog.restore_button.click()
    form = window.editor.household.form
    assert (form.given_name.text(), form.family_name.text()) == ("Љиљана", "Ђукић")
    assert window.editor.tabs.currentIndex() == 1 and window.editor.is_dirty()
    # Saving the recovered case drops the draft in the same transaction.
    form.sex.set_code("F")
    form.sex.code_changed.emit("F")
    with qtbot.waitSignal(window.editor.saved, timeout=10000):
        window.editor.save()

    def drafts(st: Any) -> int:
        from fieldapp.store.drafts import list_drafts

        with st.workspace.read() as s:
            return len(list_drafts(s, OFFICER))

    got: list[int] = []
    executor.submit(drafts, done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [0]
    window.idle.stop()
