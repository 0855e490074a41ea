"""Enrolling this laptop with HQ: the address, the single-use code and (optionally) the
certificate fingerprint HQ printed.

Enrolment reaches HQ over the network, so it runs on the I/O executor with
:class:`~ui.background.ExecutorSteps` (its store steps run as operations on the store thread, the
recovery slot sealed inside one of them), like a sync. When no fingerprint was given, the dialog
shows the one HQ presented so that the officer can compare it with HQ's; with one given, a
different certificate stops the enrolment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.background import ExecutorSteps, IoExecutor, io_executor
from ui.errors import show_message
from ui.executor import StoreExecutor
from ui.i18n import fmt, label
from ui.ops import submit
from ui.ops import sync as sync_ops
from ui.sync.errors import describe_sync_error

EXAMPLE_URL = "https://hq.example.org:8443"  # an address, the same in every language


class EnrolDialog(QDialog):
    """Asks for HQ's address, the enrolment code and the fingerprint, then enrols."""

    enrolled = Signal(object)
    """Emitted after the laptop was enrolled; carries what HQ confirmed (a dict with
    ``device_id``, ``user``, ``role``, ``hq``, ``fingerprint``, ``fingerprint_checked``)."""

    failed = Signal(str)
    """Emitted when enrolment failed; carries the message shown to the officer."""

    def __init__(self, executor: StoreExecutor, *, io: IoExecutor | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.executor = executor
        self.io = io or io_executor()
        self._busy = False
        self.setMinimumWidth(560)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.url = QLineEdit(self)
        self.url.setObjectName("hq-url")
        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.code.setMaxLength(40)
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setObjectName("fingerprint")
        self.url_label, self.code_label, self.fp_label = QLabel(self), QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.url_label, self.url)
        form.addRow(self.code_label, self.code)
        form.addRow(self.fp_label, self.fingerprint)
        for lab, field in ((self.url_label, self.url), (self.code_label, self.code),
                           (self.fp_label, self.fingerprint)):
            lab.setBuddy(field)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.enrol_button = QPushButton(self)
        self.enrol_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.buttons.addButton(self.enrol_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.enrol_button.clicked.connect(self.enrol)
        self.cancel_button.clicked.connect(self.reject)
        for field in (self.url, self.code):
            field.textChanged.connect(lambda _t: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._update()

    def _update(self) -> None:
        ready = bool(self.url.text().strip() and self.code.text().strip())
        self.enrol_button.setEnabled(ready and not self._busy)

    def enrol(self) -> None:
        """Enrol with what was typed (in the background)."""
        if self._busy or not self.enrol_button.isEnabled():
            return
        url, code = self.url.text().strip(), self.code.text().strip()
        fingerprint = self.fingerprint.text().strip() or None
        self._busy = True
        self._update()
        self.status.setText(self.tr("Contacting HQ…"))

        def launch(folder: Path) -> None:
            steps = ExecutorSteps(self.executor, folder, self)

            def job() -> dict[str, Any]:
                from sync.engine.enrol import enrol

                return enrol(steps, url=url, code=code, fingerprint=fingerprint).to_json()

            def done(result: dict[str, Any]) -> None:
                steps.deleteLater()
                self._done(result)

            def failed(exc: BaseException) -> None:
                steps.deleteLater()
                self._failed(exc)

            self.io.submit(job, done=done, failed=failed)

        submit(self.executor, sync_ops.workspace_folder(), done=launch, failed=self._failed)

    def _done(self, result: dict[str, Any]) -> None:
        self._busy = False
        self.status.setText("")
        # The status bar and the Sync panel show the enrolment.
        submit(self.executor, sync_ops.after_enrolment(), failed=lambda _e: None)
        role = label("role", str(result.get("role") or ""))
        text = fmt(self.tr("This laptop is enrolled with HQ at %1 as %2 (%3)."), result.get("hq", ""),
                   result.get("user", ""), role)
        if not result.get("fingerprint_checked"):
            text += "\n\n" + fmt(self.tr("HQ's certificate fingerprint is:\n%1\nCheck with HQ that it "
                                         "is theirs before the first sync."), _pretty(str(result.get("fingerprint", ""))))
        self.enrolled.emit(result)
        show_message(self.parentWidget(), self.tr("Enrolled with HQ"), text)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update()
        title, text = describe_sync_error(exc)
        self.status.setText(text)
        self.failed.emit(text)
        show_message(self, title, text, warning=True)

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.setWindowTitle(self.tr("Enrol with HQ"))
        self.intro.setText(self.tr(
            "HQ gives each laptop a single-use enrolment code. Enter HQ's address and the code; "
            "if HQ also gave you the certificate fingerprint, enter it too, so that this laptop "
            "only ever talks to the real HQ."))
        self.url_label.setText(self.tr("HQ &address:"))
        self.url.setPlaceholderText(EXAMPLE_URL)
        self.code_label.setText(self.tr("Enrolment &code:"))
        self.fp_label.setText(self.tr("Certificate &fingerprint:"))
        self.fingerprint.setPlaceholderText(self.tr("Optional: SHA-256, as HQ printed it"))
        self.enrol_button.setText(self.tr("&Enrol"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        """An enrolment under way finishes first (it cannot be taken back half-way)."""
        if self._busy:
            return
        super().reject()


def _pretty(fingerprint: str) -> str:
    from sync.protocol.signing import pretty_fingerprint

    try:
        return pretty_fingerprint(fingerprint)
    except (ValueError, TypeError):
        return fingerprint


__all__ = ["EnrolDialog"]
