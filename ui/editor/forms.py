"""Form sections of the case editor built from field specifications.

Most of a case is simple fields at a path of the case document (``interview.date``,
``property.tenure``…). :class:`FormSection` lays them out with their labels (in the UI
language), reads and writes them from and to the document, and shows each field's problem on
the line under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.reference import shipped
from ui.messages import field_labels
from ui.widgets import CodeCombo, DateField, FieldBox

TEXT, MULTILINE, CODE, DATE, PARTIAL_DATE, BOOL, SETTLEMENT = (
    "text", "multiline", "code", "date", "partial_date", "bool", "settlement")


@dataclass(frozen=True)
class FieldSpec:
    """One field: its path in the case document, its kind, and for code lists the list name."""

    path: str
    kind: str = TEXT
    list_name: str | None = None
    max_length: int = 200


def get_path(doc: dict[str, Any], path: str) -> Any:
    """The value at a dotted ``path`` of ``doc`` (None when absent)."""
    value: Any = doc
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def set_path(doc: dict[str, Any], path: str, value: Any) -> None:
    """Set the value at a dotted ``path`` of ``doc``, creating objects on the way."""
    parts = path.split(".")
    target = doc
    for part in parts[:-1]:
        nxt = target.get(part)
        if not isinstance(nxt, dict):
            nxt = {}
            target[part] = nxt
        target = nxt
    target[parts[-1]] = value


def date_placeholder(partial: bool) -> str:
    """What a date field shows while empty, in the UI language."""
    return QCoreApplication.translate("Editor", "YYYY, YYYY-MM or YYYY-MM-DD") if partial else QCoreApplication.translate("Editor", "YYYY-MM-DD")


class FormSection(QWidget):
    """A column of labelled fields bound to paths of the case document."""

    edited = Signal(str)
    """Emitted while the officer changes a field (every keystroke); carries the field's path."""

    committed = Signal(str)
    """Emitted when a field change is complete (left the field, picked a value, ticked a box);
    carries the field's path. The editor autosaves on it."""

    def __init__(self, specs: Sequence[FieldSpec], parent: QWidget | None = None):
        super().__init__(parent)
        self.specs = {s.path: s for s in specs}
        self.boxes: dict[str, FieldBox] = {}
        self.labels: dict[str, QLabel] = {}
        # What an empty multi-line field reads as: the domain keeps some empty texts as "" and
        # others as None, and the form must give back what it was given, or a case would look
        # changed (dirty) after an edit was undone.
        self._empty: dict[str, Any] = {}
        outer = QVBoxLayout(self)
        body = QWidget(self)
        # A form stretched over a wide screen is hard to read: keep it at a comfortable width.
        body.setMaximumWidth(820)
        outer.addWidget(body)
        outer.addStretch(1)
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for spec in specs:
            editor = self._make(spec)
            box = FieldBox(editor, self)
            label = QLabel(self)
            label.setBuddy(editor)
            self.boxes[spec.path] = box
            self.labels[spec.path] = label
            self.form.addRow(label, box)
        self.retranslate()

    def _make(self, spec: FieldSpec) -> QWidget:
        path = spec.path
        widget: QWidget
        if spec.kind == CODE:
            combo = CodeCombo(spec.list_name, parent=self)
            combo.code_changed.connect(lambda _c, p=path: self._edited_and_committed(p))
            combo.editTextChanged.connect(lambda _t, p=path: self.edited.emit(p))
            widget = combo
        elif spec.kind == BOOL:
            check = QCheckBox(self)
            check.toggled.connect(lambda _b, p=path: self._edited_and_committed(p))
            widget = check
        elif spec.kind == MULTILINE:
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setMaximumHeight(90)
            text.textChanged.connect(lambda p=path: self.edited.emit(p))
            widget = text
        elif spec.kind in (DATE, PARTIAL_DATE):
            date = DateField(partial=spec.kind == PARTIAL_DATE, parent=self)
            date.textEdited.connect(lambda _t, p=path: self.edited.emit(p))
            date.editingFinished.connect(lambda p=path: self.committed.emit(p))
            widget = date
        else:
            line = QLineEdit(self)
            line.setMaxLength(spec.max_length)
            line.textEdited.connect(lambda _t, p=path: self.edited.emit(p))
            line.editingFinished.connect(lambda p=path: self.committed.emit(p))
            if spec.kind == SETTLEMENT:
                names = sorted({n for m in shipped().municipalities.values() for s in m.settlements
                                for n in s.get("name", {}).values()})
                completer = QCompleter(names, line)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                line.setCompleter(completer)
            widget = line
        widget.setObjectName(path)
        return widget

    def _edited_and_committed(self, path: str) -> None:
        self.edited.emit(path)
        self.committed.emit(path)

    # --- values -----------------------------------------------------------------------------------
    def widget(self, path: str) -> QWidget:
        """The input widget of the field at ``path``."""
        return self.boxes[path].editor

    def value(self, path: str) -> Any:
        """The value of the field at ``path`` as the case document holds it."""
        spec = self.specs[path]
        w = self.widget(path)
        if isinstance(w, CodeCombo):
            if not w.is_valid():
                return w.currentText()  # kept so validation says "not in the list"
            return w.code()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText() or (self._empty.get(path, "") if spec.kind == MULTILINE else None)
        if isinstance(w, DateField):
            return w.value()
        if isinstance(w, QLineEdit):
            return w.text() or None
        return None

    def set_value(self, path: str, value: Any) -> None:
        """Show ``value`` in the field at ``path`` without signalling an edit."""
        w = self.widget(path)
        with QSignalBlocker(w):
            if isinstance(w, CodeCombo):
                w.set_code(value)
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            elif isinstance(w, DateField):
                w.set_value(value)
            elif isinstance(w, QLineEdit):
                w.setText(value or "")

    def load(self, doc: dict[str, Any]) -> None:
        """Show the values of ``doc``."""
        for path, spec in self.specs.items():
            value = get_path(doc, path)
            if spec.kind == MULTILINE:
                self._empty[path] = value if value in (None, "") else ""
            self.set_value(path, value)

    def collect(self, doc: dict[str, Any]) -> None:
        """Write the values shown into ``doc``."""
        for path in self.specs:
            set_path(doc, path, self.value(path))

    def set_problems(self, problems: dict[str, str]) -> None:
        """Show each field's problem (path → message) and clear the others."""
        for path, box in self.boxes.items():
            box.set_problem(problems.get(path))

    def set_read_only(self, read_only: bool) -> None:
        """Let the fields be read but not changed."""
        for box in self.boxes.values():
            w = box.editor
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.setReadOnly(read_only)
            else:
                w.setEnabled(not read_only)

    def first_field(self) -> QWidget | None:
        """The field that gets the focus when the section is shown."""
        for box in self.boxes.values():
            if box.editor.isEnabled():
                return box.editor
        return None

    # --- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set labels and placeholders in the current UI language."""
        labels = field_labels()
        for path, label in self.labels.items():
            label.setText(labels.get(path, path))
            w = self.widget(path)
            if isinstance(w, DateField):
                w.setPlaceholderText(date_placeholder(w.partial))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
