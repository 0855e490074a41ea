"""Editor sections that are more than a column of fields: vulnerabilities with the live score,
needs with priority and note, append-only notes, and the workflow history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.reference import shipped
from fieldapp.domain.scoring import score
from ui.i18n import fmt, label
from ui.icons import icon
from ui.widgets import CodeCombo


def when(iso: str | None) -> str:
    """An ISO timestamp in local time, to the minute."""
    if not iso:
        return ""
    try:
        stamp = dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso
    return stamp.strftime("%Y-%m-%d %H:%M")


def _format_weight(weight: float) -> str:
    return f"{weight:g}"


class VulnerabilitySection(QWidget):
    """The vulnerability checklist and the household's score, updated as boxes are ticked."""

    edited = Signal(str)
    """Emitted when a flag is ticked or cleared; carries ``vulnerabilities``."""

    committed = Signal(str)
    """Emitted with :attr:`edited` (a tick is a complete change); carries ``vulnerabilities``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        ref = shipped()
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        codes = ref.codes("vulnerability")
        half = (len(codes) + 1) // 2
        for i, code in enumerate(codes):
            box = QCheckBox(self)
            box.setObjectName(f"vulnerability.{code}")
            box.toggled.connect(lambda _b: self._changed())
            self.boxes[code] = box
            grid.addWidget(box, i % half, i // half)
        self.score = QLabel(self)
        font = self.score.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.score.setFont(font)
        self.breakdown = QLabel(self)
        self.breakdown.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addSpacing(12)
        layout.addWidget(self.score)
        layout.addWidget(self.breakdown)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def flags(self) -> list[str]:
        """The flags ticked, in list order."""
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def load(self, doc: dict[str, Any]) -> None:
        """Tick the flags of ``doc``."""
        flags = set(doc.get("vulnerabilities") or [])
        for code, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setChecked(code in flags)
        self._update_score()

    def collect(self, doc: dict[str, Any]) -> None:
        """Write the ticked flags into ``doc``."""
        doc["vulnerabilities"] = self.flags()

    def set_read_only(self, read_only: bool) -> None:
        """Let the flags be read but not changed."""
        for box in self.boxes.values():
            box.setEnabled(not read_only)

    def _changed(self) -> None:
        self._update_score()
        self.edited.emit("vulnerabilities")
        self.committed.emit("vulnerabilities")

    def _update_score(self) -> None:
        result = score(self.flags())
        self.score.setText(fmt(self.tr("Vulnerability score: %1"), _format_weight(result.total)))
        if result.parts:
            self.breakdown.setText(" + ".join(f"{label('vulnerability', code)} {_format_weight(w)}"
                                              for code, w in result.parts))
        else:
            self.breakdown.setText(self.tr("No vulnerability ticked."))

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        weights = shipped().vulnerability_weights
        for code, box in self.boxes.items():
            box.setText(f"{label('vulnerability', code)} ({_format_weight(float(weights.get(code, 0)))})")
        self.hint.setText(self.tr("The number after each flag is its weight. No official matrix is "
                                  "published: offices set the weights in the reference data."))
        self._update_score()

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NeedsSection(QWidget):
    """Every need category with a tick, a priority and a note."""

    edited = Signal(str)
    """Emitted while the needs change; carries ``needs``."""

    committed = Signal(str)
    """Emitted when a need change is complete; carries ``needs``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: dict[str, tuple[QCheckBox, CodeCombo, QLineEdit]] = {}
        inner = QWidget(self)
        grid = QGridLayout(inner)
        self.head_need = QLabel(inner)
        self.head_priority = QLabel(inner)
        self.head_note = QLabel(inner)
        for col, head in enumerate((self.head_need, self.head_priority, self.head_note)):
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            grid.addWidget(head, 0, col)
        for i, code in enumerate(shipped().codes("need"), start=1):
            box = QCheckBox(inner)
            box.setObjectName(f"need.{code}")
            priority = CodeCombo("priority", editable=False, parent=inner)
            priority.set_code("medium")
            note = QLineEdit(inner)
            note.setMaxLength(2000)
            box.toggled.connect(lambda on, c=code: self._ticked(c, on))
            priority.code_changed.connect(lambda _p: self._changed(commit=True))
            note.textEdited.connect(lambda _t: self._changed(commit=False))
            note.editingFinished.connect(lambda: self.committed.emit("needs"))
            self.rows[code] = (box, priority, note)
            grid.addWidget(box, i, 0)
            grid.addWidget(priority, i, 1)
            grid.addWidget(note, i, 2)
            priority.setEnabled(False)
            note.setEnabled(False)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        self._read_only = False
        self.retranslate()

    def _ticked(self, code: str, on: bool) -> None:
        _box, priority, note = self.rows[code]
        priority.setEnabled(on and not self._read_only)
        note.setEnabled(on and not self._read_only)
        self._changed(commit=True)

    def _changed(self, *, commit: bool) -> None:
        self.edited.emit("needs")
        if commit:
            self.committed.emit("needs")

    def load(self, doc: dict[str, Any]) -> None:
        """Show the needs of ``doc``."""
        needs = {n["category"]: n for n in doc.get("needs") or [] if n.get("category")}
        for code, (box, priority, note) in self.rows.items():
            need = needs.get(code)
            with QSignalBlocker(box), QSignalBlocker(note):
                box.setChecked(need is not None)
                note.setText((need or {}).get("note") or "")
            priority.set_code((need or {}).get("priority") or "medium")
            priority.setEnabled(need is not None and not self._read_only)
            note.setEnabled(need is not None and not self._read_only)

    def collect(self, doc: dict[str, Any]) -> None:
        """Write the ticked needs into ``doc``."""
        doc["needs"] = [{"category": code, "priority": priority.code() or "medium",
                         "note": note.text().strip()}
                        for code, (box, priority, note) in self.rows.items() if box.isChecked()]

    def set_problems(self, problems: dict[str, str]) -> None:
        """Show problems of the needs list."""
        text = "\n".join(msg for path, msg in problems.items() if path.startswith("needs"))
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def set_read_only(self, read_only: bool) -> None:
        """Let the needs be read but not changed."""
        self._read_only = read_only
        for box, priority, note in self.rows.values():
            box.setEnabled(not read_only)
            priority.setEnabled(box.isChecked() and not read_only)
            note.setEnabled(box.isChecked() and not read_only)

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.head_need.setText(self.tr("Need"))
        self.head_priority.setText(self.tr("Priority"))
        self.head_note.setText(self.tr("Note"))
        for code, (box, _priority, note) in self.rows.items():
            box.setText(label("need", code))
            note.setPlaceholderText(self.tr("Details (optional)"))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NotesSection(QWidget):
    """Notes on the case: read-only once written; new ones are appended."""

    add_requested = Signal(str)
    """Emitted when the officer adds a note; carries its text."""

    edited = Signal(str)
    """Emitted while a new note is typed; carries ``notes``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setAlternatingRowColors(True)
        self.new_note = QPlainTextEdit(self)
        self.new_note.setTabChangesFocus(True)
        self.new_note.setMaximumHeight(110)
        self.new_note.setObjectName("new_note")
        self.new_note.textChanged.connect(self._typing)
        self.add_button = QPushButton(icon("note"), "", self)
        self.add_button.clicked.connect(self._add)
        self.add_button.setEnabled(False)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_note)
        layout.addLayout(row)
        self._notes: list[dict[str, Any]] = []
        self._pending: list[dict[str, Any]] = []
        self.retranslate()

    def _typing(self) -> None:
        self.add_button.setEnabled(bool(self.new_note.toPlainText().strip()))
        self.edited.emit("notes")

    def _add(self) -> None:
        text = self.new_note.toPlainText().strip()
        if text:
            self.add_requested.emit(text)

    def note_added(self) -> None:
        """Clear the field after the note was appended."""
        self.new_note.clear()

    def add_pending(self, text: str) -> None:
        """Keep a note of an unsaved case; it is written when the case is saved."""
        self._pending.append({"text": text, "author": None, "at": None})
        self.note_added()
        self._render()

    def pending(self) -> list[dict[str, Any]]:
        """Notes waiting for the case to be saved."""
        return list(self._pending)

    def load(self, notes: list[dict[str, Any]], pending: list[dict[str, Any]] | None = None) -> None:
        """Show the stored ``notes`` (and notes of an unsaved case)."""
        self._notes = list(notes)
        self._pending = list(pending or [])
        self._render()

    def _render(self) -> None:
        self.list.clear()
        for note in self._notes:
            head = " · ".join(x for x in (when(note.get("at")), note.get("author") or "") if x)
            self.list.addItem(QListWidgetItem(f"{head}\n{note.get('text', '')}" if head else note.get("text", "")))
        for note in self._pending:
            item = QListWidgetItem(f"{self.tr('Not saved yet')}\n{note['text']}")
            item.setForeground(Qt.GlobalColor.darkGray)
            self.list.addItem(item)
        if not self._notes and not self._pending:
            item = QListWidgetItem(self.tr("No notes yet."))
            item.setForeground(Qt.GlobalColor.darkGray)
            self.list.addItem(item)

    def set_read_only(self, read_only: bool) -> None:
        """Notes can be appended in every state; nothing to lock here."""
        del read_only

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.add_button.setText(self.tr("Add &note"))
        self.new_note.setPlaceholderText(self.tr("Write a new note…"))
        self.hint.setText(self.tr("Notes cannot be changed or removed once added; they are shared with your office."))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class HistorySection(QWidget):
    """The case's workflow history: who moved it where, when, and why."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 5, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((130, 170, 150, 150)):
            self.table.setColumnWidth(col, width)
        self.table.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._history: list[dict[str, Any]] = []
        self.retranslate()

    def load(self, history: list[dict[str, Any]]) -> None:
        """Show the transitions of the case."""
        self._history = list(history)
        self._render()

    def _render(self) -> None:
        self.table.setRowCount(len(self._history))
        for row, h in enumerate(self._history):
            values = (when(h.get("at")), h.get("by") or "", label("status", h.get("from")) if h.get("from") else "",
                      label("status", h.get("to")), h.get("comment") or "")
            from_hq = h.get("origin") == "hq"
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if from_hq:  # decisions taken at HQ (a return and its comment) stand out
                    from ui.sync.state import RETURNED_BACKGROUND

                    item.setBackground(RETURNED_BACKGROUND)
                    item.setToolTip(self.tr("Decided at HQ"))
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self._history)

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the rows to the comments once the columns have their real widths."""
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("From"),
                                              self.tr("To"), self.tr("Comment")])
        self.empty.setText(self.tr("The case has not been saved yet."))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
