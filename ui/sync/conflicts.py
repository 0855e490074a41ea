"""The conflict view: fields changed both here and at HQ, with both values, and refused changes.

When the same field of a case was changed on this laptop and at HQ, HQ keeps its value and
records both; a person at HQ resolves it. The officer sees here, field by field, the value HQ
kept and the value this laptop had, so they know what to check or redo. Changes HQ refused are
listed with HQ's reason.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.store.conflicts import ConflictReport
from ui.errors import show_error
from ui.executor import Changes, StoreExecutor
from ui.i18n import fmt
from ui.ops import submit
from ui.ops import sync as sync_ops
from ui.sync.state import CONFLICT_BACKGROUND, RETURNED_BACKGROUND
from ui.sync.values import field_title, format_value


def _when(iso: str | None) -> str:
    from ui.editor.sections import when

    return when(iso)


class ConflictsDialog(QDialog):
    """Open conflicts field by field (HQ's kept value beside this laptop's) and refused changes."""

    loaded = Signal(object)
    """Emitted when the conflicts were read and shown; carries the
    :class:`~fieldapp.store.conflicts.ConflictReport`."""

    open_case_requested = Signal(str)
    """Emitted when the officer asks to open a case of the list; carries its id."""

    def __init__(self, executor: StoreExecutor, case_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.executor = executor
        self.case_id = case_id
        self.report: ConflictReport | None = None
        self.setMinimumSize(860, 480)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("conflicts")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 130)
        self.table.itemDoubleClicked.connect(self._open_row)
        self.rejected_label = QLabel(self)
        self.rejected_label.setWordWrap(True)
        self.rejected_table = QTableWidget(0, 3, self)
        self.rejected_table.setObjectName("rejected")
        self.rejected_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected_table.setWordWrap(True)
        self.rejected_table.verticalHeader().setVisible(False)
        self.rejected_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rejected_table.setColumnWidth(0, 200)
        self.rejected_table.setColumnWidth(1, 150)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open_current)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setVisible(case_id is None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.rejected_table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        executor.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        """Read the conflicts again."""
        submit(self.executor, sync_ops.read_conflicts(case_id=self.case_id), done=self._show,
               failed=lambda exc: show_error(self, exc), supersede=f"conflicts:{id(self)}")

    def _changed(self, changes: Changes) -> None:
        if changes.case_list or changes.status:
            self.reload()

    def _show(self, report: ConflictReport) -> None:
        self.report = report
        self._fill()
        self.loaded.emit(report)

    def _fill(self) -> None:
        report = self.report
        if report is None:
            return
        self.table.setRowCount(len(report.conflicts))
        for row, c in enumerate(report.conflicts):
            case = f"{c.case_number}\n{c.head}" if c.head else c.case_number
            cells = (case, field_title(c.field), format_value(c.field, c.hq_value),
                     format_value(c.field, c.local_value))
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, c.case_id)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if col == 2:
                    item.setBackground(RETURNED_BACKGROUND)
                    item.setToolTip(self.tr("HQ kept this value; it is what the case holds now."))
                elif col == 3:
                    item.setBackground(CONFLICT_BACKGROUND)
                    item.setToolTip(fmt(self.tr("This laptop's value, changed here on %1."), _when(c.created_at))
                                    if c.created_at else self.tr("This laptop's value."))
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.rejected_table.setRowCount(len(report.rejected))
        for row, r in enumerate(report.rejected):
            case = f"{r.case_number}\n{r.head}" if r.head else r.case_number
            for col, value in enumerate((case, _when(r.at), r.reason)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, r.case_id)
                self.rejected_table.setItem(row, col, item)
        self.rejected_table.resizeRowsToContents()
        has_rejected = bool(report.rejected)
        self.rejected_label.setVisible(has_rejected)
        self.rejected_table.setVisible(has_rejected)
        nothing = not report.conflicts and not report.rejected
        self.table.setVisible(bool(report.conflicts) or not has_rejected)
        self.empty.setVisible(nothing)
        self.open_button.setEnabled(bool(report.conflicts or report.rejected))

    def _open_row(self, item: QTableWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id and self.case_id is None:
            self.open_case_requested.emit(str(case_id))

    def _open_current(self) -> None:
        item = self.table.currentItem() or self.rejected_table.currentItem()
        if item is None and self.table.rowCount():
            item = self.table.item(0, 0)
        if item is not None:
            self._open_row(item)

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.setWindowTitle(self.tr("Conflicts with HQ"))
        self.intro.setText(self.tr(
            "These fields were changed on this laptop and at HQ at the same time. HQ kept its "
            "value (the case shows it now) and recorded this laptop's value; a reviewer at HQ "
            "decides which stays. If this laptop's value is right, tell your supervisor, or add "
            "a note to the case."))
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Field"),
                                              self.tr("Kept by HQ"), self.tr("On this laptop")])
        self.rejected_label.setText(self.tr("Changes HQ refused (the case was sent again from HQ):"))
        self.rejected_table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("When"), self.tr("HQ's reason")])
        self.empty.setText(self.tr("No conflicts: this laptop and HQ agree on every case."))
        self.open_button.setText(self.tr("Open the case"))
        self.close_button.setText(self.tr("Close"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["ConflictsDialog"]
