"""Small widgets shared by the screens: code-list combo boxes, date fields, fields with an
inline problem line, and the passphrase strength meter."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QRegularExpression, QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.reference import shipped
from fieldapp.text.folding import fold
from ui.i18n import label, municipality_label

ERROR_STYLE = "color: #b3261e;"
INVALID_PROPERTY = "invalid"


class CodeCombo(QComboBox):
    """A combo box over a code list, showing labels in the UI language, with type-ahead.

    The value is a code (or None). Editable combos complete on any part of a label,
    case-insensitively; typing text that is no label leaves the value None and :meth:`is_valid`
    False, so the form can say "pick a value from the list".
    """

    code_changed = Signal(object)
    """Emitted when the selected code changes; carries the code, or None when nothing valid
    is selected."""

    def __init__(self, list_name: str | None = None, *, codes: Sequence[str] | None = None,
                 labeller: Callable[[str], str] | None = None, empty_text: Callable[[], str] | None = None,
                 editable: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self._list_name = list_name
        if list_name == "municipality":
            self._labeller: Callable[[str], str] = municipality_label
            all_codes: Sequence[str] = tuple(shipped().municipalities)
        else:
            self._labeller = labeller or (lambda code: label(list_name or "", code))
            all_codes = codes if codes is not None else (shipped().codes(list_name) if list_name else ())
        self._empty_text = empty_text
        self._last: str | None = None
        self.setEditable(editable)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.addItem(empty_text() if empty_text else "", None)
        for code in all_codes:
            self.addItem(self._labeller(code), code)
        if editable:
            completer = QCompleter(self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self._completion_model = QStringListModel(self)
            completer.setModel(self._completion_model)
            self.setCompleter(completer)
            self._refresh_completions()
            self.editTextChanged.connect(self._emit_if_changed)
        self.currentIndexChanged.connect(self._emit_if_changed)

    # --- value ------------------------------------------------------------------------------
    def _index_of_text(self, text: str) -> int:
        if not text.strip():
            return 0
        key = fold(text)
        for i in range(1, self.count()):
            if fold(self.itemText(i)) == key:
                return i
        return -1

    def code(self) -> str | None:
        """The selected code, or None."""
        if self.isEditable():
            idx = self._index_of_text(self.currentText())
            return self.itemData(idx) if idx > 0 else None
        data = self.currentData()
        return str(data) if data is not None else None

    def is_valid(self) -> bool:
        """Whether the text shown is empty or one of the labels."""
        return not self.isEditable() or self._index_of_text(self.currentText()) >= 0

    def set_code(self, code: str | None) -> None:
        """Select ``code`` (None or an unknown code selects the empty entry)."""
        idx = self.findData(code) if code is not None else 0
        if idx < 0:
            # An office may have added a code this laptop does not know yet: keep it visible.
            self.addItem(code or "", code)
            idx = self.count() - 1
        with QSignalBlocker(self):
            self.setCurrentIndex(idx)
            if self.isEditable():
                self.setEditText(self.itemText(idx))
        self._last = self.code()

    def _emit_if_changed(self, *_args: object) -> None:
        value = self.code()
        if value != self._last:
            self._last = value
            self.code_changed.emit(value)

    # --- language ---------------------------------------------------------------------------
    def relabel(self) -> None:
        """Show every label in the current UI language, keeping the selection."""
        current = self.code()
        with QSignalBlocker(self):
            if self._empty_text is not None:
                self.setItemText(0, self._empty_text())
            for i in range(1, self.count()):
                self.setItemText(i, self._labeller(str(self.itemData(i))))
            if self.isEditable():
                idx = self.findData(current) if current is not None else 0
                self.setCurrentIndex(max(idx, 0))
                self.setEditText(self.itemText(max(idx, 0)))
        if self.isEditable():
            self._refresh_completions()

    def _refresh_completions(self) -> None:
        self._completion_model.setStringList([self.itemText(i) for i in range(1, self.count())])

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.relabel()
        super().changeEvent(event)


class DateField(QLineEdit):
    """A date typed as digits: ``YYYY-MM-DD``, or with ``partial`` also ``YYYY`` or ``YYYY-MM``
    (birth dates are often known by year only)."""

    def __init__(self, *, partial: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.partial = partial
        # Only digits and dashes in the date's shape can be typed; whether the date exists is
        # checked by the case validation and shown inline.
        pattern = r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$"
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        self.setMaxLength(10)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def value(self) -> str | None:
        """The text typed, or None when empty."""
        text = self.text().strip()
        return text or None

    def set_value(self, value: str | None) -> None:
        """Show ``value``."""
        self.setText(value or "")


class FieldBox(QWidget):
    """A form field with a line under it that shows its problem, if any, in red."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def set_problem(self, text: str | None) -> None:
        """Show ``text`` under the field (None hides it)."""
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
        self.editor.setProperty(INVALID_PROPERTY, bool(text))
        self.editor.setToolTip(text or "")
        # Re-polish so the style sheet's [invalid="true"] rule applies at once.
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)


def passphrase_strength(passphrase: str) -> int:
    """A rough strength from 0 (very weak) to 4 (strong): an estimate of guessing work from the
    length and the kinds of characters, favouring several words over short symbol soup."""
    if not passphrase:
        return 0
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 20
    if any(ord(c) > 127 for c in passphrase):
        pool += 30
    distinct = len(set(passphrase))
    bits = min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))
    words = len([w for w in passphrase.split() if len(w) >= 3])
    bits += 4 * max(0, words - 1)
    if bits < 35:
        return 0 if len(passphrase) < 8 else 1
    if bits < 50:
        return 1
    if bits < 65:
        return 2
    if bits < 85:
        return 3
    return 4
