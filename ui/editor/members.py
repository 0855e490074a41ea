"""The household: a table of members (add, edit, reorder, remove, exactly one head) and the form
of the selected member.

Names are kept exactly as typed, in either script; the script is recognised from the letters
unless the officer picks it. Community, disability and chronic illness are sensitive data: their
fields stay disabled until sensitive-data consent is recorded on the Consent tab.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.reference import shipped
from ui.i18n import label
from ui.icons import icon
from ui.messages import field_labels
from ui.widgets import CodeCombo, DateField, FieldBox

# Fields the domain treats as sensitive data (see fieldapp.domain.interchange: they need
# consent.sensitive_data); a test checks this list against the domain's validation.
SENSITIVE_FIELDS = ("community", "disability", "chronic_illness")
HEAD = "head"
TEXT_FIELDS = ("given_name", "family_name", "personal_number", "education", "occupation")


def blank_member() -> dict[str, Any]:
    """A new member with every field of the interchange format empty."""
    return {"given_name": "", "family_name": "", "script": None, "sex": None, "date_of_birth": None,
            "relationship": None, "personal_number": None, "documents": [], "community": None,
            "disability": False, "chronic_illness": False, "education": None, "occupation": None,
            "preferred_language": None}


class MembersModel(QAbstractTableModel):
    """The household members as rows (member dicts of the case document)."""

    changed = Signal()
    """Emitted after members were added, removed, reordered or edited."""

    COLUMNS = ("head", "given_name", "family_name", "sex", "date_of_birth", "relationship")

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.members: list[dict[str, Any]] = []
        self.problem_rows: dict[int, str] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per member."""
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Head mark, names, sex, birth, relationship."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Names as written; codes as labels in the UI language."""
        if not index.isValid():
            return None
        m = self.members[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "head":
                return ""
            if key in ("sex", "relationship"):
                return label(key, m.get(key))
            return m.get(key) or ""
        if role == Qt.ItemDataRole.DecorationRole:
            if key == "head" and m.get("relationship") == HEAD:
                return icon("head")
            if key == "given_name" and index.row() in self.problem_rows:
                return icon("warning")
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "head" and m.get("relationship") == HEAD:
                return self.tr("Head of household")
            if index.row() in self.problem_rows:
                return self.problem_rows[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles in the UI language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        labels = field_labels()
        key = self.COLUMNS[section]
        return self.tr("Head") if key == "head" else labels[key]

    # --- editing ------------------------------------------------------------------------------------
    def set_members(self, members: list[dict[str, Any]]) -> None:
        """Show ``members`` (copied)."""
        self.beginResetModel()
        self.members = [{**blank_member(), **copy.deepcopy(m)} for m in members]
        self.problem_rows = {}
        self.endResetModel()

    def add(self) -> int:
        """Append a blank member (the head if there is none yet); returns its row."""
        member = blank_member()
        if not any(m.get("relationship") == HEAD for m in self.members):
            member["relationship"] = HEAD
        row = len(self.members)
        self.beginInsertRows(QModelIndex(), row, row)
        self.members.append(member)
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        """Remove the member on ``row``."""
        if not 0 <= row < len(self.members):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.members[row]
        self.endRemoveRows()
        self.changed.emit()

    def move(self, row: int, delta: int) -> int:
        """Move the member on ``row`` up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self.members) and 0 <= target < len(self.members)):
            return row
        # beginMoveRows' destination is the row *before which* the moved row lands.
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self.members.insert(target, self.members.pop(row))
        self.endMoveRows()
        self.changed.emit()
        return target

    def set_field(self, row: int, key: str, value: Any) -> None:
        """Change one field of the member on ``row``."""
        if not 0 <= row < len(self.members):
            return
        if key == "relationship" and value == HEAD:
            self.make_head(row)
            return
        self.members[row][key] = value
        self._row_changed(row)
        self.changed.emit()

    def make_head(self, row: int) -> None:
        """Mark the member on ``row`` as head; a former head's relationship is left to choose."""
        if not 0 <= row < len(self.members):
            return
        for i, m in enumerate(self.members):
            if i != row and m.get("relationship") == HEAD:
                m["relationship"] = None
                self._row_changed(i)
        self.members[row]["relationship"] = HEAD
        self._row_changed(row)
        self.changed.emit()

    def set_problem_rows(self, rows: dict[int, str]) -> None:
        """Mark rows that have a problem (row → message)."""
        if rows == self.problem_rows:
            return
        self.problem_rows = rows
        if self.members:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.members) - 1, len(self.COLUMNS) - 1))

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))


