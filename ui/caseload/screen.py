"""The municipal caseload: every case of the laptop's municipalities, the count per status always
in view, filters, sorting in the store, and bulk actions on the rows selected.

The store reads the rows in one query and the counts in another
(:func:`fieldapp.store.caseload.caseload`, :func:`~fieldapp.store.caseload.status_counts`); the
strip of counts above the table filters by status when a count is clicked (and shows every
status whatever the filter). Bulk actions run as one operation, one transaction: assign the
selected cases to a field officer of the municipality, or make a workflow move the laptop's role
may make; the summary under the table says what was done and what was refused and why, in the
words of the message catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain import workflow
from fieldapp.messages import render
from fieldapp.store.caseload import BulkResult, CaseloadFilter, CaseloadRow
from ui.errors import show_error
from ui.executor import Changes, StoreExecutor, StoreLocked
from ui.i18n import current_language, fmt, label, municipality_label
from ui.ops import caseload as caseload_ops
from ui.ops import submit
from ui.ops.caseload import CaseloadView, DeskChoices
from ui.widgets import CodeCombo

SEARCH_DEBOUNCE_MS = 250
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (column key, store sort key)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("case_number", "case_number"), ("head", "head"), ("status", "status"),
    ("settlement", "settlement"), ("officer", "officer"), ("needs", "needs"),
    ("score", "score"), ("waiting", "waiting"),
)
_NUMERIC = frozenset({"score", "waiting"})


def column_title(key: str) -> str:
    """The heading of a caseload column in the UI language."""
    return {
        "case_number": QCoreApplication.translate("Caseload", "Case no."), "head": QCoreApplication.translate("Caseload", "Head of household"),
        "status": QCoreApplication.translate("Caseload", "Status"), "settlement": QCoreApplication.translate("Caseload", "Settlement"),
        "officer": QCoreApplication.translate("Caseload", "Officer"), "needs": QCoreApplication.translate("Caseload", "Needs"),
        "score": QCoreApplication.translate("Caseload", "Score"), "waiting": QCoreApplication.translate("Caseload", "Waiting (days)"),
    }[key]


def _place(row: CaseloadRow, several: bool) -> str:
    if several:
        muni = municipality_label(row.municipality)
        return f"{row.settlement} · {muni}" if row.settlement else muni
    return row.settlement or ""


class CaseloadModel(QAbstractTableModel):
    """The caseload's rows (plain data, all of them: a municipality's caseload fits in memory)."""

    sort_requested = Signal(str, bool)
    """Emitted when the view asks to sort; carries the store sort key and whether descending."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[CaseloadRow] = []
        self.several_municipalities = False

    def set_rows(self, rows: Sequence[CaseloadRow], several: bool) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self.rows = list(rows)
        self.several_municipalities = several
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows shown."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """The columns of :data:`COLUMNS`."""
        return 0 if parent.isValid() else len(COLUMNS)

    def cell(self, row: CaseloadRow, key: str) -> str:
        """The text of one cell."""
        if key == "case_number":
            return row.case_number
        if key == "head":
            return row.head
        if key == "status":
            return label("status", row.status)
        if key == "settlement":
            return _place(row, self.several_municipalities)
        if key == "officer":
            return row.officer
        if key == "needs":
            return ", ".join(label("need", n) for n in row.needs)
        if key == "score":
            return f"{row.score:g}"
        return str(row.waiting_days)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, alignment, the case id (``CASE_ID_ROLE``) and tooltips."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, key)
        if role == CASE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "officer" and row.assigned:
                return QCoreApplication.translate("Caseload", "Assigned to this officer")
            if key == "waiting":
                return fmt(QCoreApplication.translate("Caseload", "In this status since %1"), row.since[:10])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles in the UI language."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section][0])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the store for the rows in this order (the model does not sort rows itself)."""
        self.sort_requested.emit(COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder)

    def relabel(self) -> None:
        """Redraw every cell and heading in the current UI language."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)


class CountsStrip(QWidget):
    """The count of cases per status, always visible; clicking a count filters by that status."""

    status_clicked = Signal(object)
    """Emitted when a count is clicked; carries the status code, or None for "all"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts: dict[str, int] = {}
        self.current: str | None = None
        self.buttons: dict[str | None, QToolButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addStretch(1)

    def set_counts(self, counts: dict[str, int], current: str | None) -> None:
        """Show ``counts`` (status → cases) with ``current`` checked."""
        self.counts = dict(counts)
        self.current = current
        wanted: list[str | None] = [None, *[s for s in workflow.ALL_STATES if counts.get(s)]]
        if current is not None and current not in wanted:
            wanted.append(current)
        for key in list(self.buttons):
            if key not in wanted:
                self.buttons.pop(key).deleteLater()
        for position, key in enumerate(wanted):
            button = self.buttons.get(key)
            if button is None:
                button = QToolButton(self)
                button.setCheckable(True)
                button.setAutoRaise(True)
                button.setObjectName(f"count-{key or 'all'}")
                button.clicked.connect(lambda _c=False, k=key: self._clicked(k))
                self.buttons[key] = button
            self._layout.insertWidget(position, button)
            with QSignalBlocker(button):
                button.setChecked(key == current)
        self.relabel()

    def _clicked(self, key: str | None) -> None:
        # A second click on the status shown goes back to every status.
        chosen = None if key == self.current else key
        self.status_clicked.emit(chosen)

    def text_of(self, key: str | None) -> str:
        """What the button of ``key`` says."""
        if key is None:
            return fmt(QCoreApplication.translate("Caseload", "All: %1"), sum(self.counts.values()))
        return f"{label('status', key)}: {self.counts.get(key, 0)}"

    def relabel(self) -> None:
        """Word every button in the current UI language."""
        for key, button in self.buttons.items():
            button.setText(self.text_of(key))


class CaseloadScreen(QWidget):
    """The municipal caseload with counts, filters and bulk actions."""

    caseload_shown = Signal(int)
    """Emitted when rows read from the store are shown; carries how many."""

    bulk_finished = Signal(object)
    """Emitted when a bulk action finished and its summary is shown; carries the
    :class:`~fieldapp.store.caseload.BulkResult`."""

    def __init__(self, executor: StoreExecutor, *, role: Callable[[], str],
                 open_case: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.executor = executor
        self.role = role
        self.open_case = open_case
        self.filter = CaseloadFilter()
        self._status: str | None = None
        self.sort_key = "waiting"
        self.descending = False
        self.choices: DeskChoices | None = None
        self.view_data: CaseloadView | None = None
        self.last_result: BulkResult | None = None

        self.counts = CountsStrip(self)
        self.counts.status_clicked.connect(self.set_status)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.municipality = CodeCombo("municipality", editable=False, empty_text=self._any_text)
        self.settlement = QComboBox(self)
        self.officer = QComboBox(self)
        self.need = CodeCombo("need", editable=False, empty_text=self._any_text)
        self.min_score = QSpinBox(self)
        self.min_score.setRange(0, 99)
        for combo in (self.settlement, self.officer):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem("", None)
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.municipality.code_changed.connect(lambda _c: self._filters_changed())
        self.need.code_changed.connect(lambda _c: self._filters_changed())
        self.min_score.valueChanged.connect(lambda _v: self._filters_changed())
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.reset_filters)
        self.labels = {key: QLabel(self) for key in
                       ("search", "municipality", "settlement", "officer", "need", "score")}
        filters = QGridLayout()
        row_widgets = (("search", self.search), ("municipality", self.municipality),
                       ("settlement", self.settlement), ("officer", self.officer),
                       ("need", self.need), ("score", self.min_score))
        for col, (key, widget) in enumerate(row_widgets):
            self.labels[key].setBuddy(widget)
            filters.addWidget(self.labels[key], 0, col)
            filters.addWidget(widget, 1, col)
        filters.addWidget(self.clear_button, 1, len(row_widgets))
        filters.setColumnStretch(0, 2)

        self.model = CaseloadModel(self)
        self.model.sort_requested.connect(self._sort_requested)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(False)
        with QSignalBlocker(self.model):  # the first read sorts by waiting time, longest first
            self.view.horizontalHeader().setSortIndicator(len(COLUMNS) - 1, Qt.SortOrder.AscendingOrder)
            self.view.setSortingEnabled(True)
        self.view.doubleClicked.connect(self._open)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())

        self.selected_label = QLabel(self)
        self.assign_label = QLabel(self)
        self.officer_picker = QComboBox(self)
        self.officer_picker.setEditable(True)
        self.officer_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.officer_picker.setMinimumContentsLength(16)
        self.assign_button = QPushButton(self)
        self.assign_button.clicked.connect(self.assign_selected)
        self.move_label = QLabel(self)
        self.move_target = QComboBox(self)
        self.move_target.setMinimumContentsLength(16)
        self.comment = QLineEdit(self)
        self.move_button = QPushButton(self)
        self.move_button.clicked.connect(self.move_selected)
        bulk = QHBoxLayout()
        for w in (self.selected_label, self.assign_label, self.officer_picker, self.assign_button,
                  self.move_label, self.move_target, self.comment, self.move_button):
            bulk.addWidget(w)
        bulk.setStretchFactor(self.comment, 1)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setObjectName("bulk-summary")

        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bulk)
        layout.addWidget(self.summary)
        self.retranslate()
        self._selection_changed()

    # --- desk screen hooks ---------------------------------------------------------------------
    def activate(self) -> None:
        """Shown: read the filters' choices and the caseload."""
        submit(self.executor, caseload_ops.read_choices(), done=self._choices_arrived,
               failed=self._failed, supersede="caseload-choices")
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        """Re-read at once when cases changed while shown; showing the screen reads it anyway."""
        if (changes.case_list or changes.case_ids or changes.workspace) and self.isVisible():
            self.reload()

    def clear(self) -> None:
        """Forget everything shown (another officer unlocked)."""
        self.model.set_rows([], False)
        self.counts.set_counts({}, None)
        self.summary.clear()
        self.last_result = None
        self.choices = None
        self.reset_filters(reload=False)

    # --- reading -----------------------------------------------------------------------------
    def current_filter(self) -> CaseloadFilter:
        """The filter the widgets describe (the status from the counts strip)."""
        return CaseloadFilter(
            municipality=self.municipality.code(), settlement=self.settlement.currentData(),
            officer=self.officer.currentData(), status=self._status, need=self.need.code(),
            min_score=float(self.min_score.value()) if self.min_score.value() else None,
            text=self.search.text().strip())

    def reload(self) -> None:
        """Read the rows and counts for the current filter and sort."""
        self.filter = self.current_filter()
        submit(self.executor, caseload_ops.read_caseload(case_filter=self.filter, sort=self.sort_key,
                                                         descending=self.descending),
               done=self._caseload_arrived, failed=self._failed, supersede="caseload")

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, StoreLocked):
            show_error(self, exc)

    def _caseload_arrived(self, data: CaseloadView) -> None:
        if data.filter != self.filter:
            return  # a newer read is on its way
        self.view_data = data
        selected = set(self.selected_ids())
        scope = self.choices.municipalities if self.choices else ()
        several = len(scope) > 1 or len({r.municipality for r in data.rows}) > 1
        self.model.set_rows(data.rows, several)
        if selected:
            selection = self.view.selectionModel()
            for i, row in enumerate(data.rows):
                if row.id in selected:
                    selection.select(self.model.index(i, 0), selection.SelectionFlag.Select
                                     | selection.SelectionFlag.Rows)
        self.counts.set_counts(data.counts, data.filter.status)
        self._selection_changed()
        self.caseload_shown.emit(len(data.rows))

    def _choices_arrived(self, choices: DeskChoices) -> None:
        self.choices = choices
        for combo, values in ((self.settlement, choices.choices.settlements),
                              (self.officer, choices.choices.officers)):
            current = combo.currentData()
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(self._any_text(), None)
                for v in values:
                    combo.addItem(v, v)
                combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        self.municipality.setVisible(len(choices.municipalities) > 1)
        self.labels["municipality"].setVisible(len(choices.municipalities) > 1)
        typed = self.officer_picker.currentText()
        with QSignalBlocker(self.officer_picker):
            self.officer_picker.clear()
            names = choices.officers or choices.choices.officers
            self.officer_picker.addItems(list(names))
            self.officer_picker.setEditText(typed if typed in names else (names[0] if names else ""))

    # --- filters and sorting -------------------------------------------------------------------
    def set_status(self, status: str | None) -> None:
        """Show only the cases in ``status`` (None: every status)."""
        self._status = status
        self.reload()

    def _filters_changed(self) -> None:
        self.reload()

    def reset_filters(self, reload: bool = True) -> None:
        """Every filter back to "any"."""
        for w in (self.search, self.settlement, self.officer, self.min_score, self.municipality, self.need):
            w.blockSignals(True)
        self.search.clear()
        self.settlement.setCurrentIndex(0)
        self.officer.setCurrentIndex(0)
        self.min_score.setValue(0)
        self.municipality.set_code(None)
        self.need.set_code(None)
        for w in (self.search, self.settlement, self.officer, self.min_score, self.municipality, self.need):
            w.blockSignals(False)
        self._status = None
        self.filter = CaseloadFilter()
        if reload:
            self.reload()

    def _sort_requested(self, key: str, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        self.reload()

    # --- selection and bulk actions ---------------------------------------------------------------
    def selected_rows(self) -> list[CaseloadRow]:
        """The rows selected in the table, in table order."""
        picked = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.rows[i] for i in picked if i < len(self.model.rows)]

    def selected_ids(self) -> list[str]:
        """Ids of the selected cases."""
        return [r.id for r in self.selected_rows()]

    def available_moves(self) -> list[str]:
        """The statuses the laptop's role may move at least one selected case to."""
        role = self.role()
        targets: dict[str, None] = {}
        for row in self.selected_rows():
            for target in workflow.next_states(row.case_type, row.status, role):
                targets.setdefault(target)
        return list(targets)

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        self.selected_label.setText(fmt(self.tr("Selected: %1"), len(rows)))
        reviewer = self.role() in (workflow.MOCR, workflow.SUPERVISOR, workflow.ADMIN)
        current = self.move_target.currentData()
        with QSignalBlocker(self.move_target):
            self.move_target.clear()
            for target in self.available_moves():
                self.move_target.addItem(label("status", target), target)
            idx = self.move_target.findData(current)
            self.move_target.setCurrentIndex(idx if idx >= 0 else 0)
        self.assign_button.setEnabled(bool(rows) and reviewer)
        self.officer_picker.setEnabled(reviewer)
        self.move_button.setEnabled(bool(rows) and self.move_target.count() > 0)
        self.move_target.setEnabled(self.move_target.count() > 0)

    def needs_comment(self, target: str) -> bool:
        """Whether moving any selected case to ``target`` needs a comment."""
        for row in self.selected_rows():
            rule = workflow.TRANSITIONS.get(row.case_type, {}).get((row.status, target))
            if rule is not None and rule.needs_comment:
                return True
        return False

    def assign_selected(self) -> None:
        """Assign the selected cases to the officer picked."""
        ids = self.selected_ids()
        officer = self.officer_picker.currentText().strip()
        if not ids:
            return
        if not officer:
            self.summary.setText(self.tr("Pick the officer to assign the cases to."))
            return
        submit(self.executor, caseload_ops.assign_cases(case_ids=ids, officer=officer),
               done=self._bulk_done, failed=self._failed, busy_cursor=True)

    def move_selected(self) -> None:
        """Move the selected cases to the status picked (a comment where the move needs one)."""
        ids = self.selected_ids()
        target = self.move_target.currentData()
        if not ids or not target:
            return
        comment = self.comment.text().strip() or None
        if comment is None and self.needs_comment(str(target)):
            self.summary.setText(fmt(self.tr("Moving a case to “%1” needs a comment saying why: write "
                                             "it in the comment field."), label("status", str(target))))
            self.comment.setFocus()
            return
        submit(self.executor, caseload_ops.move_cases(case_ids=ids, target=str(target), comment=comment),
               done=self._bulk_done, failed=self._failed, busy_cursor=True)

    def _bulk_done(self, result: BulkResult) -> None:
        self.last_result = result
        self.summary.setText(self.summary_text(result))
        if result.done:
            self.comment.clear()
        self.bulk_finished.emit(result)

    @staticmethod
    def summary_text(result: BulkResult) -> str:
        """The bulk action's summary in the UI language, one line per refusal."""
        lang = current_language()
        lines = [render(m, lang) for m in result.messages()]
        return "\n".join([lines[0], *lines[1:2], *(f"• {line}" for line in lines[2:])])

    def _open(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id:
            self.open_case(str(case_id))

    # --- language ------------------------------------------------------------------------------
    def _any_text(self) -> str:
        return self.tr("Any")

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        self.search.setPlaceholderText(self.tr("Name, case number or place"))
        texts = {"search": self.tr("&Search"), "municipality": self.tr("&Municipality"),
                 "settlement": self.tr("Se&ttlement"), "officer": self.tr("&Officer"),
                 "need": self.tr("&Need"), "score": self.tr("Score at &least")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        for combo in (self.settlement, self.officer):
            combo.setItemText(0, self._any_text())
        self.clear_button.setText(self.tr("Clear filters"))
        self.assign_label.setText(self.tr("Assign to"))
        self.assign_button.setText(self.tr("&Assign"))
        self.assign_button.setToolTip(self.tr("Assign the selected cases to this field officer of the municipality"))
        self.move_label.setText(self.tr("Move to"))
        self.comment.setPlaceholderText(self.tr("Comment (where the move needs one)"))
        self.move_button.setText(self.tr("Mo&ve"))
        self.move_button.setToolTip(self.tr("Make this workflow move for every selected case that allows it"))
        self.view.setToolTip(self.tr("Double-click a case to open it; select several to act on them together"))
        self.model.relabel()
        self.counts.relabel()
        self._selection_changed()
        if self.last_result is not None:
            self.summary.setText(self.summary_text(self.last_result))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
