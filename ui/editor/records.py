"""Editor sections that are a list of records: a table with add, remove and reorder buttons, and
the form of the selected record below it, each field with its problem on the line under it.

The household has its own panel (``members.py``: one head, sensitive fields). Assistance items
and referrals are plain lists of records and share :class:`RecordsPanel`. A record is a dict of
the case document (the interchange format). The panel never judges a value: the editor validates
the whole document with the domain's rules and hands the problems back by path
(``assistance[1].handover_date``), which the panel shows on the row and under the field.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSignalBlocker,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.editor.forms import date_placeholder
from ui.icons import icon
from ui.widgets import DateField, FieldBox

TEXT, MULTILINE, DATE, NUMBER, CHOICE, SUGGEST = "text", "multiline", "date", "number", "choice", "suggest"


@dataclass(frozen=True)
class RecordField:
    """One field of a record: its key, its kind, the codes of a choice, and where it sits
    (``column`` 0 is the left half of the form, 1 the right)."""

    key: str
    kind: str = TEXT
    choices: tuple[str, ...] = ()
    max_length: int = 200
    column: int = 0


# --- values ----------------------------------------------------------------------------------------
_NUMBER = re.compile(r"^-?\d+$")


def parse_number(text: str) -> Any:
    """A typed quantity as the case document holds it: an int, a float, None when empty, or the
    text itself when it is no number (so validation can say so under the field)."""
    stripped = text.strip()
    if not stripped:
        return None
    # Albanian and Serbian write a decimal comma; the document holds a number either way.
    dotted = stripped.replace(",", ".")
    try:
        return int(dotted) if _NUMBER.match(dotted) else float(dotted)
    except ValueError:
        return stripped


def format_number(value: Any) -> str:
    """A quantity of the case document as text (``3``, ``2.5``; other values as they are)."""
    if value is None:
        return ""
    if isinstance(value, float) and not isinstance(value, bool) and value.is_integer():
        return str(int(value))
    return str(value)


# --- widgets ---------------------------------------------------------------------------------------
class ChoiceCombo(QComboBox):
    """A fixed list of codes shown by their labels in the UI language; nothing can be typed.

    With ``empty_text`` the first entry means "nothing chosen yet" (None).
    """

    code_changed = Signal(object)
    """Emitted when the officer picks another entry; carries its code (None for the empty one)."""

    def __init__(self, codes: Sequence[str], labeller: Callable[[str], str], *,
                 empty_text: Callable[[], str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._labeller = labeller
        self._empty_text = empty_text
        if empty_text is not None:
            self.addItem(empty_text(), None)
        for code in codes:
            self.addItem(labeller(code), code)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.currentIndexChanged.connect(lambda _i: self.code_changed.emit(self.code()))

    def code(self) -> str | None:
        """The chosen code, or None."""
        data = self.currentData()
        return None if data is None else str(data)

    def set_code(self, code: str | None) -> None:
        """Show ``code`` without signalling a change (an unknown code is kept visible)."""
        if code is None:
            idx = 0
        else:
            idx = self.findData(code)
            if idx < 0:
                # Written by a newer laptop or an office list this one lacks: shown, not lost.
                self.addItem(self._labeller(code), code)
                idx = self.count() - 1
        with QSignalBlocker(self):
            self.setCurrentIndex(idx)

    def relabel(self) -> None:
        """Show every label in the current UI language."""
        for i in range(self.count()):
            data = self.itemData(i)
            if data is None:
                if self._empty_text is not None:
                    self.setItemText(i, self._empty_text())
            else:
                self.setItemText(i, self._labeller(str(data)))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.relabel()
        super().changeEvent(event)


class SuggestCombo(QComboBox):
    """Free text with suggestions: pick one from the list, let the typing complete on any part of
    one, or write anything else. The value is the text, exactly as shown."""

    text_changed = Signal(str)
    """Emitted while the text changes (typing or picking); carries the text."""

    text_committed = Signal(str)
    """Emitted when the text is complete (a suggestion picked, or the field left); carries it."""

    def __init__(self, suggestions: Callable[[], list[str]], *, max_length: int = 200,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._suggestions = suggestions
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        line = self.lineEdit()
        assert line is not None
        line.setMaxLength(max_length)
        completer = QCompleter(self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completion_model = QStringListModel(self)
        completer.setModel(self._completion_model)
        self.setCompleter(completer)
        self._fill()
        self.editTextChanged.connect(self.text_changed)
        self.activated.connect(lambda _i: self.text_committed.emit(self.currentText()))
        line.editingFinished.connect(lambda: self.text_committed.emit(self.currentText()))

    def _fill(self) -> None:
        text = self.currentText()
        with QSignalBlocker(self):
            self.clear()
            labels = self._suggestions()
            for text_label in labels:
                self.addItem(text_label)
            self.setCurrentIndex(-1)
            self.setEditText(text)
        self._completion_model.setStringList(labels)

    def set_text(self, text: str | None) -> None:
        """Show ``text`` without signalling a change."""
        with QSignalBlocker(self):
            self.setCurrentIndex(-1)
            self.setEditText(text or "")

    def relabel(self) -> None:
        """Offer the suggestions in the current UI language; the text written stays as it is."""
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.relabel()
        super().changeEvent(event)


class NumberField(QLineEdit):
    """A quantity typed as digits with one decimal point or comma (and a minus sign, so that a
    negative number reaches validation and is explained rather than silently refused)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"^-?\d{0,9}([.,]\d{0,3})?$"), self))
        self.setMaxLength(14)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def value(self) -> Any:
        """The quantity (see :func:`parse_number`)."""
        return parse_number(self.text())

    def set_value(self, value: Any) -> None:
        """Show ``value``."""
        self.setText(format_number(value))