class MemberForm(QWidget):
    """The fields of one member; writes every change into the :class:`MembersModel`."""

    edited = Signal(str)
    """Emitted while the officer changes a member field; carries the field's key."""

    committed = Signal(str)
    """Emitted when a member field change is complete; carries the field's key."""

    def __init__(self, model: MembersModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.row = -1
        self.boxes: dict[str, FieldBox] = {}
        self.labels: dict[str, QLabel] = {}
        self._sensitive_allowed = False

        self.given_name = QLineEdit(self)
        self.family_name = QLineEdit(self)
        for line in (self.given_name, self.family_name):
            line.setMaxLength(100)
        self.script = CodeCombo("script", empty_text=lambda: self.tr("Recognised from the letters"), parent=self)
        self.sex = CodeCombo("sex", parent=self)
        self.date_of_birth = DateField(partial=True, parent=self)
        self.relationship = CodeCombo("relationship", parent=self)
        self.personal_number = QLineEdit(self)
        self.personal_number.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,13}$"), self))
        self.documents = QWidget(self)
        doc_layout = QGridLayout(self.documents)
        doc_layout.setContentsMargins(0, 0, 0, 0)
        self.document_boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(shipped().codes("document")):
            box = QCheckBox(self.documents)
            box.toggled.connect(lambda _b: self._documents_changed())
            self.document_boxes[code] = box
            doc_layout.addWidget(box, i // 2, i % 2)
        self.community = CodeCombo("community", parent=self)
        self.disability = QCheckBox(self)
        self.chronic_illness = QCheckBox(self)
        self.education = QLineEdit(self)
        self.occupation = QLineEdit(self)
        self.preferred_language = CodeCombo("language", parent=self)
        self.sensitive_note = QLabel(self)
        self.sensitive_note.setWordWrap(True)
        self.sensitive_note.setStyleSheet("color: #5f6368;")

        left = QFormLayout()
        right = QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for key in ("given_name", "family_name", "script", "sex", "date_of_birth", "relationship",
                    "personal_number"):
            self._add(left, key)
        for key in ("documents", "community", "disability", "chronic_illness", "education",
                    "occupation", "preferred_language"):
            self._add(right, key)
        right.addRow(self.sensitive_note)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)

        for key in TEXT_FIELDS:
            text_field: QLineEdit = getattr(self, key)
            text_field.textEdited.connect(lambda _t, k=key: self._text_changed(k))
            text_field.editingFinished.connect(lambda k=key: self.committed.emit(k))
        self.date_of_birth.textEdited.connect(lambda _t: self._text_changed("date_of_birth"))
        self.date_of_birth.editingFinished.connect(lambda: self.committed.emit("date_of_birth"))
        for key in ("script", "sex", "relationship", "community", "preferred_language"):
            combo: CodeCombo = getattr(self, key)
            combo.code_changed.connect(lambda _c, k=key: self._code_changed(k))
        self.disability.toggled.connect(lambda b: self._set("disability", b, commit=True))
        self.chronic_illness.toggled.connect(lambda b: self._set("chronic_illness", b, commit=True))
        self.set_sensitive_allowed(False)
        self.show_member(-1)
        self.retranslate()

    def _add(self, form: QFormLayout, key: str) -> None:
        box = FieldBox(getattr(self, key), self)
        lab = QLabel(self)
        lab.setBuddy(box.editor)
        box.editor.setObjectName(f"member.{key}")
        self.boxes[key] = box
        self.labels[key] = lab
        form.addRow(lab, box)

    # --- binding to the model -------------------------------------------------------------------------
    def show_member(self, row: int) -> None:
        """Show the member on ``row`` (-1 shows an empty, disabled form)."""
        self.row = row
        m = self.model.members[row] if 0 <= row < len(self.model.members) else None
        self.setEnabled(m is not None)
        m = m or {}
        for key in TEXT_FIELDS:
            field: QLineEdit = getattr(self, key)
            with QSignalBlocker(field):
                field.setText(m.get(key) or "")
        with QSignalBlocker(self.date_of_birth):
            self.date_of_birth.set_value(m.get("date_of_birth"))
        for key in ("script", "sex", "relationship", "community", "preferred_language"):
            getattr(self, key).set_code(m.get(key))
        for code, box in self.document_boxes.items():
            with QSignalBlocker(box):
                box.setChecked(code in (m.get("documents") or []))
        for key in ("disability", "chronic_illness"):
            box = getattr(self, key)
            with QSignalBlocker(box):
                box.setChecked(bool(m.get(key)))

    def _set(self, key: str, value: Any, *, commit: bool = False) -> None:
        if self.row < 0:
            return
        self.model.set_field(self.row, key, value)
        self.edited.emit(key)
        if commit:
            self.committed.emit(key)

    def _text_changed(self, key: str) -> None:
        widget = getattr(self, key)
        text = widget.text()
        # Names are kept exactly as typed (no trimming, no case change, either script).
        value: Any = text if key in ("given_name", "family_name") else (text.strip() or None)
        self._set(key, value)

    def _code_changed(self, key: str) -> None:
        combo: CodeCombo = getattr(self, key)
        value = combo.code() if combo.is_valid() else combo.currentText()
        self._set(key, value, commit=True)
        if key == "relationship" and value == HEAD:
            combo.set_code(HEAD)

    def _documents_changed(self) -> None:
        docs = [code for code, box in self.document_boxes.items() if box.isChecked()]
        self._set("documents", docs, commit=True)

    def set_sensitive_allowed(self, allowed: bool) -> None:
        """Enable the sensitive fields only with sensitive-data consent."""
        self._sensitive_allowed = allowed
        for key in SENSITIVE_FIELDS:
            self.boxes[key].editor.setEnabled(allowed)
        self.sensitive_note.setVisible(not allowed)

    def set_problems(self, problems: dict[str, str]) -> None:
        """Show problems of the shown member (field key → message)."""
        for key, box in self.boxes.items():
            box.set_problem(problems.get(key))

    def set_read_only(self, read_only: bool) -> None:
        """Let the fields be read but not changed."""
        for key, box in self.boxes.items():
            w = box.editor
            if isinstance(w, QLineEdit):
                w.setReadOnly(read_only)
            else:
                w.setEnabled(not read_only and (key not in SENSITIVE_FIELDS or self._sensitive_allowed))

    # --- language -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        labels = field_labels()
        for key, lab in self.labels.items():
            lab.setText(labels[key])
        for code, box in self.document_boxes.items():
            box.setText(label("document", code))
        self.disability.setText(self.tr("Has a disability"))
        self.chronic_illness.setText(self.tr("Has a chronic illness"))
        self.date_of_birth.setPlaceholderText(self.tr("Year, or YYYY-MM-DD"))
        self.personal_number.setPlaceholderText(self.tr("10 or 13 digits"))
        self.given_name.setPlaceholderText(self.tr("As written, in either script"))
        self.family_name.setPlaceholderText(self.tr("As written, in either script"))
        self.sensitive_note.setText(self.tr(
            "Community, disability and chronic illness are sensitive data: they can be recorded "
            "once sensitive-data consent is ticked on the Consent tab."))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MembersPanel(QWidget):
    """The Household tab: member table with its buttons above the selected member's form."""

    edited = Signal(str)
    """Emitted while the officer changes the household; carries the path
    (``members[2].given_name``, or ``members`` for adding, removing and reordering)."""

    committed = Signal(str)
    """Emitted when a household change is complete; carries the path as :attr:`edited`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = MembersModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for col, width in ((1, 160), (2, 170), (3, 90), (4, 110)):
            header.resizeSection(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))

        self.add_button = QPushButton(icon("add"), "", self)
        self.remove_button = QPushButton(icon("remove"), "", self)
        self.up_button = QPushButton(icon("up"), "", self)
        self.down_button = QPushButton(icon("down"), "", self)
        self.head_button = QPushButton(icon("head"), "", self)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(lambda: self.remove_member(self.current_row(), confirm=True))
        self.up_button.clicked.connect(lambda: self.move_member(-1))
        self.down_button.clicked.connect(lambda: self.move_member(1))
        self.head_button.clicked.connect(self.make_head)
        buttons = QVBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button, self.head_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b3261e;")

        top = QWidget(self)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)

        self.form = MemberForm(self.model, self)
        self.form_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addWidget(self.form)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)

        self.form.edited.connect(lambda key: self.edited.emit(f"members[{self.form.row}].{key}"))
        self.form.committed.connect(lambda key: self.committed.emit(f"members[{self.form.row}].{key}"))
        self.model.changed.connect(self._update_buttons)
        self._read_only = False
        self._update_buttons()
        self.retranslate()

    # --- operations -----------------------------------------------------------------------------------
    def current_row(self) -> int:
        """The selected member's row (-1 when none)."""
        idx = self.table.currentIndex()
        return idx.row() if idx.isValid() else -1

    def select(self, row: int) -> None:
        """Select the member on ``row`` and show it in the form."""
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 1))
        else:
            self._select(-1)

    def add_member(self) -> int:
        """Add a blank member, select it and put the cursor in its given name."""
        row = self.model.add()
        self.select(row)
        self.form.given_name.setFocus()
        self.edited.emit("members")
        self.committed.emit("members")
        return row

    def remove_member(self, row: int, *, confirm: bool = False) -> None:
        """Remove the member on ``row`` (asking first when ``confirm`` and names were typed)."""
        if not 0 <= row < self.model.rowCount():
            return
        m = self.model.members[row]
        if confirm and (m.get("given_name") or m.get("family_name")):
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Remove member"))
            box.setText(self.tr("Remove this member from the household?"))
            yes = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not yes:
                return
        self.model.remove(row)
        self.select(min(row, self.model.rowCount() - 1))
        self.edited.emit("members")
        self.committed.emit("members")

    def move_member(self, delta: int) -> None:
        """Move the selected member up or down."""
        row = self.current_row()
        new = self.model.move(row, delta)
        if new != row:
            self.select(new)
            self.edited.emit("members")
            self.committed.emit("members")

    def make_head(self) -> None:
        """Mark the selected member as the head of household."""
        row = self.current_row()
        if row >= 0:
            self.model.make_head(row)
            self.form.show_member(row)
            self.edited.emit("members")
            self.committed.emit("members")

    def _select(self, row: int) -> None:
        self.form.show_member(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        n = self.model.rowCount()
        editable = not self._read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < n - 1)
        self.head_button.setEnabled(editable and row >= 0 and
                                    self.model.members[row].get("relationship") != HEAD)

    # --- document -------------------------------------------------------------------------------------
    def load(self, members: list[dict[str, Any]]) -> None:
        """Show ``members``; the first is selected."""
        self.model.set_members(members)
        self.select(0 if members else -1)

    def collect(self) -> list[dict[str, Any]]:
        """The members as the case document holds them."""
        out = []
        for m in self.model.members:
            member = copy.deepcopy(m)
            for key in ("given_name", "family_name"):
                # Kept as typed; only an empty name becomes None so validation says "required".
                if not (member.get(key) or "").strip():
                    member[key] = None
            out.append(member)
        return out

    def set_problems(self, problems: dict[str, str], summary: str | None) -> None:
        """Show member problems (``members[i].field`` → message) and the household's own."""
        rows: dict[int, str] = {}
        current: dict[str, str] = {}
        row = self.current_row()
        for path, message in problems.items():
            if not path.startswith("members["):
                continue
            index = int(path[len("members["):path.index("]")])
            key = path[path.index("]") + 2:] if "]." in path else ""
            rows.setdefault(index, message)
            if index == row and key:
                current[key] = message
        self.model.set_problem_rows(rows)
        self.form.set_problems(current)
        self.summary.setText(summary or "")
        self.summary.setVisible(bool(summary))

    def set_sensitive_allowed(self, allowed: bool) -> None:
        """Enable the sensitive member fields only with consent."""
        self.form.set_sensitive_allowed(allowed and not self._read_only)

    def set_read_only(self, read_only: bool) -> None:
        """Let the household be read but not changed."""
        self._read_only = read_only
        self.form.set_read_only(read_only)
        self._update_buttons()

    # --- language -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.add_button.setText(self.tr("&Add member"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.head_button.setText(self.tr("Make head"))
        self.form_box.setTitle(self.tr("Selected member"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(MembersModel.COLUMNS) - 1)
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(self.model.rowCount() - 1, len(MembersModel.COLUMNS) - 1))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
