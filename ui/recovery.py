"""Offering back the work a crash or a power cut interrupted: autosaved editor drafts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.interchange import full_name, head_of
from ui.editor.sections import when
from ui.i18n import fmt


class RecoveryDialog(QDialog):
    """Lists the drafts an officer left unsaved; restore one, or discard them."""

    restore_requested = Signal(object)
    """Emitted when the officer restores a draft; carries the draft (key, case id, payload)."""

    discard_requested = Signal(object)
    """Emitted when the officer discards the drafts; carries the list of their keys."""

    def __init__(self, drafts: list[dict[str, Any]], parent: QWidget | None = None):
        super().__init__(parent)
        self.drafts = drafts
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.list = QListWidget(self)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self)
        self.discard_button = QPushButton(self)
        self.later_button = QPushButton(self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore)
        self.discard_button.clicked.connect(self.discard)
        self.later_button.clicked.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self.restore())
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 320)
        self.retranslate()
        self.list.setCurrentRow(0)

    def _describe(self, draft: dict[str, Any]) -> str:
        doc = (draft.get("payload") or {}).get("doc") or {}
        name = full_name(head_of(doc)) or full_name((doc.get("members") or [None])[0])
        what = doc.get("case_number") or self.tr("New case")
        parts = [what, name, fmt(self.tr("last typed %1"), when(draft.get("updated_at")))]
        return " · ".join(p for p in parts if p)

    def restore(self) -> None:
        """Open the selected draft in the editor."""
        row = max(0, self.list.currentRow())
        if self.drafts:
            self.restore_requested.emit(self.drafts[row])
        self.accept()

    def discard(self) -> None:
        """Drop every draft listed."""
        self.discard_requested.emit([d["key"] for d in self.drafts])
        self.accept()

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.setWindowTitle(self.tr("Recovered work"))
        self.info.setText(self.tr(
            "FieldApp was closed while you were typing. Your unsaved work was kept, encrypted. "
            "Restore it to continue where you stopped."))
        self.restore_button.setText(self.tr("&Restore"))
        self.discard_button.setText(self.tr("&Discard"))
        self.later_button.setText(self.tr("&Later"))
        row = self.list.currentRow()
        self.list.clear()
        for draft in self.drafts:
            self.list.addItem(QListWidgetItem(self._describe(draft)))
        self.list.setCurrentRow(max(0, row))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