# --- the table -------------------------------------------------------------------------------------
class RecordsModel(QAbstractTableModel):
    """The records of one list of the case document as rows; the panel words the cells."""

    changed = Signal()
    """Emitted after records were added, removed, reordered or edited."""

    def __init__(self, panel: RecordsPanel):
        super().__init__(panel)
        self.panel = panel
        self.records: list[dict[str, Any]] = []
        self.problem_rows: dict[int, str] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per record."""
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """The panel's table columns."""
        return 0 if parent.isValid() else len(self.panel.COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Values as the panel words them; rows with a problem carry a warning and its message."""
        if not index.isValid():
            return None
        record = self.records[index.row()]
        key = self.panel.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.panel.display(key, record)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and index.row() in self.problem_rows:
            return icon("warning")
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.row() in self.problem_rows:
                return self.problem_rows[index.row()]
            text = self.panel.display(key, record)
            return text or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles in the UI language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.panel.COLUMNS):
            return None
        return self.panel.field_label(self.panel.COLUMNS[section])

    def set_records(self, records: list[dict[str, Any]]) -> None:
        """Show ``records`` (copied)."""
        self.beginResetModel()
        self.records = [copy.deepcopy(r) for r in records]
        self.problem_rows = {}
        self.endResetModel()

    def add(self, record: dict[str, Any]) -> int:
        """Append ``record``; returns its row."""
        row = len(self.records)
        self.beginInsertRows(QModelIndex(), row, row)
        self.records.append(record)
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        """Remove the record on ``row``."""
        if not 0 <= row < len(self.records):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.records[row]
        self.endRemoveRows()
        self.changed.emit()

    def move(self, row: int, delta: int) -> int:
        """Move the record on ``row`` up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self.records) and 0 <= target < len(self.records)):
            return row
        # beginMoveRows' destination is the row *before which* the moved row lands.
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self.records.insert(target, self.records.pop(row))
        self.endMoveRows()
        self.changed.emit()
        return target

    def set_field(self, row: int, key: str, value: Any) -> None:
        """Change one field of the record on ``row``."""
        if not 0 <= row < len(self.records):
            return
        self.records[row][key] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.panel.COLUMNS) - 1))
        self.changed.emit()

    def set_problem_rows(self, rows: dict[int, str]) -> None:
        """Mark rows that have a problem (row → message)."""
        if rows == self.problem_rows:
            return
        self.problem_rows = rows
        self.refresh()

    def refresh(self) -> None:
        """Redraw every cell and the header (after a language change)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.panel.COLUMNS) - 1)
        if self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, len(self.panel.COLUMNS) - 1))


# --- the panel -------------------------------------------------------------------------------------
class RecordsPanel(QWidget):
    """A list of records of the case document: the table, its buttons and the selected record's
    form. Subclasses name the list, its fields and columns, and word them."""

    edited = Signal(str)
    """Emitted while the officer changes the list; carries the path (``assistance[2].item``, or
    the list's own key, such as ``assistance``, for adding, removing and reordering)."""

    committed = Signal(str)
    """Emitted when a change of the list is complete (a field left, a value picked, a row added,
    removed or moved); carries the path as :attr:`edited`. The editor autosaves on it."""

    LIST_KEY = ""  # the list's key in the case document (``assistance``)
    FIELDS: tuple[RecordField, ...] = ()  # the form's fields, the first one gets the cursor
    COLUMNS: tuple[str, ...] = ()  # the keys shown in the table
    COLUMN_WIDTHS: tuple[int, ...] = ()  # at least these widths; the last column stretches

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.specs = {f.key: f for f in self.FIELDS}
        self.row = -1
        self._read_only = False
        self._loading_form = False  # the form is being filled from a record: not an edit
        self._problems: dict[str, str] = {}
        self.model = RecordsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName(f"{self.LIST_KEY}.table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        # Enter or a double click on a row goes to its form, as typing is done there.
        self.table.activated.connect(lambda _index: self._focus_form())

        self.add_button = QPushButton(icon("add"), "", self)
        self.remove_button = QPushButton(icon("remove"), "", self)
        self.up_button = QPushButton(icon("up"), "", self)
        self.down_button = QPushButton(icon("down"), "", self)
        self.add_button.setObjectName(f"{self.LIST_KEY}.add")
        self.add_button.clicked.connect(self.add_record)
        self.remove_button.clicked.connect(lambda: self.remove_record(self.current_row(), confirm=True))
        self.up_button.clicked.connect(lambda: self.move_record(-1))
        self.down_button.clicked.connect(lambda: self.move_record(1))
        buttons = QVBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b3261e;")
        self.summary.setVisible(False)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        table_row.addLayout(buttons)
        top_layout.addLayout(table_row, 1)
        top_layout.addWidget(self.hint)

        # --- the selected record's form ---------------------------------------------------------
        self.form_box = QGroupBox(self)
        self.form = QWidget(self.form_box)
        self.widgets: dict[str, QWidget] = {}
        self.boxes: dict[str, FieldBox] = {}
        self.labels: dict[str, QLabel] = {}
        halves = (QFormLayout(), QFormLayout())
        for half in halves:
            half.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            half.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for spec in self.FIELDS:
            widget = self._make(spec)
            widget.setObjectName(f"{self.LIST_KEY}.{spec.key}")
            box = FieldBox(widget, self.form)
            lab = QLabel(self.form)
            lab.setBuddy(widget)
            self.widgets[spec.key] = widget
            self.boxes[spec.key] = box
            self.labels[spec.key] = lab
            halves[spec.column].addRow(lab, box)
        columns = QHBoxLayout(self.form)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(halves[0], 1)
        columns.addSpacing(12)
        columns.addLayout(halves[1], 1)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addWidget(self.form)
        box_layout.addStretch(1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.form_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)

        self.model.changed.connect(self._update_buttons)
        self.show_record(-1)
        self._update_buttons()
        self.retranslate()

    # --- what subclasses say ---------------------------------------------------------------------
    def blank(self) -> dict[str, Any]:
        """A new record with every key of the interchange format."""
        raise NotImplementedError

    def field_label(self, key: str) -> str:
        """The label of field ``key`` in the UI language."""
        raise NotImplementedError

    def choice_label(self, key: str, code: str) -> str:
        """The label of ``code`` of the choice field ``key`` in the UI language."""
        return code

    def empty_choice(self, key: str) -> Callable[[], str] | None:
        """The text of the "nothing chosen" entry of choice ``key``, or None when it has none."""
        del key
        return None

    def suggestions(self, key: str) -> list[str]:
        """Suggestions for the free-text field ``key`` in the UI language."""
        del key
        return []

    def display(self, key: str, record: dict[str, Any]) -> str:
        """The cell text of field ``key`` of ``record``."""
        value = record.get(key)
        spec = self.specs.get(key)
        if spec is not None and spec.kind == CHOICE:
            return self.choice_label(key, str(value)) if value else ""
        if spec is not None and spec.kind == NUMBER:
            return format_number(value)
        if spec is not None and spec.kind == MULTILINE:
            return " ".join(str(value or "").split())
        return str(value or "")

    def remove_question(self, record: dict[str, Any]) -> str | None:
        """What to ask before removing ``record`` (None removes it at once)."""
        del record
        return None

    def retranslate_texts(self) -> None:
        """Set the subclass's own texts (add button, form title, hint) in the UI language."""

    # --- building --------------------------------------------------------------------------------
    def _make(self, spec: RecordField) -> QWidget:
        key = spec.key
        widget: QWidget
        if spec.kind == CHOICE:
            def labeller(code: str, k: str = key) -> str:
                return self.choice_label(k, code)

            combo = ChoiceCombo(spec.choices, labeller, empty_text=self.empty_choice(key), parent=self.form)
            combo.code_changed.connect(lambda code, k=key: self._choice_changed(k, code))
            widget = combo
        elif spec.kind == SUGGEST:
            def suggestions(k: str = key) -> list[str]:
                return self.suggestions(k)

            suggest = SuggestCombo(suggestions, max_length=spec.max_length, parent=self.form)
            suggest.text_changed.connect(lambda text, k=key: self._set(k, text.strip() or None))
            suggest.text_committed.connect(lambda _t, k=key: self._commit(k))
            widget = suggest
        elif spec.kind == MULTILINE:
            text = QPlainTextEdit(self.form)
            text.setTabChangesFocus(True)
            text.setMaximumHeight(90)
            text.textChanged.connect(lambda k=key, t=text: self._set(k, t.toPlainText().strip()))
            widget = text
        elif spec.kind == DATE:
            date = DateField(parent=self.form)
            date.textEdited.connect(lambda _t, k=key, d=date: self._set(k, d.value()))
            date.editingFinished.connect(lambda k=key: self._commit(k))
            widget = date
        elif spec.kind == NUMBER:
            number = NumberField(self.form)
            number.textEdited.connect(lambda _t, k=key, n=number: self._set(k, n.value()))
            number.editingFinished.connect(lambda k=key: self._commit(k))
            widget = number
        else:
            line = QLineEdit(self.form)
            line.setMaxLength(spec.max_length)
            line.textEdited.connect(lambda t, k=key: self._set(k, t.strip() or None))
            line.editingFinished.connect(lambda k=key: self._commit(k))
            widget = line
        return widget

    # --- binding the form to the model -----------------------------------------------------------
    def _path(self, key: str | None = None, row: int | None = None) -> str:
        row = self.row if row is None else row
        return f"{self.LIST_KEY}[{row}].{key}" if key else self.LIST_KEY

    def _set(self, key: str, value: Any, *, commit: bool = False) -> None:
        if self.row < 0 or self._loading_form:
            return
        self.model.set_field(self.row, key, value)
        self.edited.emit(self._path(key))
        if commit:
            self.committed.emit(self._path(key))

    def _commit(self, key: str) -> None:
        if self.row >= 0 and not self._loading_form:
            self.committed.emit(self._path(key))

    def _choice_changed(self, key: str, code: str | None) -> None:
        self._set(key, code, commit=True)

    def show_record(self, row: int) -> None:
        """Show the record on ``row`` in the form (-1 shows an empty, disabled form)."""
        self.row = row
        record = self.model.records[row] if 0 <= row < len(self.model.records) else None
        self.form.setEnabled(record is not None)
        record = record or {}
        self._loading_form = True
        try:
            for key, widget in self.widgets.items():
                value = record.get(key)
                if isinstance(widget, ChoiceCombo):
                    widget.set_code(value)
                elif isinstance(widget, SuggestCombo):
                    widget.set_text(value)
                elif isinstance(widget, QPlainTextEdit):
                    with QSignalBlocker(widget):
                        widget.setPlainText(value or "")
                elif isinstance(widget, NumberField | DateField):
                    with QSignalBlocker(widget):
                        widget.set_value(value)
                elif isinstance(widget, QLineEdit):
                    with QSignalBlocker(widget):
                        widget.setText(value or "")
        finally:
            self._loading_form = False

    # --- operations ------------------------------------------------------------------------------
    def current_row(self) -> int:
        """The selected record's row (-1 when none)."""
        idx = self.table.currentIndex()
        return idx.row() if idx.isValid() else -1

    def select(self, row: int) -> None:
        """Select the record on ``row`` and show it in the form."""
        valid = 0 <= row < self.model.rowCount()
        self.table.setCurrentIndex(self.model.index(row, 0) if valid else QModelIndex())
        # Also when the row number stays the same (a reload, a removal): the record may differ.
        self._select(row if valid else -1)

    def add_record(self) -> int:
        """Add a new record, select it and put the cursor in its first field."""
        row = self.model.add(self.blank())
        self.select(row)
        self._focus_form()
        self.edited.emit(self.LIST_KEY)
        self.committed.emit(self.LIST_KEY)
        return row

    def remove_record(self, row: int, *, confirm: bool = False) -> None:
        """Remove the record on ``row`` (asking first when ``confirm`` and it holds something)."""
        if not 0 <= row < self.model.rowCount():
            return
        question = self.remove_question(self.model.records[row]) if confirm else None
        if question:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(QCoreApplication.translate("RecordsPanel", "Remove"))
            box.setText(question)
            yes = box.addButton(QCoreApplication.translate("RecordsPanel", "Remove"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QCoreApplication.translate("RecordsPanel", "Keep"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not yes:
                return
        self.model.remove(row)
        self.select(min(row, self.model.rowCount() - 1))
        self.edited.emit(self.LIST_KEY)
        self.committed.emit(self.LIST_KEY)

    def move_record(self, delta: int) -> None:
        """Move the selected record up (-1) or down (+1)."""
        row = self.current_row()
        new = self.model.move(row, delta)
        if new != row:
            self.select(new)
            self.edited.emit(self.LIST_KEY)
            self.committed.emit(self.LIST_KEY)

    def _select(self, row: int) -> None:
        self.show_record(row)
        self._update_buttons()
        self._show_row_problems()

    def _update_buttons(self) -> None:
        row = self.current_row()
        n = self.model.rowCount()
        editable = not self._read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < n - 1)

    def _focus_form(self) -> None:
        first = self.widgets[self.FIELDS[0].key]
        if first.isEnabled():
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_field(self) -> QWidget:
        """Where the cursor goes when the section is shown: the table, or Add when it is empty."""
        if self.model.rowCount() == 0 and self.add_button.isEnabled():
            return self.add_button
        return self.table

    # --- the document ----------------------------------------------------------------------------
    def load(self, records: list[dict[str, Any]]) -> None:
        """Show ``records``; the first is selected."""
        self.model.set_records(records)
        self._problems = {}
        self.select(0 if records else -1)

    def collect(self) -> list[dict[str, Any]]:
        """The records as the case document holds them."""
        return [copy.deepcopy(r) for r in self.model.records]

    def set_problems(self, problems: dict[str, str]) -> None:
        """Show this list's problems (``<list>[i].field`` → message) on the rows and in the form."""
        prefix = f"{self.LIST_KEY}["
        self._problems = {p: m for p, m in problems.items() if p.startswith(prefix) or p == self.LIST_KEY}
        rows: dict[int, str] = {}
        for path, message in self._problems.items():
            if path.startswith(prefix):
                rows.setdefault(int(path[len(prefix):path.index("]")]), message)
        self.model.set_problem_rows(rows)
        self._show_row_problems()
        summary = self._problems.get(self.LIST_KEY)
        self.summary.setText(summary or "")
        self.summary.setVisible(bool(summary))

    def _show_row_problems(self) -> None:
        current: dict[str, str] = {}
        head = f"{self.LIST_KEY}[{self.row}]."
        for path, message in self._problems.items():
            if path.startswith(head):
                current[path[len(head):]] = message
        for key, box in self.boxes.items():
            box.set_problem(current.get(key))

    def set_read_only(self, read_only: bool) -> None:
        """Let the list be read but not changed."""
        self._read_only = read_only
        for widget in self.widgets.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
        self._update_buttons()

    # --- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        # The shared words carry their own context: PySide's self.tr() looks texts up under the
        # class of the object (AssistanceSection…), not under the class that wrote the call.
        self.remove_button.setText(QCoreApplication.translate("RecordsPanel", "Remove"))
        self.up_button.setText(QCoreApplication.translate("RecordsPanel", "Move up"))
        self.down_button.setText(QCoreApplication.translate("RecordsPanel", "Move down"))
        for key, lab in self.labels.items():
            lab.setText(self.field_label(key))
            widget = self.widgets[key]
            if isinstance(widget, DateField):
                widget.setPlaceholderText(date_placeholder(False))
        self.retranslate_texts()
        self.model.refresh()
        self._fit_columns()

    def _fit_columns(self) -> None:
        # Column titles are longer in some languages ("Датум примопредаје"): never cut them.
        header = self.table.horizontalHeader()
        for col, width in enumerate(self.COLUMN_WIDTHS):
            header.resizeSection(col, max(width, header.sectionSizeHint(col)))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
