"""The main window's comforts: About box, hooks for Forms and Sync, error dialogs, settings."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from tests.ui.conftest import ModalHandler
from ui import extensions


def _close_modal_later(found: list[str]) -> ModalHandler:
    def close(modal: Any) -> None:
        if isinstance(modal, QMessageBox):
            found.append(modal.windowTitle() + "\n" + modal.text())
        else:
            found.append(modal.windowTitle())
        modal.close()
    return ModalHandler(close)


def test_about_box_lists_versions(qtbot: Any, main_window: Any) -> None:
    from ui.about import AboutDialog, versions

    dialog = AboutDialog(main_window)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert names[:4] == ["FieldApp", "Python", "Qt", "PySide6"]
    assert all(v for _, v in versions())
    assert dialog.title.text().startswith("FieldApp 0.")


def test_forms_and_sync_hooks(qtbot: Any, main_window: Any) -> None:
    from ui.forms import forms_dialog
    from ui.sync import sync_panel

    window = main_window
    forms, sync = window.actions_by_key["forms"], window.actions_by_key["sync"]
    # The app's own Forms dialog and Sync panel are registered by default.
    assert extensions.forms_dialog_factory() is forms_dialog
    assert extensions.sync_panel_factory() is sync_panel
    assert forms.isEnabled() and sync.isEnabled()
    extensions.register_forms_dialog(None)
    extensions.register_sync_panel(None)
    window._update_actions()
    assert not forms.isEnabled() and not sync.isEnabled()  # nothing registered
    seen: dict[str, Any] = {}

    def forms_factory(ctx: extensions.ExtensionContext) -> QDialog:
        seen["forms"] = (ctx.current_case_id(), ctx.officer(), ctx.language())
        return QDialog()

    def sync_factory(ctx: extensions.ExtensionContext) -> QWidget:
        seen["sync"] = ctx.executor
        return QLabel("sync panel")

    extensions.register_forms_dialog(forms_factory)
    extensions.register_sync_panel(sync_factory)
    try:
        window._update_actions()
        assert forms.isEnabled() and sync.isEnabled()
        window.case_list.view.setCurrentIndex(window.case_list.proxy.index(0, 0))
        forms.trigger()
        assert seen["forms"][0] == window.case_list.model.case_id(0)
        assert seen["forms"][1:] == ("Arta Krasniqi", "en")
        sync.trigger()
        assert seen["sync"] is window.executor
        assert window.sync_dock is not None and window.sync_dock.isVisible()
    finally:
        extensions.register_forms_dialog(forms_dialog)
        extensions.register_sync_panel(sync_panel)


def test_errors_are_dialogs_that_say_what_to_do(qtbot: Any, main_window: Any, caplog: Any) -> None:
    window = main_window
    found: list[str] = []
    handler = _close_modal_later(found)
    with caplog.at_level(logging.ERROR, logger="ui"):
        with qtbot.waitSignal(window.executor.idle, timeout=5000):
            window.executor.submit(lambda _st: {}["Đorđe Petrović"])
        qtbot.waitUntil(lambda: bool(found), timeout=5000)
    handler.stop()
    text = found[0]
    assert "Something went wrong" in text and "KeyError" in text and "restart FieldApp" in text
    assert "Traceback" not in text and "Petrović" not in text
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "KeyError" in logged and "Petrović" not in logged

    # A mistake the person can fix says what to do, in their language (the catalogue's words).
    from fieldapp.domain.errors import UserError
    from ui.errors import describe

    title, message = describe(UserError("cases.changed_meanwhile", case_number="20-2026-AAAA-0001", revision=3,
                                        base_rev=2))
    assert "reopen it and redo the change" in message and title == "This cannot be done"


def test_auto_lock_delay_is_a_setting_without_names(qtbot: Any, main_window: Any, ws_root: Path) -> None:
    from ui.settings import UiSettings

    window = main_window
    assert window.idle.interval_ms == 10 * 60_000  # the default
    window.set_autolock_minutes(3)
    assert window.idle.interval_ms == 3 * 60_000
    window.close()
    settings = UiSettings(ws_root)
    assert settings.autolock_minutes == 3
    assert settings.last_slot == window.session.slot_id
    ini = (ws_root / "ui.ini").read_text(encoding="utf-8")
    assert "Arta" not in ini and "Krasniqi" not in ini
    assert settings.layout("main/geometry") is not None


def test_the_sync_panel_is_not_shown_on_the_lock_screen(qtbot: Any, main_window: Any) -> None:
    from tests.ui.conftest import PASSPHRASE

    window = main_window
    window.show_sync_panel()
    panel = window.sync_panel()
    qtbot.waitUntil(lambda: panel.status is not None, timeout=10000)
    assert window.sync_dock.isVisible() and not panel.status.enrolled
    with qtbot.waitSignal(window.locked, timeout=5000):
        window.lock()
    assert not window.sync_dock.isVisible()
    window.lock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10000):
        window.lock_page.try_unlock()
    assert window.sync_dock.isVisible()
    with qtbot.waitSignal(panel.status_shown, timeout=10000):
        pass
