"""Starting the desktop app: ``fieldapp`` with no subcommand calls :func:`run`.

The first screen appears as fast as possible: the unlock window needs only the key file (the
list of officers), so it is painted before anything heavy is built; the main window is built
right after, while the officer types the passphrase. On a laptop without a workspace the
first-run wizard appears instead.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from ui.errors import install_excepthook
from ui.executor import StoreExecutor
from ui.i18n import Translations, normalise_language
from ui.icons import icon
from ui.settings import UiSettings, redirect_qt_settings
from ui.unlock import UnlockOutcome, UnlockWidget

log = logging.getLogger("ui.app")

# For the start-up benchmark: print when the first window is painted, then quit.
EXIT_AFTER_FIRST_PAINT = "FIELDAPP_EXIT_AFTER_FIRST_PAINT"

STYLE = """
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"] {
    border: 1px solid #b3261e;
}
"""


class UnlockWindow(QWidget):
    """The window shown at start on a laptop that has a workspace."""

    first_painted = Signal()
    """Emitted once, when the window has been painted for the first time."""

    def __init__(self, executor: StoreExecutor, root: Path, preferred_slot: str | None):
        super().__init__()
        self.setWindowIcon(icon("fieldapp"))
        self.unlock = UnlockWidget(executor, root, preferred_slot=preferred_slot, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.unlock)
        self.setFocusProxy(self.unlock)
        self.resize(760, 560)
        self._painted = False
        self.retranslate()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Report the first paint (start-up time is measured to it)."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def retranslate(self) -> None:
        """Set the title in the current UI language."""
        self.setWindowTitle(self.tr("FieldApp — unlock"))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DesktopApp(QObject):
    """Owns the executor, the translations and the windows of one run of the app."""

    def __init__(self, app: QApplication, root: Path, lang: str | None = None):
        super().__init__(app)
        self.app = app
        self.root = Path(root).expanduser()
        redirect_qt_settings(self.root)
        self.settings = UiSettings(self.root)
        self.translations = Translations(self)
        self.translations.set_language(
            normalise_language(lang or self.settings.language or os.environ.get("FIELDAPP_LANG")))
        self.executor = StoreExecutor(parent=self)
        self.unlock_window: UnlockWindow | None = None
        self.wizard: QWidget | None = None
        self.main: QWidget | None = None
        self._logging()

    def _logging(self) -> None:
        if (self.root / "keys.json").exists():
            from fieldapp.logs import setup_file_logging

            setup_file_logging(self.root / "logs")

    # --- start ------------------------------------------------------------------------------------
    def start(self) -> None:
        """Show the unlock window, or the first-run wizard when there is no workspace yet."""
        if (self.root / "keys.json").exists():
            self.show_unlock()
        else:
            self.show_wizard()

    def show_unlock(self) -> None:
        """The unlock window; the main window is built behind it once it is painted."""
        window = UnlockWindow(self.executor, self.root, self.settings.last_slot)
        window.unlock.unlocked.connect(self._unlocked)
        window.unlock.language_requested.connect(self.set_language)
        window.first_painted.connect(self._first_paint)
        self.unlock_window = window
        window.show()
        window.unlock.passphrase.setFocus()

    def _first_paint(self) -> None:
        if os.environ.get(EXIT_AFTER_FIRST_PAINT):
            print(f"first-paint {time.time():.6f}", flush=True)
            # The title shows which language the window came up in (install checks read it);
            # it never names a person.
            if self.unlock_window is not None:
                print(f"first-window {self.unlock_window.windowTitle()}", flush=True)
            QTimer.singleShot(0, self.app.quit)
            return
        QTimer.singleShot(30, self.build_main)

    def show_wizard(self) -> None:
        """The first-run wizard."""
        from ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.executor, self.root)
        wizard.language_requested.connect(self.set_language)
        wizard.created.connect(self._created)
        wizard.rejected.connect(self.app.quit)
        self.wizard = wizard
        wizard.show()

    def build_main(self) -> QWidget:
        """The main window (built once, hidden until a session starts)."""
        if self.main is None:
            from ui.main_window import MainWindow

            main = MainWindow(self.executor, self.root, self.settings, self.translations)
            main.language_requested.connect(self.set_language)
            self.main = main
        return self.main

    def _unlocked(self, outcome: UnlockOutcome) -> None:
        from ui.main_window import MainWindow

        main = self.build_main()
        assert isinstance(main, MainWindow)
        main.start_session(outcome.officer, outcome.slot_id, outcome.role)
        main.show()
        if self.unlock_window is not None:
            self.unlock_window.close()
            self.unlock_window.deleteLater()
            self.unlock_window = None

    def _created(self, created: object) -> None:
        from ui.main_window import MainWindow
        from ui.ops.setup import CreatedWorkspace

        assert isinstance(created, CreatedWorkspace)
        self._logging()
        self.settings.language = created.language
        log.info("workspace created")
        main = self.build_main()
        assert isinstance(main, MainWindow)
        main.start_session(created.officer, created.slot_id, created.role)
        main.show()
        if self.wizard is not None:
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None

    def set_language(self, lang: str) -> None:
        """Show the UI in ``lang`` now and at the next start."""
        used = self.translations.set_language(lang)
        self.settings.language = used

    def shutdown(self) -> None:
        """Lock the workspace and stop the store thread."""
        self.executor.shutdown()


def configure_application() -> QApplication:
    """The QApplication with FieldApp's name, icon, style and thread settings."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("FieldApp")
    app.setOrganizationName("FieldApp")
    app.setWindowIcon(icon("fieldapp"))
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)
    # The store thread runs Python too: a short switch interval hands the GIL back to the GUI
    # thread quickly, so the window keeps repainting during an import.
    sys.setswitchinterval(0.001)
    return app


def run(args: argparse.Namespace | None = None) -> int:
    """Open the desktop app; returns the exit code."""
    from fieldapp.store.workspace import default_root

    workspace = getattr(args, "workspace", None)
    lang = getattr(args, "lang", None)
    app = configure_application()
    install_excepthook()
    desktop = DesktopApp(app, Path(workspace) if workspace else default_root(), lang)
    desktop.start()
    try:
        return int(app.exec())
    finally:
        desktop.shutdown()
