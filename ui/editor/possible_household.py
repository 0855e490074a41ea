"""The warning before a new household is saved that it may already be on the laptop.

Shown by the editor when the store's duplicate check (:func:`fieldapp.store.duplicates.check_new`)
finds a household at or above the possible-duplicate score: each is listed with its case number,
head, score and the reasons, and the officer either goes back to the form (the default, so a
stray Enter saves nothing twice) or saves anyway.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.messages import render
from fieldapp.store.duplicates import PossibleDuplicate
from ui.i18n import current_language, fmt, label


class PossibleHouseholdDialog(QDialog):
    """"Possible existing household": the households found, and save anyway or go back."""

    def __init__(self, found: list[PossibleDuplicate], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("possible-household")
        self.found = list(found)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.table = QTableWidget(len(self.found), 4, self)
        self.table.setObjectName("possible-household-table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(self)
        self.back = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_anyway = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.back.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self.retranslate()

    def rows(self) -> list[list[str]]:
        """The table's cells, row by row, as shown."""
        out = []
        for r in range(self.table.rowCount()):
            cells = []
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                cells.append(item.text() if item is not None else "")
            out.append(cells)
        return out

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        self.setWindowTitle(self.tr("Possible existing household"))
        self.info.setText(fmt(self.tr(
            "This household may already be on the laptop (%1 found). Compare before saving: a "
            "household registered twice is counted and helped twice."), len(self.found)))
        self.back.setText(self.tr("&Go back to the form"))
        self.save_anyway.setText(self.tr("&Save anyway"))
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Head of household"), self.tr("Score"),
                                              self.tr("Why")])
        lang = current_language()
        for row, p in enumerate(self.found):
            cells: list[Any] = [p.other_case_number, f"{p.other_head} ({label('status', p.other_status)})",
                                f"{p.score:.2f}", "\n".join(render(r, lang) for r in p.reasons)]
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(str(value)))
        self.table.resizeRowsToContents()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of UI language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
