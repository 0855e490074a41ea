"""The unlock screen: which officer, their passphrase, and the growing delay after mistakes.

The list of officers comes from the key file, which can be read without unlocking (a shared
laptop has one key slot per officer). The passphrase goes to the store thread, where Argon2id
takes about half a second; the screen stays responsive meanwhile. After repeated wrong
passphrases the store imposes a growing delay; the screen counts it down.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.reference import UI_LANGUAGES
from ui.errors import describe
from ui.executor import StoreExecutor
from ui.i18n import current_language, fmt, native_name
from ui.icons import icon
from ui.ops import setup as setup_ops
from ui.ops import submit
from ui.ops.setup import UnlockOutcome
from ui.widgets import ERROR_STYLE


class UnlockWidget(QWidget):
    """Officer choice, passphrase field and feedback; emits :attr:`unlocked` on success."""

    unlocked = Signal(object)
    """Emitted when a passphrase opened the workspace; carries the :class:`UnlockOutcome`."""

    failed = Signal(str)
    """Emitted after a wrong passphrase or an unusable workspace; carries the message shown."""

    language_requested = Signal(str)
    """Emitted when the officer picks another UI language on this screen; carries its code."""

    def __init__(self, executor: StoreExecutor, root: Path, *, preferred_slot: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.executor = executor
        self.root = Path(root)
        self._slots: list[tuple[str, str]] = []  # (slot id, officer name)
        self._failures = 0
        self._wait_until = 0.0
        self._busy = False
        self._message_source: Callable[[], str] | None = None

        self.logo = QLabel(self)
        self.logo.setPixmap(icon("fieldapp").pixmap(64, 64))
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        self.folder = QLabel(str(self.root), self)
        self.folder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.folder.setStyleSheet("color: #5f6368;")
        self.folder.setWordWrap(True)

        self.officer = QComboBox(self)
        self.officer.setMinimumContentsLength(20)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(icon("lock"), "", self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.countdown = QLabel(self)
        self.countdown.setWordWrap(True)
        self.language = QComboBox(self)
        for lang in UI_LANGUAGES:
            self.language.addItem(icon("language"), native_name(lang), lang)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_requested.emit(str(self.language.currentData())))

        self.form = QFormLayout()
        self.officer_label = QLabel(self)
        self.passphrase_label = QLabel(self)
        self.officer_label.setBuddy(self.officer)
        self.passphrase_label.setBuddy(self.passphrase)
        self.form.addRow(self.officer_label, self.officer)
        self.form.addRow(self.passphrase_label, self.passphrase)

        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
        card.setMinimumWidth(440)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(self.logo)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addWidget(self.folder)
        inner.addSpacing(8)
        inner.addLayout(self.form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner.addLayout(buttons)
        inner.addWidget(self.message)
        inner.addWidget(self.countdown)

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.language)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update_countdown)

        self.retranslate()
        self.reload_officers(preferred_slot)
        self.setFocusProxy(self.passphrase)
        # How long the next try must wait is read on the store thread, after the first paint.
        QTimer.singleShot(0, self._ask_wait)

    # --- officers ---------------------------------------------------------------------------
    def reload_officers(self, preferred_slot: str | None = None) -> None:
        """Read the officers who hold a key slot from the key file (no unlocking needed)."""
        from fieldapp.domain.errors import UserError
        from fieldapp.security.keyfile import KeyFile

        self.officer.clear()
        try:
            keyfile = KeyFile.load(self.root / "keys.json")
        except UserError as exc:
            self._slots = []
            error = exc
            self._show_message(lambda: describe(error)[1])
            self.unlock_button.setEnabled(False)
            return
        self._slots = [(s.id, s.officer) for s in keyfile.slots]
        for slot_id, name in self._slots:
            self.officer.addItem(name, slot_id)
        self.select_slot(preferred_slot)

    def select_slot(self, slot_id: str | None) -> None:
        """Preselect the officer of key slot ``slot_id`` (ignored when unknown)."""
        idx = self.officer.findData(slot_id) if slot_id else -1
        if idx >= 0:
            self.officer.setCurrentIndex(idx)

    def officer_name(self) -> str | None:
        """The officer chosen, as written in the key file."""
        return self.officer.currentText() or None

    # --- unlocking ----------------------------------------------------------------------------
    def try_unlock(self) -> None:
        """Send the passphrase to the store thread (unless a wait is still running)."""
        if self._busy or not self._slots:
            return
        if time.monotonic() < self._wait_until:
            self._update_countdown()
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_message(lambda: self.tr("Type your passphrase."))
            return
        self.passphrase.clear()
        self._set_busy(True)
        self._show_message(None)
        submit(self.executor, setup_ops.unlock(root=self.root, passphrase=passphrase,
                                               officer=self.officer_name()),
               done=self._done, failed=self._failed)
        del passphrase

    def _done(self, outcome: UnlockOutcome) -> None:
        self._set_busy(False)
        if outcome.ok:
            self._failures = 0
            self._show_message(None)
            self.countdown.clear()
            self.unlocked.emit(outcome)
            return
        self._failures = outcome.failures
        if outcome.blocked:
            self._show_message(lambda: self.tr("Too many wrong passphrases in a row."))
        else:
            self._show_message(lambda: fmt(self.tr(
                "Wrong passphrase (failed attempts: %1). Check the keyboard layout and Caps Lock, "
                "then try again."), self._failures))
        self._start_wait(outcome.wait_s)
        self.passphrase.setFocus()
        self.failed.emit(self.message.text())

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_message(lambda: describe(exc)[1])
        self.failed.emit(self.message.text())

    def _ask_wait(self) -> None:
        if self._slots:
            submit(self.executor, setup_ops.lockout_wait(root=self.root), done=self._start_wait,
                   failed=lambda _e: None)

    def _start_wait(self, seconds: float) -> None:
        if seconds <= 0:
            self._wait_until = 0.0
            self.countdown.clear()
            return
        self._wait_until = time.monotonic() + seconds
        self._update_countdown()
        self._tick.start()

    def _update_countdown(self) -> None:
        left = self._wait_until - time.monotonic()
        if left <= 0:
            self._tick.stop()
            self.countdown.setText(self.tr("You can try again now."))
            self.unlock_button.setEnabled(not self._busy)
            return
        self.unlock_button.setEnabled(False)
        self.countdown.setText(fmt(self.tr("Wait %1 s before the next try."), max(1, math.ceil(left))))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.unlock_button.setEnabled(not busy and time.monotonic() >= self._wait_until)
        self.passphrase.setEnabled(not busy)
        self.officer.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))

    def _show_message(self, source: Callable[[], str] | None) -> None:
        # Kept as a function so the message is reworded when the language changes.
        self._message_source = source
        self.message.setText(source() if source else "")

    # --- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.title.setText(self.tr("FieldApp"))
        self.subtitle.setText(self.tr("The workspace is locked. Choose your name and type your passphrase."))
        self.officer_label.setText(self.tr("&Officer:"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setPlaceholderText(self.tr("Your passphrase"))
        self.unlock_button.setText(self.tr("Unlocking…") if self._busy else self.tr("Unlock"))
        self.language.setToolTip(self.tr("Language"))
        self.folder.setToolTip(self.tr("Workspace folder"))
        self.message.setText(self._message_source() if self._message_source else "")
        idx = self.language.findData(current_language())
        if idx >= 0 and idx != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(idx)
            self.language.blockSignals(False)
        if self._tick.isActive():
            self._update_countdown()

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

