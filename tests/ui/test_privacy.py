"""Nothing the app writes outside the encrypted database names a person."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from tests.ui.conftest import OFFICER, PASSPHRASE, ModalHandler, type_text

NAMES = ("Xhevahirë", "Ђурђијана", "Qëndresa", "Bogdanović")


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def test_no_file_written_by_the_app_holds_a_name(qtbot: Any, qapp: Any, ws_root: Path) -> None:
    from ui.app import DesktopApp

    desktop = DesktopApp(qapp, ws_root, "sq")
    desktop.start()
    window = desktop.unlock_window
    assert window is not None
    qtbot.addWidget(window)
    type_text(qtbot, window.unlock.passphrase, PASSPHRASE)
    window.unlock.try_unlock()
    qtbot.waitUntil(lambda: desktop.main is not None and desktop.main.session is not None, timeout=10000)
    main = desktop.main
    qtbot.addWidget(main)
    editor = main.editor

    with qtbot.waitSignal(editor.loaded, timeout=5000):
        main.new_case()
    editor.tabs.setCurrentIndex(1)
    editor.household.add_member()
    form = editor.household.form
    type_text(qtbot, form.given_name, NAMES[0])
    type_text(qtbot, form.family_name, NAMES[1])
    form.sex.set_code("F")
    form.sex.code_changed.emit("F")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    # An unsaved draft with other names, autosaved (encrypted).
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        main.new_case()
    editor.household.add_member()
    type_text(qtbot, form.given_name, NAMES[2])
    type_text(qtbot, form.family_name, NAMES[3])
    with qtbot.waitSignal(editor.autosaved, timeout=10000):
        editor.autosave_now()
    # A search typed with a name, a lock and an unlock.
    main.focus_search()
    type_text(qtbot, main.case_list.search, NAMES[0])
    with qtbot.waitSignal(main.locked, timeout=5000):
        main.lock()
    main.lock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(main.unlocked, timeout=10000):
        main.lock_page.try_unlock()

    # An internal error whose message quotes a name: shown as a dialog, logged without it.
    handler = ModalHandler(lambda modal: modal.close())
    with qtbot.waitSignal(main.executor.idle, timeout=10000):
        main.executor.submit(lambda _st: (_ for _ in ()).throw(RuntimeError(f"bad {NAMES[0]}")))
    qtbot.waitUntil(lambda: bool(handler.seen), timeout=5000)

    default_settings = QSettings("FieldApp", "FieldApp").fileName()
    main.close()
    desktop.shutdown()

    assert Path(default_settings).is_relative_to(ws_root)  # Qt's own settings stay in the workspace
    written = [p for p in ws_root.rglob("*") if p.is_file()]
    names = {p.name for p in written}
    assert "ui.ini" in names and "fieldapp.log" in names
    log_text = (ws_root / "logs" / "fieldapp.log").read_text(encoding="utf-8")
    assert "RuntimeError" in log_text
    for path in written:
        data = path.read_bytes()
        for name in NAMES:
            for encoded in _encodings(name):
                assert encoded not in data, f"{name} found in {path.relative_to(ws_root)}"
        if path.name != "keys.json":  # the key file is the login list: it names the officers
            for encoded in _encodings(OFFICER):
                assert encoded not in data, f"the officer's name found in {path.relative_to(ws_root)}"
